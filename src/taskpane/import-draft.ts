import type { Builtin } from '../core/builtin';
import { clauseWarning } from '../core/import/assemble';
import { describeClause } from '../core/import/describe';
import type { ClauseReport, ImportedRubric } from '../core/import/table';
import { correctionProblem, correctionText, ruleOf, type Correction } from './corrections';
import { message, type Lang } from '../core/messages';
import { loadRubric } from '../core/rubric/load';
import type { RubricInput } from '../core/rubric/schema';

/**
 * The imported rubric while the user looks it over: the report of every clause, the rubric as
 * the importer wrote it, and the corrections made. Pure: the import panel only renders it.
 */

export type { Correction, CorrectionKind } from './corrections';
export { correctionKinds, correctionProblem, correctionText, startingCorrection } from './corrections';

export interface DraftClause extends ClauseReport {
  /** The clause's points in the rubric (the default where they differ by class). */
  readonly points: number;
  readonly corrected?: Correction;
  /** What voids it (asked as 无“…”情形), as the rubric holds it. */
  readonly voids?: string;
  /** Its item may not apply to a unit (按缺项考核计分). */
  readonly mayNotApply?: boolean;
}

export interface Draft {
  readonly sheet: string;
  readonly rubric: RubricInput;
  readonly clauses: readonly DraftClause[];
  /** Warnings about the table as a whole (the per-clause ones live with their clause). */
  readonly warnings: readonly string[];
}

type ItemIn = RubricInput['sections'][number]['items'][number];
type ClauseIn = ItemIn['clauses'][number];
type Points = ClauseIn['points'];

const pointsOf = (p: Points | undefined): number => (p === undefined ? 0 : typeof p === 'number' ? p : p.default);
const key = (c: { item: string; clause: string }): string => `${c.item}|${c.clause}`;

/** Every item of the rubric (sections and adjustments) with a way to replace its clauses. */
function mapItems(
  r: RubricInput,
  f: (item: { id: string; clauses: readonly ClauseIn[] }) => readonly ClauseIn[],
): RubricInput {
  return {
    ...r,
    sections: r.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, clauses: [...f(i)] })) })),
    ...(r.adjustments ? { adjustments: r.adjustments.map((a) => ({ ...a, clauses: [...f(a)] })) } : {}),
  };
}

function findClause(r: RubricInput, item: string, clause: string): ClauseIn | undefined {
  let found: ClauseIn | undefined;
  mapItems(r, (i) => {
    if (i.id === item) found = i.clauses.find((c) => c.id === clause) ?? found;
    return i.clauses;
  });
  return found;
}

/** 无“发生安全责任事故”情形 → 发生安全责任事故: the event a void flag asks about. */
const voidEvent = (label: string | undefined): string | undefined => {
  if (label === undefined) return undefined;
  const event = /^无“(.*)”情形$/.exec(label)?.[1];
  // 已建立防火委员会机构 asks the demand met: the event that voids it is 未建立….
  return event ?? (label.startsWith('已') ? `未${label.slice(1)}` : label);
};

/** One table the importer read (a sheet holding several gives one per table: the user picks which). */
export function startDraft(r: ImportedRubric, sheet: string): Draft {
  const items = [...r.rubric.sections.flatMap((s) => s.items), ...(r.rubric.adjustments ?? [])];
  const nameOf = (id: string): string => items.find((i) => i.id === id)?.name ?? '';
  const own = new Set(r.clauses.flatMap((c) => c.warnings.map((w) => clauseWarning(c.item, nameOf(c.item), w))));
  return {
    sheet,
    rubric: r.rubric,
    clauses: r.clauses.map((c) => {
      const voids = voidEvent(c.requires);
      const item = items.find((i) => i.id === c.item);
      return {
        ...c,
        points: pointsOf(findClause(r.rubric, c.item, c.clause)?.points),
        ...(voids !== undefined ? { voids } : {}),
        ...(item && 'notApplicable' in item && item.notApplicable ? { mayNotApply: true } : {}),
      };
    }),
    warnings: r.warnings.filter((w) => !own.has(w)),
  };
}

export function setMeta(d: Draft, meta: { title?: string; id?: string }): Draft {
  return {
    ...d,
    rubric: {
      ...d.rubric,
      ...(meta.title !== undefined ? { title: meta.title } : {}),
      ...(meta.id !== undefined ? { id: meta.id } : {}),
    },
  };
}

/** A clause the user should look at: flagged, or read with less than full confidence. */
export const needsLook = (c: DraftClause): boolean => c.corrected === undefined && (c.flagged || c.confidence < 0.8);

const kindNames: Readonly<Record<string, string>> = {
  deduct: '按次扣分',
  yesno: '做到得分',
  checklist: '逐项得分',
  shortfall: '差额扣分',
  excess: '超出扣分',
  threshold: '达标计分',
  proportional: '按比例计分',
  award: '按次加分',
  levels: '分等次',
  judgement: '人工评分',
  veto: '一票否决',
};

/**
 * The importer's reading in words a user knows: the kind, then what the rule does
 * (按次扣分：6分；少开展的次数：每次扣1分；扣完为止).
 */
export function readingText(c: DraftClause, lang: Lang): string {
  const kind = /^[a-z]+/.exec(c.readAs)?.[0] ?? '';
  const name =
    lang === 'en'
      ? c.flagged
        ? 'not understood, typed by the assessor'
        : kind
      : c.flagged
        ? '未读懂，改为人工评分'
        : kindNames[kind];
  const what = describeClause(c, lang);
  return name ? `${name}${lang === 'en' ? ': ' : '：'}${what}` : what;
}

/** Sets or clears whether an item may not apply (按缺项考核计分: the total is rescaled without it). */
function applies(r: RubricInput, item: string, mayNotApply: boolean | undefined): RubricInput {
  if (mayNotApply === undefined) return r;
  return {
    ...r,
    sections: r.sections.map((s) => ({
      ...s,
      items: s.items.map((i) => {
        if (i.id !== item) return i;
        const { notApplicable: _na, ...rest } = i;
        return mayNotApply
          ? {
              ...rest,
              notApplicable: i.notApplicable ?? {
                input: { id: `${item}-na`, label: '本项适用（有此项任务）' },
                mode: 'rescale',
              },
            }
          : rest;
      }),
    })),
  };
}

/** Rewrites one clause of the rubric as `c`, worth `points`; the report says it was corrected. */
export function correct(d: Draft, item: string, clause: string, c: Correction, points: number): Draft {
  const k = key({ item, clause });
  if (correctionProblem(c, points) !== undefined || !d.clauses.some((x) => key(x) === k)) return d;
  const rubric = applies(
    mapItems(d.rubric, (i) =>
      i.id !== item
        ? i.clauses
        : i.clauses.map((x) => {
            if (x.id !== clause) return x;
            const keep = typeof x.points === 'object' && x.points.default === points;
            // The condition that voids it: kept as read, replaced, or (given as '') removed.
            const voids = c.voids === undefined ? x.requires : c.voids.trim() === '' ? undefined : c.voids.trim();
            return {
              id: x.id,
              text: x.text,
              ...(x.label !== undefined ? { label: x.label } : {}),
              points: keep ? x.points : points,
              rule: ruleOf(c, `${item}${clause}`, x.text),
              ...(voids === undefined
                ? {}
                : typeof voids === 'string'
                  ? { requires: { id: `${item}${clause}-ok`, label: `无“${voids}”情形` } }
                  : { requires: voids }),
              reading: `导入后由使用者改为：${correctionText(c)}。`,
            };
          }),
    ),
    item,
    c.mayNotApply,
  );
  const voids = c.voids === undefined ? undefined : c.voids.trim();
  const clauses = d.clauses.map((x) => {
    if (key(x) !== k && (x.item !== item || c.mayNotApply === undefined)) return x;
    const mayNotApply = c.mayNotApply ?? x.mayNotApply;
    const base = { ...x, ...(mayNotApply ? { mayNotApply: true } : { mayNotApply: false }) };
    if (key(x) !== k) return base;
    const { voids: _old, ...rest } = base;
    return {
      ...rest,
      corrected: c,
      points,
      flagged: false,
      ...((voids ?? x.voids) ? { voids: voids ?? x.voids } : {}),
    } as DraftClause;
  });
  return { ...d, rubric, clauses };
}

export type Finished =
  { readonly ok: true; readonly builtin: Builtin } | { readonly ok: false; readonly problems: readonly string[] };

/** The rubric checked by loadRubric, ready to use like a built-in one. */
export function finish(d: Draft): Finished {
  const r = loadRubric(d.rubric);
  if (!r.ok)
    return {
      ok: false,
      problems: r.problems.map((p) => `${p.path ? `${p.path}：` : ''}${message('zh', p.code, p.params)}`),
    };
  return {
    ok: true,
    builtin: { rubric: r.rubric, ...(r.ranking ? { ranking: r.ranking } : {}), warnings: r.warnings },
  };
}

/** The rubric file to save: `<id>.json`, formatted like the files in rubrics/. */
export function rubricFile(d: Draft): { name: string; text: string } {
  const name = `${(d.rubric.id || 'imported').replace(/[^A-Za-z0-9_.-]/g, '_')}.json`;
  return { name, text: `${JSON.stringify(d.rubric, null, 2)}\n` };
}

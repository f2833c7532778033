import type { Builtin } from '../core/builtin';
import { describeClause } from '../core/import/describe';
import type { ClauseReport, ImportResult } from '../core/import/table';
import { message, type Lang } from '../core/messages';
import { loadRubric } from '../core/rubric/load';
import type { RubricInput } from '../core/rubric/schema';

/**
 * The imported rubric while the user looks it over: the report of every clause, the rubric as
 * the importer wrote it, and the corrections made. Pure: the import panel only renders it.
 */

/** What a user can turn a clause into: the common rule kinds, with their numbers. */
export type Correction =
  | {
      readonly kind: 'deduct';
      readonly unit: string;
      readonly per: number;
      readonly floor: 'zero' | 'none';
      readonly ceiling?: number;
    }
  | { readonly kind: 'yesno' }
  | { readonly kind: 'judgement'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'proportional'; readonly unit: string; readonly full: number }
  | {
      readonly kind: 'shortfall';
      readonly unit: string;
      readonly target: number;
      readonly step: number;
      readonly per: number;
    };

export type CorrectionKind = Correction['kind'];
export const correctionKinds: readonly CorrectionKind[] = ['deduct', 'yesno', 'judgement', 'proportional', 'shortfall'];

export interface DraftClause extends ClauseReport {
  /** The clause's points in the rubric (the default where they differ by class). */
  readonly points: number;
  readonly corrected?: Correction;
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

export function startDraft(r: Extract<ImportResult, { ok: true }>, sheet: string): Draft {
  const own = new Set(r.clauses.flatMap((c) => c.warnings.map((w) => `第 ${c.item} 项：${w}`)));
  return {
    sheet,
    rubric: r.rubric,
    clauses: r.clauses.map((c) => ({ ...c, points: pointsOf(findClause(r.rubric, c.item, c.clause)?.points) })),
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

/** What a correction is shown as in the report. */
export function correctionText(c: Correction): string {
  switch (c.kind) {
    case 'deduct':
      return `每${c.unit}扣${c.per}分${c.ceiling !== undefined ? `，最多扣${c.ceiling}分` : ''}${c.floor === 'none' ? '，可倒扣' : '，扣完为止'}`;
    case 'yesno':
      return '做到得全分，否则0分';
    case 'judgement':
      return c.min !== undefined && c.max !== undefined
        ? `评分人酌情评定（${c.min}–${c.max}分）`
        : '评分人直接填写得分';
    case 'proportional':
      return `按比例计分（${c.full}${c.unit}得满分）`;
    case 'shortfall':
      return `达到${c.target}${c.unit}得满分，每少${c.step}${c.unit}扣${c.per}分`;
  }
}

/** Numbers that would not make a valid rule; undefined when the correction is usable. */
export function correctionProblem(c: Correction, points: number): string | undefined {
  const bad = (n: number | undefined): boolean => n !== undefined && (!Number.isFinite(n) || n < 0);
  if (!Number.isFinite(points) || points < 0) return '分值须为不小于0的数';
  if (c.kind === 'deduct' && (!(c.per > 0) || bad(c.ceiling) || c.unit.trim() === ''))
    return '每次扣分须大于0，计数单位不能为空';
  if (
    c.kind === 'judgement' &&
    (bad(c.min) || bad(c.max) || (c.min !== undefined && c.max !== undefined && c.min > c.max) || (c.max ?? 0) > points)
  )
    return '评分范围须在0到分值之间，且下限不大于上限';
  if (c.kind === 'proportional' && !(c.full > 0)) return '满分对应的数值须大于0';
  if (c.kind === 'shortfall' && (!(c.per > 0) || !(c.step > 0) || !Number.isFinite(c.target)))
    return '目标须为数，每少和扣分须大于0';
  return undefined;
}

/** A short label for the clause's input, from its own words without the numbering. */
const labelOf = (text: string): string => {
  const t = text.replace(/^\s*[(（]?[0-9一二三四五六七八九十]+[)）、.．]\s*/, '').split(/[。；;，,]/)[0] ?? '';
  return (t.length > 24 ? `${t.slice(0, 23)}…` : t) || '本条';
};

function ruleOf(c: Correction, id: string, text: string): ClauseIn['rule'] {
  const label = labelOf(text);
  switch (c.kind) {
    case 'deduct':
      return {
        kind: 'deduct',
        inputs: [{ id: `${id}-1`, label: `${label}（${c.unit}数）`, unit: c.unit, per: c.per }],
        floor: c.floor,
        ...(c.ceiling !== undefined ? { ceiling: c.ceiling } : {}),
      };
    case 'yesno':
      return { kind: 'yesno', input: { id: `${id}-1`, label: `已做到：${label}` } };
    case 'judgement':
      return {
        kind: 'judgement',
        input: { id: `${id}-score`, label: `得分（${label}）` },
        ...(c.min !== undefined && c.max !== undefined ? { bands: [{ name: '评定', min: c.min, max: c.max }] } : {}),
      };
    case 'proportional':
      return {
        kind: 'proportional',
        input: { id: `${id}-1`, label: `实际达到（${c.unit}）`, unit: c.unit, entry: 'achieved' },
        full: c.full,
      };
    case 'shortfall':
      return {
        kind: 'shortfall',
        input: { id: `${id}-1`, label: `实际达到（目标${c.target}${c.unit}）`, unit: c.unit, entry: 'achieved' },
        target: c.target,
        step: c.step,
        per: c.per,
        stepping: 'exact',
      };
  }
}

/** Rewrites one clause of the rubric as `c`, worth `points`; the report says it was corrected. */
export function correct(d: Draft, item: string, clause: string, c: Correction, points: number): Draft {
  const k = key({ item, clause });
  if (correctionProblem(c, points) !== undefined || !d.clauses.some((x) => key(x) === k)) return d;
  const rubric = mapItems(d.rubric, (i) =>
    i.id !== item
      ? i.clauses
      : i.clauses.map((x) => {
          if (x.id !== clause) return x;
          const keep = typeof x.points === 'object' && x.points.default === points;
          return {
            id: x.id,
            text: x.text,
            ...(x.label !== undefined ? { label: x.label } : {}),
            points: keep ? x.points : points,
            rule: ruleOf(c, `${item}${clause}`, x.text),
            reading: `导入后由使用者改为：${correctionText(c)}。`,
          };
        }),
  );
  const clauses = d.clauses.map((x) => (key(x) === k ? { ...x, corrected: c, points, flagged: false } : x));
  return { ...d, rubric, clauses };
}

/** The form's starting numbers for a kind, from what the clause was read as where possible. */
export function startingCorrection(kind: CorrectionKind, d: DraftClause): Correction {
  const pct = /%|百分/.test(d.text);
  const units = '(万元|元|户|例|次|处|项|名|人)';
  const unit = pct
    ? '%'
    : (new RegExp(`(?:\\d|[一两二三四五六七八九十])\\s*${units}`).exec(d.text)?.[1] ??
      new RegExp(units).exec(d.text)?.[1] ??
      '次');
  switch (kind) {
    case 'deduct':
      return { kind, unit: pct ? '次' : unit, per: 1, floor: 'zero' };
    case 'yesno':
      return { kind };
    case 'judgement':
      return { kind, min: 0, max: d.points };
    case 'proportional':
      return { kind, unit, full: pct ? 100 : 1 };
    case 'shortfall':
      return { kind, unit, target: pct ? 100 : 1, step: 1, per: 1 };
  }
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

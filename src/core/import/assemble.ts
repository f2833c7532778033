import { clip } from './text';
import { round2 } from '../engine/score';
import type { z } from 'zod';
import type { Item, RubricInput, Section } from '../rubric/schema';
import { readItem } from './item';
import type { BlockDraft, ItemDraft, SectionDraft } from './outline';
import type { ClauseIn } from './parse';
import type { ClassPoints } from './phrases';
import { splitName } from './names';
import { shortName } from './shape';

/**
 * One table's shape (outline.ts) → the rubric's sections, items and bonus/penalty blocks, each
 * item's clauses read, and the report of every clause. Ids are made unique here. Pure.
 */

export interface ClauseReport {
  readonly item: string;
  readonly clause: string;
  readonly text: string;
  readonly readAs: string;
  readonly confidence: number;
  readonly flagged: boolean;
  /** What did not add up in this clause; a flagged clause's first warning quotes it. */
  readonly warnings: readonly string[];
  /** The rule read, its points and its void condition, for describing the reading (describe.ts). */
  readonly rule: ClauseIn['rule'];
  readonly points: ClauseIn['points'];
  readonly requires?: string;
}

type ItemIn = z.input<typeof Item>;
type SectionIn = z.input<typeof Section>;

export interface Assembled {
  readonly sections: SectionIn[];
  readonly adjustments: NonNullable<RubricInput['adjustments']>;
  readonly vetoes: { id: string; label: string }[];
  readonly report: ClauseReport[];
  readonly warnings: string[];
  /** Class keys the clauses' points use (二类单位得3分). */
  readonly classKeys: Set<string>;
}

const dflt = (p: ClassPoints | undefined): number => (p === undefined ? 0 : typeof p === 'number' ? p : p.default);

/** A section whose 具体项目 are all blank (1. 2. ……) is scored as one item worth the section. */
function collapsed(s: SectionDraft): SectionDraft {
  if (s.items.length === 0 || !s.items.every((i) => i.placeholder)) return s;
  const [first] = s.items;
  if (!first) return s;
  const one: ItemDraft = { ...first, name: s.name, cap: s.cap, parts: [{ text: first.text }], placeholder: false };
  return { ...s, items: [one] };
}

/** Ids made unique, in table order: a repeated one takes a letter (3 → 3, 3b). */
function uniqueIds(block: BlockDraft): void {
  const seen = new Set<string>();
  const fresh = (id: string): string => {
    if (!seen.has(id)) return id;
    for (const l of 'bcdefghijklmnopqrstuvwxyz') if (!seen.has(`${id}${l}`)) return `${id}${l}`;
    return `${id}-${seen.size}`;
  };
  for (const s of block.sections) {
    s.id = fresh(s.id);
    seen.add(s.id);
  }
  for (const i of [...block.sections.flatMap((s) => s.items), ...block.adjustments]) {
    i.id = fresh(i.id);
    seen.add(i.id);
  }
}

/**
 * 未绘制…的，扣3分 on a row of 2 points: one lapse costs more than the row holds. The table says so and
 * the rule stands (扣完为止 keeps the row at 0), but the user is told, for the table may mean 2.
 */
function overDeduction(c: ClauseIn): string | undefined {
  const pts = dflt(c.points);
  if (c.rule.kind !== 'deduct' || c.rule.floor === 'none' || pts <= 0) return undefined;
  const over = c.rule.inputs.filter((i) => i.per > pts).map((i) => i.per);
  if (over.length === 0) return undefined;
  return `一处扣 ${over.join('、')} 分，多于本条的 ${pts} 分（原表如此，按扣完为止计）`;
}

/**
 * 基础设施13分 over rows of 3 and one cut off: a group's points in its name against its items', said as a
 * section's are (the lint says those).
 */
function groupSums(items: readonly ItemIn[]): string[] {
  const groups = [...new Set(items.flatMap((i) => (i.group ? [i.group] : [])))];
  return groups.flatMap((g) => {
    const { name, cap } = splitName(g);
    if (typeof cap !== 'number') return [];
    const sum = Math.round(items.filter((i) => i.group === g).reduce((a, i) => a + dflt(i.cap), 0) * 100) / 100;
    return Math.abs(sum - cap) < 1e-9 ? [] : [`“${name}”标注 ${cap} 分，但所含各项合计 ${sum} 分`];
  });
}

/** A clause's warning as the user reads it: the item by number and name, then what was done. */
export const clauseWarning = (id: string, name: string, w: string): string =>
  name.trim() ? `第 ${id} 项“${shortName(name)}”：${w}` : `第 ${id} 项：${w}`;

export function assemble(draft: BlockDraft): Assembled {
  const block: BlockDraft = { ...draft, sections: draft.sections.map(collapsed) };
  uniqueIds(block);
  const out: Assembled = { sections: [], adjustments: [], vetoes: [], report: [], warnings: [], classKeys: new Set() };
  // (Whether any item has points of its own: a row with none among them is no item of 0 points.)
  const priced = block.sections.some((s) => s.items.some((i) => i.cap !== undefined));
  const build = (d: ItemDraft, open?: number): ItemIn | undefined => {
    // A bonus row with no points column reads within its block's limit (a penalty takes from the total).
    const cap = d.role === 'penalty' ? 0 : (d.cap ?? (d.role === 'bonus' ? (d.blockCap ?? open) : undefined));
    const { readings, floored, described } = readItem({
      id: d.id,
      cap,
      role: d.role,
      parts: d.parts,
      ...(d.pool ? { pool: true } : {}),
      ...(d.gathered ? { gathered: true } : {}),
      ...(d.tiers ? { tiers: d.tiers } : {}),
      ...(block.noRules && d.role === 'base' && !d.ruleInName ? { plain: true } : {}),
    });
    for (const t of described ?? [])
      out.warnings.push(clauseWarning(d.id, d.name, `“${clip(t, 30)}”只说明考核什么，没有评分办法，未作为评分条目`));
    // 有专家评估论证人员意见(0.5分);有村委会申请报告…(0.5分): no points of its own, but every part states
    // its points and reads plainly: the item is worth what its parts add up to.
    // (1、依法按期完成换届选举,…(3分)。 whose rule is flagged: the points its own words state are still its.)
    const stated = readings.length > 0 && readings.every((r) => r.own !== undefined && !r.veto);
    const partsSum =
      d.cap === undefined && d.role === 'base' && readings.length > 0 && readings.every((r) => !r.flagged && !r.veto)
        ? readings.reduce((sum, r) => sum + dflt(r.clause.points), 0)
        : d.cap === undefined && d.role === 'base' && stated
          ? readings.reduce((sum, r) => sum + dflt(r.own), 0)
          : 0;
    // 若寝室人员不在,查寝人员要在备注栏注明內锁和外锁。 among items that have points: no points of its own and nothing
    // in it read — a note, not an item of 0 points; named, not lost.
    if (
      d.cap === undefined &&
      d.role === 'base' &&
      partsSum === 0 &&
      priced &&
      readings.length > 0 &&
      readings.every((r) => r.flagged && !r.veto) &&
      // (…每件扣1分 says what it costs: kept, for the user to give it points.)
      !/(?:扣|加|减)[^,;。，；]{0,4}?\d+(?:\.\d+)?\s*分/.test(d.text)
    ) {
      out.warnings.push(
        `第 ${d.id} 项“${shortName(d.name)}”没有分值，也未读出评分办法，未作为考核项目导入：若它是说明，可不理会；若要计分，请在原表填上分值后再导入：“${clip(d.text, 60)}”`,
      );
      return undefined;
    }
    if (partsSum > 0) {
      d = { ...d, cap: partsSum };
      out.warnings.push(`第 ${d.id} 项“${shortName(d.name)}”原表未写本项分值，按所含各条合计 ${partsSum} 分`);
    } else if (d.cap === undefined && d.role === 'base' && readings.some((r) => !r.veto))
      out.warnings.push(`第 ${d.id} 项“${d.name}”没有分值`);
    const clauses: ClauseIn[] = [];
    for (const r of readings) {
      out.report.push({
        item: d.id,
        clause: r.clause.id,
        text: r.clause.text,
        readAs: r.readAs,
        confidence: r.confidence,
        flagged: r.flagged,
        warnings: r.warnings,
        rule: r.clause.rule,
        points: r.clause.points,
        ...(r.clause.requires ? { requires: r.clause.requires.label } : {}),
      });
      for (const w of r.warnings) out.warnings.push(clauseWarning(d.id, d.name, w));
      const over = d.role === 'base' ? overDeduction(r.clause) : undefined;
      if (over) out.warnings.push(clauseWarning(d.id, d.name, over));
      if (r.veto) out.vetoes.push({ id: `${d.id}${r.clause.id}-veto`, label: `未触发一票否决：${r.veto}` });
      if ((!r.veto || r.scoredToo) && !r.naOnly) clauses.push(r.clause);
      const pts = r.clause.points;
      if (typeof pts === 'object') Object.keys(pts).forEach((k) => k !== 'default' && out.classKeys.add(k));
    }
    // (存在左列四种情况之一的，为不合格档案 | 1: a veto with points of its own — kept when none of the cases is found,
    // not dropped from the total.)
    const vetoOnly = readings.length > 0 && readings.every((r) => r.veto && !r.scoredToo);
    const first = readings[0];
    if (clauses.length === 0 && vetoOnly && first && d.role === 'base' && typeof d.cap === 'number' && d.cap > 0) {
      const kept: ClauseIn = {
        id: first.clause.id,
        text: first.clause.text,
        points: d.cap,
        rule: { kind: 'yesno', input: { id: `${d.id}${first.clause.id}-clear`, label: '未出现否决情形' } },
        reading: `本项分值 ${d.cap} 分，评分办法只写了否决的情形：未出现这些情形得 ${d.cap} 分，出现则一票否决。`,
      };
      clauses.push(kept);
      out.report.push({
        item: d.id,
        clause: kept.id,
        text: kept.text,
        readAs: 'yesno (veto with points)',
        confidence: 0.8,
        flagged: false,
        warnings: [],
        rule: kept.rule,
        points: kept.points,
      });
    }
    if (clauses.length === 0) return undefined;
    // 没有年度任务的按缺项考核计分: asked whether the item applies; if not, the total is rescaled.
    const na = readings.find((r) => r.na)?.na;
    // One clause whose points differ by unit class (二类单位得3分): the item's cap does too.
    const only = clauses.length === 1 ? clauses[0]?.points : undefined;
    const itemCap = typeof only === 'object' && only.default === d.cap ? only : (d.cap ?? 0);
    return {
      id: d.id,
      // (A row whose name cells are empty is named by its words: no item goes without a name.)
      name: d.name.trim() || shortName(d.text),
      ...(d.group ? { group: d.group } : {}),
      cap: itemCap,
      text: d.text || d.name,
      ...(d.method ? { method: d.method } : {}),
      clauses,
      ...(floored && d.cap !== undefined ? { maxDeduction: dflt(d.cap) } : {}),
      ...(d.cap === undefined ? { sourceGap: '原表未写分值' } : {}),
      ...(na
        ? {
            notApplicable: {
              input: { id: `${d.id}-na`, label: '本项适用（有此项任务）' },
              mode: 'rescale' as const,
              text: na,
            },
          }
        : {}),
    };
  };
  for (const s of block.sections) {
    const items = s.items.flatMap((d) => build(d) ?? []);
    for (const w of groupSums(items)) out.warnings.push(w);
    // ((三)关心特困学生情况(6分) over one row cut before its points, not imported: the 6 are not counted — said.)
    if (!items.length && s.cap !== undefined && s.items.length)
      out.warnings.push(
        `“${s.name.trim()}”标注 ${typeof s.cap === 'number' ? s.cap : dflt(s.cap)} 分，但其下没有读到可计分的条目，它的分值未计入（原表是否到此不完整？）`,
      );
    if (items.length)
      out.sections.push({
        id: s.id,
        name: s.name.trim() || '（未命名）',
        ...(s.cap === undefined ? {} : { cap: s.cap }),
        items,
      });
  }
  const base = totalOf(out);
  for (const d of block.adjustments) {
    const item = build(d, base);
    // A bonus or penalty the table gives no limit: the total is the limit, and the user is told.
    if (item && d.blockCap === undefined)
      out.warnings.push(`第 ${d.id} 项“${d.name}”原表未写加（扣）分上限，按总分 ${base} 分为限`);
    if (item && d.capFromWords)
      out.warnings.push(
        `第 ${d.id} 项“${d.name}”原表未写${d.role === 'bonus' ? '加' : '扣'}分上限，按各条最多可${d.role === 'bonus' ? '加' : '扣'}的分数合计 ${d.blockCap ?? 0} 分为限`,
      );
    if (item && d.role !== 'base')
      out.adjustments.push({
        id: d.id,
        name: d.name,
        role: d.role,
        cap: d.blockCap ?? base,
        text: d.text || d.name,
        ...(d.method ? { method: d.method } : {}),
        clauses: item.clauses,
      });
  }
  if (block.noRules && out.sections.length)
    out.warnings.push('原表没有写评分办法（没有扣分、得分的规定）：各项都由评分人按考核要求直接填写得分。');
  for (const v of block.vetoes)
    out.vetoes.push({ id: `v${out.vetoes.length + 1}-veto`, label: `未触发一票否决：${v}` });
  return out;
}

/** The total a table gives, or what its sections (their points where given) add up to. */
export function totalOf(a: Assembled): number {
  // (0.6 + 1.0 + 0.1 + 0.1 + 3.0 + 0.3: 5.1, not the 5.1000000000000005 binary sums leave.)
  return round2(
    a.sections.reduce(
      (sum, s) => sum + (s.cap !== undefined ? dflt(s.cap) : s.items.reduce((b, i) => b + dflt(i.cap), 0)),
      0,
    ),
  );
}

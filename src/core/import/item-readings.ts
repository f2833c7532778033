import type { z } from 'zod';
import type { Clause } from '../rubric/schema';
import type { ItemIn, PartIn } from './item';
import type { ClauseIn, Reading } from './parse';
import type { ClassPoints } from './phrases';
import { round2 } from '../engine/score';
import { shortName } from './shape';

/** The readings an item is given without reading its words: typed scores, events, steps, a cut. */

type RuleIn = z.input<typeof Clause>['rule'];
export const dflt = (p: ClassPoints | undefined): number | undefined => (typeof p === 'object' ? p.default : p);

/** No rule in the table: the assessor types the score, and the reading says so plainly. */
export function typed(id: string, cid: string, text: string, points: ClassPoints): Reading {
  const clause: ClauseIn = {
    id: cid,
    text: text || '（原表只有名称和分值）',
    points,
    rule: { kind: 'judgement', input: { id: `${id}${cid}-score`, label: '得分（原表没有评分办法）' } },
    reading: text
      ? '原表只写了考核要求和分值，全表没有评分办法：由评分人按要求的落实情况直接填写得分。'
      : '原表只写了考核项目和分值，没有评分办法：由评分人按实际情况直接填写得分。',
  };
  return { clause, readAs: 'judgement (no rule in the table)', confidence: 1, flagged: false, warnings: [] };
}

/**
 * An event whose cost stands in the points column, its words naming only what happens (承诺的年度目标完
 * 不成的… | -10): that many points each time it happens, taken from the rest.
 */
export function eventDeduction(id: string, cid: string, text: string, amount: number): Reading {
  const rule: RuleIn = {
    kind: 'deduct',
    inputs: [{ id: `${id}${cid}-1`, label: `${shortName(text)}（次数）`, unit: '次', per: amount }],
    floor: 'none',
  };
  const clause: ClauseIn = {
    id: cid,
    text,
    points: 0,
    rule,
    reading: `分值栏写明每次扣${amount}分，原文只写情形：每出现一次扣${amount}分。`,
  };
  return { clause, readAs: 'deduct (amount in the points column)', confidence: 0.85, flagged: false, warnings: [] };
}

/** A part that only names an event, its cost in the points column. */
export const isEvent = (p: PartIn): p is PartIn & { amount: number } =>
  p.amount !== undefined && p.amount > 0 && p.text !== '' && !amounts.test(p.text);

/** Scoring words that carry an amount (…分别扣分 and …扣分 alone do not: the points column says how much). */
const amounts =
  /酌情|视情|适当|根据情况|[扣得加计]\s*\d|\d\s*分|不得分|不计分|一票否决|按[^,;。]{0,8}(?:赋分|计分|评分|打分)/;

/** A row with no way of scoring, beside rows under the same name that have one: flagged, typed. */
export function unruled(
  id: string,
  text: string,
  points: ClassPoints,
  cid = 'a',
  /** Cut off mid-sentence (true), or its points cell a garbled figure (the figure). */
  cut: boolean | string | undefined = false,
): Reading {
  const cap = dflt(points) ?? 0;
  const why =
    typeof cut === 'string'
      ? `本行的分值写作“${cut}”，不是数字`
      : cut
        ? '原文在本行中途中断（其他行都以句号结束）'
        : '本行没有评分办法，同一项目下的其他行有，是否同样适用原文没有说';
  // (A row cut off before any words of its own still has a clause to name: said so, never an empty text.)
  const said = text.trim() || '（原表此处没有文字）';
  const clause: ClauseIn = {
    id: cid,
    text: said,
    points,
    rule: { kind: 'judgement', input: { id: `${id}${cid}-score`, label: `得分（${shortName(said)}）` } },
    reading: `未能自动读懂本条：${why}；由评分人直接填写得分。`,
  };
  const warning = `未能有把握地读懂，改为评分人直接填写得分（0–${cap}分）：${why}：“${said}”`;
  return { clause, readAs: 'judgement (unread)', confidence: 0, flagged: true, warnings: [warning] };
}

/** Steps of one result, each a row of the table: the assessor picks the one reached. */
export function tiersReading(
  item: ItemIn,
  tiers: readonly { readonly name: string; readonly points: number }[],
): Reading {
  const text = item.parts.map((p) => p.text).join('');
  const clause: ClauseIn = {
    id: 'a',
    text,
    points: tiers[0]?.points ?? 0,
    rule: {
      kind: 'levels',
      input: { id: `${item.id}a-1`, label: '达到的档次' },
      levels: tiers.map((t) => ({ name: t.name, points: t.points })),
    },
    reading: `按达到的档次计分：${tiers.map((t) => `${t.name}得${t.points}分`).join('；')}。`,
  };
  return { clause, readAs: 'levels (steps in rows)', confidence: 0.8, flagged: false, warnings: [] };
}

/** The clause the table stops inside (the last of a cut part), typed unless it already is. */
export function cutLast(readings: Reading[], id: string, cut: boolean | undefined, rest?: number): Reading[] {
  const last = readings[readings.length - 1];
  // (rest: the points the others leave, given for a last part however it read.)
  if (!cut || !last || last.veto || (last.flagged && rest === undefined)) return readings;
  const points = rest ?? last.clause.points;
  const typedLast = unruled(id, last.clause.text, points, last.clause.id, true);
  // (1) 满分4分 (2) 满分2分 (3) cut off, in a row of 8: its points are what the others leave; say so.
  const said = readings.slice(0, -1).reduce((a, r) => a + (dflt(r.clause.points) ?? 0), 0);
  const own = dflt(points) ?? 0;
  const share =
    said > 0 && own > 0
      ? `（本项 ${round2(said + own)} 分，原文写明分值的各条共 ${round2(said)} 分，本条按余下的 ${round2(own)} 分）`
      : '';
  return [...readings.slice(0, -1), { ...typedLast, warnings: typedLast.warnings.map((w) => w + share) }];
}

/** A deduction the reader could not read, inside a pool: the assessor types the points lost. */
export function typedDeduction(r: Reading, id: string): Reading {
  const rule: RuleIn = {
    kind: 'deduct',
    inputs: [{ id: `${id}${r.clause.id}-lost`, label: '所扣分数（由评分人按原文填写）', unit: '分', per: 1 }],
    floor: 'none',
  };
  // The warning that quotes it says what the assessor types (not a score of 0–0分).
  const warnings = r.warnings.map((w, i) =>
    i === 0 ? w.replace(/改为评分人直接填写得分（0–[\d.]+分）/, '改为评分人按原文填写所扣分数，从本项分值中扣除') : w,
  );
  return {
    ...r,
    warnings,
    clause: {
      ...r.clause,
      points: 0,
      rule,
      reading: '未能自动读懂本条的扣分办法，由评分人按原文填写所扣分数，从本项分值中扣除。',
    },
  };
}

import type { z } from 'zod';
import type { Clause } from '../rubric/schema';
import type { ClauseIn, Reading } from './parse';
import type { ClassPoints } from './phrases';
import { LETTERS, readRule, type Role } from './rule-text';
import { shortName } from './shape';

/**
 * One item of the table → its clauses: the rule of one row, the rules of the rows under one name
 * that have points of their own (1.1.1 (10分) + 1.1.2 (10分)), the articles of a block that share its
 * points (共60分，扣完为止), or no rule at all (a name and its points: a score the assessor types).
 */

export interface PartIn {
  /** Its rule text (what is required, where no scoring words are given). */
  readonly text: string;
  /** Its own points (（10分） in its name, 5分 in its row); none where they are the item's. */
  readonly points?: number | undefined;
  /** The table stops inside its words (…对代耕代种农户的补): not read. */
  readonly cut?: boolean;
  /** What it costs each time, where the points column says so and the words do not (信用赋分 -10). */
  readonly amount?:
    number | undefined; /** No way of scoring of its own, where the rows beside it under one name have one. */
  readonly unruled?: boolean;
}

export interface ItemIn {
  readonly id: string;
  readonly cap: ClassPoints | undefined;
  readonly role: Role;
  readonly parts: readonly PartIn[];
  /** The articles deduct from the cap together (倒扣分 over a block). */
  readonly pool?: boolean;
  /** Paragraphs under a title with its points, none with points of its own. */
  readonly gathered?: boolean;
  /** The steps of one result (…(100分) / …(75分) / …不得分): read as its levels. */
  readonly tiers?: readonly { readonly name: string; readonly points: number }[];
  /** The table says nowhere how anything scores: the assessor types each score. */
  readonly plain?: boolean;
}

export interface ItemRead {
  readonly readings: Reading[];
  /** The item stops at nothing though clauses may go below (a deduction that takes from the others). */
  readonly floored: boolean;
}

type RuleIn = z.input<typeof Clause>['rule'];
const dflt = (p: ClassPoints | undefined): number | undefined => (typeof p === 'object' ? p.default : p);

/** No rule in the table: the assessor types the score, and the reading says so plainly. */
function typed(id: string, cid: string, text: string, points: ClassPoints): Reading {
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
function eventDeduction(id: string, cid: string, text: string, amount: number): Reading {
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
const isEvent = (p: PartIn): p is PartIn & { amount: number } =>
  p.amount !== undefined && p.amount > 0 && p.text !== '' && !amounts.test(p.text);

/** Scoring words that carry an amount (…分别扣分 and …扣分 alone do not: the points column says how much). */
const amounts =
  /酌情|视情|适当|根据情况|[扣得加计]\s*\d|\d\s*分|不得分|不计分|一票否决|按[^,;。]{0,8}(?:赋分|计分|评分|打分)/;

/** A row with no way of scoring, beside rows under the same name that have one: flagged, typed. */
function unruled(id: string, text: string, points: ClassPoints, cid = 'a', cut = false): Reading {
  const cap = dflt(points) ?? 0;
  const why = cut
    ? '原文在本行中途中断（其他行都以句号结束）'
    : '本行没有评分办法，同一项目下的其他行有，是否同样适用原文没有说';
  const clause: ClauseIn = {
    id: cid,
    text,
    points,
    rule: { kind: 'judgement', input: { id: `${id}${cid}-score`, label: `得分（${shortName(text)}）` } },
    reading: `未能自动读懂本条：${why}；由评分人直接填写得分。`,
  };
  const warning = `未能有把握地读懂，改为评分人直接填写得分（0–${cap}分）：${why}：“${text}”`;
  return { clause, readAs: 'judgement (unread)', confidence: 0, flagged: true, warnings: [warning] };
}

/** Steps of one result, each a row of the table: the assessor picks the one reached. */
function tiersReading(item: ItemIn, tiers: readonly { readonly name: string; readonly points: number }[]): Reading {
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
function cutLast(readings: Reading[], id: string, cut: boolean | undefined): Reading[] {
  const last = readings[readings.length - 1];
  if (!cut || !last || last.flagged || last.veto) return readings;
  return [...readings.slice(0, -1), unruled(id, last.clause.text, last.clause.points, last.clause.id, true)];
}

/** A deduction the reader could not read, inside a pool: the assessor types the points lost. */
function typedDeduction(r: Reading, id: string): Reading {
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

/**
 * Articles that deduct from one block's points (一、…(共60分,扣完为止) over (1)(2)…): each read as a
 * deduction taking from the others, the block's points on the first, the block stopping at nothing.
 */
function pooled(item: ItemIn): ItemRead {
  let k = 0;
  const readings: Reading[] = [];
  for (const part of item.parts) {
    const rs = isEvent(part)
      ? [eventDeduction(item.id, LETTERS[k] ?? `c${k}`, part.text, part.amount)]
      : cutLast(readRule(item.id, part.text, 0, 'base', k).readings, item.id, part.cut);
    k += rs.length;
    readings.push(...rs.map((r) => (r.flagged ? typedDeduction(r, item.id) : r)));
  }
  const cap = dflt(item.cap) ?? 0;
  const first = readings.findIndex((r) => !r.veto || r.scoredToo);
  const out = readings.map((r, i) => {
    const rule = r.clause.rule.kind === 'deduct' ? { ...r.clause.rule, floor: 'none' as const } : r.clause.rule;
    return { ...r, clause: { ...r.clause, rule, points: i === first ? cap : 0 } };
  });
  return { readings: out, floored: true };
}

/**
 * (二)完成糧食生產計劃任務(30分) over 1、…記12分 2、…記12分 3、…記6分: the paragraphs' own points share the
 * title's. (三)…(20分) over 沒有拋荒的計20分 and deductions: they do not add up, so the paragraphs deduct
 * from the title's points together.
 */
function gathered(item: ItemIn): ItemRead {
  const cap = dflt(item.cap);
  const read = readRule(
    item.id,
    item.parts.map((p) => p.text),
    cap,
    item.role,
  );
  // Each paragraph's own words give its points, and they make the title's: read so; else they deduct together.
  const scored = read.readings.filter((r) => !r.veto);
  const sum = scored.reduce((a, r) => a + (dflt(r.own) ?? Number.NaN), 0);
  if (cap === undefined || !(Math.abs(sum - cap) < 1e-9) || read.floored) return pooled(item);
  return { ...read, readings: cutLast(read.readings, item.id, item.parts[item.parts.length - 1]?.cut) };
}

/** The clauses of one item. */
export function readItem(item: ItemIn): ItemRead {
  if (item.pool) return pooled(item);
  if (item.tiers) return { readings: [tiersReading(item, item.tiers)], floored: false };
  if (item.gathered && item.parts.every((p) => p.points === undefined)) return gathered(item);
  const [only] = item.parts;
  if (item.plain) {
    const readings = item.parts.map((p, k) =>
      typed(item.id, LETTERS[k] ?? `c${k}`, p.text, item.parts.length === 1 ? (item.cap ?? 0) : (p.points ?? 0)),
    );
    return { readings, floored: false };
  }
  if (item.parts.length === 1 && only?.unruled)
    return { readings: [unruled(item.id, only.text, item.cap ?? 0)], floored: false };
  if (item.parts.length === 1 && only && isEvent(only))
    return { readings: [eventDeduction(item.id, 'a', only.text, only.amount)], floored: false };
  if (item.parts.length === 1 && only) {
    if (only.text === '') return { readings: [typed(item.id, 'a', '', item.cap ?? 0)], floored: false };
    // A part that states its own points ((10分) under a 考核要点 worth 20): read within them.
    const read = readRule(item.id, only.text, only.points ?? dflt(item.cap), item.role);
    return { ...read, readings: cutLast(read.readings, item.id, only.cut) };
  }
  // Rows with points of their own: each read within them, lettered on.
  const readings: Reading[] = [];
  let floored = false;
  for (const part of item.parts) {
    const cid = LETTERS[readings.length] ?? `c${readings.length}`;
    if (part.text === '') {
      readings.push(typed(item.id, cid, '', part.points ?? 0));
      continue;
    }
    if (part.unruled) {
      readings.push(unruled(item.id, part.text, part.points ?? 0, cid));
      continue;
    }
    const r = readRule(item.id, part.text, part.points, item.role, readings.length);
    floored ||= r.floored;
    readings.push(...cutLast(r.readings, item.id, part.cut));
  }
  return { readings, floored };
}

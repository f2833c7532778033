import type { z } from 'zod';
import type { Clause } from '../rubric/schema';
import type { ClauseIn, Reading } from './parse';
import type { ClassPoints } from './phrases';
import { LETTERS, readRule, type Role } from './rule-text';

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
}

export interface ItemIn {
  readonly id: string;
  readonly cap: ClassPoints | undefined;
  readonly role: Role;
  readonly parts: readonly PartIn[];
  /** The articles deduct from the cap together (倒扣分 over a block). */
  readonly pool?: boolean;
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
    const { readings: rs } = readRule(item.id, part.text, 0, 'base', k);
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

/** The clauses of one item. */
export function readItem(item: ItemIn): ItemRead {
  if (item.pool) return pooled(item);
  const [only] = item.parts;
  if (item.plain) {
    const readings = item.parts.map((p, k) =>
      typed(item.id, LETTERS[k] ?? `c${k}`, p.text, item.parts.length === 1 ? (item.cap ?? 0) : (p.points ?? 0)),
    );
    return { readings, floored: false };
  }
  if (item.parts.length === 1 && only) {
    if (only.text === '') return { readings: [typed(item.id, 'a', '', item.cap ?? 0)], floored: false };
    // A part that states its own points ((10分) under a 考核要点 worth 20): read within them.
    return readRule(item.id, only.text, only.points ?? dflt(item.cap), item.role);
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
    const r = readRule(item.id, part.text, part.points, item.role, readings.length);
    floored ||= r.floored;
    readings.push(...r.readings);
  }
  return { readings, floored };
}

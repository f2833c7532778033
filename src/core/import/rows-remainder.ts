import type { Row } from './row-types';

/**
 * (一)履职(80分) over 1、…第一提案人20分,联名提案人15分;…第一提案人15分,联名提案人10分。 | 2、…20分。 | 3、…20分。 |
 * 4、…20分。: the one row under a heading with points that has none of its own, its siblings' adding up to less —
 * worth what is left, where that is the most its own words give (the best of its ways of earning). Pure.
 */
export function remainderRows(rows: readonly Row[]): Row[] {
  const out = [...rows];
  const groups = new Map<object, number[]>();
  rows.forEach((r, i) => {
    const h = [...r.headings].reverse().find((x) => typeof x.cap === 'number');
    if (h && r.role === 'base' && r.headings[r.headings.length - 1] === h) groups.set(h, [...(groups.get(h) ?? []), i]);
  });
  for (const [h, at] of groups) {
    const cap = (h as { cap: number }).cap;
    const open = at.filter((i) => rows[i]?.points === undefined);
    const [i] = open;
    if (open.length !== 1 || i === undefined || at.length < 3) continue;
    const row = rows[i];
    if (!row) continue;
    const left = cap - at.reduce((a, k) => a + (rows[k]?.points ?? 0), 0);
    const figures = [...row.rule.matchAll(/(?<![扣减])(\d+(?:\.\d+)?)\s*分/g)].map((m) => Number(m[1]));
    if (left > 0 && figures.length >= 2 && Math.max(...figures) === left) out[i] = { ...row, points: left };
  }
  return out;
}

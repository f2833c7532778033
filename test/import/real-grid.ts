import type { Grid, Range } from '../../src/core/import/header';
import { parseRuleText, type Reading } from '../../src/core/import/parse';
import { importTable } from '../../src/core/import/table';

/** Rows quoted from a real table → a grid: `↑` is a cell merged with the one above, as in shared/tables. */
export function grid(rows: string[][], across: Range[] = []): Grid {
  const merges: Range[] = [...across];
  const width = Math.max(...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < rows.length; r++) {
      if (rows[r]?.[c] === '↑' || rows[r + 1]?.[c] !== '↑') continue;
      let end = r + 1;
      while (rows[end + 1]?.[c] === '↑') end++;
      merges.push({ top: r, left: c, bottom: end, right: c });
    }
  }
  return { rows: rows.map((r) => r.map((v) => (v === '↑' ? '' : v))), merges };
}

export function ok(g: Grid) {
  const r = importTable(g, { id: 't' });
  if (!r.ok) throw new Error(r.message);
  expect(r.problems).toEqual([]);
  return r;
}
export const items = (r: ReturnType<typeof ok>) => r.rubric.sections.flatMap((s) => s.items);
/** Every clause of the items, in order. */
export const clauses = (r: ReturnType<typeof ok>) => items(r).flatMap((i) => i.clauses);
/** Every warning of the import, one a line. */
export const warned = (r: ReturnType<typeof ok>) => r.blocks.flatMap((b) => b.warnings).join('\n');

/** Whether each clause of a one-row table (name | rule | points) is flagged: a rule read within its row's points. */
export const flaggedIn = (name: string, rule: string, points: number): boolean[] =>
  ok(
    grid([
      ['项目', '评分标准', '分值'],
      [name, rule, String(points)],
    ]),
  ).blocks.flatMap((b) => b.clauses.map((c) => c.flagged));

/** The one clause a rule text reads as (worth `points`), failing where it reads as more or none. */
export function only(text: string, points?: number): Reading {
  const r = parseRuleText(text, { item: 't', points });
  expect(r).toHaveLength(1);
  const first = r[0];
  if (!first) throw new Error('no clause');
  return first;
}

import { splitName } from './names';
import type { Row } from './rows';

/**
 * Per-department blocks (按部门分值各60分考核): one sheet whose first name column splits it into blocks
 * that each add up to the same points — one table per department, each its own rubric. Pure.
 */

export interface Split {
  readonly rows: Row[];
  /** Each block's name (the department), in order. */
  readonly names: string[];
  readonly each: number;
}

/**
 * The rows with each department's block numbered, when at least three blocks each add up to the same
 * points and the table says so (各60分) or gives that as its total; undefined otherwise.
 */
export function departmentBlocks(
  rows: readonly Row[],
  above: readonly string[],
  total: number | undefined,
): Split | undefined {
  if (rows.some((r) => r.block > 0)) return undefined;
  const groups: Row[][] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.sectionKey === r.sectionKey && r.sectionKey !== '') last.push(r);
    else groups.push([r]);
  }
  if (groups.length < 3) return undefined;
  const sums = groups.map((g) => g.filter((r) => r.role === 'base').reduce((a, r) => a + (r.points ?? 0), 0));
  const each = sums[0] ?? 0;
  if (each <= 0 || sums.some((s) => Math.abs(s - each) > 1e-9)) return undefined;
  const said = above.some((t) => new RegExp(`各\\s*${each}\\s*分`).test(t));
  if (!said && total !== each) return undefined;
  return {
    rows: groups.flatMap((g, k) => g.map((r) => ({ ...r, block: k }))),
    names: groups.map((g) => g[0]?.section.replace(/\s+/g, '') ?? ''),
    each,
  };
}

/**
 * (一)市直管国有企业各指标计分: 1.利润总额指标(30分) 2.经济增加值(35分) … then (二)委托主管部门…管理的国有企业各指标计分:
 * 1.利润总额指标(20分) 2.经济增加值(25分) …: the same indicators again under a second heading, for another kind of unit —
 * a table for each (the rows from the second heading on numbered as the next block). Only where the sheet is not yet
 * split and three or more names, at least half of the new group's, repeat names read before it in the block. Pure.
 */
export function repeatBlocks(rows: readonly Row[]): Row[] | undefined {
  if (rows.some((r) => r.block > 0)) return undefined;
  const own = (r: Row): string =>
    splitName(r.name)
      .name.replace(/^[\d.、．\s]+/, '')
      .replace(/\s+/g, '');
  const under = (r: Row): string => r.headings[r.headings.length - 1]?.text ?? '';
  const groups: Row[][] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && under(last[0] as Row) === under(r)) last.push(r);
    else groups.push([r]);
  }
  let block = 0;
  let split = false;
  const out: Row[] = [];
  // (The names read so far in this block: the groups under it, a heading's parts among them.)
  let seen = new Set<string>();
  for (const g of groups) {
    const names = [...new Set(g.map(own).filter((n) => n.length >= 2))];
    const again = names.filter((n) => seen.has(n)).length;
    if (under(g[0] as Row) !== '' && again >= 3 && again * 2 >= names.length) {
      block++;
      split = true;
      seen = new Set();
    }
    for (const n of names) seen.add(n);
    out.push(...g.map((r) => (block === 0 ? r : { ...r, block })));
  }
  return split ? out : undefined;
}

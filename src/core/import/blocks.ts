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

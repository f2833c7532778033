import { call, cell, iff, num, str, sub } from '../formula/ast';
import { printFormula } from '../formula/print';
import { colIndex, colLetter, type Grid } from './grid';
import type { CellPlan } from './types';

export interface LostMapSection {
  /** The column of the section's score in the table above; the map puts its lost points below it. */
  readonly col: string;
  readonly title: string;
  /** What the section can give: lost = possible − score. */
  readonly possible: number;
}

/** The title above the map, also what the render test looks for. */
export const LOST_MAP_TITLE = '各部分扣分（该部分满分减得分，颜色越红扣分越多）';

/**
 * The map of points lost per section, below a 汇总 table: a title, a heading row, and a row per unit
 * whose lost points sit under the section's own column (a colour scale over them). Returns the
 * range of the lost points, the last row, and each row's lost cells by section.
 */
export function placeLostMap(
  g: Grid,
  o: {
    readonly row: number;
    readonly nameCol: string;
    readonly sections: readonly LostMapSection[];
    readonly rows: readonly { readonly name: Omit<CellPlan, 'address'>; readonly scores: readonly string[] }[];
    readonly headHeight: number;
    readonly rowHeights: readonly number[];
  },
): { range: string; end: number; lost: string[][] } {
  const cols = o.sections.map((s) => colIndex(s.col));
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const lastCol = colLetter(last);
  g.span('A', o.row, lastCol, o.row, { value: LOST_MAP_TITLE, style: 'section' });
  g.heights[o.row] = 22;
  const head = o.row + 1;
  for (let c = 1; c <= last; c++) g.put(colLetter(c), head, { value: null, style: 'header' });
  g.put('A', head, { value: '序号', style: 'header' });
  g.put(o.nameCol, head, { value: '被考核单位', style: 'header' });
  o.sections.forEach((s) => g.put(s.col, head, { value: s.title, style: 'header' }));
  g.heights[head] = o.headHeight;
  const lost: string[][] = [];
  o.rows.forEach((u, i) => {
    const r = head + 1 + i;
    for (let c = 1; c <= last; c++) g.put(colLetter(c), r, { value: null, style: 'text' });
    g.put('A', r, { value: i + 1, style: 'number' });
    g.put(o.nameCol, r, u.name);
    lost.push(
      o.sections.map((s, k) => {
        const sc = cell(u.scores[k] ?? 'A1');
        const e = iff(call('ISNUMBER', sc), call('ROUND', sub(num(s.possible), sc), num(2)), str(''));
        return g.put(s.col, r, { formula: printFormula(e), style: 'formula' });
      }),
    );
    g.heights[r] = o.rowHeights[i] ?? 20;
  });
  const end = head + Math.max(1, o.rows.length);
  return { range: `${colLetter(first)}${head + 1}:${lastCol}${end}`, end, lost };
}

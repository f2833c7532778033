import type { Finding } from '../engine/findings';
import { sameFormula } from '../formula/meaning';
import { colIndex, colLetter } from '../plan/grid';
import type { CellPlan, SheetPlan } from '../plan/types';
import type { AuditSheet } from './types';

/**
 * How a sheet's layout moved under its cells, told by where the plan's fixed labels went: rows
 * inserted or deleted above a row, columns inserted or deleted left of a column, or rows sorted.
 * Cells past the move are no longer where the plan says: reading them misreads entries, writing
 * them overwrites other cells, and each would be reported as a changed formula. One finding names
 * the move instead.
 */
export type Move =
  | { readonly kind: 'rows'; readonly row: number; readonly shift: number }
  | { readonly kind: 'columns'; readonly col: number; readonly shift: number }
  | { readonly kind: 'sorted'; readonly from: number; readonly to: number };

const MAX_ROWS = 40;
const MAX_COLUMNS = 8;
const rowOf = (a: string): number => Number(/\d+$/.exec(a)?.[0] ?? 0);
const colOf = (a: string): number => colIndex(/^[A-Z]+/.exec(a)?.[0] ?? 'A');
const normalText = (v: unknown): string => String(v ?? '').replace(/\s+/g, '');

/** A fixed label of the plan (locked text): what moves are recognised by. */
export const isLabel = (c: CellPlan): boolean =>
  c.formula === undefined && !c.unlocked && typeof c.value === 'string' && c.value.trim() !== '';

const textAt = (s: AuditSheet, col: number, row: number): string =>
  row >= 1 && col >= 1 ? normalText(s.cell(`${colLetter(col)}${row}`).value) : '';
const labelAt = (c: CellPlan, s: AuditSheet, col: number, row: number): boolean =>
  row >= 1 &&
  col >= 1 &&
  s.cell(`${colLetter(col)}${row}`).formula === undefined &&
  textAt(s, col, row) === normalText(c.value);

/** A label or a formula of the plan, found at (col, row): sorting moves both with their row. */
function anchorAt(c: CellPlan, s: AuditSheet, col: number, row: number): boolean {
  if (c.formula === undefined) return labelAt(c, s, col, row);
  const got = row >= 1 && col >= 1 ? s.cell(`${colLetter(col)}${row}`).formula : undefined;
  return got !== undefined && sameFormula(got, c.formula);
}

/** The best offset along one axis, and how many labels it puts back in place. */
function bestShift(
  labels: readonly CellPlan[],
  limit: number,
  at: (c: CellPlan, d: number) => boolean,
): { shift: number; hits: number } {
  let best = { shift: 0, hits: 0 };
  for (let d = -limit; d <= limit; d++) {
    if (d === 0) continue;
    const hits = labels.filter((c) => at(c, d)).length;
    if (hits > best.hits) best = { shift: d, hits };
  }
  return best;
}

const enough = (hits: number, of: number): boolean => hits >= Math.max(3, of * 0.6);

/**
 * Rows sorted: the labels and formulas out of place are still on the sheet, each in its own
 * column, on another row of the same block (a 汇总 sorted by total moves whole rows of formulas).
 */
function sortedRows(anchors: readonly CellPlan[], s: AuditSheet): Move | undefined {
  const bad = anchors.filter((c) => !anchorAt(c, s, colOf(c.address), rowOf(c.address)));
  if (bad.length === 0) return undefined;
  const top = Math.min(...bad.map((c) => rowOf(c.address)));
  const bottom = Math.max(...anchors.map((c) => rowOf(c.address)));
  const moved: number[] = [];
  for (const c of bad) {
    const col = colOf(c.address);
    for (let r = top; r <= bottom; r++) {
      if (r !== rowOf(c.address) && anchorAt(c, s, col, r)) {
        moved.push(r, rowOf(c.address));
        break;
      }
    }
  }
  if (!enough(moved.length / 2, bad.length)) return undefined;
  return { kind: 'sorted', from: Math.min(...moved), to: Math.max(...moved) };
}

/** Where the layout moved, if it did (see Move). Undefined when every label is in place or no move explains it. */
export function detectMove(p: SheetPlan, s: AuditSheet): Move | undefined {
  const labels = p.cells.filter(isLabel);
  const anchors = p.cells.filter((c) => isLabel(c) || c.formula !== undefined);
  const wrong = (c: CellPlan): boolean => !labelAt(c, s, colOf(c.address), rowOf(c.address));
  const first = labels.find(wrong);
  if (!first) return sortedRows(anchors, s);
  const fromRow = rowOf(first.address);
  const below = labels.filter((c) => rowOf(c.address) >= fromRow);
  const rows = bestShift(below, MAX_ROWS, (c, d) => labelAt(c, s, colOf(c.address), rowOf(c.address) - d));
  const fromCol = Math.min(...labels.filter(wrong).map((c) => colOf(c.address)));
  const right = labels.filter((c) => colOf(c.address) >= fromCol);
  const cols = bestShift(right, MAX_COLUMNS, (c, d) => labelAt(c, s, colOf(c.address) - d, rowOf(c.address)));
  const rowRatio = below.length ? rows.hits / below.length : 0;
  const colRatio = right.length ? cols.hits / right.length : 0;
  if (enough(rows.hits, below.length) && rowRatio >= colRatio) return { kind: 'rows', row: fromRow, shift: rows.shift };
  if (enough(cols.hits, right.length)) return { kind: 'columns', col: fromCol, shift: cols.shift };
  return sortedRows(anchors, s);
}

/** Whether a cell of the plan is past a move (not where the plan says any more). */
export function movedCell(m: Move, address: string): boolean {
  if (m.kind === 'rows') return rowOf(address) >= m.row;
  if (m.kind === 'columns') return colOf(address) >= m.col;
  return rowOf(address) >= m.from && rowOf(address) <= m.to;
}

/** The one finding that names a move: 行被删除/插入, 列被删除/插入, 行被排序. */
export function moveFinding(sheet: string, m: Move): Finding {
  if (m.kind === 'rows')
    return {
      code: m.shift > 0 ? 'audit-rows-deleted' : 'audit-rows-inserted',
      severity: 'error',
      sheet,
      cell: `A${m.row}`,
      params: { row: m.row, count: Math.abs(m.shift) },
    };
  if (m.kind === 'columns')
    return {
      code: m.shift > 0 ? 'audit-columns-deleted' : 'audit-columns-inserted',
      severity: 'error',
      sheet,
      cell: `${colLetter(m.col)}1`,
      params: { col: colLetter(m.col), count: Math.abs(m.shift) },
    };
  return {
    code: 'audit-rows-sorted',
    severity: 'error',
    sheet,
    cell: `A${m.from}`,
    params: { from: m.from, to: m.to },
  };
}

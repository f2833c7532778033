import { CELL_READ_LIMIT } from './rules';
import { excelError, type FakeCell, type FakeSheet } from './types';
import { enteredFormula, typedConstant } from './values';

/** A1 addresses and cell writes of the fake workbook. */

export const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
export const letters = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
}

/** The rectangle of an address: `G7`, `G7:H9`, whole columns `G:H` and whole rows `7:9`. */
export function rectOf(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a = '', b = a] = local.replace(/\$/g, '').toUpperCase().split(':');
  const p = (x: string, end: boolean): [number, number] => {
    const m = /^([A-Z]*)(\d*)$/.exec(x);
    if (!m || (m[1] === '' && m[2] === '')) throw excelError('InvalidArgument', `cannot address ${address}`);
    const r = m[2] ? Number(m[2]) : end ? 1_048_576 : 1;
    const c = m[1] ? col(m[1]) : end ? 16_384 : 1;
    return [r, c];
  };
  const [r0, c0] = p(a, false);
  const [r1, c1] = p(b, true);
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

export const isWhole = (address: string): boolean => /^\$?[A-Z]+:\$?[A-Z]+$|^\$?\d+:\$?\d+$/i.test(address);

export function forEachCell(address: string, fn: (a: string, i: number, j: number) => void): void {
  const { r0, c0, rows, cols } = rectOf(address);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) fn(`${letters(c0 + j)}${r0 + i}`, i, j);
}

/** The grid a load returns: one entry per cell, refused over five million cells. */
export function readGrid(s: FakeSheet, address: string, f: (c: FakeCell | undefined) => unknown): unknown[][] {
  const { r0, c0, rows, cols } = rectOf(address);
  if (rows * cols > CELL_READ_LIMIT)
    throw excelError('ResponsePayloadSizeLimitExceeded', `${address} has ${rows * cols} cells (at most 5,000,000)`);
  return Array.from({ length: rows }, (_r, i) =>
    Array.from({ length: cols }, (_c, j) => f(s.cells.get(`${letters(c0 + j)}${r0 + i}`))),
  );
}

/** Whether a protected sheet refuses to change this cell (locked cells are the default). */
export const refuses = (s: FakeSheet, a: string): boolean => s.protected && !s.unlocked.has(a);

/**
 * Writes a block the way `range.formulas` / `range.values` and typing do: null leaves a cell,
 * '' clears it, `=` makes a formula, a leading apostrophe keeps text, anything else is typed.
 * Writes to locked cells of a protected sheet fail (WorksheetProtection: "locked cells cannot be
 * edited" while protected; Excel answers AccessDenied). A person typing gets zh-CN date parsing.
 */
export function writeCells(
  s: FakeSheet,
  address: string,
  rows: unknown[][],
  sheetExists: (name: string) => boolean,
  guarded: boolean,
  byPerson = false,
): void {
  const { rows: h, cols: w } = rectOf(address);
  if (!Array.isArray(rows) || rows.length !== h || rows.some((r) => !Array.isArray(r) || r.length !== w))
    throw excelError('InvalidArgument', `${address} needs ${h}×${w} values`);
  forEachCell(address, (a, i, j) => {
    const v = rows[i]?.[j];
    if (v === null || v === undefined) return;
    if (guarded && refuses(s, a)) throw excelError('AccessDenied', `${s.name}!${a} is locked on a protected sheet`);
    const old = s.cells.get(a);
    if (typeof v === 'string' && v.startsWith('=')) {
      s.cells.set(a, {
        ...enteredFormula(v, sheetExists),
        ...(old?.numberFormat ? { numberFormat: old.numberFormat } : {}),
      });
      return;
    }
    const typed = typedConstant(v as string | number | boolean, !byPerson);
    if (typed.value === '' && !old?.numberFormat) return void s.cells.delete(a);
    const numberFormat = typed.format ?? old?.numberFormat;
    s.cells.set(a, {
      value: typed.value,
      formula: String(typed.value),
      ...(numberFormat ? { numberFormat } : {}),
    });
  });
}

import type ExcelJS from 'exceljs';
import { NotAWorkbook, openWorkbook } from './excel';
import type { NotXlsx } from './sniff';
import { parseStore, STORE_SHEET, type StoreData } from '../../core/plan';

/** A cell as read back: its constant, or its formula (with `=`) and the cached result. */
export interface ReadCell {
  readonly value: string | number | boolean | null;
  readonly formula?: string;
  readonly result?: string | number | boolean | null;
  readonly numFmt?: string;
  readonly merged?: true;
}

export interface ReadSheet {
  readonly name: string;
  cell(address: string): ReadCell;
  readonly lastRow: number;
}

export interface ReadBook {
  readonly store: StoreData;
  sheet(name: string): ReadSheet | undefined;
  readonly sheetNames: readonly string[];
  readonly workbook: ExcelJS.Workbook;
}

/** Why a file could not be read as one of our workbooks. */
export class BookError extends Error {
  constructor(
    readonly code: NotXlsx | 'book-not-ours',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

type Plain = string | number | boolean | null;

/** What Excel shows for a date-formatted number it cannot show as a date. */
export const INVALID_DATE = '#######';

function plain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // A number too large for the date format it wears: Excel shows ####### in the cell.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? INVALID_DATE : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (typeof o.error === 'string') return o.error;
    if (o.text !== undefined) return plain(o.text);
  }
  return String(v);
}

/**
 * Reads one ExcelJS cell; `cell.result` keeps a formula's cached 0, which `cell.value` may drop.
 * A cell inside a merged range (not its top-left one) is flagged: ExcelJS gives it the top-left
 * cell's value, while Excel's formulas see it empty.
 */
export function readCell(c: ExcelJS.Cell): ReadCell {
  const v = c.value as unknown;
  const fmt = c.numFmt && c.numFmt !== 'General' ? { numFmt: c.numFmt } : {};
  const merged = c.isMerged && c.master !== c ? { merged: true as const } : {};
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = (c as unknown as { formula?: string }).formula ?? '';
    const result = (c as unknown as { result?: unknown }).result;
    return { value: null, formula: `=${f}`, result: plain(result), ...fmt, ...merged };
  }
  return { value: plain(v), ...fmt, ...merged };
}

export async function loadBook(data: Uint8Array, name: string): Promise<ReadBook> {
  try {
    return fromWorkbook(await openWorkbook(data, name), name);
  } catch (e) {
    if (e instanceof NotAWorkbook) throw new BookError(e.code, e.detail);
    throw e;
  }
}

/** The '_kaohe' store of a workbook, parsed; undefined if the sheet is missing or damaged. */
export function storeOf(wb: ExcelJS.Workbook): StoreData | undefined {
  const storeWs = wb.getWorksheet(STORE_SHEET);
  if (!storeWs) return undefined;
  const rows: (string | undefined)[][] = [];
  storeWs.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      const v = plain(c.value);
      cells[col - 1] = v === null ? undefined : String(v);
    });
    rows[n - 1] = cells;
  });
  return parseStore(rows.map((r) => r ?? []));
}

export function fromWorkbook(wb: ExcelJS.Workbook, name: string): ReadBook {
  const store = storeOf(wb);
  if (!store) throw new BookError('book-not-ours', name);
  return {
    store,
    workbook: wb,
    sheetNames: wb.worksheets.map((w) => w.name),
    sheet(sheetName) {
      const ws = wb.getWorksheet(sheetName);
      if (!ws) return undefined;
      return { name: sheetName, cell: (a) => readCell(ws.getCell(a)), lastRow: ws.rowCount };
    },
  };
}

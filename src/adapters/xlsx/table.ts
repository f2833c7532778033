import type ExcelJS from 'exceljs';
import { newWorkbook } from './excel';
import type { Grid, Range } from '../../core/import/header';

/**
 * Reading a table from any sheet of an .xlsx (ExcelJS): each cell's shown text, and the merged
 * ranges. Slave cells of a merged range read as empty; the core fills them from the range.
 */

export class SheetNotFound extends Error {
  constructor(
    readonly sheet: string,
    readonly sheets: readonly string[],
  ) {
    super(`sheet not found: ${sheet}`);
  }
}

function textOf(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return textOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return '';
  }
  return '';
}

/** "B3:C5" → 0-based inclusive range. */
function parseRange(ref: string): Range | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return undefined;
  const col = (s: string): number => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1] ?? 'A');
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

export function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).flatMap((ref) => {
    const r = parseRange(ref);
    return r ? [r] : [];
  });
  const slave = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slave.add(`${r},${c}`);
  }
  const rows: string[][] = [];
  const height = ws.rowCount;
  const width = ws.columnCount;
  for (let r = 0; r < height; r++) {
    const row: string[] = [];
    const wsRow = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) row.push(slave.has(`${r},${c}`) ? '' : textOf(wsRow.getCell(c + 1).value));
    rows.push(row);
  }
  return { rows, merges };
}

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = newWorkbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function sheetNames(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.map((w) => w.name);
}

/** The grid of one sheet; the first sheet when no name is given. */
export function readTable(wb: ExcelJS.Workbook, sheet?: string): Grid {
  const ws = sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(sheet);
  if (!ws) throw new SheetNotFound(sheet ?? '', sheetNames(wb));
  return sheetGrid(ws);
}

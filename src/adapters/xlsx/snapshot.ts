import type ExcelJS from 'exceljs';
import { NotAWorkbook, openWorkbook } from './excel';
import { protectionOfSheet } from './protection';
import type { NotXlsx } from './sniff';
import type { AuditBook, AuditSheet, ReadValidation } from '../../core/audit';
import { STORE_SHEET } from '../../core/plan/names';
import { readCell, storeOf } from './read';

/** Why a file could not even be opened as an .xlsx workbook. */
export interface Unopenable {
  readonly file: string;
  readonly code: NotXlsx | 'book-missing';
  readonly detail: string;
}

/** An ExcelJS workbook as the audit sees it: sheets with their state and hidden rows, and the store. */
export function snapshotOf(wb: ExcelJS.Workbook, file: string): AuditBook {
  const sheets: AuditSheet[] = wb.worksheets.map((ws) => {
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.hidden) hiddenRows.push(n);
    });
    // ExcelJS keeps merges by their top-left cell (no public list) and parses the SHA-512 form of a
    // sheet password (Excel 2010+); the legacy 16-bit `password` attribute is not read.
    const merges = Object.values(
      (ws as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges ?? {},
    )
      .map((r) => r?.range)
      .filter((r): r is string => typeof r === 'string');
    const hiddenColumns: number[] = [];
    const width = Math.max(ws.columnCount, ws.columns?.length ?? 0);
    for (let c = 1; c <= width; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c);
    const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    return {
      name: ws.name,
      state: ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible',
      hiddenRows,
      cell: (a) => readCell(ws.getCell(a)),
      merges,
      protection: protectionOfSheet(ws),
      hiddenColumns,
      validation: (a) => readValidation(validations[a]),
    };
  });
  return { file, sheets, store: storeOf(wb), hasStoreSheet: wb.getWorksheet(STORE_SHEET) !== undefined };
}

/** ExcelJS's model of a cell's validation, as the audit compares it. */
function readValidation(v: ExcelJS.DataValidation | undefined): ReadValidation | null {
  if (!v) return null;
  return {
    type: v.type,
    ...(v.operator !== undefined ? { operator: v.operator } : {}),
    formulae: (v.formulae ?? []).map((f) => String(f)),
    showErrorMessage: v.showErrorMessage === true,
    errorStyle: v.errorStyle ?? 'stop',
  };
}

/** Opens a file's bytes for auditing: an AuditBook, or why it is not an .xlsx workbook at all. */
export async function snapshotXlsx(
  data: Uint8Array,
  file: string,
): Promise<{ book: AuditBook; workbook: ExcelJS.Workbook } | Unopenable> {
  try {
    const wb = await openWorkbook(data, file);
    return { book: snapshotOf(wb, file), workbook: wb };
  } catch (e) {
    if (e instanceof NotAWorkbook) return { file, code: e.code, detail: e.detail };
    throw e;
  }
}

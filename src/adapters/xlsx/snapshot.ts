import type ExcelJS from 'exceljs';
import { newWorkbook } from './excel';
import type { AuditBook, AuditSheet } from '../../core/audit';
import { STORE_SHEET } from '../../core/plan/names';
import { readCell, storeOf } from './read';

/** Why a file could not even be opened as an .xlsx workbook. */
export interface Unopenable {
  readonly file: string;
  readonly code: 'book-not-xlsx' | 'book-missing';
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
    const prot = (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } | null })
      .sheetProtection;
    return {
      name: ws.name,
      state: ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible',
      hiddenRows,
      cell: (a) => readCell(ws.getCell(a)),
      merges,
      protection: {
        protected: prot?.sheet === true,
        password: prot?.sheet === true && typeof prot.hashValue === 'string' && prot.hashValue !== '',
      },
    };
  });
  return { file, sheets, store: storeOf(wb), hasStoreSheet: wb.getWorksheet(STORE_SHEET) !== undefined };
}

/** Opens a file's bytes for auditing: an AuditBook, or why it is not an .xlsx workbook at all. */
export async function snapshotXlsx(
  data: Buffer,
  file: string,
): Promise<{ book: AuditBook; workbook: ExcelJS.Workbook } | Unopenable> {
  const wb = newWorkbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    return { file, code: 'book-not-xlsx', detail: (e as Error).message.split('\n')[0] ?? '' };
  }
  return { book: snapshotOf(wb, file), workbook: wb };
}

import type ExcelJS from 'exceljs';
import type { CellWrite } from '../../app/book';

type Result = string | number | boolean | null;

/** Puts constants into cells. A string is always stored as text, even `=SUM(A1)`: never a formula. */
export function applyWrites(wb: ExcelJS.Workbook, writes: readonly CellWrite[]): number {
  let n = 0;
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const cell = ws.getCell(w.address);
    cell.value = w.value;
    n++;
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return n;
}

/** Stores cached results beside formulas (what the engine computed), so viewers that do not recalculate show them. */
export function applyResults(wb: ExcelJS.Workbook, results: ReadonlyMap<string, ReadonlyMap<string, Result>>): void {
  for (const [sheet, cells] of results) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    for (const [address, result] of cells) {
      const cell = ws.getCell(address);
      const formula = (cell as unknown as { formula?: string }).formula;
      if (formula === undefined) continue;
      cell.value = { formula, result: result ?? '' } as ExcelJS.CellFormulaValue;
    }
  }
}

import type ExcelJS from 'exceljs';
import { STORE_SHEET } from '../../core/plan/names';
import type { SheetPlan } from '../../core/plan/types';
import { writeSheet } from './write';

type Result = string | number | boolean | null;

/**
 * Puts a planned sheet into a workbook read back, replacing the sheet of that name (the caller has
 * already carried over what people typed in it). The very hidden store stays the last sheet.
 */
export async function replaceSheet(
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  results?: ReadonlyMap<string, Result>,
): Promise<void> {
  const old = wb.getWorksheet(plan.name);
  if (old) wb.removeWorksheet(old.id);
  await writeSheet(wb, plan, results);
  // ExcelJS orders sheets by orderNo (not in its typings).
  const ws = wb.getWorksheet(plan.name) as unknown as { orderNo: number } | undefined;
  const store = wb.getWorksheet(STORE_SHEET) as unknown as { orderNo: number } | undefined;
  if (ws && store && ws.orderNo > store.orderNo) [ws.orderNo, store.orderNo] = [store.orderNo, ws.orderNo];
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}

import ExcelJS from 'exceljs';
import { fillWrites } from '../../src/app/book';
import type { UnitEntriesWithClass } from '../../src/app/entries';
import { applyResults, applyWrites } from '../../src/adapters/xlsx/fill';
import { planToWorkbook } from '../../src/adapters/xlsx/write';
import { pagesWithReasons, type PlannedWorkbook } from '../../src/core/plan';
import { applyPages } from '../../src/adapters/xlsx/page-setup';

/** Writes a planned workbook filled with entries as `kaohe fill` does (rows grown for the reasons), optionally with (deliberately wrong) cached results. */
export async function filledBook(
  planned: PlannedWorkbook,
  entries: readonly UnitEntriesWithClass[],
  results?: ReadonlyMap<string, ReadonlyMap<string, string | number | boolean | null>>,
): Promise<Buffer> {
  const wb = await planToWorkbook(planned.plan);
  applyWrites(wb, fillWrites(planned, entries).writes);
  applyPages(wb, pagesWithReasons(planned, entries));
  if (results) applyResults(wb, results);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function loadExcel(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

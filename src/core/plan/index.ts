export * from './types';
export { planUnitSheet, type UnitSheet, type UnitSheetOptions } from './unit';
export { planSummarySheet, type SummaryCells, type SummaryUnit } from './summary';
export { planWorkbook, type PlannedUnit, type PlannedWorkbook, type UnitSpec, type WorkbookOptions } from './workbook';
export {
  planStoreSheet,
  parseStore,
  STORE_FORMAT,
  CURRENT_LAYOUT,
  type Layout,
  type StoreData,
  type StoredUnit,
} from './store';
export { safeSheetName, unitSheetNames, PlanError, SUMMARY_SHEET, STORE_SHEET, NOTICE_SHEET } from './names';
export { planNoticeSheet, KEPT_REMARK, NC, type NoticeCells, type NoticeOptions } from './notice';
export { fnv1a, sheetFingerprint, formulaLines } from './fingerprint';
export { pagesWithReasons, type SheetPages } from './reasons';

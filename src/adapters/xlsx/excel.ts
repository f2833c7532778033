import type ExcelJS from 'exceljs';

let lib: typeof ExcelJS | undefined;

/**
 * A new ExcelJS workbook, ExcelJS being loaded on first use: it takes a quarter of a second to
 * load, which commands (and `kaohe audit`'s worker threads) that never need it should not pay.
 */
export function newWorkbook(): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose
  lib ??= require('exceljs') as typeof ExcelJS;
  return new lib.Workbook();
}

import type ExcelJS from 'exceljs';
import { applyRowBreaks, fixPrintAreas, rawRowBreaks } from './page-setup';
import { applyRawProtections, keepLegacyPasswords, rawProtections } from './protection';
import { sniffWorkbook, type NotXlsx } from './sniff';

let lib: typeof ExcelJS | undefined;

/**
 * Hands ExcelJS to the adapter where `require` cannot load it on first use: the web page loads
 * ExcelJS's browser build as a chunk of its own when the first file is opened or written.
 */
export function provideExcelJS(loaded: typeof ExcelJS): void {
  lib = loaded;
}

/**
 * A new ExcelJS workbook, ExcelJS being loaded on first use: it takes a quarter of a second to
 * load, which commands (and `kaohe audit`'s worker threads) that never need it should not pay.
 */
export function newWorkbook(): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose
  lib ??= require('exceljs') as typeof ExcelJS;
  return new lib.Workbook();
}

/** Why bytes could not be opened as an .xlsx: what they are instead, or the reader's own words. */
export class NotAWorkbook extends Error {
  constructor(
    readonly code: NotXlsx,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/**
 * Opens an .xlsx's bytes with ExcelJS, after telling an .xls, .ods, CSV or password-encrypted file
 * from a damaged one, with each sheet's protection as the file wrote it (see protection.ts) and its
 * manual page breaks, which ExcelJS does not read (see page-setup.ts).
 */
export async function openWorkbook(data: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const kind = sniffWorkbook(data, name);
  if (kind) throw new NotAWorkbook(kind, '');
  const wb = newWorkbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new NotAWorkbook('book-not-xlsx', (e as Error).message.split('\n')[0] ?? '');
  }
  applyRawProtections(wb, rawProtections(data));
  applyRowBreaks(wb, rawRowBreaks(data));
  return wb;
}

/** The bytes of a workbook opened with openWorkbook, with what ExcelJS would drop or garble put back. */
export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  fixPrintAreas(wb);
  return keepLegacyPasswords(wb, new Uint8Array(await wb.xlsx.writeBuffer()));
}

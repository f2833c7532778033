import type { CellValue } from '../../app/port';

/**
 * What `range.values` gives, read as the CLI reads a saved workbook (src/adapters/xlsx/read.ts).
 * A typed date comes back as its serial number ("Work with dates using the Excel JavaScript API":
 * read `values` and convert with fromOADate), which the CLI sees as a Date and writes as ISO text;
 * so a number shown with a date format is read as YYYY-MM-DD here too. A typed "85%" comes back as
 * 0.85 with a percent format, and stays 0.85: that is what the sheet's formulas compute with; the
 * number format goes along so the checks can say so (cell-percent-format, as the CLI does).
 */

/** The format's sections with quoted text, escapes and [colour]/[$-locale] parts removed. */
const bare = (format: string): string =>
  format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0] ?? '';

/** Whether a number format shows a date: it has a year or day part (m alone may be minutes). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General' || format === '@') return false;
  return /[yd]/i.test(bare(format));
}

/**
 * An Excel serial (1900 date system) as an ISO date: days since 1899-12-30, as the Office Scripts
 * sample "Read an Excel date" converts it (`new Date(Math.round((v - 25569) * 86400 * 1000))`).
 * Workbooks in the 1904 date system (old Mac files) would read four years early.
 */
export function serialToIso(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

/** A loaded cell as the checks, the audit and the notice read it. */
export function plainValue(value: unknown, format: unknown): CellValue {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'number') return isDateFormat(format) ? serialToIso(value) : value;
  return typeof value === 'string' || typeof value === 'boolean' ? value : String(value);
}

/** A number format worth passing on (the checks read General as no format at all). */
export const shownFormat = (format: unknown): string | undefined =>
  typeof format === 'string' && format !== 'General' ? format : undefined;

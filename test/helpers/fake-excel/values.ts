import { tokenize } from 'excel-formula-tokenizer';
import { excelSpelling } from '../excel-spelling';
import type { FakeCell } from './types';

/**
 * How Excel takes what is typed into a cell or sent as `range.values` / `range.formulas`, and what
 * it gives back. "Represents the raw values of the specified range … If the returned value starts
 * with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula …
 * To ensure dates are stored as dates, use … ISO (YYYY-MM-DD)" (Range.values,
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 */

/** Excel's serial for an ISO date: days since 1899-12-30 ("Work with dates", Office Scripts sample). */
export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The zh-CN short date format Excel gives a typed date. */
export const DATE_FORMAT = 'yyyy/m/d';
export const PERCENT_FORMAT = '0%';

/**
 * A typed constant as Excel stores it. Dates become serial numbers with a date format ("Work with
 * dates using the Excel JavaScript API": `range.values` of a date is its serial, read it with
 * `moment.fromOADate`), and "85%" becomes 0.85 with a percent format: `values` never gives the
 * text the person typed.
 */
export function typedConstant(
  v: string | number | boolean,
  byApi = false,
): { value: string | number | boolean; format?: string } {
  if (typeof v !== 'string') return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  const t = v.trim();
  if (t === '') return { value: '' };
  if (!Number.isNaN(Number(t))) return { value: Number(t) };
  const pct = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, format: PERCENT_FORMAT };
  // Typed in a zh-CN Excel, 2024/6/30 and 2024年6月30日 are dates too; sent through the API,
  // "locale-shaped strings … are stored as text": only ISO is a date (Range.values, above).
  const date = (byApi ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/ : /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/).exec(t);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { value: dateSerial(y, m, d), format: DATE_FORMAT };
  }
  return { value: v };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Sheet names a formula refers to (as the tokenizer reads them, quotes removed). */
export function referencedSheets(formula: string): string[] {
  const out = new Set<string>();
  try {
    for (const t of tokenize(formula.replace(/^=/, ''))) {
      if (t.type === 'operand' && t.subtype === 'range' && t.value.includes('!'))
        out.add(t.value.slice(0, t.value.lastIndexOf('!')));
    }
  } catch {
    // An unreadable formula refers to nothing the fake can follow.
  }
  return [...out];
}

/** Replaces every reference to `sheet` in a formula (Excel's spelling) with `replacement`. */
export function replaceSheetRefs(formula: string, sheet: string, replacement: string): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  return formula
    .replace(new RegExp(escapeRe(quoted), 'gi'), replacement)
    .replace(new RegExp(`(^|[^\\p{L}\\p{N}_.'])${escapeRe(sheet)}!`, 'giu'), `$1${replacement}`);
}

/**
 * A formula as Excel stores and gives it back: in its own spelling (upper-case functions, quotes
 * only where a sheet name needs them: see excel-spelling.ts), and with every reference to a sheet
 * that does not exist turned into #REF!, which creating the sheet later does not repair (kaohe
 * issue 13, item 2: Excel reads an unknown sheet name as a link to another workbook).
 */
export function enteredFormula(text: string, sheetExists: (name: string) => boolean): FakeCell {
  let formula = excelSpelling(text);
  for (const sheet of referencedSheets(text)) {
    if (!sheetExists(sheet)) formula = replaceSheetRefs(formula, sheet, '#REF!');
  }
  return { value: formula.includes('#REF!') ? '#REF!' : '', formula };
}

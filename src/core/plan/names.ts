/**
 * Sheet names Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either end,
 * not blank, not "History" (Excel's own), and unique ignoring case. A clash is an error with both names, never a silent suffix.
 */

export class PlanError extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

export const SUMMARY_SHEET = '汇总';
export const STORE_SHEET = '_kaohe';
/** 整改通知单: made by `kaohe notice` (or the add-in's button) inside the scoring workbook. */
export const NOTICE_SHEET = '整改通知单';
const MAX_LEN = 31;

/** Replaces what Excel forbids in a sheet name and trims it to 31 characters. */
export function safeSheetName(name: string): string {
  let s = name
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/\p{Cc}/gu, '')
    .trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  const chars = Array.from(s);
  if (chars.length > MAX_LEN) s = chars.slice(0, MAX_LEN).join('').replace(/'+$/, '');
  return s;
}

/** Sheet names for units, in order; throws PlanError on a blank name or a clash. */
export function unitSheetNames(
  units: readonly string[],
  reserved: readonly string[] = [SUMMARY_SHEET, STORE_SHEET, NOTICE_SHEET],
): string[] {
  const seen = new Map<string, string>(reserved.map((r) => [r.toLowerCase(), r]));
  return units.map((unit) => {
    const sheet = safeSheetName(unit);
    if (sheet === '') throw new PlanError('sheet-name-empty', { unit });
    const key = sheet.toLowerCase();
    // Excel keeps "History" for the sheet of tracked changes and refuses it as a name.
    if (key === 'history') throw new PlanError('sheet-name-excel-reserved', { unit, sheet });
    const other = seen.get(key);
    if (other !== undefined) {
      if (reserved.includes(other)) throw new PlanError('sheet-name-reserved', { unit, sheet });
      if (other === unit) throw new PlanError('unit-duplicate', { unit });
      throw new PlanError('sheet-name-clash', { unit, other, sheet });
    }
    seen.set(key, unit);
    return sheet;
  });
}

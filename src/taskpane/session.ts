import type { Builtin } from '../core/builtin';
import type { Finding } from '../core/engine/findings';
import type { UnitSpec } from '../core/plan/workbook';
import { type CheckedSheet, checkSheet, type SheetCheck } from '../app/check';
import type { SheetReadback } from '../app/port';

/**
 * Reads the units box: one unit a line, an optional class after a comma, tab or full-width comma
 * (甲镇,一类). Classes the rubric does not know are left to the plan, which reports them.
 */
export function parseUnits(text: string): UnitSpec[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [unit = '', cls] = line.split(/\s*[,，\t]\s*/);
      return cls ? { unit: unit.trim(), cls: cls.trim() } : { unit: unit.trim() };
    });
}

/** Findings of each sheet, replaced whole when that sheet is checked again. */
export type FindingsBySheet = ReadonlyMap<string, SheetCheck>;

export function mergeChecks(prev: FindingsBySheet, checks: readonly SheetCheck[]): FindingsBySheet {
  const next = new Map(prev);
  for (const c of checks) next.set(c.sheet, c);
  return next;
}

/** The findings worth listing: errors and warnings, errors first; 'not-filled' only counts. */
export function listed(
  checks: FindingsBySheet,
): { sheet: string; errors: Finding[]; warnings: Finding[]; unfilled: number }[] {
  return [...checks.values()].map((c) => ({
    sheet: c.sheet,
    errors: c.findings.filter((f) => f.severity === 'error'),
    warnings: c.findings.filter((f) => f.severity === 'warning' && f.code !== 'not-filled'),
    unfilled: c.findings.filter((f) => f.code === 'not-filled').length,
  }));
}

export const rubricLabel = (b: Builtin): string => `${b.rubric.title}（${b.rubric.total} 分）`;

/**
 * A sheet's check from what was read back: a sheet the user deleted is listed as missing, one
 * they renamed is checked as usual (it is found by its id) and said to be renamed.
 */
export function sheetCheck(b: Builtin, s: CheckedSheet, rb: SheetReadback): SheetCheck {
  const sheet = rb.sheet;
  if (rb.missing) {
    const c = checkSheet(b, s, { sheet, values: {}, formulas: {} });
    return { ...c, findings: [{ code: 'sheet-missing', severity: 'error', sheet, params: { sheet } }] };
  }
  const c = checkSheet(b, s, rb);
  if (rb.now === undefined) return c;
  const renamed: Finding = { code: 'audit-sheet-renamed', severity: 'warning', sheet, params: { sheet, now: rb.now } };
  return { ...c, findings: [renamed, ...c.findings] };
}

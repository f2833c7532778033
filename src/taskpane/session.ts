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
  const extra: Finding[] =
    rb.now === undefined
      ? []
      : [{ code: 'audit-sheet-renamed', severity: 'warning', sheet, params: { sheet, now: rb.now } }];
  return { ...c, findings: [...extra, ...percentTyped(s, rb), ...c.findings] };
}

/**
 * A percentage typed with its % sign: Excel stores 85% as 0.85 and the sheet's formulas compute
 * with 0.85 where the rule means 85. The score stays what the sheet computes; this says why, as
 * the audit does from the cell's number format (cell-percent-format).
 */
function percentTyped(s: CheckedSheet, rb: SheetReadback): Finding[] {
  return s.graph.inputs.flatMap((spec): Finding[] => {
    const cell = s.map.inputs[spec.id];
    const v = cell === undefined ? undefined : rb.values[cell];
    if (spec.kind !== 'percent' || cell === undefined || typeof v !== 'number' || !/%/.test(rb.formats?.[cell] ?? ''))
      return [];
    const item = s.graph.inputItem.get(spec.id);
    return [
      {
        code: 'cell-percent-format',
        severity: 'error',
        sheet: rb.sheet,
        cell,
        input: spec.id,
        ...(item !== undefined ? { item } : {}),
        params: { label: spec.label, cell, value: v, shown: `${Math.round(v * 10000) / 100}%` },
      },
    ];
  });
}

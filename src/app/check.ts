import type { Builtin } from '../core/builtin';
import { sameFormula } from '../core/formula/meaning';
import type { Finding } from '../core/engine/findings';
import type { UnitGraph } from '../core/engine/graph';
import { scoreUnit, type UnitResult } from '../core/engine/score';
import type { PlannedWorkbook } from '../core/plan/workbook';
import type { SheetReadback, UnitSheetMap } from './port';

/** A unit sheet to check: where its cells are, and the computation its formulas encode. */
export interface CheckedSheet {
  readonly map: UnitSheetMap;
  readonly graph: UnitGraph;
}

/** The maps the add-in keeps for the unit sheets of a planned workbook. */
export function sheetsOfPlan(pw: PlannedWorkbook): CheckedSheet[] {
  return pw.units.map((u) => {
    const plan = pw.plan.sheets.find((s) => s.name === u.sheet);
    const formulas: Record<string, string> = {};
    for (const c of plan?.cells ?? []) if (c.formula !== undefined) formulas[c.address] = c.formula;
    return {
      graph: u.graph,
      map: {
        sheet: u.sheet,
        unit: u.unit,
        ...(u.cls !== undefined ? { cls: u.cls } : {}),
        inputs: u.cells.inputs,
        basis: u.cells.basis,
        formulas,
        total: u.cells.total,
        grade: u.cells.grade,
      },
    };
  });
}

export interface SheetCheck {
  readonly sheet: string;
  readonly result: UnitResult;
  readonly findings: readonly Finding[];
}

/**
 * Checks one sheet read back from a workbook: every entry (the engine's checkEntry, through
 * scoreUnit), every lost point without a reason, and every formula that is no longer the plan's.
 */
export function checkSheet(b: Builtin, s: CheckedSheet, rb: SheetReadback): SheetCheck {
  const { map } = s;
  const values: Record<string, string | number | boolean | null> = {};
  for (const [id, a] of Object.entries(map.inputs)) values[id] = rb.values[a] ?? null;
  const basis: Record<string, string> = {};
  for (const [id, a] of Object.entries(map.basis)) {
    const v = rb.values[a];
    if (v !== null && v !== undefined && String(v).trim() !== '') basis[id] = String(v);
  }
  const result = scoreUnit(b.rubric, map.unit, { values, basis, fromCells: true }, map.cls, b.ranking, s.graph);
  const located: Finding[] = result.findings.map((f) => {
    const cell =
      f.input !== undefined
        ? map.inputs[f.input]
        : f.code === 'no-basis' && f.item !== undefined
          ? map.basis[f.item]
          : undefined;
    return { ...f, sheet: map.sheet, ...(cell !== undefined ? { cell } : {}) };
  });
  for (const [a, expected] of Object.entries(map.formulas)) {
    const now = rb.formulas[a];
    if (now === undefined || sameFormula(now, expected)) continue;
    located.push({
      code: 'formula-overwritten',
      severity: 'error',
      unit: map.unit,
      sheet: map.sheet,
      cell: a,
      params: { cell: a, expected, found: now },
    });
  }
  return { sheet: map.sheet, result, findings: located };
}

import type { Builtin } from '../builtin';
import { buildUnitGraph, type UnitGraph } from '../engine/graph';
import { sheetFingerprint } from './fingerprint';
import { unitSheetNames } from './names';
import { CURRENT_LAYOUT, planStoreSheet, type Layout, type StoreData } from './store';
import { planSummarySheet, type SummaryCells } from './summary';
import type { SheetPlan, UnitCells, WorkbookPlan } from './types';
import { planUnitSheet } from './unit';

export interface UnitSpec {
  readonly unit: string;
  readonly cls?: string;
}

export interface WorkbookOptions {
  readonly date?: string;
  readonly team?: string;
}

export interface PlannedUnit {
  readonly unit: string;
  readonly sheet: string;
  readonly cls: string | undefined;
  readonly graph: UnitGraph;
  readonly cells: UnitCells;
}

export interface PlannedWorkbook {
  readonly plan: WorkbookPlan;
  readonly units: readonly PlannedUnit[];
  readonly summary: SummaryCells;
  readonly store: StoreData;
}

/**
 * The whole workbook: the 汇总 summary first, one sheet per unit, and the very hidden store. New
 * workbooks take the current layout; a workbook read back is planned with the layout it was made with.
 */
export function planWorkbook(
  b: Builtin,
  specs: readonly UnitSpec[],
  options: WorkbookOptions = {},
  layout: Layout = CURRENT_LAYOUT,
): PlannedWorkbook {
  const names = unitSheetNames(specs.map((s) => s.unit));
  const unitSheets: SheetPlan[] = [];
  const units: PlannedUnit[] = specs.map((s, i) => {
    const cls = s.cls ?? b.rubric.defaultClass;
    const graph = buildUnitGraph(b.rubric, cls, b.ranking);
    const sheet = names[i] as string;
    const { plan, cells } = planUnitSheet(graph, s.unit, { sheet, layout, ...options });
    unitSheets.push(plan);
    return { unit: s.unit, sheet, cls, graph, cells };
  });
  const summary = planSummarySheet(units, b.ranking, layout);
  const fingerprints = Object.fromEntries([summary.plan, ...unitSheets].map((s) => [s.name, sheetFingerprint(s)]));
  const store: StoreData = {
    layout,
    rubric: b.rubric,
    ...(b.ranking ? { ranking: b.ranking } : {}),
    units: units.map((u) => ({ unit: u.unit, sheet: u.sheet, ...(u.cls !== undefined ? { cls: u.cls } : {}) })),
    options,
    fingerprints,
  };
  return {
    plan: { sheets: [summary.plan, ...unitSheets, planStoreSheet(store)], names: [] },
    units,
    summary: summary.cells,
    store,
  };
}

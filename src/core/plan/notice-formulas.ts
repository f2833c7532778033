import { cell, eq, iff, str, type Expr } from '../formula/ast';
import { printFormula, type Resolver } from '../formula/print';
import type { PlannedUnit } from './workbook';

/**
 * Formulas on the notice that point into a unit sheet: the item's score cell, its points lost
 * (the graph's own itemLost expression, printed with that sheet's cells, so it reads exactly as
 * the engine computes), and its 扣分依据. They stay true when an entry is corrected.
 */
export interface NoticeFormulas {
  readonly score?: string;
  readonly lost?: string;
  readonly basis?: string;
}

/** Resolves graph symbols to cells of the unit's own sheet (`'甲镇'!J12`), inlining nodes without a cell. */
export function unitResolver(pu: PlannedUnit): Resolver {
  const exprs = new Map(pu.graph.nodes.map((n) => [n.name, n.expr]));
  const resolve: Resolver = (name) => {
    const a = name.startsWith('in:') ? pu.cells.inputs[name.slice('in:'.length)] : pu.cells.nodes[name];
    if (a !== undefined) return cell(a, pu.sheet);
    const e = exprs.get(name);
    if (e === undefined) throw new Error(`no cell for ${name} on ${pu.sheet}`);
    return e;
  };
  return resolve;
}

/** An empty basis cell would show 0 through a plain reference; show it as empty instead. */
function textOf(a: string, sheet: string): Expr {
  const c = cell(a, sheet);
  return iff(eq(c, str('')), str(''), c);
}

export function itemFormulas(pu: PlannedUnit, itemId: string): NoticeFormulas {
  const it = [...pu.graph.sections.flatMap((s) => s.items), ...pu.graph.adjustments].find((i) => i.item.id === itemId);
  const scoreCell = pu.cells.items[itemId];
  if (!it || scoreCell === undefined) return {};
  const resolve = unitResolver(pu);
  const lostExpr = pu.graph.nodes.find((n) => n.name === it.lostNode)?.expr;
  const basisCell = pu.cells.basis[itemId];
  return {
    score: printFormula(cell(scoreCell, pu.sheet)),
    ...(lostExpr ? { lost: printFormula(lostExpr, resolve) } : {}),
    ...(basisCell !== undefined ? { basis: printFormula(textOf(basisCell, pu.sheet)) } : {}),
  };
}

/** The unit's total and grade, for the notice's heading. */
export function unitHeadFormulas(pu: PlannedUnit): { total: string; grade: string } {
  return {
    total: printFormula(cell(pu.cells.total, pu.sheet)),
    grade: printFormula(cell(pu.cells.grade, pu.sheet)),
  };
}

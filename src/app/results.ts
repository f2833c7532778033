import type { PlannedWorkbook } from '../core/plan';
import type { RankedUnit } from './score';

type Result = string | number | boolean | null;

/** The engine's value for every placed node, by sheet and cell: to cache beside the formulas. */
export function engineResults(
  planned: PlannedWorkbook,
  scored: readonly RankedUnit[],
): Map<string, Map<string, Result>> {
  const out = new Map<string, Map<string, Result>>();
  const summary = new Map<string, Result>();
  planned.units.forEach((pu) => {
    const u = scored.find((s) => s.unit === pu.unit);
    if (!u) return;
    const cells = new Map<string, Result>();
    for (const [node, address] of Object.entries(pu.cells.nodes)) {
      const v = u.values.get(node);
      cells.set(address, v === undefined ? null : v);
    }
    out.set(pu.sheet, cells);
    const s = planned.summary.units.find((x) => x.unit === pu.unit);
    if (!s) return;
    for (const sec of u.sections) {
      const a = s.sections[sec.id];
      if (a) summary.set(a, sec.score ?? '');
    }
    summary.set(s.total, u.total ?? '');
    summary.set(s.rank, u.rank ?? '');
    summary.set(s.grade, u.grade ?? '');
    if (s.rankClass) summary.set(s.rankClass, u.rankClass ?? '');
    if (s.composite) summary.set(s.composite, u.composite ?? '');
  });
  out.set('汇总', summary);
  return out;
}

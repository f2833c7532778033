import type { Builtin } from '../builtin';
import { loadRanking, loadRubric } from '../rubric/load';
import type { RankingRule } from '../rubric/schema';
import type { StoreData } from '../plan/store';
import { planWorkbook, type PlannedWorkbook } from '../plan/workbook';

export type Replanned =
  | { readonly ok: true; readonly builtin: Builtin; readonly planned: PlannedWorkbook }
  | { readonly ok: false; readonly detail: string };

/** The rubric stored in a workbook, and the plan the workbook was made from, rebuilt from it. */
export function replanStore(store: StoreData): Replanned {
  const rankings = new Map<string, RankingRule>();
  if (store.ranking !== undefined) {
    const r = loadRanking(store.ranking);
    if (!r.ok) return { ok: false, detail: r.problems.map((p) => p.code).join(', ') };
    rankings.set(r.ranking.id, r.ranking);
  }
  const loaded = loadRubric(store.rubric, rankings);
  if (!loaded.ok)
    return { ok: false, detail: loaded.problems.map((p) => `${p.code} ${JSON.stringify(p.params)}`).join('; ') };
  const builtin: Builtin = {
    rubric: loaded.rubric,
    ...(loaded.ranking ? { ranking: loaded.ranking } : {}),
    warnings: loaded.warnings,
  };
  try {
    const planned = planWorkbook(
      builtin,
      store.units.map((u) => ({ unit: u.unit, ...(u.cls !== undefined ? { cls: u.cls } : {}) })),
      store.options,
      store.layout,
    );
    return { ok: true, builtin, planned };
  } catch (e) {
    return { ok: false, detail: (e as Error).message };
  }
}

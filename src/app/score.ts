import type { Builtin } from '../core/builtin';
import { rankUnits } from '../core/engine/rank';
import { scoreUnit, type UnitResult } from '../core/engine/score';
import type { UnitEntriesWithClass } from './entries';

export interface RankedUnit extends UnitResult {
  readonly rank: number | null;
  readonly rankClass: string | null;
}

/** Scores every unit, then ranks them together (RANK over totals; rank classes if the rubric has them). */
export function scoreUnits(b: Builtin, units: readonly UnitEntriesWithClass[], cls?: string): RankedUnit[] {
  const results = units.map((u) => scoreUnit(b.rubric, u.unit, u, u.cls ?? cls ?? b.rubric.defaultClass, b.ranking));
  const ranks = rankUnits(results, b.ranking);
  return results.map((r, i) => ({ ...r, rank: ranks[i]?.rank ?? null, rankClass: ranks[i]?.rankClass ?? null }));
}

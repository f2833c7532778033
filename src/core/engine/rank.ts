import type { RankingRule } from '../rubric/schema';

export interface Ranked {
  readonly total: number | null;
  readonly flagged: boolean;
}

export interface RankResult {
  /** RANK(total, totals): 1 + how many units scored more; ties share a rank. Null if not scored. */
  readonly rank: number | null;
  readonly rankClass: string | null;
}

/**
 * Ranks units by total as the summary sheet's RANK formula does, and assigns rank classes
 * (羊楼司: 前3名 好, 后2名 一般, 突出问题 较差, 其余 较好). A flagged unit is 较差 whatever its rank.
 */
export function rankUnits(units: readonly Ranked[], rule?: RankingRule): RankResult[] {
  const totals = units.flatMap((u) => (u.total === null ? [] : [u.total]));
  return units.map((u) => {
    if (u.total === null) return { rank: null, rankClass: null };
    const t = u.total;
    const rank = 1 + totals.filter((x) => x > t).length;
    if (!rule) return { rank, rankClass: null };
    // Counted from the bottom as RANK(total, totals, 1) does, so units tied for last are all 靠后.
    const fromBottom = 1 + totals.filter((x) => x < t).length;
    let rankClass = rule.rest;
    if (rule.flagged && u.flagged) rankClass = rule.flagged.name;
    else if (rank <= rule.top.count) rankClass = rule.top.name;
    else if (fromBottom <= rule.bottom.count) rankClass = rule.bottom.name;
    return { rank, rankClass };
  });
}

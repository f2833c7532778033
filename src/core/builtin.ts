import huilongshan from '../../rubrics/huilongshan.json';
import lingling from '../../rubrics/lingling-2018-09.json';
import yanglousi2018 from '../../rubrics/rankings/yanglousi-2018.json';
import villageExit from '../../rubrics/village-exit.json';
import yixiuDistrict from '../../rubrics/yixiu-district.json';
import yixiuTownship from '../../rubrics/yixiu-township.json';
import type { Problem } from './rubric/load';
import { loadRanking, loadRubric } from './rubric/load';
import type { RankingRule, Rubric } from './rubric/schema';

/** The rubric files shipped in rubrics/, bundled so the add-in and the CLI need no file system. */
const rubricFiles: readonly unknown[] = [huilongshan, lingling, yixiuTownship, yixiuDistrict, villageExit];
const rankingFiles: readonly unknown[] = [yanglousi2018];

export interface Builtin {
  readonly rubric: Rubric;
  readonly ranking?: RankingRule;
  readonly warnings: readonly Problem[];
}

let cache: { rubrics: Map<string, Builtin>; rankings: Map<string, RankingRule> } | undefined;

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const rankings = new Map<string, RankingRule>();
  for (const f of rankingFiles) {
    const r = loadRanking(f);
    if (!r.ok) throw new Error(`built-in ranking rule is invalid: ${JSON.stringify(r.problems)}`);
    rankings.set(r.ranking.id, r.ranking);
  }
  const rubrics = new Map<string, Builtin>();
  for (const f of rubricFiles) {
    const r = loadRubric(f, rankings);
    if (!r.ok) throw new Error(`built-in rubric is invalid: ${JSON.stringify(r.problems)}`);
    rubrics.set(r.rubric.id, { rubric: r.rubric, ...(r.ranking ? { ranking: r.ranking } : {}), warnings: r.warnings });
  }
  cache = { rubrics, rankings };
  return cache;
}

export const builtinRubrics = (): ReadonlyMap<string, Builtin> => load().rubrics;
export const builtinRankings = (): ReadonlyMap<string, RankingRule> => load().rankings;

import type { Audit } from '../core/audit';
import type { Lang } from '../core/messages';
import type { RankingRule } from '../core/rubric/schema';
import { buildRollup, type Rollup } from '../app/rollup';
import { writeXlsx } from '../adapters/xlsx/write';

export { MixedRubrics } from '../app/rollup';

export interface RollupDone {
  readonly bytes: Uint8Array;
  readonly rollup: Rollup;
  /** Source files, units ranked, files with problems, files that could not be opened. */
  readonly files: number;
  readonly units: number;
  readonly bad: number;
  readonly unopened: number;
}

/**
 * `kaohe rollup`: the summary workbook of audited workbooks of one rubric (汇总, 来源文件, 审核问题),
 * or undefined when no file holds a rubric. Throws MixedRubrics when the files do not share one.
 */
export async function rollupBook(
  audits: readonly Audit[],
  lang: Lang,
  ranking?: RankingRule,
): Promise<RollupDone | undefined> {
  const rollup = buildRollup(audits, lang, ranking);
  if (!rollup) return undefined;
  return {
    bytes: await writeXlsx(rollup.plan, rollup.results),
    rollup,
    files: audits.length,
    units: rollup.units,
    bad: rollup.sources.filter((s) => s.problems > 0).length,
    unopened: rollup.sources.filter((s) => s.status === '无法打开').length,
  };
}

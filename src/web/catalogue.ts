import { builtinRankings, builtinRubrics, type Builtin } from '../core/builtin';
import { loadRubricText, type LoadResult } from '../core/rubric/load';
import type { RankingRule } from '../core/rubric/schema';

/**
 * The built-in rubrics and ranking rules, checked against the schema, and the reader of a rubric
 * file: a chunk of its own (the rubrics and zod are most of it), loaded as the page starts, so the
 * page draws before they are read.
 */
export const builtins: readonly Builtin[] = [...builtinRubrics().values()];
export const rankings: readonly RankingRule[] = [...builtinRankings().values()];

/** A rubric JSON file as picked (a byte-order mark dropped), as `kaohe new --rubric FILE` reads it. */
export const readRubricFile = (name: string, text: string): LoadResult =>
  loadRubricText(text.replace(/^\uFEFF/, ''), name, builtinRankings());

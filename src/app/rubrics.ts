import { readFileSync } from 'node:fs';
import { builtinRankings, builtinRubrics, type Builtin } from '../core/builtin';
import { loadRubricText, type Problem } from '../core/rubric/load';

/** A rubric chosen by built-in id or by file path. */
export type RubricChoice = { ok: true; builtin: Builtin; file?: string } | { ok: false; problems: readonly Problem[] };

/** Finds a rubric: a built-in id first, then a JSON file on disk. Bad files give every problem. */
export function chooseRubric(idOrFile: string): RubricChoice {
  const found = builtinRubrics().get(idOrFile);
  if (found) return { ok: true, builtin: found };
  if (!/\.json$/i.test(idOrFile) && !idOrFile.includes('/') && !idOrFile.includes('\\')) {
    return {
      ok: false,
      problems: [
        {
          code: 'unknown-rubric',
          severity: 'error',
          path: '',
          params: { rubric: idOrFile, options: [...builtinRubrics().keys()].join(', ') },
        },
      ],
    };
  }
  let text: string;
  try {
    text = readFileSync(idOrFile, 'utf8');
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          code: 'file-unreadable',
          severity: 'error',
          path: '',
          params: { file: idOrFile, detail: (e as Error).message },
        },
      ],
    };
  }
  const loaded = loadRubricText(text.replace(/^\uFEFF/, ''), idOrFile, builtinRankings());
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  return {
    ok: true,
    file: idOrFile,
    builtin: {
      rubric: loaded.rubric,
      ...(loaded.ranking ? { ranking: loaded.ranking } : {}),
      warnings: loaded.warnings,
    },
  };
}

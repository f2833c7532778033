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
    const errno = (e as NodeJS.ErrnoException).code;
    // Said in words: not found, a folder, no permission; the system's text only for anything else.
    const code =
      errno === 'ENOENT'
        ? 'rubric-not-found'
        : errno === 'EISDIR'
          ? 'file-is-dir'
          : errno === 'EACCES' || errno === 'EPERM'
            ? 'file-no-permission'
            : 'file-unreadable';
    return {
      ok: false,
      problems: [
        {
          code,
          severity: 'error',
          path: '',
          params: { file: idOrFile, detail: (e as Error).message, options: [...builtinRubrics().keys()].join(', ') },
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

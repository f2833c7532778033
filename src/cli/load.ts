import { readFileSync } from 'node:fs';
import { builtinRankings, type Builtin } from '../core/builtin';
import { chooseRubric } from '../app/rubrics';
import { problemLines, UsageError, type Io } from './context';
import { message } from '../core/messages';

/**
 * Loads a rubric for a command, or stops with every problem in the file (exit 2). `ranking` names a
 * built-in ranking rule (羊楼司 yanglousi-2018) to use with any rubric, over the rubric's own.
 */
export function loadChosen(idOrFile: string, io: Io, cls?: string, ranking?: string): Builtin {
  const chosen = chooseRubric(idOrFile);
  if (!chosen.ok) throw new UsageError(problemLines(chosen.problems, io.lang, idOrFile));
  const classes = chosen.builtin.rubric.classes.map((c) => c.id);
  if (cls !== undefined && !classes.includes(cls)) {
    throw new UsageError([
      message(io.lang, 'unknown-class', { cls, path: '--class' }) + (classes.length ? `（${classes.join('/')}）` : ''),
    ]);
  }
  if (ranking === undefined) return chosen.builtin;
  const rule = builtinRankings().get(ranking);
  if (!rule) {
    throw new UsageError([
      message(io.lang, 'unknown-ranking', { ranking, path: '--ranking' }) + `（${[...builtinRankings().keys()].join('/')}）`,
    ]);
  }
  return { ...chosen.builtin, ranking: rule };
}

/** Reads and parses a JSON file, or stops with a message that names the file (exit 2). */
export function readJson(file: string, io: Io): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError([message(io.lang, 'file-unreadable', { file, detail: (e as Error).message })]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError([message(io.lang, 'json-invalid', { file, detail: (e as Error).message })]);
  }
}

import { readFileSync, writeFileSync } from 'node:fs';
import { builtinRankings, type Builtin } from '../core/builtin';
import { chooseRubric } from '../app/rubrics';
import { problemLines, UsageError, type Io } from './context';
import { message } from '../core/messages';

const paren = (io: Io, text: string): string => (io.lang === 'en' ? ` (${text})` : `（${text}）`);

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
      message(io.lang, 'unknown-class', { cls, path: '--class' }) +
        (classes.length ? paren(io, classes.join('/')) : ''),
    ]);
  }
  if (ranking === undefined) return chosen.builtin;
  const rule = builtinRankings().get(ranking);
  if (!rule) {
    throw new UsageError([
      message(io.lang, 'unknown-ranking', { ranking, path: '--ranking' }) +
        paren(io, [...builtinRankings().keys()].join('/')),
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

const writeReasons: Readonly<Record<string, string>> = {
  EBUSY: 'write-busy',
  EPERM: 'write-busy',
  ENOENT: 'write-no-dir',
  ENOTDIR: 'write-no-dir',
  EACCES: 'write-denied',
  EROFS: 'write-denied',
  EISDIR: 'write-is-dir',
};

/**
 * Writes an output file, or stops with a message that names the file and the likely cause (exit 2):
 * on Windows the usual one is a workbook still open in Excel or WPS.
 */
export function writeOutput(file: string, data: string | Uint8Array, io: Io): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = message(io.lang, writeReasons[code] ?? 'write-other');
    throw new UsageError([message(io.lang, 'file-unwritable', { file, reason, detail: code || (e as Error).message })]);
  }
}

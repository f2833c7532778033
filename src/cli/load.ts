import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

const readReasons: Readonly<Record<string, string>> = {
  ENOENT: 'file-not-found',
  EISDIR: 'file-is-dir',
  EACCES: 'file-no-permission',
  EPERM: 'file-no-permission',
};

/**
 * Reads and parses a JSON file, or stops with a message that names the file in words (exit 2):
 * not found, a folder, no permission, a workbook given where entries belong, or bad JSON.
 */
export function readJson(file: string, io: Io): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = readReasons[(e as NodeJS.ErrnoException).code ?? ''];
    throw new UsageError([
      code
        ? message(io.lang, code, { file })
        : message(io.lang, 'file-unreadable', { file, detail: (e as Error).message }),
    ]);
  }
  // A zip package (PK…) or an old compound file: a workbook, probably meant for another command.
  if ((bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf))
    throw new UsageError([message(io.lang, 'entries-is-workbook', { file })]);
  const text = bytes.toString('utf8');
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
  ENOSPC: 'write-disk-full',
  EDQUOT: 'write-disk-full',
};

/** The file system calls a write needs, so a test can make one fail part-way (a full disk). */
export interface WriteFs {
  writeFileSync(file: string, data: string | Uint8Array): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
}
const nodeFs: WriteFs = { writeFileSync, renameSync, unlinkSync };

/**
 * Writes a file whole or not at all: into a temporary file in the same folder, then renamed over
 * the target (a rename within one folder replaces the old file in one step). A full disk, a
 * crash or a workbook still open in Excel leaves the old file as it was, never half written.
 */
export function writeAtomic(file: string, data: string | Uint8Array, fs: WriteFs = nodeFs): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${Date.now().toString(36)}.kaohe-tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (e) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // The temporary file was never made.
    }
    throw e;
  }
}

/**
 * Writes an output file (see writeAtomic), or stops with a message that names the file and the
 * likely cause (exit 2): on Windows the usual one is a workbook still open in Excel or WPS.
 */
export function writeOutput(file: string, data: string | Uint8Array, io: Io, fs?: WriteFs): void {
  try {
    writeAtomic(file, data, fs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = message(io.lang, writeReasons[code] ?? 'write-other');
    throw new UsageError([message(io.lang, 'file-unwritable', { file, reason, detail: code || (e as Error).message })]);
  }
}

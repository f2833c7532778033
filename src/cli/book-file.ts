import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BookRefused, refusalLines } from '../books/refusal';
import { message } from '../core/messages';
import { UsageError, type Io } from './context';

/** The bytes of a workbook named on the command line, or a stop in words: not there, a folder. */
export function readBookFile(file: string, io: Io): Uint8Array {
  if (!existsSync(file)) throw new UsageError([message(io.lang, 'book-missing', { file })]);
  if (statSync(file).isDirectory()) throw new UsageError([message(io.lang, 'book-is-dir', { file })]);
  return readFileSync(file);
}

/** Runs work over a workbook's bytes; a refused workbook stops the command with its reasons (exit 2). */
export async function orStop<T>(io: Io, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof BookRefused) throw new UsageError(refusalLines(e, io.lang));
    throw e;
  }
}

/** Stops before any work when the output exists and --force was not given (the input itself may be rewritten). */
export function refuseOverwrite(file: string, force: boolean | undefined, io: Io, except?: string): void {
  if (force || !existsSync(file)) return;
  if (except !== undefined && resolve(except) === resolve(file)) return;
  throw new UsageError([message(io.lang, 'file-exists', { file })]);
}

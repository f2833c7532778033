import type { Command } from 'commander';
import type { Io } from '../context';
import type { ScoreOpts } from './score';

/** Workbook commands (new, fill, check, and score BOOK.xlsx) are registered here. */
export function registerWorkbookCommands(_program: Command, _io: () => Io): void {}

export async function scoreWorkbook(_book: string, _opts: ScoreOpts, _io: Io): Promise<number> {
  return Promise.reject(new Error('not implemented'));
}

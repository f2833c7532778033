import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeProfile } from './libreoffice';

/**
 * Edits made to real files by a real program: LibreOffice Calc through its own API (lo-edit.py),
 * then saved as .xlsx the way LibreOffice saves. An empty list of operations is a plain re-save.
 */
export type LoOp =
  | { op: 'unprotect' | 'protect'; sheet: string; password?: string }
  | { op: 'insertRows' | 'deleteRows'; sheet: string; row: number; count?: number }
  | { op: 'insertColumns'; sheet: string; col: number; count?: number }
  | { op: 'hideColumn'; sheet: string; col: number }
  | { op: 'renameSheet' | 'copySheet'; sheet: string; to: string }
  | { op: 'sortRows'; sheet: string; range: string; by: number; descending?: boolean }
  | { op: 'set'; sheet: string; cell: string; text?: string; number?: number; formula?: string; format?: string }
  | { op: 'input'; sheet: string; cell: string; text: string }
  | { op: 'merge'; sheet: string; range: string };

export interface LoJob {
  readonly in: string;
  readonly out: string;
  readonly ops?: readonly LoOp[];
  /** Another save format: `MS Excel 97` (.xls), `calc8` (.ods). */
  readonly filter?: string;
}

/** Debian's python with LibreOffice's bridge (python3-uno); `.ci/run` installs it. */
const PYTHON = '/usr/bin/python3';

export function loEditAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8' }).status === 0;
}

/** Runs every job in one LibreOffice session (start-up costs seconds); throws on any failed job. */
export function loEdit(jobs: readonly LoJob[], timeoutSeconds = 300): void {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-lo-edit-'));
  const profile = makeProfile(join(dir, 'profile'));
  const list = join(dir, 'jobs.json');
  writeFileSync(list, JSON.stringify(jobs));
  const r = spawnSync('timeout', [String(timeoutSeconds), PYTHON, join(__dirname, 'lo-edit.py'), profile, list], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
  });
  const missing = jobs.filter((j) => !existsSync(j.out)).map((j) => j.out);
  if (r.status !== 0 || missing.length)
    throw new Error(`LibreOffice edit failed (status ${r.status}); missing ${missing.join(', ')}\n${r.stderr}`);
}

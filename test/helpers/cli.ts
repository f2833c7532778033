import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const bin = join(__dirname, '..', '..', 'bin', 'kaohe.js');

/** Runs the built `kaohe` (dist/kaohe.cjs, made by `npm run build:cli`) as a user would. */
export function kaohe(args: readonly string[], cwd?: string): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: cwd ?? process.cwd(),
    env: { ...process.env, KAOHE_LANG: '' },
    timeout: 120000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

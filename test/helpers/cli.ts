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

/** `kaohe` run in a folder, called as kaohe('new', '--rubric', …): exit code, stdout, stderr. */
export function cliIn(dir: string): (...args: string[]) => { code: number; out: string; err: string } {
  return (...args) => {
    const r = kaohe(args, dir);
    return { code: r.code, out: r.stdout, err: r.stderr };
  };
}

/** Builds dist/kaohe.cjs, as `npm ci` does, so a test runs the command line of the tree it tests. */
export function buildCli(): void {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
}

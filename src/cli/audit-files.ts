import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Audit } from '../core/audit';
import { auditBytes, unreadable } from '../books/audit';

/**
 * Audits files one by one (a file at a time in memory, so hundreds of received workbooks fit),
 * turning a missing, unreadable or non-xlsx file into a finding rather than a stop.
 */
export async function auditFiles(
  files: readonly string[],
  onDone?: (file: string, a: Audit) => void,
): Promise<Audit[]> {
  const out: Audit[] = [];
  for (const file of files) {
    const a = await auditFile(file);
    out.push(a);
    onDone?.(file, a);
  }
  return out;
}

/**
 * Audits one file. Whatever the file holds, the answer is findings about it, never a stop: one
 * unreadable file in a batch of two hundred is listed, and the others are still audited.
 */
export async function auditFile(file: string): Promise<Audit> {
  try {
    return await auditOne(file);
  } catch (e) {
    return unreadable(file, 'audit-file-failed', e instanceof Error ? e.message : String(e));
  }
}

async function auditOne(file: string): Promise<Audit> {
  if (!existsSync(file)) return unreadable(file, 'book-missing', '');
  if (statSync(file).isDirectory()) return unreadable(file, 'book-is-dir', '');
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    return unreadable(file, 'file-unreadable', (e as Error).message);
  }
  return auditBytes(data, file);
}

const WORKER_TAG = 'kaohe-audit-worker';
/** Fewer files than this are audited in this thread alone: starting a worker costs more. */
const MIN_FILES_PER_WORKER = 8;

/**
 * Audits files for `kaohe audit`, which needs only each file's findings: in this thread and in
 * worker threads (one fewer than the cores), each taking the next file when done, so the work
 * spreads whatever each file costs. Results come back in the order of `files`; `onDone` is called
 * as each file is done. Runs in this thread alone when there is one core, few files, or no bundle
 * to start workers from (the sources run under a test runner).
 */
export async function auditFilesParallel(
  files: readonly string[],
  onDone?: (file: string) => void,
): Promise<Pick<Audit, 'file' | 'findings'>[]> {
  const script = typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;
  const workers = Math.min(availableParallelism() - 1, Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (!script || workers < 1 || process.env.KAOHE_AUDIT_THREADS === '1') return auditFiles(files, onDone);
  type Found = Pick<Audit, 'file' | 'findings'>;
  const out: Found[] = new Array<Found>(files.length);
  let next = 0;
  // Files a failed worker had taken, done here instead.
  const orphans: number[] = [];
  const take = (): number | undefined => orphans.shift() ?? (next < files.length ? next++ : undefined);
  const done = (i: number, a: Found): void => {
    out[i] = { file: a.file, findings: a.findings };
    onDone?.(files[i] as string);
  };
  const threads = Array.from(
    { length: workers },
    () =>
      new Promise<void>((resolve) => {
        const w = new Worker(script, { workerData: { kaohe: WORKER_TAG } });
        // Two files in hand, so a worker never waits for this thread to hand it the next one.
        const taken: number[] = [];
        const send = (): void => {
          const i = take();
          if (i === undefined) return;
          taken.push(i);
          w.postMessage({ i, file: files[i] });
        };
        let ended = false;
        const end = (): void => {
          if (ended) return;
          ended = true;
          orphans.push(...taken.filter((i) => out[i] === undefined));
          taken.length = 0;
          void w.terminate();
          resolve();
        };
        w.on('message', (m: 'ready' | (Found & { i: number })) => {
          if (m === 'ready') {
            send();
            send();
            if (taken.length === 0) end();
            return;
          }
          taken.splice(taken.indexOf(m.i), 1);
          done(m.i, m);
          send();
          if (taken.length === 0) end();
        });
        w.on('error', end);
        w.on('exit', end);
      }),
  );
  // This thread audits too, taking files between the workers' messages.
  for (let i = take(); i !== undefined; i = take()) {
    done(i, await auditFile(files[i] as string));
    await new Promise<void>((r) => setImmediate(r));
  }
  await Promise.all(threads);
  // Files of a worker that failed after this thread ran out of its own.
  for (let i = take(); i !== undefined; i = take()) done(i, await auditFile(files[i] as string));
  return out;
}

/** In a worker started by auditFilesParallel: audits each file posted, posting back its findings. */
export function serveAuditWorker(): boolean {
  const data = workerData as { kaohe?: unknown } | null | undefined;
  if (isMainThread || !parentPort || data?.kaohe !== WORKER_TAG) return false;
  const port = parentPort;
  port.on('message', ({ i, file }: { i: number; file: string }) => {
    void auditFile(file).then((a) => port.postMessage({ i, file: a.file, findings: a.findings }));
  });
  port.postMessage('ready');
  return true;
}

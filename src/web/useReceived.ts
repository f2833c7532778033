import { useRef, useState } from 'react';
import { bytesOf } from './download';
import { loadOps } from './load-ops';
import type { Received } from './ops';

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

export interface ReceivedState {
  readonly files: readonly Received[];
  /** While files are being audited. */
  readonly progress: Progress | undefined;
}

/** Lets the browser draw (the progress bar, the files done so far) between files, without a timer's clamp. */
const yieldToBrowser = (): Promise<void> =>
  new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });

/**
 * Received workbooks, audited one by one as they come (a file at a time in memory), the list drawn
 * as it grows, about every 50 ms. A file added again under the same name replaces the earlier one;
 * files dropped while others are audited join the queue.
 */
export function useReceived() {
  const [state, setState] = useState<ReceivedState>({ files: [], progress: undefined });
  const queue = useRef<File[]>([]);
  const count = useRef({ running: false, done: 0, total: 0 });

  const run = async (): Promise<void> => {
    const c = count.current;
    c.running = true;
    setState((s) => ({ ...s, progress: { done: 0, total: c.total, file: '' } }));
    const ops = await loadOps();
    let last = performance.now();
    let batch: Received[] = [];
    const flush = (p: Progress | undefined): void => {
      const add = batch;
      batch = [];
      setState((s) => {
        const names = new Set(add.map((r) => r.name));
        return { files: [...s.files.filter((f) => !names.has(f.name)), ...add], progress: p };
      });
    };
    for (let file = queue.current.shift(); file; file = queue.current.shift()) {
      const name = file.name;
      const r = await bytesOf(file)
        .then((bytes) => ops.receive(name, bytes))
        .catch((e: unknown) => ops.unreadableFile(name, e));
      batch.push(r);
      c.done++;
      if (performance.now() - last > 50) {
        flush({ done: c.done, total: c.total, file: name });
        await yieldToBrowser();
        last = performance.now();
      }
    }
    c.running = false;
    c.done = 0;
    c.total = 0;
    flush(undefined);
  };

  const add = (files: readonly File[]): void => {
    queue.current.push(...files);
    count.current.total += files.length;
    if (!count.current.running) void run();
  };
  const clear = (): void => {
    queue.current = [];
    setState((s) => ({ ...s, files: [] }));
  };
  return { state, add, clear };
}

import { utf8Length } from './request-size';

/** What a loaded block weighed in the host's answer: its grids as JSON, in UTF-8. */
export const answerBytes = (...grids: unknown[]): number => utf8Length(JSON.stringify(grids));

/**
 * Reading in parts, each sync's answer under Excel on the web's 5 MB response limit ("Resource
 * limits and performance optimization for Office Add-ins"; "Read or write to a large range":
 * "run separate read or write operations for smaller subsets of a large range"). A sync takes
 * parts while their expected answer stays under a target: a sheet read before is expected to
 * weigh per cell what its last part did, one not read yet what the heaviest sheet so far did
 * (a sheet's full top rows come before its empty bottom ones, so a sheet only gets lighter).
 * If the host still answers ResponsePayloadSizeLimitExceeded, fewer parts are tried; a part that
 * fails alone is split by rows.
 */
export interface Part<T> {
  readonly cells: number;
  /** The sheet the part belongs to: parts of one sheet weigh alike. */
  readonly group: string | number;
  /** Queues the part's loads; the function it returns reads them (and what they weighed) after the sync. */
  queue(context: Excel.RequestContext): () => { readonly value: T; readonly bytes: number };
  /** The part in two halves, when it can be split. */
  split?(): readonly Part<T>[];
}

export interface PartOptions {
  /** Bytes to aim at per answer: well under the 5 MB limit. */
  readonly targetBytes: number;
  /** Bytes a cell is expected to weigh before anything has been read. */
  readonly firstCellBytes: number;
}

export const defaultPartOptions: PartOptions = { targetBytes: 2_500_000, firstCellBytes: 125 };

const tooBig = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';

export async function readParts<T>(
  context: Excel.RequestContext,
  parts: readonly Part<T>[],
  o: PartOptions = defaultPartOptions,
): Promise<T[]> {
  const todo = [...parts];
  const out: T[] = [];
  const weight = new Map<string | number, number>();
  let heaviest = o.firstCellBytes;
  let shrink = 1;
  const expect = (p: Part<T>): number => p.cells * (weight.get(p.group) ?? heaviest) * shrink;
  while (todo.length > 0) {
    let take = 0;
    let bytes = 0;
    while (take < todo.length) {
      const p = todo[take] as Part<T>;
      if (take > 0 && bytes + expect(p) > o.targetBytes) break;
      bytes += expect(p);
      take++;
    }
    const batch = todo.slice(0, take);
    const getters = batch.map((p) => p.queue(context));
    try {
      await context.sync();
    } catch (e) {
      if (!tooBig(e)) throw e;
      const halves = batch.length === 1 ? batch[0]?.split?.() : undefined;
      if (batch.length === 1 && !halves) throw e;
      if (halves) todo.splice(0, 1, ...halves);
      shrink *= 2;
      continue;
    }
    shrink = 1;
    const got = getters.map((g) => g());
    const byGroup = new Map<string | number, { cells: number; bytes: number }>();
    batch.forEach((p, i) => {
      const g = byGroup.get(p.group) ?? { cells: 0, bytes: 0 };
      byGroup.set(p.group, { cells: g.cells + p.cells, bytes: g.bytes + (got[i]?.bytes ?? 0) });
    });
    for (const [group, g] of byGroup) {
      const perCell = Math.max(1, g.bytes / Math.max(g.cells, 1));
      weight.set(group, perCell);
      heaviest = Math.max(heaviest === o.firstCellBytes ? 0 : heaviest, perCell);
    }
    out.push(...got.map((g) => g.value));
    todo.splice(0, take);
  }
  return out;
}

import type { UnitGraph } from '../../src/core/engine/graph';
import { checkEntry, type Entry } from '../../src/core/engine/entries';

/** A small seeded PRNG (mulberry32), so a failing case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Valid random entries for every input of a unit (sometimes leaving one blank). */
export function randomEntries(graph: UnitGraph, r: () => number, blankRate = 0.03): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const s of graph.inputs) {
    if (r() < blankRate) continue;
    const hi = s.max ?? (s.kind === 'percent' ? 100 : s.kind === 'amount' ? 20 : s.kind === 'score' ? 10 : 6);
    switch (s.kind) {
      case 'yesno':
        out[s.id] = r() < 0.8 ? '是' : '否';
        break;
      case 'level':
        out[s.id] = pick(r, s.levels ?? []);
        break;
      case 'count':
        out[s.id] = r() < 0.35 ? 0 : Math.floor(r() * (Math.min(hi, 8) + 1));
        break;
      case 'percent':
      case 'amount': {
        const v = r() < 0.15 ? hi : Math.round(r() * hi * 10) / 10;
        out[s.id] = Math.max(s.min ?? 0, v);
        break;
      }
      case 'score': {
        if (s.bands && s.bands.length) {
          const b = pick(r, s.bands);
          out[s.id] = b.min + Math.round(r() * (b.max - b.min) * 2) / 2;
        } else out[s.id] = Math.round(r() * hi * 2) / 2;
        break;
      }
    }
    // Keep only entries the engine accepts: an invalid one scores blank there but not in a sheet.
    if (checkEntry(s, out[s.id], undefined).finding?.severity === 'error') out[s.id] = 0;
  }
  return out;
}

import type { FakeContext } from './context';
import { excelError, node, type PathNode } from './types';

/**
 * An API object whose property writes are queued as operations at `path` (`fill.color`,
 * `borders.EdgeTop.style`, `headersFooters.defaultForAllPages.centerFooter` …). `getItem(key)`
 * steps into a collection item by name, as office.js's indexers do; `methods` are real calls.
 */
export function recorder(
  ctx: FakeContext,
  at: PathNode,
  apply: (path: string, v: unknown) => void,
  path = '',
  methods: Record<string, unknown> = {},
): Record<string, unknown> {
  // office.js gives the same object for a property each time (range.format is one RangeFormat),
  // and a new one for each getItem call: so do these paths.
  const children = new Map<string, Record<string, unknown>>();
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, p) => {
      if (typeof p !== 'string') return undefined;
      if (p in methods) return methods[p];
      if (p === 'getItem')
        return (key: string) => recorder(ctx, node(at, { k: 'i', a: [key] }), apply, path ? `${path}.${key}` : key);
      if (p === 'then' || p === 'toJSON') return undefined;
      let child = children.get(p);
      if (!child) {
        child = recorder(ctx, node(at, { k: 'p', n: p }), apply, path ? `${path}.${p}` : p);
        children.set(p, child);
      }
      return child;
    },
    set: (_t, p, v) => {
      if (JSON.stringify(v ?? null) === undefined)
        throw excelError('InvalidArgument', `cannot send ${String(p)} = ${typeof v}`);
      const full = path ? `${path}.${String(p)}` : String(p);
      ctx.queue({ node: at, kind: 'set', name: String(p), args: [v], apply: () => apply(full, v) });
      return true;
    },
  });
}

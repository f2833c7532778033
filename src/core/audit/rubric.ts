import type { Builtin } from '../builtin';
import type { Finding } from '../engine/findings';
import type { StoreData } from '../plan/store';
import { STORE_SHEET } from '../plan/names';

const MAX_PATHS = 5;

/** Where two JSON values differ, as paths (`sections.0.items.2.cap: 6 → 8`), at most a few. */
export function jsonDiff(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (out.length >= MAX_PATHS) return out;
  if (a === b) return out;
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) jsonDiff(a[k], b[k], path ? `${path}.${k}` : k, out);
    return out;
  }
  const show = (x: unknown): string => {
    const t = x === undefined ? '（无）' : JSON.stringify(x);
    return t.length > 40 ? `${t.slice(0, 39)}…` : t;
  };
  out.push(`${path || '（整体）'}: ${show(b)} → ${show(a)}`);
  return out;
}

const plain = (x: unknown): unknown => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));

/**
 * The rubric (and ranking rule) stored in the workbook compared, deeply, with the built-in one of
 * the same id: a raised cap or a softened deduction in the store shows here, whatever the sheets say.
 */
export function rubricFindings(store: StoreData, builtins: ReadonlyMap<string, Builtin>): Finding[] {
  const id = (store.rubric as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') return [];
  const b = builtins.get(id);
  if (!b) return [{ code: 'audit-rubric-custom', severity: 'info', params: { rubric: id } }];
  const out: Finding[] = [];
  const diff = jsonDiff(plain(store.rubric), plain(b.rubric));
  if (diff.length)
    out.push({
      code: 'audit-rubric-differs',
      severity: 'error',
      sheet: STORE_SHEET,
      cell: 'B2',
      params: { rubric: id, paths: diff.join('；') },
    });
  if (store.ranking !== undefined || b.ranking !== undefined) {
    const rd = jsonDiff(plain(store.ranking), plain(b.ranking));
    if (rd.length)
      out.push({
        code: 'audit-ranking-differs',
        severity: 'error',
        sheet: STORE_SHEET,
        cell: 'B3',
        params: { rubric: id, paths: rd.join('；') },
      });
  }
  return out;
}

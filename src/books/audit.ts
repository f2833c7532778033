import { auditBook, replanStore, type Audit, type Replanned } from '../core/audit';

export { auditCounts, auditListed } from '../core/audit/counts';
import { builtinRubrics } from '../core/builtin';
import type { StoreData } from '../core/plan/store';
import { fastSnapshot } from '../adapters/xlsx/fast-snapshot';
import { snapshotXlsx } from '../adapters/xlsx/snapshot';

/**
 * The plan rebuilt from a stored rubric, kept per everything stored but the fingerprints (rubric,
 * ranking, units, options): a batch of workbooks made from one rubric plans it once. The plan is
 * only read by the audit, which compares the fingerprints itself.
 */
const replans = new Map<string, Replanned>();
function replanCached(store: StoreData): Replanned {
  const { fingerprints: _fingerprints, ...planned } = store;
  const key = JSON.stringify(planned);
  let r = replans.get(key);
  if (!r) {
    r = replanStore(store);
    if (replans.size > 64) replans.clear();
    replans.set(key, r);
  }
  return r;
}

/** An audit that is one finding about the file: it could not be read at all. */
export const unreadable = (file: string, code: string, detail: string): Audit => ({
  file,
  findings: [{ code, severity: 'error', file, params: { file, detail } }],
});

/**
 * `kaohe audit` of one received file's bytes. Whatever the bytes hold, the answer is findings
 * about the file, never a stop: one unreadable file in a batch of two hundred is listed, and the
 * others are still audited. The quick reader is tried first; anything it does not read exactly as
 * ExcelJS would goes to ExcelJS, so the findings never differ.
 */
export async function auditBytes(data: Uint8Array, file: string): Promise<Audit> {
  try {
    const fast = fastSnapshot(data, file);
    if (fast) return auditBook(fast, builtinRubrics(), replanCached);
    const snap = await snapshotXlsx(data, file);
    if ('code' in snap) return unreadable(file, snap.code, snap.detail);
    return auditBook(snap.book, builtinRubrics(), replanCached);
  } catch (e) {
    return unreadable(file, 'audit-file-failed', e instanceof Error ? e.message : String(e));
  }
}

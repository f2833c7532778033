import { existsSync, readFileSync } from 'node:fs';
import { auditBook, type Audit } from '../core/audit';
import { builtinRubrics } from '../core/builtin';
import { snapshotXlsx } from '../adapters/xlsx/snapshot';

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

export async function auditFile(file: string): Promise<Audit> {
  const fail = (code: string, detail: string): Audit => ({
    file,
    findings: [{ code, severity: 'error', file, params: { file, detail } }],
  });
  if (!existsSync(file)) return fail('book-missing', '');
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    return fail('file-unreadable', (e as Error).message);
  }
  const snap = await snapshotXlsx(data, file);
  if ('code' in snap) return fail(snap.code, snap.detail);
  return auditBook(snap.book, builtinRubrics());
}

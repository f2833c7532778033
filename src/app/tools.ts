import { auditBook, layoutAudit, STRUCTURAL, type Audit } from '../core/audit';
import type { Finding } from '../core/engine/findings';
import { builtinRubrics } from '../core/builtin';
import { NOTICE_SHEET } from '../core/plan';
import { replanStore } from '../core/audit/replan';
import { auditBookOf, bookViewOf } from './grid-book';
import { buildNotice, type NoticeSettings } from './notice';
import type { WorkbookPort } from './port';

export type NoticeOutcome =
  | {
      readonly ok: true;
      readonly units: number;
      readonly rows: number;
      readonly kept: number;
      readonly typed: number;
      /** Empty 扣分依据, early deadlines, a sorted table: for the user before the notice goes out. */
      readonly warnings: readonly Finding[];
    }
  | { readonly ok: false; readonly reason: 'not-ours' }
  /** Rows whose 扣分依据 is empty, said before anything is written (when asked to, with `askFirst`). */
  | { readonly ok: false; readonly reason: 'confirm'; readonly warnings: readonly Finding[] }
  /** The scoring sheets moved under their cells (rows or columns inserted, sorted, a sheet renamed or copied). */
  | { readonly ok: false; readonly reason: 'layout'; readonly findings: readonly Finding[] };

/**
 * The add-in's 生成整改通知单: read the workbook whole (2 syncs), build the notice keeping what
 * was typed in the old one, and write it in place of the old one (3 syncs): 5 syncs for any size.
 */
export async function makeNotice(
  port: WorkbookPort,
  settings: NoticeSettings,
  askFirst = false,
): Promise<NoticeOutcome> {
  const sheets = await port.readAll();
  const book = bookViewOf(sheets);
  const r = book ? replanStore(book.store) : undefined;
  if (!book || !r?.ok) return { ok: false, reason: 'not-ours' };
  // Nothing is written over a workbook whose cells are no longer where the plan says.
  const layout = layoutAudit(auditBookOf(sheets, ''), r.planned);
  const blocking = layout.findings.filter((f) => STRUCTURAL.has(f.code));
  if (blocking.length) return { ok: false, reason: 'layout', findings: blocking };
  const n = buildNotice(book, r.builtin, r.planned, settings);
  const empty = n.warnings.filter((w) => w.code === 'notice-no-basis');
  if (empty.length && askFirst) return { ok: false, reason: 'confirm', warnings: n.warnings };
  await port.insert({ sheets: [n.plan], names: [] }, [NOTICE_SHEET]);
  return {
    ok: true,
    units: new Set(n.rows.map((x) => x.unit)).size,
    rows: n.rows.length,
    kept: n.rows.filter((x) => x.reason === 'kept').length,
    typed: n.typedAfter,
    warnings: n.warnings,
  };
}

/** The add-in's 审核本工作簿: the same audit as `kaohe audit`, on the open workbook (2 syncs). */
export async function auditOpenBook(port: WorkbookPort, file: string): Promise<Audit> {
  return auditBook(auditBookOf(await port.readAll(), file), builtinRubrics());
}

import { layoutAudit, STRUCTURAL } from '../core/audit';
import type { Builtin } from '../core/builtin';
import type { Finding } from '../core/engine/findings';
import type { PlannedWorkbook } from '../core/plan';
import { replan } from '../app/book';
import { BookError, loadBook, type ReadBook } from '../adapters/xlsx/read';
import { snapshotOf } from '../adapters/xlsx/snapshot';
import { BookRefused } from './refusal';

/** A workbook made by kaohe, opened from its bytes, with the plan it was made from. */
export interface OpenedBook {
  readonly book: ReadBook;
  readonly builtin: Builtin;
  readonly planned: PlannedWorkbook;
  /** Layout findings that block nothing (a merge split, a password), for check to list. */
  readonly layout: readonly Finding[];
}

/** Opens the bytes of a workbook made by kaohe, or refuses them: not an .xlsx, or not one of ours. */
export async function loadOurBook(data: Uint8Array, file: string): Promise<ReadBook> {
  try {
    return await loadBook(data, file);
  } catch (e) {
    if (e instanceof BookError) throw new BookRefused([{ code: e.code, params: { file, detail: e.detail } }]);
    throw e;
  }
}

/** The rubric stored in a workbook and the plan rebuilt from it, or a refusal: not one of ours. */
export function replanBook(book: ReadBook, file: string): { builtin: Builtin; planned: PlannedWorkbook } {
  try {
    return replan(book.store);
  } catch {
    throw new BookRefused([{ code: 'book-not-ours', params: { file } }]);
  }
}

/**
 * The workbook's layout against its plan. Where a unit or summary sheet is missing, renamed or has
 * rows or columns inserted, deleted or sorted, cells are no longer where the plan says: refused
 * (nothing is read or written) rather than misread or written into the wrong cells.
 */
export function layoutOf(book: ReadBook, planned: PlannedWorkbook, file: string): Finding[] {
  const layout = layoutAudit(snapshotOf(book.workbook, file), planned);
  if (layout.broken.size > 0) {
    const blocking = layout.findings.filter((f) => STRUCTURAL.has(f.code));
    throw new BookRefused(blocking.map((f) => ({ code: 'book-layout-broken', params: { file }, finding: f })));
  }
  return layout.findings;
}

/** Opens, replans and checks the layout of a workbook: what score, fill and notice start from. */
export async function openOurBook(data: Uint8Array, file: string): Promise<OpenedBook> {
  const book = await loadOurBook(data, file);
  const { builtin, planned } = replanBook(book, file);
  const layout = layoutOf(book, planned, file);
  return { book, builtin, planned, layout };
}

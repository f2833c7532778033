import type { ActiveTable, StoreRows } from '../../app/port';
import type { Range } from '../../core/import/header';
import { STORE_SHEET } from '../../core/plan/names';
import { parseBox } from './a1';
import { originOf } from './read-all';

const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));

/**
 * The very hidden `_kaohe` store as rows of cell texts (row 1 at index 0), or undefined when the
 * workbook has none. Two syncs: is the sheet there, then its used range.
 */
export async function readStoreRows(context: Excel.RequestContext): Promise<StoreRows | undefined> {
  const ws = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET).load('name');
  await context.sync();
  if (ws.isNullObject) return undefined;
  const used = ws.getUsedRangeOrNullObject(true).load('address,values');
  await context.sync();
  if (used.isNullObject) return [];
  const o = originOf(used.address);
  const rows: (string | undefined)[][] = Array.from({ length: o.row - 1 }, () => []);
  for (const row of used.values as unknown[][]) {
    const out: (string | undefined)[] = Array.from({ length: o.col - 1 }, () => undefined);
    for (const v of row) out.push(v === '' || v === null ? undefined : text(v));
    rows.push(out);
  }
  return rows;
}

/** The A1 boxes of a RangeAreas address: `Sheet1!A1:B2, 'x, y'!C3` (sheet names may hold commas). */
export function areaBoxes(address: string): ReturnType<typeof parseBox>[] {
  const re = /(?:^|,\s*)(?:(?:'(?:[^']|'')*'|[^',!]*)!)?(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  return [...address.matchAll(re)].map((m) => parseBox(m[1] ?? '')).filter((b) => b !== undefined);
}

/**
 * The active sheet's used range as cell texts and its merged areas, 0-based from the range's
 * top-left, in one sync. Merged areas need ExcelApi 1.13; without it `merges` is false.
 */
export async function readActiveTable(context: Excel.RequestContext, withMerges: boolean): Promise<ActiveTable> {
  const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
  const used = ws.getUsedRange(false).load('address,values');
  const merged = withMerges ? used.getMergedAreasOrNullObject().load('address') : undefined;
  await context.sync();
  const o = originOf(used.address);
  const rows = (used.values as unknown[][]).map((r) => r.map(text));
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  const merges: Range[] = [];
  if (merged && !merged.isNullObject) {
    for (const b of areaBoxes(merged.address)) {
      if (!b) continue;
      const top = Math.max(b.r0 - o.row, 0);
      const left = Math.max(b.c0 - o.col, 0);
      const bottom = Math.min(b.r1 - o.row, height - 1);
      const right = Math.min(b.c1 - o.col, width - 1);
      if (bottom >= top && right >= left && (bottom > top || right > left)) merges.push({ top, left, bottom, right });
    }
  }
  return { sheet: ws.name, grid: { rows, merges }, merges: merged !== undefined };
}

import type { CellValue, SheetReadback, UnitSheetMap } from '../../app/port';
import { type Box, boundingBox, boxAddress, cellAddress, inBox } from './a1';

/** Every cell of a unit sheet that the checks read: inputs, 扣分依据, expected formulas, total, grade. */
export function watchedCells(map: UnitSheetMap): string[] {
  return [
    ...Object.values(map.inputs),
    ...Object.values(map.basis),
    ...Object.keys(map.formulas),
    ...(map.total ? [map.total] : []),
    ...(map.grade ? [map.grade] : []),
  ];
}

/** A range queued for loading, and how to turn it into a readback once synced. */
export interface PendingRead {
  readonly sheet: string;
  readonly box: Box;
  readonly range: Excel.Range;
  readonly wanted: readonly string[];
}

/** Queues one `values, formulas` load over the watched cells of `map` inside `limit` (no sync). */
export function queueRead(ws: Excel.Worksheet, map: UnitSheetMap, limit?: Box): PendingRead | undefined {
  const wanted = watchedCells(map).filter((a) => {
    if (!limit) return true;
    const b = boundingBox([a]);
    return b !== undefined && inBox(limit, b.r0, b.c0);
  });
  const box = boundingBox(wanted);
  if (!box) return undefined;
  const range = ws.getRange(boxAddress(box)).load('values, formulas');
  return { sheet: map.sheet, box, range, wanted };
}

/** After the sync: picks the wanted cells out of the loaded block. */
export function readback(p: PendingRead, map: UnitSheetMap): SheetReadback {
  const values: Record<string, CellValue> = {};
  const formulas: Record<string, string> = {};
  const wanted = new Set(p.wanted);
  const vals = p.range.values as unknown[][];
  const forms = p.range.formulas as unknown[][];
  for (let r = p.box.r0; r <= p.box.r1; r++) {
    for (let c = p.box.c0; c <= p.box.c1; c++) {
      const a = cellAddress(r, c);
      if (!wanted.has(a)) continue;
      const v = vals[r - p.box.r0]?.[c - p.box.c0];
      values[a] = v === '' || v === undefined ? null : (v as CellValue);
      if (map.formulas[a] !== undefined) formulas[a] = String(forms[r - p.box.r0]?.[c - p.box.c0] ?? '');
    }
  }
  return { sheet: p.sheet, values, formulas };
}

/** Reads every watched cell of the given sheets in one sync. */
export async function readSheets(
  context: Excel.RequestContext,
  maps: readonly UnitSheetMap[],
): Promise<SheetReadback[]> {
  const sheets = context.workbook.worksheets;
  const pending = maps.map((m) => ({ m, p: queueRead(sheets.getItem(m.sheet), m) }));
  await context.sync();
  return pending.flatMap(({ m, p }) => (p ? [readback(p, m)] : []));
}

import type { CellValue, SheetReadback, UnitSheetMap } from '../../app/port';
import { type Box, boundingBox, boxAddress, cellAddress, inBox } from './a1';
import { answerBytes, type Part, readParts } from './read-parts';
import type { SheetIds } from './sheet-ids';
import { plainValue, shownFormat } from './values';

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

/** The cells of `map` inside `limit` (all of them without one) and the block that holds them. */
export function watchedBlock(map: UnitSheetMap, limit?: Box): { box: Box; wanted: string[] } | undefined {
  const wanted = watchedCells(map).filter((a) => {
    if (!limit) return true;
    const b = boundingBox([a]);
    return b !== undefined && inBox(limit, b.r0, b.c0);
  });
  const box = boundingBox(wanted);
  return box ? { box, wanted } : undefined;
}

/**
 * Queues one load of values, formulas and number formats over a block of a unit sheet (no
 * sync); the function returned turns the loaded block into a readback. `now` is the sheet's name
 * when it is no longer the planned one.
 */
export function queueBlock(
  ws: Excel.Worksheet,
  map: UnitSheetMap,
  block: { box: Box; wanted: readonly string[] },
  now?: () => string,
): () => { value: SheetReadback; bytes: number } {
  const range = ws.getRange(boxAddress(block.box)).load('values, formulas, numberFormat');
  return () => {
    const values: Record<string, CellValue> = {};
    const formulas: Record<string, string> = {};
    const formats: Record<string, string> = {};
    const wanted = new Set(block.wanted);
    const vals = range.values as unknown[][];
    const forms = range.formulas as unknown[][];
    const fmts = range.numberFormat as unknown[][];
    const { r0, c0, r1, c1 } = block.box;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const a = cellAddress(r, c);
        if (!wanted.has(a)) continue;
        const f = forms[r - r0]?.[c - c0];
        const fmt = fmts[r - r0]?.[c - c0];
        values[a] = plainValue(vals[r - r0]?.[c - c0], fmt);
        const shown = shownFormat(fmt);
        if (shown) formats[a] = shown;
        if (map.formulas[a] !== undefined) formulas[a] = String(f ?? '');
      }
    }
    const name = now?.();
    return {
      value: {
        sheet: map.sheet,
        values,
        formulas,
        formats,
        ...(name !== undefined && name !== map.sheet ? { now: name } : {}),
      },
      bytes: answerBytes(vals, forms, fmts),
    };
  };
}

/**
 * Reads every watched cell of the given sheets: one sync finds the sheets (by id once known, so
 * a renamed sheet is still read; a deleted one is reported missing), then the blocks in parts
 * under the web's response limit.
 */
export async function readSheets(
  context: Excel.RequestContext,
  maps: readonly UnitSheetMap[],
  ids: SheetIds,
): Promise<SheetReadback[]> {
  const found = maps.map((m) => ({ m, ws: ids.item(context, m.sheet).load('id,name') }));
  await context.sync();
  const parts: Part<SheetReadback>[] = [];
  const out = new Map<string, SheetReadback>();
  for (const { m, ws } of found) {
    if (ws.isNullObject) {
      out.set(m.sheet, { sheet: m.sheet, values: {}, formulas: {}, missing: true });
      continue;
    }
    ids.set(m.sheet, ws.id);
    const block = watchedBlock(m);
    if (!block) continue;
    const cells = (block.box.r1 - block.box.r0 + 1) * (block.box.c1 - block.box.c0 + 1);
    parts.push({
      cells,
      group: m.sheet,
      queue: (c) => queueBlock(c.workbook.worksheets.getItem(ws.id), m, block, () => ws.name),
    });
  }
  for (const rb of await readParts(context, parts)) out.set(rb.sheet, rb);
  return maps.flatMap((m) => {
    const rb = out.get(m.sheet);
    return rb ? [rb] : [];
  });
}

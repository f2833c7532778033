import type { SheetReadback, UnitSheetMap } from '../../app/port';
import { type Box, areas, boundingBox, parseBox } from './a1';
import type { OwnWrites } from './own-writes';
import { queueRead, readback, watchedCells } from './read';
import { runExcel } from './run';

/** Where a change lands among the watched cells: the overlap of the event's area and them. */
export function changedBox(map: UnitSheetMap, address: string): Box | undefined {
  const watched = boundingBox(watchedCells(map));
  if (!watched) return undefined;
  let out: Box | undefined;
  for (const b of areas(address)) {
    const r0 = Math.max(b.r0, watched.r0);
    const c0 = Math.max(b.c0, watched.c0);
    const r1 = Math.min(b.r1, watched.r1);
    const c1 = Math.min(b.c1, watched.c1);
    if (r0 > r1 || c0 > c1) continue;
    out = out
      ? { r0: Math.min(out.r0, r0), c0: Math.min(out.c0, c0), r1: Math.max(out.r1, r1), c1: Math.max(out.c1, c1) }
      : { r0, c0, r1, c1 };
  }
  return out;
}

export interface ChangeEvent {
  readonly worksheetId: string;
  readonly address: string;
  readonly triggerSource?: string;
}

/**
 * Handles one change event: drops the add-in's own writes, clips the area to the watched cells
 * (a paste of thousands of cells reads only the block that matters) and reads it in one sync.
 */
export async function readChange(
  e: ChangeEvent,
  mapById: ReadonlyMap<string, UnitSheetMap>,
  own: OwnWrites,
): Promise<SheetReadback | undefined> {
  const map = mapById.get(e.worksheetId);
  if (!map || own.isOwn([map.sheet, e.worksheetId], e.address, e.triggerSource)) return undefined;
  const box = changedBox(map, e.address);
  if (!box) return undefined;
  return runExcel(async (context) => {
    const p = queueRead(context.workbook.worksheets.getItem(map.sheet), map, box);
    if (!p) return undefined;
    await context.sync();
    return readback(p, map);
  });
}

/**
 * Registers a change handler on each unit sheet (Worksheet.onChanged, ExcelApi 1.7) in two syncs:
 * one to learn the sheet ids, one to add the handlers. Resolves to a function that removes them.
 */
export async function watchSheets(
  maps: readonly UnitSheetMap[],
  own: OwnWrites,
  onChange: (changed: SheetReadback) => void,
  onError: (e: unknown) => void,
): Promise<() => Promise<void>> {
  return runExcel(async (context) => {
    const sheets = maps.map((m) => ({ m, w: context.workbook.worksheets.getItem(m.sheet).load('id') }));
    await context.sync();
    const mapById = new Map(sheets.map(({ m, w }) => [w.id, m]));
    const handler = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
      try {
        const trigger = (args as { triggerSource?: string }).triggerSource;
        const changed = await readChange(
          { worksheetId: args.worksheetId, address: args.address, ...(trigger ? { triggerSource: trigger } : {}) },
          mapById,
          own,
        );
        if (changed) onChange(changed);
      } catch (e) {
        onError(e);
      }
    };
    const results = sheets.map(({ w }) => w.onChanged.add(handler));
    await context.sync();
    own.clear();
    // Handlers belong to the context they were added in; they are removed through it.
    return async () => {
      for (const r of results) r.remove();
      await context.sync();
    };
  });
}

export { parseBox };

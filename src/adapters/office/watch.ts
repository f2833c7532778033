import type { SheetReadback, UnitSheetMap } from '../../app/port';
import { type Box, areas, boundingBox } from './a1';
import type { OwnWrites } from './own-writes';
import { queueBlock, watchedBlock, watchedCells } from './read';
import { runExcel, runIn } from './run';
import type { KnownCells, SheetIds } from './sheet-ids';

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

export interface WatchOptions {
  readonly own: OwnWrites;
  readonly ids: SheetIds;
  readonly known: KnownCells;
  readonly onChange: (changed: SheetReadback) => void;
  readonly onError: (e: unknown) => void;
  /** The light poll of the active unit sheet; `schedule` returns what stops it. */
  readonly poll?: { readonly every: number; readonly schedule: (tick: () => void, ms: number) => () => void };
}

/** Reads the watched cells of one sheet (all of them, or those inside `limit`) in one sync. */
function readWatched(map: UnitSheetMap, id: string, limit?: Box): Promise<SheetReadback | undefined> {
  const block = watchedBlock(map, limit);
  if (!block) return Promise.resolve(undefined);
  return runExcel(async (context) => {
    const get = queueBlock(context.workbook.worksheets.getItem(id), map, block);
    await context.sync();
    return get().value;
  });
}

/**
 * Watches the unit sheets: Worksheet.onChanged for edits (the add-in's own writes dropped), and,
 * because Excel on the web raises no onChanged for a pick from a data-validation drop-down
 * (OfficeDev/office-js#3888, #4066), Worksheet.onSelectionChanged and a light poll of the active
 * unit sheet, both reporting only cells that differ from what was last read. Two syncs to start;
 * resolves to a function that stops it, removing the handlers through their own context.
 */
export async function watchSheets(maps: readonly UnitSheetMap[], o: WatchOptions): Promise<() => Promise<void>> {
  return runExcel(async (context) => {
    const sheets = maps.map((m) => ({ m, w: o.ids.item(context, m.sheet).load('id') }));
    await context.sync();
    const byId = new Map<string, UnitSheetMap>();
    for (const { m, w } of sheets) {
      if (w.isNullObject) continue;
      o.ids.set(m.sheet, w.id);
      byId.set(w.id, m);
    }
    const busy = new Set<string>();
    /** A read whose result is reported only when it changes something known. */
    const look = async (id: string, always: boolean, limit?: Box): Promise<void> => {
      const map = byId.get(id);
      // An edit is always read; a selection or poll read is skipped while another is on its way.
      if (!map || (!always && busy.has(id))) return;
      busy.add(id);
      try {
        const part = await readWatched(map, id, limit);
        const rb = part && limit ? o.known.overlay(part) : part;
        if (rb && (o.known.update(rb) || always)) o.onChange(rb);
      } catch (e) {
        o.onError(e);
      } finally {
        busy.delete(id);
      }
    };
    const changed = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
      const map = byId.get(args.worksheetId);
      const trigger = (args as { triggerSource?: string }).triggerSource;
      if (!map || o.own.isOwn([map.sheet, args.worksheetId], args.address, trigger)) return;
      const box = changedBox(map, args.address);
      if (box) await look(args.worksheetId, true, box);
    };
    const selected = async (args: Excel.WorksheetSelectionChangedEventArgs): Promise<void> =>
      look(args.worksheetId, false);
    const results = sheets.flatMap(({ w }) =>
      w.isNullObject ? [] : [w.onChanged.add(changed), w.onSelectionChanged.add(selected)],
    );
    await context.sync();
    o.own.clear();
    const stopPoll = o.poll?.schedule(() => {
      void runExcel(async (c) => {
        const active = c.workbook.worksheets.getActiveWorksheet().load('id');
        await c.sync();
        return active.id;
      }).then((id) => look(id, false), o.onError);
    }, o.poll.every);
    return async () => {
      stopPoll?.();
      await runIn(context, async (c) => {
        for (const r of results) r.remove();
        await c.sync();
      });
    };
  });
}

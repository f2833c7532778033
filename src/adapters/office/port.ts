import type { PortSupport, SheetReadback, UnitSheetMap, WorkbookPort } from '../../app/port';
import type { WorkbookPlan } from '../../core/plan/types';
import { OwnFreezes, watchActivation } from './activation';
import { OwnWrites } from './own-writes';
import { readSheets } from './read';
import { readAllSheets } from './read-all';
import { readActiveTable, readStoreRows } from './read-store';
import { restoreFormula } from './restore';
import { runExcel } from './run';
import { KnownCells, SheetIds } from './sheet-ids';
import { type HostSupport, hostSupport } from './support';
import { watchSheets, type WatchOptions } from './watch';
import { findClashes, writePlan } from './write-plan';

export interface OfficePortOptions {
  /** Keep each request under this many bytes as office.js sends it (the web refuses 5 MB). */
  readonly maxRequestBytes?: number;
  readonly support?: HostSupport;
  /** Where errors of checks that run on their own (events, the poll) go when the pane gives none. */
  readonly onError?: (e: unknown) => void;
  /** The light poll of the active unit sheet (default every 2.5 s with setInterval). */
  readonly poll?: WatchOptions['poll'];
}

const defaultPoll: NonNullable<WatchOptions['poll']> = {
  every: 2500,
  schedule: (tick, ms) => {
    const t = setInterval(tick, ms);
    // In Node (the tests) a forgotten poll must not keep the process alive; browsers have no unref.
    (t as unknown as { unref?: () => void }).unref?.();
    return () => clearInterval(t);
  },
};

/** The task pane's workbook, through office-js. Every call is one `Excel.run` batch. */
export function createOfficePort(options: OfficePortOptions = {}): WorkbookPort {
  const own = new OwnWrites();
  const freezes = new OwnFreezes();
  const ids = new SheetIds();
  const known = new KnownCells();
  const support = (): HostSupport => options.support ?? hostSupport();
  const onError = options.onError ?? ((): void => undefined);
  const remember = (rbs: readonly SheetReadback[]): readonly SheetReadback[] => {
    for (const rb of rbs) known.update(rb);
    return rbs;
  };
  return {
    support: (): PortSupport => support(),
    clashes: (plan: WorkbookPlan) => runExcel((context) => findClashes(context, plan)),
    insert: async (plan, replace, onProgress) => {
      const s = support();
      const written = await runExcel((context) =>
        writePlan(context, plan, {
          replace,
          own,
          pageLayout: s.details,
          copySheets: s.copySheets,
          maxRequestBytes: options.maxRequestBytes ?? 4_000_000,
          onFreeze: (sheet) => freezes.mark(sheet),
          ...(onProgress ? { onProgress } : {}),
        }),
      );
      for (const [sheet, id] of written.ids) ids.set(sheet, id);
      return written.result;
    },
    read: async (maps: readonly UnitSheetMap[]) =>
      remember(await runExcel((context) => readSheets(context, maps, ids))),
    readAll: () => runExcel((context) => readAllSheets(context)),
    readStore: () => runExcel((context) => readStoreRows(context)),
    readActiveTable: () => runExcel((context) => readActiveTable(context, support().mergedAreas === true)),
    watch: (maps, onChange, onWatchError) =>
      watchSheets(maps, {
        own,
        ids,
        known,
        onChange,
        onError: onWatchError ?? onError,
        poll: options.poll ?? defaultPoll,
      }),
    select: (sheet: string, cell: string) =>
      runExcel(async (context) => {
        const ws = context.workbook.worksheets.getItem(ids.key(sheet));
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    restore: (sheet, cell, formula, password) =>
      runExcel((context) => restoreFormula(context, ids, sheet, cell, formula, own, password)),
    activeSheet: () =>
      runExcel(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        return ws.name;
      }),
    onActivate: (cb: (sheet: string) => void) => watchActivation(cb, freezes, onError),
  };
}

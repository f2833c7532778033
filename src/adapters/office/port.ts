import type {
  InsertProgress,
  InsertResult,
  PortSupport,
  SheetReadback,
  UnitSheetMap,
  WorkbookPort,
} from '../../app/port';
import type { WorkbookPlan } from '../../core/plan/types';
import { OwnWrites } from './own-writes';
import { readSheets } from './read';
import { readAllSheets } from './read-all';
import { readActiveTable, readStoreRows } from './read-store';
import { runExcel } from './run';
import { type HostSupport, hostSupport } from './support';
import { watchSheets } from './watch';
import { findClashes, writePlan } from './write-plan';

export interface OfficePortOptions {
  readonly maxRequestBytes?: number;
  readonly support?: HostSupport;
  readonly onError?: (e: unknown) => void;
}

/** The task pane's workbook, through office-js. Every call is one `Excel.run` batch. */
export function createOfficePort(options: OfficePortOptions = {}): WorkbookPort {
  const own = new OwnWrites();
  const support = (): HostSupport => options.support ?? hostSupport();
  const onError = options.onError ?? ((): void => undefined);
  return {
    support: (): PortSupport => support(),
    clashes: (plan: WorkbookPlan) => runExcel((context) => findClashes(context, plan)),
    insert: (
      plan: WorkbookPlan,
      replace: readonly string[],
      onProgress?: (p: InsertProgress) => void,
    ): Promise<InsertResult> =>
      runExcel((context) =>
        writePlan(context, plan, {
          replace,
          own,
          pageLayout: support().details,
          maxRequestBytes: options.maxRequestBytes ?? 4_000_000,
          ...(onProgress ? { onProgress } : {}),
        }),
      ),
    read: (maps: readonly UnitSheetMap[]): Promise<readonly SheetReadback[]> =>
      runExcel((context) => readSheets(context, maps)),
    readAll: () => runExcel((context) => readAllSheets(context)),
    readStore: () => runExcel((context) => readStoreRows(context)),
    readActiveTable: () => runExcel((context) => readActiveTable(context, support().mergedAreas === true)),
    watch: (maps, onChange) => watchSheets(maps, own, onChange, onError),
    select: (sheet: string, cell: string) =>
      runExcel(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    restore: (sheet: string, cell: string, formula: string) =>
      runExcel(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const prot = ws.protection.load('protected');
        await context.sync();
        // A protected sheet refuses writes to locked cells: lift, write, protect again, one batch.
        if (prot.protected) ws.protection.unprotect();
        ws.getRange(cell).formulas = [[formula]];
        own.mark(sheet, cell);
        if (prot.protected)
          ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
        await context.sync();
      }),
    activeSheet: () =>
      runExcel(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        return ws.name;
      }),
    onActivate: (cb: (sheet: string) => void) =>
      runExcel(async (context) => {
        const ws = context.workbook.worksheets;
        const result = ws.onActivated.add(async (args) => {
          try {
            const name = await runExcel(async (ctx) => {
              const w = ctx.workbook.worksheets.getItem(args.worksheetId).load('name');
              await ctx.sync();
              return w.name;
            });
            cb(name);
          } catch (e) {
            onError(e);
          }
        });
        await context.sync();
        return async () => {
          result.remove();
          await context.sync();
        };
      }),
  };
}

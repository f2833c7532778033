import { runExcel, runIn } from './run';

/**
 * Sheets whose panes the add-in just froze. Freezing panes of a sheet that is not active raises
 * onActivated for it although it does not become active (OfficeDev/office-js#3148), so those
 * events are the add-in's own and are dropped; a mark lapses after a few seconds.
 */
export class OwnFreezes {
  private marks: { sheet: string; until: number }[] = [];

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly ttlMs = 5000,
  ) {}

  mark(sheet: string): void {
    this.marks.push({ sheet, until: this.now() + this.ttlMs });
  }

  /** Whether an activation of `sheet` is the echo of a freeze (and forgets that freeze). */
  consume(sheet: string | undefined): boolean {
    const t = this.now();
    this.marks = this.marks.filter((m) => m.until >= t);
    const i = this.marks.findIndex((m) => m.sheet === sheet);
    if (i < 0) return false;
    this.marks.splice(i, 1);
    return true;
  }
}

/**
 * Calls `cb` with the sheet the user is on whenever Excel says a sheet was activated
 * (WorksheetCollection.onActivated, ExcelApi 1.7): the active sheet is asked for rather than the
 * event's sheet taken on trust, and the echoes of the add-in's own freezes are dropped. Resolves
 * to a function that removes the handler through its own context.
 */
export async function watchActivation(
  cb: (sheet: string) => void,
  freezes: OwnFreezes,
  onError: (e: unknown) => void,
): Promise<() => Promise<void>> {
  return runExcel(async (context) => {
    const result = context.workbook.worksheets.onActivated.add(async (args) => {
      try {
        const seen = await runExcel(async (ctx) => {
          const named = ctx.workbook.worksheets.getItemOrNullObject(args.worksheetId).load('name');
          const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
          await ctx.sync();
          return { named: named.isNullObject ? undefined : named.name, active: active.name };
        });
        if (freezes.consume(seen.named)) return;
        cb(seen.active);
      } catch (e) {
        onError(e);
      }
    });
    await context.sync();
    return async () => {
      await runIn(context, async (c) => {
        result.remove();
        await c.sync();
      });
    };
  });
}

import type { InsertProgress, InsertResult } from '../../app/port';
import type { WorkbookPlan } from '../../core/plan/types';
import { layoutKey } from './cells';
import type { OwnWrites } from './own-writes';
import { hideColumns, printLayout } from './print';
import { dropAside, rollBack, setAside } from './replace';
import { opBytes, RequestBudget } from './request-size';
import { freeze, writeCells, writeLayout } from './sheet-writer';

export interface WriteOptions {
  readonly replace: readonly string[];
  /** Keep each request under this many bytes as office.js sends it (Excel on the web refuses 5 MB). */
  readonly maxRequestBytes: number;
  /** ExcelApi 1.9: page layout. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.10: Worksheet.copy, so sheets of one layout are copied, not written again. */
  readonly copySheets: boolean;
  readonly own: OwnWrites;
  /** Called with each sheet whose panes are frozen: Excel may report it as activated (#3148). */
  readonly onFreeze?: (sheet: string) => void;
  readonly onProgress?: (p: InsertProgress) => void;
}

export interface Written {
  readonly result: InsertResult;
  /** Sheet name → worksheet id, for every sheet written: the add-in finds them by id afterwards. */
  readonly ids: ReadonlyMap<string, string>;
}

const STEPS = 3;
const same = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Sheet names of the plan that already exist (one sync). */
export async function findClashes(context: Excel.RequestContext, plan: WorkbookPlan): Promise<string[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const existing = sheets.items.map((s) => s.name);
  return plan.sheets.map((s) => s.name).filter((n) => existing.some((e) => same(e, n)));
}

/**
 * Writes a whole plan in three syncs when it fits the request budget: (1) look for clashes,
 * (2) set replaced sheets aside, add every sheet (copying sheets of one layout where the host
 * can), then write cells, so every formula is written after the sheets it points at, (3) print
 * layout, protection, visibility, names, drop the sheets set aside, read back the new ids. A
 * request that would pass the budget is split with an extra sync.
 */
export async function writePlan(context: Excel.RequestContext, plan: WorkbookPlan, o: WriteOptions): Promise<Written> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  const existing = sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility) }));
  const clashes = plan.sheets.map((s) => s.name).filter((n) => existing.some((e) => same(e.name, n)));
  const blocking = clashes.filter((c) => !o.replace.some((r) => same(r, c)));
  if (blocking.length > 0) return { result: { clashes: blocking, inserted: [] }, ids: new Map() };
  o.onProgress?.({ step: 1, steps: STEPS });
  const budget = new RequestBudget(o.maxRequestBytes, () => context.sync());
  const current = clashes.map((c) => existing.find((e) => same(e.name, c))?.name ?? c);
  const aside = setAside(
    context,
    existing.map((e) => e.name),
    current,
  );
  await budget.add(current.length * opBytes(3, 'kaohe-old-1'));
  try {
    const added = await addSheets(context, plan, o, budget);
    await budget.add(opBytes(2));
    context.application.suspendApiCalculationUntilNextSync();
    for (const [i, sheet] of plan.sheets.entries()) {
      const w = added[i] as Excel.Worksheet;
      await writeCells(w, sheet, budget, o.own);
      if (sheet.freeze) {
        o.onFreeze?.(sheet.name);
        freeze(w, sheet.freeze);
      }
    }
    await context.sync();
    budget.reset();
    o.onProgress?.({ step: 2, steps: STEPS });
    for (const [i, sheet] of plan.sheets.entries()) {
      const w = added[i] as Excel.Worksheet;
      if (o.pageLayout) await budget.add(printLayout(w, sheet));
      if (sheet.protect) {
        await budget.add(opBytes(3, {}));
        w.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
      }
      if (sheet.visibility !== 'visible') w.visibility = sheet.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
      w.load('id,name');
    }
    for (const n of plan.names) context.workbook.names.add(n.name, n.ref.startsWith('=') ? n.ref : `=${n.ref}`);
    const first = plan.sheets.findIndex((s) => s.kind === 'unit');
    added[first >= 0 ? first : 0]?.activate();
    const veryHidden = new Set(existing.filter((e) => e.visibility === 'VeryHidden').map((e) => e.name));
    dropAside(context, aside, veryHidden);
    await context.sync();
    o.onProgress?.({ step: 3, steps: STEPS });
    return {
      result: { clashes: [], inserted: plan.sheets.map((s) => s.name) },
      ids: new Map(added.map((w, i) => [plan.sheets[i]?.name ?? '', w.id])),
    };
  } catch (e) {
    await rollBack(
      context,
      plan.sheets.map((s) => s.name),
      aside,
    ).catch(() => undefined);
    throw e;
  }
}

/**
 * Adds every sheet of the plan with its layout. With Worksheet.copy (ExcelApi 1.10) the first
 * sheet of each layout is a template the others copy; without it each sheet is laid out anew.
 */
async function addSheets(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  o: WriteOptions,
  budget: RequestBudget,
): Promise<Excel.Worksheet[]> {
  const ws = context.workbook.worksheets;
  const templates = new Map<string, Excel.Worksheet>();
  const added: Excel.Worksheet[] = [];
  for (const sheet of plan.sheets) {
    const key = layoutKey(sheet);
    const template = o.copySheets ? templates.get(key) : undefined;
    let w: Excel.Worksheet;
    if (template) {
      await budget.add(opBytes(3, sheet.name) * 2);
      w = template.copy('End');
      w.name = sheet.name;
    } else {
      await budget.add(opBytes(2, sheet.name));
      w = ws.add(sheet.name);
      await writeLayout(w, sheet, budget);
      await budget.add(hideColumns(w, sheet));
      templates.set(key, w);
    }
    added.push(w);
  }
  return added;
}

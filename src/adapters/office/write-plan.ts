import type { ConditionalPlan, SheetPlan, ValidationPlan, WorkbookPlan } from '../../core/plan/types';
import type { InsertProgress, InsertResult } from '../../app/port';
import { cellBlocks, formatRuns, layoutKey } from './cells';
import { conditionalLooks, looks, widthPoints } from './styles';
import { colLetter } from '../../core/plan/grid';
import type { OwnWrites } from './own-writes';

export interface WriteOptions {
  readonly replace: readonly string[];
  /** Keep each request under this many bytes (Excel on the web refuses 5 MB and more). */
  readonly maxRequestBytes: number;
  /** ExcelApi 1.9: page layout. */
  readonly pageLayout: boolean;
  readonly own: OwnWrites;
  readonly onProgress?: (p: InsertProgress) => void;
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
 * Writes a whole plan in three syncs whatever the number of units: (1) look for clashes,
 * (2) add sheets and write cells, formats and checks, (3) protect, hide, name, and read back ids.
 * A request that would pass `maxRequestBytes` is split with an extra sync, which a plan reaches
 * only with thousands of distinct sheets, since sheets of one layout are copied, not re-sent.
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  o: WriteOptions,
): Promise<InsertResult> {
  const clashes = await findClashes(context, plan);
  const blocking = clashes.filter((c) => !o.replace.some((r) => same(r, c)));
  if (blocking.length > 0) return { clashes: blocking, inserted: [] };
  o.onProgress?.({ step: 1, steps: STEPS });
  const ws = context.workbook.worksheets;
  for (const name of clashes) {
    const old = ws.getItem(name);
    old.visibility = 'Visible';
    old.delete();
  }
  context.application.suspendApiCalculationUntilNextSync();
  let bytes = 0;
  const spend = async (n: number): Promise<void> => {
    if (bytes > 0 && bytes + n > o.maxRequestBytes) {
      await context.sync();
      bytes = 0;
    }
    bytes += n;
  };
  const templates = new Map<string, Excel.Worksheet>();
  const added: Excel.Worksheet[] = [];
  for (const sheet of plan.sheets) {
    const key = layoutKey(sheet);
    const template = templates.get(key);
    let w: Excel.Worksheet;
    if (template) {
      w = template.copy('End');
      w.name = sheet.name;
      await spend(300);
    } else {
      w = ws.add(sheet.name);
      await spend(writeLayout(w, sheet));
      templates.set(key, w);
    }
    added.push(w);
    for (const block of cellBlocks(sheet, Math.min(o.maxRequestBytes / 2, 1_000_000))) {
      await spend(block.bytes);
      w.getRange(block.address).formulas = block.formulas;
      o.own.mark(sheet.name, block.address);
    }
    if (sheet.freeze) freeze(w, sheet.freeze);
  }
  await context.sync();
  o.onProgress?.({ step: 2, steps: STEPS });
  plan.sheets.forEach((sheet, i) => {
    const w = added[i];
    if (!w) return;
    if (o.pageLayout) printLayout(w, sheet);
    if (sheet.protect) w.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
    if (sheet.visibility === 'veryHidden') w.visibility = 'VeryHidden';
    else if (sheet.visibility === 'hidden') w.visibility = 'Hidden';
  });
  for (const n of plan.names) {
    context.workbook.names.add(n.name, n.ref.startsWith('=') ? n.ref : `=${n.ref}`);
  }
  const first = plan.sheets.findIndex((s) => s.kind === 'unit');
  added[first >= 0 ? first : 0]?.activate();
  await context.sync();
  o.onProgress?.({ step: 3, steps: STEPS });
  return { clashes: [], inserted: plan.sheets.map((s) => s.name) };
}

/** Formats, merges, widths and checks of a sheet; returns the request bytes it adds. */
function writeLayout(w: Excel.Worksheet, sheet: SheetPlan): number {
  let ops = 0;
  sheet.columnWidths.forEach((chars, i) => {
    const col = colLetter(i + 1);
    w.getRange(`${col}:${col}`).format.columnWidth = widthPoints(chars);
    ops++;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    w.getRange(`${row}:${row}`).format.rowHeight = height;
    ops++;
  }
  for (const run of formatRuns(sheet)) {
    const r = w.getRange(run.address);
    const look = run.cell.style ? looks[run.cell.style] : {};
    if (look.fill) r.format.fill.color = look.fill;
    if (look.bold) r.format.font.bold = true;
    if (look.size) r.format.font.size = look.size;
    if (look.color) r.format.font.color = look.color;
    if (look.wrap) r.format.wrapText = true;
    if (look.align) r.format.horizontalAlignment = look.align;
    r.format.verticalAlignment = 'Center';
    if (run.cell.numFmt) r.numberFormat = [Array.from({ length: run.width }, () => run.cell.numFmt ?? 'General')];
    if (run.cell.unlocked) r.format.protection.locked = false;
    ops += 4;
  }
  for (const m of sheet.merges) {
    w.getRange(m).merge(false);
    ops++;
  }
  for (const v of sheet.validations) {
    validation(w.getRange(v.range), v);
    ops += 3;
  }
  for (const c of sheet.conditionals) {
    conditional(w.getRange(c.range), c);
    ops += 3;
  }
  return ops * 250;
}

function validation(r: Excel.Range, v: ValidationPlan): void {
  if (v.type === 'list') {
    r.dataValidation.rule = { list: { inCellDropDown: true, source: (v.list ?? []).join(',') } };
  } else {
    const basic: Excel.BasicDataValidation =
      v.max !== undefined
        ? { formula1: v.min ?? 0, formula2: v.max, operator: 'Between' }
        : { formula1: v.min ?? 0, operator: 'GreaterThanOrEqualTo' };
    r.dataValidation.rule = v.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
  }
  r.dataValidation.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
  r.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.error };
}

function conditional(r: Excel.Range, c: ConditionalPlan): void {
  if (c.type === 'expression') {
    const cf = r.conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${c.formula}`;
    const look = conditionalLooks[c.look];
    cf.custom.format.fill.color = look.fill;
    cf.custom.format.font.color = look.font;
  } else if (c.type === 'dataBar') {
    const cf = r.conditionalFormats.add('DataBar');
    cf.dataBar.positiveFormat.fillColor = c.color;
  } else {
    const cf = r.conditionalFormats.add('ColorScale');
    const [lo, mid, hi] = c.colors;
    cf.colorScale.criteria = {
      minimum: { formula: '', type: 'LowestValue', color: lo },
      midpoint: { formula: '50', type: 'Percentile', color: mid },
      maximum: { formula: '', type: 'HighestValue', color: hi },
    };
  }
}

function freeze(w: Excel.Worksheet, f: NonNullable<SheetPlan['freeze']>): void {
  if (f.rows > 0 && f.columns > 0) w.freezePanes.freezeAt(`A1:${colLetter(f.columns)}${f.rows}`);
  else if (f.rows > 0) w.freezePanes.freezeRows(f.rows);
  else if (f.columns > 0) w.freezePanes.freezeColumns(f.columns);
}

function printLayout(w: Excel.Worksheet, sheet: SheetPlan): void {
  w.pageLayout.orientation = sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (sheet.print.fitToWidth) w.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.print.repeatRows) w.pageLayout.setPrintTitleRows(`$${sheet.print.repeatRows.replace(':', ':$')}`);
}

import { colLetter } from '../../core/plan/grid';
import type { ConditionalPlan, SheetPlan, ValidationPlan } from '../../core/plan/types';
import { borderBlocks, cellBlocks, formatRuns } from './cells';
import type { OwnWrites } from './own-writes';
import { opBytes, PATH_STEP_BYTES, type RequestBudget } from './request-size';
import { borderProps, conditionalProps, type FormatProp, formatProps, htmlColour, widthPoints } from './styles';

/**
 * One planned sheet written through office.js: its layout (widths, heights, formats, merges,
 * checks) and its cells, each operation counted against the request budget before it is queued.
 */

/**
 * Sets format properties (`font.bold`, `borders.EdgeTop.style` …) under an object's `format`,
 * each API object fetched once, as office.js then sends it once; returns the request bytes.
 */
function setProps(target: object, props: readonly FormatProp[]): number {
  const objects = new Map<string, Record<string, unknown>>();
  let bytes = 0;
  const objectAt = (path: string): Record<string, unknown> => {
    if (path === '') return target as Record<string, unknown>;
    const hit = objects.get(path);
    if (hit) return hit;
    const dot = path.lastIndexOf('.');
    const parent = objectAt(dot < 0 ? '' : path.slice(0, dot));
    const step = path.slice(dot + 1);
    const o = /^(Edge|Inside)/.test(step)
      ? (parent as { getItem: (k: string) => Record<string, unknown> }).getItem(step)
      : (parent[step] as Record<string, unknown>);
    objects.set(path, o);
    bytes += PATH_STEP_BYTES;
    return o;
  };
  for (const [path, value] of props) {
    const dot = path.lastIndexOf('.');
    objectAt(dot < 0 ? '' : path.slice(0, dot))[path.slice(dot + 1)] = value;
    bytes += opBytes(0, value);
  }
  return bytes;
}

/** Widths, heights, formats, merges, validation and conditional formats of a sheet. */
export async function writeLayout(w: Excel.Worksheet, sheet: SheetPlan, budget: RequestBudget): Promise<void> {
  for (const [i, chars] of sheet.columnWidths.entries()) {
    await budget.add(opBytes(3, 0));
    const col = colLetter(i + 1);
    w.getRange(`${col}:${col}`).format.columnWidth = widthPoints(chars);
  }
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    await budget.add(opBytes(3, 0));
    w.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  for (const block of borderBlocks(sheet)) {
    const props = borderProps(block.width > 1, block.height > 1);
    await budget.add(opBytes(2) + 8 * PATH_STEP_BYTES + props.length * opBytes(0, 'Continuous'));
    setProps(w.getRange(block.address).format, props);
  }
  for (const run of formatRuns(sheet)) {
    const props = run.cell.style ? formatProps(run.cell.style) : [];
    // The estimate before queuing: a range and its format, each sub-object, each property.
    await budget.add(opBytes(2) + 4 * PATH_STEP_BYTES + props.length * opBytes(0, '#FFFFFF') + opBytes(4));
    const r = w.getRange(run.address);
    setProps(r.format, props);
    const numFmt = run.cell.numFmt;
    if (numFmt)
      r.numberFormat = Array.from({ length: run.height }, () => Array.from({ length: run.width }, () => numFmt));
    if (run.cell.unlocked) r.format.protection.locked = false;
  }
  for (const m of sheet.merges) {
    await budget.add(opBytes(2, [false]));
    w.getRange(m).merge(false);
  }
  for (const v of sheet.validations) {
    await budget.add(opBytes(3, v) * 2);
    validation(w.getRange(v.range), v);
  }
  for (const c of sheet.conditionals) {
    await budget.add(opBytes(5, c) * 3);
    conditional(w.getRange(c.range), c);
  }
}

/** The sheet's cells in row blocks, each a `range.formulas` write, marked as the add-in's own. */
export async function writeCells(
  w: Excel.Worksheet,
  sheet: SheetPlan,
  budget: RequestBudget,
  own: OwnWrites,
): Promise<void> {
  for (const block of cellBlocks(sheet, Math.min(budget.limit / 2, 1_000_000))) {
    await budget.add(block.bytes);
    w.getRange(block.address).formulas = block.formulas;
    own.mark(sheet.name, block.address);
  }
}

function validation(r: Excel.Range, v: ValidationPlan): void {
  if (v.type === 'list') {
    // A list longer than Excel's 255 characters comes from cells the plan wrote (`source`).
    r.dataValidation.rule = { list: { inCellDropDown: true, source: v.source ?? (v.list ?? []).join(',') } };
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
    setProps(cf.custom.format, conditionalProps(c.look));
  } else if (c.type === 'dataBar') {
    r.conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = htmlColour(c.color);
  } else {
    const cf = r.conditionalFormats.add('ColorScale');
    const [lo, mid, hi] = c.colors.map(htmlColour);
    // ConditionalColorScaleCriterion.formula: "A number, a formula, or null (if type is
    // lowestValue)"; the typings say string, the reference sample passes null.
    const none = null as unknown as string;
    cf.colorScale.criteria = {
      minimum: { formula: none, type: 'LowestValue', color: lo ?? '#FFFFFF' },
      midpoint: { formula: '50', type: 'Percentile', color: mid ?? '#FFFFFF' },
      maximum: { formula: none, type: 'HighestValue', color: hi ?? '#FFFFFF' },
    };
  }
}

/** Frozen header rows and columns (ExcelApi 1.7). */
export function freeze(w: Excel.Worksheet, f: NonNullable<SheetPlan['freeze']>): void {
  if (f.rows > 0 && f.columns > 0) w.freezePanes.freezeAt(`A1:${colLetter(f.columns)}${f.rows}`);
  else if (f.rows > 0) w.freezePanes.freezeRows(f.rows);
  else if (f.columns > 0) w.freezePanes.freezeColumns(f.columns);
}

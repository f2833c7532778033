import type ExcelJS from 'exceljs';
import { newWorkbook } from './excel';
import { PAGE_MARGINS } from '../../core/plan/paper';
import type { CellPlan, SheetPlan, WorkbookPlan } from '../../core/plan/types';
import { exceljsPrintArea } from './page-setup';
import { conditionalStyle, look } from './styles';

/** Cached results to store with formulas (engine values), by sheet then address. */
export type Results = ReadonlyMap<string, ReadonlyMap<string, string | number | boolean | null>>;

/** Builds an ExcelJS workbook from a plan. Constants stay constants: text is never a formula. */
export async function planToWorkbook(plan: WorkbookPlan, results?: Results): Promise<ExcelJS.Workbook> {
  const wb = newWorkbook();
  wb.creator = 'kaohe 考核计分助手';
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) await writeSheet(wb, sheet, results?.get(sheet.name));
  for (const n of plan.names) wb.definedNames.add(n.ref, n.name);
  return wb;
}

export async function writeXlsx(plan: WorkbookPlan, results?: Results): Promise<Uint8Array> {
  const wb = await planToWorkbook(plan, results);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function cellValue(c: CellPlan, result: string | number | boolean | null | undefined): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const formula = c.formula.replace(/^=/, '');
    return result === undefined || result === null ? { formula } : ({ formula, result } as ExcelJS.CellFormulaValue);
  }
  return c.value === undefined ? null : c.value;
}

/** Adds one planned sheet to a workbook (also used to put a notice into a workbook read back). */
export async function writeSheet(
  wb: ExcelJS.Workbook,
  p: SheetPlan,
  results: ReadonlyMap<string, string | number | boolean | null> | undefined,
): Promise<void> {
  const ws = wb.addWorksheet(p.name, {
    state: p.visibility,
    views: p.freeze ? [{ state: 'frozen', ySplit: p.freeze.rows, xSplit: p.freeze.columns }] : [],
    pageSetup: {
      paperSize: 9,
      orientation: p.print.orientation,
      // Fit-to-page makes Excel ignore manual page breaks; sheets that break by hand print at 100 %.
      ...(p.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
      ...(p.print.repeatRows ? { printTitlesRow: p.print.repeatRows } : {}),
      ...(p.print.printArea ? { printArea: exceljsPrintArea(p.print.printArea) } : {}),
      horizontalCentered: true,
      margins: { ...PAGE_MARGINS },
    },
  });
  if (p.kind !== 'store') ws.headerFooter.oddFooter = '&C第 &P 页，共 &N 页';
  if (p.print.header) ws.headerFooter.oddHeader = `&C${p.print.header.replace(/&/g, '&&')}`;
  else if (p.print.sheetNameHeader) ws.headerFooter.oddHeader = '&C&A';
  p.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of p.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  for (const r of p.print.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  for (const [row, h] of Object.entries(p.rowHeights)) ws.getRow(Number(row)).height = h;
  const styled = new Map<string, CellPlan>();
  for (const c of p.cells) {
    const cell = ws.getCell(c.address);
    cell.value = cellValue(c, results?.get(c.address));
    styled.set(c.address, c);
    applyLook(cell, c);
  }
  for (const m of p.merges) {
    ws.mergeCells(m);
    const [from] = m.split(':');
    const master = styled.get(from ?? '');
    if (!master) continue;
    // Borders and fills must be on every cell of a merged block to show on all sides.
    forEachCell(m, (a) => {
      if (a !== from) applyLook(ws.getCell(a), { ...master, address: a });
    });
  }
  for (const v of p.validations) {
    const formulae =
      v.type === 'list'
        ? [v.source ? v.source.replace(/^=/, '') : `"${(v.list ?? []).join(',')}"`]
        : v.max !== undefined
          ? [v.min ?? 0, v.max]
          : [v.min ?? 0];
    const dv: ExcelJS.DataValidation = {
      type: v.type,
      allowBlank: true,
      operator: v.type === 'list' ? (undefined as never) : v.max !== undefined ? 'between' : 'greaterThanOrEqual',
      formulae,
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.errorTitle,
      error: v.error,
    };
    forEachCell(v.range, (a) => (ws.getCell(a).dataValidation = dv));
  }
  p.conditionals.forEach((cf, i) => {
    const priority = i + 1;
    if (cf.type === 'expression') {
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [{ type: 'expression', priority, formulae: [cf.formula], style: conditionalStyle(cf.look) }],
      });
    } else if (cf.type === 'dataBar') {
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [
          {
            type: 'dataBar',
            priority,
            cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
            color: { argb: cf.color },
            gradient: true,
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
    } else {
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [
          {
            type: 'colorScale',
            priority,
            cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
            color: cf.colors.map((argb) => ({ argb })),
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
    }
  });
  if (p.protect) {
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

function applyLook(cell: ExcelJS.Cell, c: CellPlan): void {
  if (c.style !== undefined) {
    const l = look(c.style);
    cell.font = l.font;
    cell.alignment = l.alignment;
    if (l.border) cell.border = l.border;
    if (l.fill) cell.fill = l.fill;
  }
  if (c.numFmt) cell.numFmt = c.numFmt;
  if (c.unlocked) cell.protection = { locked: false };
}

/** Calls fn for every address of an A1 range (`G7` or `G7:H9`). */
export function forEachCell(range: string, fn: (address: string) => void): void {
  const [a, b = a] = range.split(':');
  const p = (x: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(x.replace(/\$/g, ''));
    if (!m) throw new Error(`bad address ${x}`);
    return [[...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), Number(m[2])];
  };
  const [c0, r0] = p(a ?? '');
  const [c1, r1] = p(b ?? '');
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) fn(`${letters(c)}${r}`);
}

function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

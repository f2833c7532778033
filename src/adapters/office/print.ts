import { colLetter } from '../../core/plan/grid';
import type { SheetPlan } from '../../core/plan/types';
import { opBytes } from './request-size';
import { widthPoints } from './styles';

/**
 * The print layout the .xlsx writer gives a sheet (src/adapters/xlsx/write.ts): A4, orientation,
 * margins, centred, repeated heading rows, page header and footer, a break before each unit of a
 * notice, hidden columns, one page wide. Page layout is ExcelApi 1.9; hidden columns 1.2.
 */

// The .xlsx writer's margins, in inches; pageLayout takes points.
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
const A4 = { portrait: 8.27 * 72, landscape: 11.69 * 72 };
export const FOOTER = '第 &P 页，共 &N 页';

/**
 * The percentage that puts every visible column on one page. Setting fit-to-pages in
 * pageLayout.zoom is not applied unless the Page Layout tab is selected (OfficeDev/office-js#1860),
 * while a percentage `scale` is; so the add-in sets this scale first and then asks for fit to one
 * page wide: where Excel keeps the fit, it wins; where it drops it, the scale still fits the width.
 */
export function fitScale(sheet: SheetPlan): number {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const width = sheet.columnWidths.reduce((n, w, i) => n + (hidden.has(i + 1) ? 0 : widthPoints(w)), 0);
  const page = A4[sheet.print.orientation] - (MARGINS.left + MARGINS.right) * 72;
  return Math.max(10, Math.min(100, Math.floor((page / Math.max(width, 1)) * 100)));
}

/** Columns the plan keeps hidden (the notice's row keys): ExcelApi 1.2. Returns the request bytes. */
export function hideColumns(w: Excel.Worksheet, sheet: SheetPlan): number {
  for (const c of sheet.hiddenColumns ?? []) w.getRange(`${colLetter(c)}:${colLetter(c)}`).columnHidden = true;
  return (sheet.hiddenColumns ?? []).length * opBytes(2, true);
}

/** The page setup of a sheet (ExcelApi 1.9). Returns the request bytes it adds. */
export function printLayout(w: Excel.Worksheet, sheet: SheetPlan): number {
  const pl = w.pageLayout;
  pl.orientation = sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.paperSize = 'A4';
  pl.centerHorizontally = true;
  pl.leftMargin = MARGINS.left * 72;
  pl.rightMargin = MARGINS.right * 72;
  pl.topMargin = MARGINS.top * 72;
  pl.bottomMargin = MARGINS.bottom * 72;
  pl.headerMargin = MARGINS.header * 72;
  pl.footerMargin = MARGINS.footer * 72;
  let ops = 10;
  if (sheet.print.fitToWidth) {
    pl.zoom = { scale: fitScale(sheet) };
    pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ops += 2;
  }
  if (sheet.print.repeatRows) {
    pl.setPrintTitleRows(`$${sheet.print.repeatRows.replace(':', ':$')}`);
    ops++;
  }
  const hf = pl.headersFooters.defaultForAllPages;
  if (sheet.print.header) {
    hf.centerHeader = sheet.print.header.replace(/&/g, '&&');
    ops++;
  } else if (sheet.print.sheetNameHeader) {
    hf.centerHeader = '&A';
    ops++;
  }
  if (sheet.kind !== 'store') {
    hf.centerFooter = FOOTER;
    ops++;
  }
  // ExcelJS's addPageBreak on row r breaks after it; office.js adds a break before a range.
  for (const r of sheet.print.rowBreaks ?? []) {
    w.horizontalPageBreaks.add(`A${r + 1}`);
    ops++;
  }
  return ops * opBytes(4, 'A4');
}

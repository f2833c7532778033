import type ExcelJS from 'exceljs';
import { sheetXml } from './protection';

/**
 * Each sheet's manual row breaks as written in the package (`<rowBreaks><brk id="16"/>…`: a break
 * after row 16), by sheet name. ExcelJS reads none of them, so a workbook it saves again would lose
 * the breaks that keep each item of a unit sheet on one page.
 */
export function rawRowBreaks(data: Uint8Array): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [name, xml] of sheetXml(data)) {
    const block = /<(?:\w+:)?rowBreaks\b[^>]*>([\s\S]*?)<\/(?:\w+:)?rowBreaks>/.exec(xml)?.[1] ?? '';
    const rows = [...block.matchAll(/<(?:\w+:)?brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
    if (rows.length) out.set(name, rows);
  }
  return out;
}

/** Gives an ExcelJS workbook back the row breaks its file had, so saving it keeps them. */
export function applyRowBreaks(wb: ExcelJS.Workbook, raw: ReadonlyMap<string, readonly number[]>): void {
  for (const ws of wb.worksheets) {
    const rows = raw.get(ws.name);
    // In ExcelJS's worksheet, though not in its typings; written back as <brk id max man/>.
    const breaks = (ws as unknown as { rowBreaks: Partial<ExcelJS.RowBreak>[] }).rowBreaks;
    if (!rows || breaks.length) continue;
    for (const id of rows) breaks.push({ id, max: 16383, man: 1 });
  }
}

/**
 * A print area as ExcelJS must be given it to write `$A$1:$G$56`: it puts a `$` before each end and
 * nothing before the rows, and reads `$A$1:$G$56` back as `A1:G56`; `$A1:$G56` is a print area that
 * LibreOffice ignores (it prints the whole sheet).
 */
export const exceljsPrintArea = (area: string): string =>
  area
    .replace(/\$/g, '')
    .split('&&')
    .map((r) => r.replace(/([A-Z]+)(\d+)/g, '$1$$$2'))
    .join('&&');

/** Makes every sheet's print area absolute again before ExcelJS writes a workbook it read. */
export function fixPrintAreas(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const area = ws.pageSetup.printArea;
    if (area) ws.pageSetup.printArea = exceljsPrintArea(area);
  }
}

/** Sets unit sheets' row heights and page breaks (after 扣分依据 are written: see reasons.ts). */
export function applyPages(
  wb: ExcelJS.Workbook,
  pages: readonly {
    readonly sheet: string;
    readonly rowHeights: Readonly<Record<number, number>>;
    readonly rowBreaks: readonly number[];
  }[],
): void {
  for (const p of pages) {
    const ws = wb.getWorksheet(p.sheet);
    if (!ws) continue;
    for (const [row, h] of Object.entries(p.rowHeights)) ws.getRow(Number(row)).height = h;
    const breaks = (ws as unknown as { rowBreaks: Partial<ExcelJS.RowBreak>[] }).rowBreaks;
    breaks.splice(0, breaks.length, ...p.rowBreaks.map((id) => ({ id, max: 16383, man: 1 })));
  }
}

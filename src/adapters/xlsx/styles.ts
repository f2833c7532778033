import type ExcelJS from 'exceljs';
import type { CellStyle, ConditionalPlan } from '../../core/plan/types';

/** The named looks of a plan as ExcelJS styles. Fonts name a CJK face every office has. */
const FONT = '宋体';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const wrap = (h: ExcelJS.Alignment['horizontal'] = 'left'): Partial<ExcelJS.Alignment> => ({
  wrapText: true,
  vertical: 'middle',
  horizontal: h,
});

export interface Look {
  font: Partial<ExcelJS.Font>;
  alignment: Partial<ExcelJS.Alignment>;
  border?: Partial<ExcelJS.Borders>;
  fill?: ExcelJS.Fill;
}

export function look(style: CellStyle | undefined): Look {
  const f = (size: number, bold = false, color?: string): Partial<ExcelJS.Font> => ({
    name: FONT,
    size,
    bold,
    ...(color ? { color: { argb: color } } : {}),
  });
  switch (style) {
    case 'title':
      return { font: f(16, true), alignment: wrap('center') };
    case 'subtitle':
      return { font: f(10, false, 'FF404040'), alignment: wrap('center') };
    case 'label':
      return { font: f(10, true), alignment: wrap('center'), border: box, fill: fill('FFF2F2F2') };
    case 'header':
      return { font: f(10, true), alignment: wrap('center'), border: box, fill: fill('FFD9E1F2') };
    case 'section':
      // Written from the top: a block that runs over a page break shows its name on the page it starts.
      return { font: f(10, true), alignment: { ...wrap('center'), vertical: 'top' }, border: box };
    case 'rule':
      return { font: f(10), alignment: wrap('left'), border: box };
    case 'number':
      return { font: f(10), alignment: wrap('center'), border: box };
    case 'input':
      return { font: f(10, true, 'FF1F3864'), alignment: wrap('center'), border: box, fill: fill('FFFFF2CC') };
    case 'inputText':
      return { font: f(10, false, 'FF1F3864'), alignment: wrap('left'), border: box, fill: fill('FFFFF2CC') };
    case 'formula':
      return { font: f(10), alignment: wrap('center'), border: box };
    case 'subtotal':
      return { font: f(10, true), alignment: wrap('center'), border: box, fill: fill('FFEDEDED') };
    case 'total':
      return { font: f(11, true), alignment: wrap('center'), border: box, fill: fill('FFE2EFDA') };
    case 'grade':
      return { font: f(11, true, 'FF375623'), alignment: wrap('center'), border: box, fill: fill('FFE2EFDA') };
    case 'note':
      return { font: f(9, false, 'FF595959'), alignment: wrap('left'), border: box };
    case 'letter':
      return { font: f(11), alignment: { wrapText: true, vertical: 'top', horizontal: 'left' } };
    case 'signature':
      return { font: f(11), alignment: { vertical: 'middle', horizontal: 'right' } };
    case 'text':
    default:
      return { font: f(10), alignment: wrap('left'), border: box };
  }
}

/** Fills for conditional formats (dxf: background goes in bgColor). */
export function conditionalStyle(
  lookName: Extract<ConditionalPlan, { type: 'expression' }>['look'],
): Partial<ExcelJS.Style> {
  const bg = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', bgColor: { argb } });
  switch (lookName) {
    case 'missing-basis':
      return { fill: bg('FFFFC7CE'), font: { color: { argb: 'FF9C0006' } } };
    case 'bad-entry':
      return { fill: bg('FFFF0000'), font: { color: { argb: 'FFFFFFFF' }, bold: true } };
    case 'overwritten':
      return { fill: bg('FFFFC000') };
    case 'lost':
      return { font: { color: { argb: 'FFC00000' }, bold: true } };
  }
}

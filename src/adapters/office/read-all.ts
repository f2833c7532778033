import type { CellValue, GridSheet } from '../../app/port';
import { colIndex } from '../../core/plan/grid';

const visibilityOf = (v: string): GridSheet['visibility'] =>
  v === 'VeryHidden' ? 'veryHidden' : v === 'Hidden' ? 'hidden' : 'visible';

/** Where a used range starts: `Sheet1!C3:L60` → row 3, column 3. */
export function originOf(address: string): { row: number; col: number } {
  const m = /!?\$?([A-Z]+)\$?(\d+)(?::|$)/.exec(address.slice(address.lastIndexOf('!') + 1));
  return m ? { row: Number(m[2]), col: colIndex(m[1] ?? 'A') } : { row: 1, col: 1 };
}

/**
 * Reads every sheet's used range (values and formulas) and visibility in two syncs whatever the
 * number of sheets: one for the sheet list, one for all the ranges.
 */
export async function readAllSheets(context: Excel.RequestContext): Promise<GridSheet[]> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(false).load('address,values,formulas'));
  await context.sync();
  return sheets.items.map((ws, i) => {
    const r = used[i];
    const empty = !r || r.isNullObject;
    return {
      name: ws.name,
      visibility: visibilityOf(String(ws.visibility)),
      origin: empty ? { row: 1, col: 1 } : originOf(r.address),
      values: empty ? [] : (r.values as CellValue[][]),
      formulas: empty ? [] : (r.formulas as CellValue[][]),
    };
  });
}

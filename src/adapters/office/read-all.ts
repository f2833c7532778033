import type { CellValue, GridSheet } from '../../app/port';
import { colIndex } from '../../core/plan/grid';
import { boxAddress, parseBox } from './a1';
import { answerBytes, type Part, readParts } from './read-parts';
import { plainValue, shownFormat } from './values';

const visibilityOf = (v: string): GridSheet['visibility'] =>
  v === 'VeryHidden' ? 'veryHidden' : v === 'Hidden' ? 'hidden' : 'visible';

/** Where a used range starts: `Sheet1!C3:L60` → row 3, column 3. */
export function originOf(address: string): { row: number; col: number } {
  const m = /!?\$?([A-Z]+)\$?(\d+)(?::|$)/.exec(address.slice(address.lastIndexOf('!') + 1));
  return m ? { row: Number(m[2]), col: colIndex(m[1] ?? 'A') } : { row: 1, col: 1 };
}

/** Cells per part: a part is a block of rows of one sheet (several parts go in one sync). */
const PART_CELLS = 5000;

interface Rows {
  readonly sheet: number;
  readonly r0: number;
  readonly values: CellValue[][];
  readonly formulas: CellValue[][];
  readonly formats: string[][];
}

function rowsPart(index: number, name: string, c0: number, c1: number, r0: number, r1: number): Part<Rows> {
  return {
    cells: (r1 - r0 + 1) * (c1 - c0 + 1),
    group: index,
    queue: (context) => {
      const range = context.workbook.worksheets
        .getItem(name)
        .getRange(boxAddress({ r0, c0, r1, c1 }))
        .load('values, formulas, numberFormat');
      return () => {
        const forms = range.formulas as CellValue[][];
        const fmts = range.numberFormat as unknown[][];
        const values = (range.values as unknown[][]).map((row, i) =>
          row.map((v, j) => plainValue(v, fmts[i]?.[j]) ?? ''),
        );
        const formats = fmts.map((row) => row.map((f) => shownFormat(f) ?? ''));
        return {
          value: { sheet: index, r0, values, formulas: forms, formats },
          bytes: answerBytes(range.values, forms, fmts),
        };
      };
    },
    ...(r1 > r0
      ? {
          split: () => {
            const mid = Math.floor((r0 + r1) / 2);
            return [rowsPart(index, name, c0, c1, r0, mid), rowsPart(index, name, c0, c1, mid + 1, r1)];
          },
        }
      : {}),
  };
}

/**
 * Reads every sheet's used range (values, formulas and number formats) and visibility: one sync
 * for the sheet list, one for the used ranges' addresses, then blocks of rows in parts, each
 * answer under Excel on the web's 5 MB and five-million-cell limits. Dates and percentages are
 * read as the CLI reads them (values.ts).
 */
export async function readAllSheets(context: Excel.RequestContext): Promise<GridSheet[]> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
  await context.sync();
  const parts: Part<Rows>[] = [];
  const origins = sheets.items.map((ws, i) => {
    const r = used[i];
    const box = r && !r.isNullObject ? parseBox(r.address) : undefined;
    if (!box) return undefined;
    const rows = Math.max(1, Math.floor(PART_CELLS / (box.c1 - box.c0 + 1)));
    for (let r0 = box.r0; r0 <= box.r1; r0 += rows)
      parts.push(rowsPart(i, ws.name, box.c0, box.c1, r0, Math.min(box.r1, r0 + rows - 1)));
    return { row: box.r0, col: box.c0 };
  });
  const read = await readParts(context, parts);
  return sheets.items.map((ws, i) => {
    const mine = read.filter((p) => p.sheet === i).sort((a, b) => a.r0 - b.r0);
    return {
      name: ws.name,
      visibility: visibilityOf(String(ws.visibility)),
      origin: origins[i] ?? { row: 1, col: 1 },
      values: mine.flatMap((p) => p.values),
      formulas: mine.flatMap((p) => p.formulas),
      formats: mine.flatMap((p) => p.formats),
    };
  });
}

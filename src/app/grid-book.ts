import type { AuditBook, AuditCell } from '../core/audit';
import { colIndex } from '../core/plan/grid';
import { parseStore, STORE_SHEET, type StoreData } from '../core/plan';
import type { BookView } from './book';
import type { CellValue, GridSheet } from './port';

const parse = (a: string): [number, number] => {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  return m ? [Number(m[2]), colIndex(m[1] ?? 'A')] : [0, 0];
};

/** A cell of a sheet read whole: a formula when `formulas` holds one, else the value. */
function cellOf(g: GridSheet, address: string): AuditCell {
  const [r, c] = parse(address);
  const i = r - g.origin.row;
  const j = c - g.origin.col;
  const v: CellValue = g.values[i]?.[j] ?? null;
  const f = g.formulas[i]?.[j];
  const value = v === '' ? null : v;
  const fmt = g.formats?.[i]?.[j] ? { numFmt: g.formats[i]?.[j] as string } : {};
  if (typeof f === 'string' && f.startsWith('=')) return { value: null, formula: f, result: value, ...fmt };
  return { value, ...fmt };
}

function storeOfGrid(g: GridSheet | undefined): StoreData | undefined {
  if (!g) return undefined;
  const rows: (string | undefined)[][] = [];
  g.values.forEach((row, i) => {
    const out: (string | undefined)[] = [];
    row.forEach((v, j) => (out[g.origin.col - 1 + j] = v === null || v === '' ? undefined : String(v)));
    rows[g.origin.row - 1 + i] = out;
  });
  return parseStore(Array.from({ length: rows.length }, (_, i) => rows[i] ?? []));
}

/** Sheets read by the add-in, as the audit's book. Hidden rows are not read in the add-in. */
export function auditBookOf(sheets: readonly GridSheet[], file: string): AuditBook {
  const store = sheets.find((s) => s.name === STORE_SHEET);
  return {
    file,
    store: storeOfGrid(store),
    hasStoreSheet: store !== undefined,
    sheets: sheets.map((g) => ({
      name: g.name,
      state: g.visibility,
      hiddenRows: [],
      cell: (a: string) => cellOf(g, a),
    })),
  };
}

/** Sheets read by the add-in, as the book the notice is built from; undefined if not one of ours. */
export function bookViewOf(sheets: readonly GridSheet[]): BookView | undefined {
  const store = storeOfGrid(sheets.find((s) => s.name === STORE_SHEET));
  if (!store) return undefined;
  return {
    store,
    sheetNames: sheets.map((s) => s.name),
    sheet(name) {
      const g = sheets.find((s) => s.name === name);
      return g ? { cell: (a) => cellOf(g, a), lastRow: g.origin.row + g.values.length - 1 } : undefined;
    },
  };
}

import type { CellPlan, SheetPlan } from '../../core/plan/types';
import { looksLikeFormula } from '../../core/engine/entries';
import { type Box, boundingBox, boxAddress, parseBox } from './a1';

/** A block of rows of one sheet, written with one `range.formulas` assignment. */
export interface CellBlock {
  readonly address: string;
  readonly formulas: (string | number | boolean | null)[][];
  /** Rough size of the request this block adds, in bytes. */
  readonly bytes: number;
}

/**
 * What goes into `range.formulas` for one planned cell. Text that Excel would turn into a formula,
 * number or date gets a leading apostrophe, so it stays the text it was.
 */
export function cellInput(c: CellPlan): string | number | boolean | null {
  if (c.formula !== undefined) return c.formula;
  const v = c.value;
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' && (looksLikeFormula(v) || /^[\d\s.,:/%+-]+$/.test(v) || v.startsWith("'"))) return `'${v}`;
  return v;
}

/**
 * The sheet's cells as row blocks over their bounding box, each block under `maxBytes`. Cells the
 * plan does not mention are null, which Excel leaves untouched.
 */
export function cellBlocks(sheet: SheetPlan, maxBytes: number): CellBlock[] {
  const box = boundingBox(sheet.cells.map((c) => c.address));
  if (!box) return [];
  const byAddress = new Map<string, CellPlan>();
  for (const c of sheet.cells) byAddress.set(c.address, c);
  const rows: { r: number; row: (string | number | boolean | null)[]; bytes: number }[] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: (string | number | boolean | null)[] = [];
    for (let c = box.c0; c <= box.c1; c++) {
      const cell = byAddress.get(boxAddress({ r0: r, c0: c, r1: r, c1: c }));
      row.push(cell ? cellInput(cell) : null);
    }
    rows.push({ r, row, bytes: JSON.stringify(row).length * 3 });
  }
  const blocks: CellBlock[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number): void => {
    if (end <= start) return;
    const first = rows[start]?.r ?? box.r0;
    const last = rows[end - 1]?.r ?? box.r1;
    blocks.push({
      address: boxAddress({ r0: first, c0: box.c0, r1: last, c1: box.c1 }),
      formulas: rows.slice(start, end).map((x) => x.row),
      bytes,
    });
    start = end;
    bytes = 0;
  };
  rows.forEach((x, i) => {
    if (bytes > 0 && bytes + x.bytes > maxBytes) flush(i);
    bytes += x.bytes;
  });
  flush(rows.length);
  return blocks;
}

/** A run of neighbouring cells in one row that look the same: one format call covers it. */
export interface FormatRun {
  readonly address: string;
  readonly width: number;
  readonly cell: CellPlan;
}

const lookKey = (c: CellPlan): string => `${c.style ?? ''}|${c.numFmt ?? ''}|${c.unlocked ? 1 : 0}`;

export function formatRuns(sheet: SheetPlan): FormatRun[] {
  const cells = sheet.cells
    .map((c) => ({ c, b: parseBox(c.address) }))
    .filter(
      (x): x is { c: CellPlan; b: Box } =>
        x.b !== undefined && (x.c.style !== undefined || x.c.numFmt !== undefined || x.c.unlocked === true),
    )
    .sort((x, y) => x.b.r0 - y.b.r0 || x.b.c0 - y.b.c0);
  const runs: FormatRun[] = [];
  let cur: { first: Box; last: Box; cell: CellPlan } | undefined;
  const close = (): void => {
    if (!cur) return;
    const b = { r0: cur.first.r0, c0: cur.first.c0, r1: cur.first.r0, c1: cur.last.c0 };
    runs.push({ address: boxAddress(b), width: b.c1 - b.c0 + 1, cell: cur.cell });
  };
  for (const { c, b } of cells) {
    if (cur && cur.last.r0 === b.r0 && cur.last.c0 + 1 === b.c0 && lookKey(cur.cell) === lookKey(c)) {
      cur.last = b;
      continue;
    }
    close();
    cur = { first: b, last: b, cell: c };
  }
  close();
  return runs;
}

/**
 * Sheets whose layout is the same except for cell contents (units of one class) share a key: the
 * writer formats the first and copies it for the rest, so the request stays small for any count.
 */
export function layoutKey(sheet: SheetPlan): string {
  return JSON.stringify([
    sheet.kind,
    sheet.cells.map((c) => [c.address, c.style ?? '', c.numFmt ?? '', c.unlocked ?? false]),
    sheet.merges,
    sheet.columnWidths,
    sheet.rowHeights,
    sheet.validations,
    sheet.conditionals,
  ]);
}

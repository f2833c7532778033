import type { CellPlan, SheetPlan } from '../../core/plan/types';
import { looksLikeFormula } from '../../core/engine/entries';
import { type Box, boundingBox, boxAddress, parseBox } from './a1';
import { opBytes, utf8Length } from './request-size';
import { hasBorder } from './styles';

/** A block of rows of one sheet, written with one `range.formulas` assignment. */
export interface CellBlock {
  readonly address: string;
  readonly formulas: (string | number | boolean | null)[][];
  /** What this block adds to a request, as office.js sends it (request-size.ts). */
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
    rows.push({ r, row, bytes: utf8Length(JSON.stringify(row)) + 1 });
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
      bytes: bytes + opBytes(2),
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

/** A block of cells that look the same: one set of format calls covers it. */
export interface FormatRun {
  readonly address: string;
  readonly width: number;
  readonly height: number;
  readonly cell: CellPlan;
}

const lookKey = (c: CellPlan): string => `${c.style ?? ''}|${c.numFmt ?? ''}|${c.unlocked ? 1 : 0}`;
const looksOf = (c: CellPlan): boolean => c.style !== undefined || c.numFmt !== undefined || c.unlocked === true;

/**
 * Runs of neighbouring planned cells in a row with the same look, then every merged block with
 * its first cell's look: the .xlsx writer styles each cell of a merge (borders and fills must be
 * on every cell to show on all sides), so the add-in formats the whole block the same way.
 */
export function formatRuns(sheet: SheetPlan): FormatRun[] {
  const cells = sheet.cells
    .map((c) => ({ c, b: parseBox(c.address) }))
    .filter((x): x is { c: CellPlan; b: Box } => x.b !== undefined && looksOf(x.c))
    .sort((x, y) => x.b.r0 - y.b.r0 || x.b.c0 - y.b.c0);
  const runs: FormatRun[] = [];
  let cur: { first: Box; last: Box; cell: CellPlan } | undefined;
  const close = (): void => {
    if (!cur) return;
    const b = { r0: cur.first.r0, c0: cur.first.c0, r1: cur.first.r0, c1: cur.last.c0 };
    runs.push({ address: boxAddress(b), width: b.c1 - b.c0 + 1, height: 1, cell: cur.cell });
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
  const byAddress = new Map(sheet.cells.map((c) => [c.address, c]));
  for (const m of sheet.merges) {
    const b = parseBox(m);
    const master = byAddress.get(m.split(':')[0] ?? '');
    if (!b || !master || !looksOf(master)) continue;
    runs.push({ address: m, width: b.c1 - b.c0 + 1, height: b.r1 - b.r0 + 1, cell: master });
  }
  return stack(runs);
}

/** A block of cells drawn with the table's thin box. */
export interface BorderBlock {
  readonly address: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The bordered cells (every cell of a merge with a bordered first cell too, as the .xlsx writer
 * styles them) as few rectangles as runs per row stacked down the rows allow: one set of border
 * calls per rectangle instead of one per cell run.
 */
export function borderBlocks(sheet: SheetPlan): BorderBlock[] {
  const on = new Set<string>();
  const byAddress = new Map(sheet.cells.map((c) => [c.address, c]));
  for (const c of sheet.cells) if (hasBorder(c.style)) on.add(c.address);
  for (const m of sheet.merges) {
    const b = parseBox(m);
    if (!b || !hasBorder(byAddress.get(m.split(':')[0] ?? '')?.style)) continue;
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++) on.add(boxAddress({ r0: r, c0: c, r1: r, c1: c }));
  }
  const box = boundingBox(on);
  if (!box) return [];
  const rows: FormatRun[] = [];
  const plain: CellPlan = { address: '' };
  for (let r = box.r0; r <= box.r1; r++) {
    let c = box.c0;
    while (c <= box.c1) {
      if (!on.has(boxAddress({ r0: r, c0: c, r1: r, c1: c }))) {
        c++;
        continue;
      }
      const c0 = c;
      while (c + 1 <= box.c1 && on.has(boxAddress({ r0: r, c0: c + 1, r1: r, c1: c + 1 }))) c++;
      rows.push({ address: boxAddress({ r0: r, c0, r1: r, c1: c }), width: c - c0 + 1, height: 1, cell: plain });
      c++;
    }
  }
  return stack(rows).map(({ address, width, height }) => ({ address, width, height }));
}

/** Runs over the same columns in consecutive rows, looking the same, become one block. */
function stack(runs: readonly FormatRun[]): FormatRun[] {
  const open = new Map<string, { box: Box; run: FormatRun }>();
  const out: FormatRun[] = [];
  const flush = (k: string): void => {
    const o = open.get(k);
    if (!o) return;
    out.push({ ...o.run, address: boxAddress(o.box), height: o.box.r1 - o.box.r0 + 1 });
    open.delete(k);
  };
  const ordered = runs
    .map((run) => ({ run, box: parseBox(run.address) }))
    .filter((x): x is { run: FormatRun; box: Box } => x.box !== undefined)
    .sort((x, y) => x.box.r0 - y.box.r0 || x.box.c0 - y.box.c0);
  for (const { run, box } of ordered) {
    const k = `${box.c0}:${box.c1}|${lookKey(run.cell)}`;
    const o = open.get(k);
    if (o && o.box.r1 + 1 === box.r0) {
      o.box = { ...o.box, r1: box.r1 };
      continue;
    }
    flush(k);
    open.set(k, { box, run });
  }
  for (const k of [...open.keys()]) flush(k);
  return out;
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
    sheet.hiddenColumns ?? [],
    sheet.print,
    sheet.freeze ?? null,
    sheet.protect,
  ]);
}

import { textLines } from './columns';
import type { Grid } from './grid';
import { printable } from './paper';
import type { TableRuns } from './unit-layout';

/**
 * Points kept free at the foot of each page: LibreOffice takes about 20 pt of the body for the page
 * header and footer that Excel prints in the margins.
 */
const SAFETY = 24;
const DEFAULT_HEIGHT = 15;

export interface PageBreakInput {
  readonly height: (row: number) => number;
  /** The last printed row. */
  readonly last: number;
  /** Rows printed again at the top of every page after the first (the column headings). */
  readonly repeat: readonly [number, number];
  /** The printable height of a page, in points. */
  readonly budget: number;
  /** Rows that must print on one page (an item's rows); any other row prints alone. Runs may nest. */
  readonly runs: readonly (readonly [number, number])[];
}

/**
 * Manual page breaks (after each of these rows) such that every run of rows lands on one page and
 * the heading rows stay with the first run. A run taller than a page is broken between its rows.
 */
export function pageBreaks(o: PageBreakInput): number[] {
  const sum = (a: number, b: number): number => {
    let n = 0;
    for (let r = a; r <= b; r++) n += o.height(r);
    return n;
  };
  const repeat = sum(o.repeat[0], o.repeat[1]);
  const ends = new Map<number, number>();
  for (const [a, b] of o.runs) ends.set(a, Math.max(b, ends.get(a) ?? b));
  const breaks: number[] = [];
  let used = 0;
  let start = 1;
  const breakBefore = (r: number): void => {
    breaks.push(r - 1);
    start = r;
    used = repeat;
  };
  for (let r = 1; r <= o.last;) {
    const first = r === 1 ? o.repeat[1] + 1 : r;
    let end = ends.get(first) ?? first;
    // A run reaching into another (a block's name over its first items) takes that one whole too.
    for (let k = first; k <= end; k++) end = Math.max(end, ends.get(k) ?? k);
    const size = sum(r, end);
    if (used + size > o.budget && r > start) breakBefore(r);
    if (used + size <= o.budget) used += size;
    else {
      for (let k = r; k <= end; k++) {
        if (used + o.height(k) > o.budget && k > start) breakBefore(k);
        used += o.height(k);
      }
    }
    r = end + 1;
  }
  return breaks;
}

/**
 * Pages a unit sheet (A4 landscape): every row gets its height and breaks fall between items.
 * Each block's name in column B is merged over the whole block and written from its top, so it
 * prints whole on the page where the block starts, and wherever the breaks fall the sheet's
 * cells and merges stay the same (a workbook's breaks can move when reasons are written in).
 */
export function pageUnitSheet(
  g: Grid,
  o: { readonly section: string; readonly last: number; readonly headerRows: number; readonly runs: TableRuns },
): { breaks: number[] } {
  for (let r = 1; r <= o.last; r++) g.heights[r] = g.heights[r] ?? DEFAULT_HEIGHT;
  const height = (r: number): number => g.heights[r] ?? DEFAULT_HEIGHT;
  const names: [number, number][] = [];
  for (const b of o.runs.blocks) {
    g.fit(o.section, b.r0, b.r1, b.title);
    g.span(o.section, b.r0, o.section, b.r1, { value: b.title, style: 'section' });
    // The rows the name takes from the block's top (bold, so a point more a line, and the cell's
    // padding): they print on the page where the block starts.
    const need = textLines(b.title, g.width(o.section)) * 15 + 12;
    let end = b.r0;
    for (let h = height(b.r0); h < need && end < b.r1;) h += height(++end);
    names.push([b.r0, end]);
  }
  const breaks = pageBreaks({
    height,
    last: o.last,
    repeat: [o.headerRows - 1, o.headerRows],
    budget: printable('landscape').height - SAFETY,
    runs: [...o.runs.items, ...names],
  });
  return { breaks };
}

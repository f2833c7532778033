import { displayWidth } from './grid';

/** A column of a printed table: its heading, and what its cells hold (names, grades) if not figures. */
export interface TableColumn {
  readonly title: string;
  readonly content?: readonly string[];
  /** At least this wide (characters). */
  readonly min?: number;
}

/**
 * Room a figure such as 32.32 or −10 needs: a narrower column makes Excel and LibreOffice show
 * General numbers rounded to fit (72.78 printed as 72.8).
 */
const FIGURE = 5.5;
/** A column of short words (是/否, 好) needs at least this. */
const WORD = 4;
const PAD = 1.5;

/** Lines `text` takes wrapped in `width` characters; `scale` for a larger font (16 pt titles: 1.6). */
export const textLines = (text: string, width: number, scale = 1): number =>
  text
    .split('\n')
    .reduce((n, p) => n + Math.max(1, Math.ceil((displayWidth(p) * scale) / Math.max(1, width - PAD))), 0);
const lines = (text: string, width: number): number => textLines(text, width);

/** The width a column's cells need: a figure, or its longest name on `lines` lines. */
function contentWidth(c: TableColumn, lines: number): number {
  const longest = Math.max(0, ...(c.content ?? []).map(displayWidth));
  return c.content ? Math.max(c.min ?? WORD, Math.ceil(longest / lines) + PAD) : (c.min ?? FIGURE);
}

/**
 * Columns as narrow as their content: each as wide as its cells need, and its heading wrapped onto
 * as few lines as lets the whole table fit `budget` characters (2 lines, else 3, … up to 6); names
 * wrap onto a second or third line only when the headings alone cannot make it fit. Returns the
 * widths, the heading row's height in points, and whether the table fits.
 */
export function fitColumns(
  cols: readonly TableColumn[],
  budget: number,
): { widths: number[]; headHeight: number; fits: boolean } {
  let widths: number[] = [];
  search: for (let m = 1; m <= 3; m++) {
    for (let n = 2; n <= 6; n++) {
      widths = cols.map((c) => Math.max(contentWidth(c, m), Math.ceil(displayWidth(c.title) / n) + PAD));
      if (widths.reduce((a, b) => a + b, 0) <= budget) break search;
    }
  }
  const headLines = Math.max(...cols.map((c, i) => lines(c.title, widths[i] ?? FIGURE)));
  return { widths, headHeight: headLines * 14 + 6, fits: widths.reduce((a, b) => a + b, 0) <= budget };
}

/** The height of a row of names in these columns (a long name wraps onto two lines). */
export function rowHeight(cols: readonly TableColumn[], widths: readonly number[], texts: readonly string[]): number {
  const n = Math.max(1, ...texts.map((t, i) => (cols[i]?.content ? lines(t, widths[i] ?? FIGURE) : 1)));
  return Math.max(20, n * 14 + 6);
}

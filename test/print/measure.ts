import { overlaps, squeeze, squeezedColumn, type PdfPage, type PdfWord } from '../helpers/pdf';
import type { PrintCase, PrintedItem } from './books';

/** What a rendered PDF shows, measured from poppler's word boxes and text. */
export interface Measured {
  readonly pages: number;
  /** The smallest word's height as a font size, and the word. */
  readonly minPt: number;
  readonly smallest: string;
  /** Items whose 序号, rule text or 扣分依据 land on more than one page. */
  readonly split: readonly string[];
  /** Texts written into cells that appear whole on no page (cut off, or missing). */
  readonly cut: readonly string[];
  /** Words drawn over other words (text overflowing its cell onto another). */
  readonly overlaps: readonly string[];
  /** Words that look like file paths or ids of rubric files. */
  readonly paths: readonly string[];
}

/** poppler's box of a line of text is taller than the font size by the font's ascent + descent. */
export function boxPerPoint(calibration: readonly PdfPage[]): number {
  const words = calibration.flatMap((p) => p.words);
  const ten = words.find((w) => w.text === '十号字样');
  const nine = words.find((w) => w.text === '九号字样');
  if (!ten || !nine) throw new Error('calibration words not found');
  const ratio = (ten.y1 - ten.y0) / 10;
  const ninePt = (nine.y1 - nine.y0) / ratio;
  if (Math.abs(ninePt - 9) > 0.2) throw new Error(`calibration: 9 pt measured as ${ninePt.toFixed(2)} pt`);
  return ratio;
}

const PATH = /\\|[\w.-]\/[\w.-]|\.txt\b|\.json\b|shared\/|seeds\//i;

/** Pages on which a text appears whole. */
const pagesOf = (pages: readonly PdfPage[], text: string): number[] => {
  const t = squeeze(text);
  return pages.flatMap((p, i) => (t && p.text.includes(t) ? [i] : []));
};

/** Pages on which an item's 序号 is drawn in the 序号 column (under the heading 序号 of that page). */
function idPages(pages: readonly PdfPage[], id: string): number[] {
  return pages.flatMap((p, i) => {
    const head = p.words.find((w) => w.text === '序号');
    if (!head) return [];
    const inColumn = (w: PdfWord): boolean => {
      const mid = (w.x0 + w.x1) / 2;
      return w.text === id && mid > head.x0 - 8 && mid < head.x1 + 8 && w.y0 > head.y1;
    };
    return p.words.some(inColumn) ? [i] : [];
  });
}

export function measure(c: PrintCase, pages: readonly PdfPage[], ratio: number, ids: readonly string[] = []): Measured {
  let minPt = Infinity;
  let smallest = '';
  for (const w of pages.flatMap((p) => {
    const hidden = squeezedColumn(p);
    return p.words.filter((x) => !hidden.has(x));
  })) {
    const pt = (w.y1 - w.y0) / ratio;
    if (pt < minPt) [minPt, smallest] = [pt, w.text];
  }
  const split: string[] = [];
  const cut: string[] = [];
  const textsOf = (it: PrintedItem): string[] => [...new Set([...it.texts, it.basis].filter((x) => x.trim() !== ''))];
  // A text written in two items (the same reason, a repeated rule) tells nothing about where either item is.
  const seen = new Map<string, number>();
  for (const it of c.items ?? []) for (const t of textsOf(it)) seen.set(t, (seen.get(t) ?? 0) + 1);
  for (const it of c.items ?? []) {
    const on = new Set<number>(idPages(pages, it.id));
    for (const t of textsOf(it)) {
      const found = pagesOf(pages, t);
      if (found.length === 0) cut.push(`${it.id}: ${t.slice(0, 24)}…`);
      if (seen.get(t) === 1) found.forEach((p) => on.add(p));
    }
    if (on.size > 1) split.push(`${it.id} (pages ${[...on].map((p) => p + 1).join(', ')})`);
  }
  for (const t of c.whole ?? []) if (pagesOf(pages, t).length === 0) cut.push(t);
  const over = pages.flatMap((p, i) => overlaps(p).map(([a, b]) => `p${i + 1}: “${a.text}” over “${b.text}”`));
  const paths = pages
    .flatMap((p) => p.words)
    .map((w) => w.text)
    .filter((t) => PATH.test(t) || ids.some((id) => t.includes(id)));
  return { pages: pages.length, minPt, smallest, split, cut, overlaps: over, paths };
}

/**
 * Where the 汇总's map of lost points is: on a page of its own (no 排名 heading there), or below the
 * table: its title under every rank the table shows (the words in the 排名 column).
 */
export function lostMapBelow(pages: readonly PdfPage[]): boolean {
  const at = pages.flatMap((p, i) => p.words.filter((w) => w.text.startsWith('各部分扣分')).map((w) => ({ i, w })));
  const title = at[0];
  if (!title) return false;
  const page = pages[title.i] as PdfPage;
  const head = page.words.find((w) => w.text === '排名');
  if (!head) return true;
  const ranks = page.words.filter((w) => {
    const mid = (w.x0 + w.x1) / 2;
    return /^\d+$/.test(w.text) && mid > head.x0 - 8 && mid < head.x1 + 8 && w.y0 > head.y1;
  });
  return ranks.length > 0 && ranks.every((w) => w.y1 <= title.w.y0);
}

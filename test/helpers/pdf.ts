import { spawnSync } from 'node:child_process';

/** One word as poppler places it: its text and its box in points from the page's top left. */
export interface PdfWord {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
  /** The page's text in drawing order (`pdftotext -raw`) with every space and line break removed. */
  readonly text: string;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Text without spaces or line breaks, as a cell's wrapped lines are compared with the text written. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

function poppler(args: readonly string[]): string {
  const r = spawnSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Every page of a PDF: word boxes (`pdftotext -bbox`) and the page's text in drawing order. */
export function readPdf(file: string): PdfPage[] {
  const raw = poppler(['-raw', '-enc', 'UTF-8', file, '-']).split('\f');
  const xml = poppler(['-bbox', '-enc', 'UTF-8', file, '-']);
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of xml.matchAll(pageRe)) {
    const words: PdfWord[] = [];
    for (const w of (m[3] ?? '').matchAll(wordRe)) {
      words.push({ text: decode(w[5] ?? ''), x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]) });
    }
    pages.push({ width: Number(m[1]), height: Number(m[2]), words, text: squeeze(raw[pages.length] ?? '') });
  }
  return pages;
}

/**
 * Words LibreOffice writes for a hidden column (the notice's row keys): wrapped one character a
 * line into no width, each line drawn over the next, and clipped to nothing on paper. Told by the
 * shape: single characters at one x, each starting above where the one before it ends.
 */
export function squeezedColumn(page: PdfPage): Set<PdfWord> {
  const out = new Set<PdfWord>();
  const single = page.words.filter((w) => Array.from(w.text).length === 1);
  const byX = new Map<number, PdfWord[]>();
  for (const w of single) byX.set(Math.round(w.x0), [...(byX.get(Math.round(w.x0)) ?? []), w]);
  for (const ws of byX.values()) {
    ws.sort((a, b) => a.y0 - b.y0);
    // Runs of characters each touching the next; a run with one drawn over the next is such a column.
    let run: PdfWord[] = [];
    const close = (): void => {
      if (run.some((a, i) => i > 0 && a.y0 < (run[i - 1] as PdfWord).y1 - 1)) run.forEach((w) => out.add(w));
      run = [];
    };
    for (const w of ws) {
      const last = run[run.length - 1];
      if (last && w.y0 > last.y1 + 3) close();
      run.push(w);
    }
    close();
  }
  return out;
}

/** Pairs of words on one page whose boxes cover each other by more than `by` points both ways: text drawn over text. */
export function overlaps(page: PdfPage, by = 1): [PdfWord, PdfWord][] {
  const out: [PdfWord, PdfWord][] = [];
  const hidden = squeezedColumn(page);
  const ws = page.words.filter((w) => !hidden.has(w)).sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i] as PdfWord;
    for (let j = i + 1; j < ws.length; j++) {
      const b = ws[j] as PdfWord;
      if (b.y0 >= a.y1 - by) break;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > by && dy > by) out.push([a, b]);
    }
  }
  return out;
}

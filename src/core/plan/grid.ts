import type { CellPlan, ConditionalPlan, ValidationPlan } from './types';

/** A sheet being laid out: cells by address, merges, row heights, checks. Plain data in the end. */
export class Grid {
  readonly cells = new Map<string, CellPlan>();
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};
  readonly validations: ValidationPlan[] = [];
  readonly conditionals: ConditionalPlan[] = [];
  private readonly later: (() => void)[] = [];

  constructor(private readonly widths: readonly number[]) {}

  put(col: string, row: number, c: Omit<CellPlan, 'address'>): string {
    const address = `${col}${row}`;
    this.cells.set(address, { address, ...c });
    return address;
  }

  /** Puts a cell over rows r0..r1 (and columns c0..c1), merging when it spans more than one. */
  span(c0: string, r0: number, c1: string, r1: number, c: Omit<CellPlan, 'address'>): string {
    const a = this.put(c0, r0, c);
    if (c0 !== c1 || r0 !== r1) this.merges.push(`${a}:${c1}${r1}`);
    return a;
  }

  /** A column's width in characters. */
  width(col: string): number {
    return this.widths[col.charCodeAt(0) - 65] ?? 10;
  }

  /** Makes rows r0..r1 tall enough for `text` wrapped in column `col` (merged cells never auto-fit). */
  fit(col: string, r0: number, r1: number, text: string, lineHeight = 14): void {
    const width = this.width(col);
    const lines = text
      .split('\n')
      .reduce((n, p) => n + Math.max(1, Math.ceil(displayWidth(p) / Math.max(1, width - 1.5))), 0);
    const per = (lines * lineHeight + 4) / (r1 - r0 + 1);
    // Excel's tallest row is 409 points ("Excel specifications and limits"): a longer text is cut
    // off on screen and in print, and still whole in the cell.
    for (let r = r0; r <= r1; r++) this.heights[r] = Math.min(409, Math.max(this.heights[r] ?? 15, Math.ceil(per)));
  }

  /** Defers work (formulas) until every node has a cell. */
  after(fn: () => void): void {
    this.later.push(fn);
  }

  finish(): void {
    for (const fn of this.later.splice(0)) fn();
  }

  sortedCells(): CellPlan[] {
    const key = (a: string): [number, number] => {
      const m = /^([A-Z]+)(\d+)$/.exec(a);
      return m ? [Number(m[2]), colIndex(m[1] ?? 'A')] : [0, 0];
    };
    return [...this.cells.values()].sort((x, y) => {
      const [r1, c1] = key(x.address);
      const [r2, c2] = key(y.address);
      return r1 - r2 || c1 - c2;
    });
  }
}

/** Width of text in Excel column units: CJK and full-width characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

export function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function colLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

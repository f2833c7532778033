import { colIndex, colLetter } from '../../core/plan/grid';

/** A rectangle of cells, 1-based and inclusive. */
export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Parses `G7`, `G7:H9`, `Sheet1!G7:H9`, `'甲 镇'!$G$7`, whole columns `G:G` and rows `7:9`. */
export function parseBox(a1: string): Box | undefined {
  const local = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  const [from = '', to = from] = local.replace(/\$/g, '').split(':');
  const cell = (s: string, end: boolean): { r: number; c: number } | undefined => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s);
    if (!m || (m[1] === '' && m[2] === '')) return undefined;
    const c = m[1] ? colIndex((m[1] ?? '').toUpperCase()) : end ? 16384 : 1;
    const r = m[2] ? Number(m[2]) : end ? 1048576 : 1;
    return { r, c };
  };
  const a = cell(from, false);
  const b = cell(to, true);
  if (!a || !b) return undefined;
  return { r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) };
}

export const boxAddress = (b: Box): string =>
  b.r0 === b.r1 && b.c0 === b.c1 ? `${colLetter(b.c0)}${b.r0}` : `${colLetter(b.c0)}${b.r0}:${colLetter(b.c1)}${b.r1}`;

export const cellAddress = (r: number, c: number): string => `${colLetter(c)}${r}`;

export function inBox(b: Box, r: number, c: number): boolean {
  return r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
}

/** The smallest box holding every given cell address (undefined for none). */
export function boundingBox(addresses: Iterable<string>): Box | undefined {
  let box: Box | undefined;
  for (const a of addresses) {
    const b = parseBox(a);
    if (!b) continue;
    box = box
      ? {
          r0: Math.min(box.r0, b.r0),
          c0: Math.min(box.c0, b.c0),
          r1: Math.max(box.r1, b.r1),
          c1: Math.max(box.c1, b.c1),
        }
      : b;
  }
  return box;
}

/** Splits an event address that may list several areas (`A1:B2,D4`). */
export const areas = (address: string): Box[] =>
  address
    .split(',')
    .map((s) => parseBox(s.trim()))
    .filter((b): b is Box => b !== undefined);

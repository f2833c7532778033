import type { SheetPlan } from './types';

/** FNV-1a (32 bit) over the UTF-16 code units of a text, as 8 hex digits. Pure JS, no crypto. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Every formula a sheet plan writes, as `address=formula` lines in plan order. */
export function formulaLines(sheet: SheetPlan): string[] {
  return sheet.cells.flatMap((c) => (c.formula === undefined ? [] : [`${c.address}${c.formula}`]));
}

/** A fingerprint of a sheet's generated formulas: how many, and one hash over them all. */
export function sheetFingerprint(sheet: SheetPlan): { readonly formulas: number; readonly hash: string } {
  const lines = formulaLines(sheet);
  return { formulas: lines.length, hash: fnv1a(lines.join('\n')) };
}

import type { Value } from '../formula/evaluate';
import { type InputSpec, NO, YES } from '../rules/inputs';
import type { Finding } from './findings';

/** An entry as it arrives from a JSON file or a cell. */
export type Entry = number | boolean | string | null | undefined;

export interface Checked {
  /** The value the formulas see; blank (null) when the entry is missing or invalid. */
  readonly value: Value;
  readonly finding?: Omit<Finding, 'unit'>;
}

/** Text that a spreadsheet would run as a formula (=, +, -, @ first). */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s.trim()) && Number.isNaN(Number(s.trim()));
}

/** The largest entry taken at face value. */
export const plausible = 1e9;

const yesWords = new Set([YES, 'true', 'yes', 'y', '1', 'TRUE']);
const noWords = new Set([NO, 'false', 'no', 'n', '0', 'FALSE']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks one entry against its input: what is valid is decided here, for every surface. An entry
 * read from a cell (`fromCell`) is taken as the sheet's own formulas take it: only the exact text
 * 是/否 or a level name matches (`G21="是"` is false for 1, TRUE, √ or " 是 ", so the cell's text
 * is kept and scores as the sheet does, with an error that says why), and a number stored as text
 * is not a number (Excel and LibreOffice disagree on what such a cell computes).
 */
export function checkEntry(spec: InputSpec, raw: Entry, item: string | undefined, fromCell = false): Checked {
  const base = { input: spec.id, ...(item === undefined ? {} : { item }) };
  const fail = (code: string, params: Record<string, string | number> = {}): Checked => ({
    value: null,
    finding: { code, severity: 'error', ...base, params: { label: spec.label, value: String(raw), ...params } },
  });
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    if (spec.preset !== undefined) return { value: spec.preset };
    return {
      value: null,
      finding: { code: 'not-filled', severity: 'warning', ...base, params: { label: spec.label } },
    };
  }
  if (typeof raw === 'string' && looksLikeFormula(raw)) return fail('formula-in-entry');
  if (fromCell && (spec.kind === 'yesno' || spec.kind === 'level')) {
    const options = spec.kind === 'yesno' ? [YES, NO] : (spec.levels ?? []);
    if (typeof raw === 'string' && options.includes(raw)) return { value: raw };
    const code = spec.kind === 'yesno' ? 'cell-not-yes-no' : 'cell-not-a-level';
    return { ...fail(code, { options: options.join('/') }), value: String(raw) };
  }
  if (spec.kind === 'yesno') {
    if (raw === true) return { value: YES };
    if (raw === false) return { value: NO };
    const s = String(raw).trim();
    if (yesWords.has(s)) return { value: YES };
    if (noWords.has(s)) return { value: NO };
    return fail('not-yes-no');
  }
  if (spec.kind === 'level') {
    const s = String(raw).trim();
    const levels = spec.levels ?? [];
    return levels.includes(s) ? { value: s } : fail('not-a-level', { options: levels.join('/') });
  }
  if (fromCell && typeof raw === 'string') {
    if (ISO_DATE.test(raw.trim())) return fail('cell-date-in-number');
    if (Number.isFinite(Number(raw.trim()))) return fail('cell-number-as-text');
  }
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (typeof raw === 'boolean' || !Number.isFinite(n)) return fail('not-a-number');
  if (n < 0 || (spec.min !== undefined && n < spec.min)) return fail('negative');
  if (spec.whole && !Number.isInteger(n)) return fail('not-whole', { unit: spec.unit ?? '' });
  if (spec.max !== undefined && n > spec.max) return fail('over-max', { max: spec.max });
  // No count, amount or percentage in these tables comes near this; 1e308 is a slip, not an entry.
  if (n > plausible) return fail('too-big');

  if (spec.bands && n !== 0 && !spec.bands.some((b) => n >= b.min && n <= b.max)) {
    return fail('out-of-band', { bands: spec.bands.map((b) => `${b.name} ${b.min}–${b.max}`).join('，') });
  }
  return { value: n };
}

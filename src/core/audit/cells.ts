import type { Finding } from '../engine/findings';
import { sameFormula } from '../formula/meaning';
import type { CellPlan, SheetPlan } from '../plan/types';
import type { AuditCell, AuditSheet } from './types';

const normalText = (v: unknown): string => String(v ?? '').replace(/\s+/g, '');
const rowOf = (a: string): number => Number(/\d+$/.exec(a)?.[0] ?? 0);
const colOf = (a: string): string => /^[A-Z]+/.exec(a)?.[0] ?? 'A';
const MAX_SHIFT = 40;

/** A fixed label of the plan (locked text): what row shifts are recognised by. */
const isLabel = (c: CellPlan): boolean =>
  c.formula === undefined && !c.unlocked && typeof c.value === 'string' && c.value.trim() !== '';

/** A fixed number of the plan (locked, not a formula): 分值 on a unit sheet, 序号. */
const isFixedNumber = (c: CellPlan): boolean => c.formula === undefined && !c.unlocked && typeof c.value === 'number';
const sameNumber = (want: number, got: AuditCell): boolean =>
  got.formula === undefined && got.value !== null && String(got.value).trim() !== '' && Number(got.value) === want;

function matches(c: CellPlan, got: AuditCell): boolean {
  if (c.formula !== undefined) return got.formula !== undefined && sameFormula(got.formula, c.formula);
  return normalText(got.value) === normalText(c.value);
}

/**
 * Rows deleted (shift > 0) or inserted (shift < 0) above a row: from the first row whose label is
 * wrong, the labels below match the plan moved by `shift` rows. Returns the row and the shift.
 */
export function detectShift(p: SheetPlan, s: AuditSheet): { row: number; shift: number } | undefined {
  const labels = p.cells.filter(isLabel);
  const bad = labels.find((c) => !matches(c, s.cell(c.address)));
  if (!bad) return undefined;
  const from = rowOf(bad.address);
  const below = labels.filter((c) => rowOf(c.address) >= from);
  let best: { row: number; shift: number; hits: number } | undefined;
  for (let d = -MAX_SHIFT; d <= MAX_SHIFT; d++) {
    if (d === 0) continue;
    const hits = below.filter((c) => {
      const r = rowOf(c.address) - d;
      return r >= 1 && matches(c, s.cell(`${colOf(c.address)}${r}`));
    }).length;
    if (!best || hits > best.hits) best = { row: from, shift: d, hits };
  }
  return best && best.hits >= Math.max(3, below.length * 0.6) ? best : undefined;
}

/** One planned formula against what the cell holds: typed over, changed, or (undefined) intact. */
export function formulaFinding(
  sheet: string,
  address: string,
  expected: string,
  got: { readonly value?: unknown; readonly formula?: string | undefined },
  typedOverCode = 'formula-typed-over',
): Finding | undefined {
  if (got.formula === undefined) {
    return {
      code: typedOverCode,
      severity: 'error',
      sheet,
      cell: address,
      params: { cell: address, value: String(got.value ?? ''), expected },
    };
  }
  if (sameFormula(got.formula, expected)) return undefined;
  return {
    code: 'formula-overwritten',
    severity: 'error',
    sheet,
    cell: address,
    params: { cell: address, found: `=${got.formula.replace(/^=/, '')}`, expected },
  };
}

/** Rows deleted above a cell (or inserted): said once, at the first shifted row. */
export function shiftFinding(sheet: string, shift: { readonly row: number; readonly shift: number }): Finding {
  return {
    code: shift.shift > 0 ? 'audit-rows-deleted' : 'audit-rows-inserted',
    severity: 'error',
    sheet,
    cell: `A${shift.row}`,
    params: { row: shift.row, count: Math.abs(shift.shift) },
  };
}

/**
 * Every formula of the plan still in its cell, unchanged; every fixed label still there. A total
 * or grade typed over is named as such. Below a detected row deletion or insertion, one finding
 * says so instead of one per shifted cell.
 */
export function cellFindings(p: SheetPlan, s: AuditSheet, results: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const shift = detectShift(p, s);
  if (shift) out.push(shiftFinding(s.name, shift));
  for (const c of p.cells) {
    if (shift && rowOf(c.address) >= shift.row) break;
    const got = s.cell(c.address);
    if (c.formula !== undefined) {
      const typedOver = results.has(c.address) ? 'audit-total-typed' : 'formula-typed-over';
      const f = formulaFinding(s.name, c.address, c.formula, got, typedOver);
      if (f) out.push(f);
    } else if (isFixedNumber(c) && !sameNumber(c.value as number, got)) {
      // A printed 分值 raised or lowered: the formulas still score the rubric's cap, but a reader sees another.
      out.push({
        code: 'audit-number-changed',
        severity: 'error',
        sheet: s.name,
        cell: c.address,
        params: { cell: c.address, found: String(got.formula ?? got.value ?? ''), expected: String(c.value) },
      });
    } else if (isLabel(c) && !matches(c, got)) {
      out.push({
        code: 'audit-label-changed',
        severity: 'warning',
        sheet: s.name,
        cell: c.address,
        params: { cell: c.address, found: String(got.value ?? ''), expected: String(c.value) },
      });
    }
  }
  return out;
}

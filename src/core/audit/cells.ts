import type { Finding } from '../engine/findings';
import { sameFormula } from '../formula/meaning';
import type { CellPlan, SheetPlan } from '../plan/types';
import { isLabel, moveFinding, movedCell, type Move } from './structure';
import type { AuditCell, AuditSheet } from './types';

const normalText = (v: unknown): string => String(v ?? '').replace(/\s+/g, '');

/** A fixed number of the plan (locked, not a formula): 分值 on a unit sheet, 序号. */
const isFixedNumber = (c: CellPlan): boolean => c.formula === undefined && !c.unlocked && typeof c.value === 'number';
const sameNumber = (want: number, got: AuditCell): boolean =>
  got.formula === undefined && got.value !== null && String(got.value).trim() !== '' && Number(got.value) === want;

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

/**
 * Every formula of the plan still in its cell, unchanged; every fixed label still there. A total
 * or grade typed over is named as such. Past a move of the layout (rows or columns inserted,
 * deleted or sorted), one finding says so instead of one per moved cell, and the sheet's formulas
 * (which the program adjusted to the move) are not judged one by one. A formula that differs only
 * because another sheet moved or was renamed (`explained`) is counted in one note, not accused.
 */
export function cellFindings(
  p: SheetPlan,
  s: AuditSheet,
  results: ReadonlySet<string>,
  move?: Move,
  explained: (expected: string, found: string) => boolean = () => false,
): Finding[] {
  const out: Finding[] = [];
  let followOn = 0;
  if (move) out.push(moveFinding(s.name, move));
  for (const c of p.cells) {
    if (move && movedCell(move, c.address)) continue;
    const got = s.cell(c.address);
    if (c.formula !== undefined) {
      if (move) continue;
      const typedOver = results.has(c.address) ? 'audit-total-typed' : 'formula-typed-over';
      const f = formulaFinding(s.name, c.address, c.formula, got, typedOver);
      if (f && got.formula !== undefined && explained(c.formula, got.formula)) followOn++;
      else if (f) out.push(f);
    } else if (isFixedNumber(c) && !sameNumber(c.value as number, got)) {
      // A printed 分值 raised or lowered: the formulas still score the rubric's cap, but a reader sees another.
      out.push({
        code: 'audit-number-changed',
        severity: 'error',
        sheet: s.name,
        cell: c.address,
        params: { cell: c.address, found: String(got.formula ?? got.value ?? ''), expected: String(c.value) },
      });
    } else if (isLabel(c) && normalText(got.value) !== normalText(c.value)) {
      out.push({
        code: 'audit-label-changed',
        severity: 'warning',
        sheet: s.name,
        cell: c.address,
        params: { cell: c.address, found: String(got.value ?? ''), expected: String(c.value) },
      });
    }
  }
  if (followOn > 0) out.push({ code: 'audit-follow-on', severity: 'info', sheet: s.name, params: { count: followOn } });
  return out;
}

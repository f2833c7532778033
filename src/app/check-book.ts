import { formulaFinding } from '../core/audit/cells';
import type { Finding } from '../core/engine/findings';
import { round2 } from '../core/engine/score';
import type { PlannedWorkbook, SheetPlan } from '../core/plan';
import type { BookView } from './book';
import type { RankedUnit } from './score';

/**
 * Checks a workbook against the plan rebuilt from its own stored rubric: every formula still there
 * and unchanged, no total typed over, the stored fingerprint matching, every sheet present; then
 * the entries' own findings, placed on their cells. Cached results that disagree with the engine
 * are reported too (a workbook saved without recalculation, or a formula edited).
 */
export function checkBook(book: BookView, planned: PlannedWorkbook, scored: readonly RankedUnit[]): Finding[] {
  const out: Finding[] = [];
  const planSheets = planned.plan.sheets.filter((s) => s.kind !== 'store');
  for (const p of planSheets) {
    const sheet = book.sheet(p.name);
    if (!sheet) {
      out.push({ code: 'sheet-missing', severity: 'error', sheet: p.name, params: { sheet: p.name } });
      continue;
    }
    const stored = book.store.fingerprints[p.name];
    const fresh = planned.store.fingerprints[p.name];
    if (stored && fresh && stored.hash !== fresh.hash) {
      out.push({
        code: 'fingerprint-changed',
        severity: 'warning',
        sheet: p.name,
        params: { stored: stored.hash, now: fresh.hash },
      });
    }
    out.push(...formulaFindings(p, (a) => sheet.cell(a)));
  }
  for (const u of scored) {
    const pu = planned.units.find((x) => x.unit === u.unit);
    if (!pu) continue;
    for (const f of u.findings) {
      const cell =
        f.input !== undefined
          ? pu.cells.inputs[f.input]
          : f.item !== undefined && f.code === 'no-basis'
            ? pu.cells.basis[f.item]
            : undefined;
      out.push({ ...f, sheet: pu.sheet, ...(cell !== undefined ? { cell } : {}) });
    }
    const sheet = book.sheet(pu.sheet);
    if (!sheet) continue;
    const shown = sheet.cell(pu.cells.unit).value;
    if (String(shown ?? '').trim() !== pu.unit) {
      out.push({
        code: 'audit-unit-name-changed',
        severity: 'warning',
        sheet: pu.sheet,
        cell: pu.cells.unit,
        params: { cell: pu.cells.unit, found: String(shown ?? ''), expected: pu.unit },
      });
    }
    const compare = (address: string, expected: number | string | null): void => {
      const c = sheet.cell(address);
      if (c.formula === undefined || c.result === undefined || c.result === null) return;
      const got = typeof c.result === 'number' ? round2(c.result) : c.result === '' ? null : c.result;
      const want = typeof expected === 'number' ? round2(expected) : expected;
      if (got !== want) {
        out.push({
          code: 'result-differs',
          severity: 'warning',
          sheet: pu.sheet,
          cell: address,
          params: { cell: address, got: String(got ?? ''), expected: String(want ?? '') },
        });
      }
    };
    compare(pu.cells.total, u.total);
    compare(pu.cells.grade, u.grade);
  }
  return out;
}

function formulaFindings(p: SheetPlan, read: (a: string) => { value: unknown; formula?: string }): Finding[] {
  const out: Finding[] = [];
  for (const c of p.cells) {
    if (c.formula === undefined) continue;
    const f = formulaFinding(p.name, c.address, c.formula, read(c.address));
    if (f) out.push(f);
  }
  return out;
}

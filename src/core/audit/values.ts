import { round2, scoreUnit, type UnitResult } from '../engine/score';
import type { Finding } from '../engine/findings';
import type { Builtin } from '../builtin';
import type { PlannedUnit } from '../plan/workbook';
import { unitEntries } from './entries';
import type { AuditSheet, Plain } from './types';

/** Entry findings that are a state of the work, not a fault in the file: counted, not listed. */
const UNFILLED = 'not-filled';

const num = (v: Plain | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * One unit's sheet judged by the engine: entries outside their rule, lost points without a
 * reason, an item whose saved result is above its cap, and saved results the rubric does not give.
 */
export function valueFindings(b: Builtin, pu: PlannedUnit, s: AuditSheet): { result: UnitResult; findings: Finding[] } {
  const entries = unitEntries((a) => s.cell(a), pu);
  const result = scoreUnit(b.rubric, pu.unit, entries, pu.cls, b.ranking, pu.graph);
  const out: Finding[] = [];
  const unfilled: string[] = [];
  for (const f of result.findings) {
    if (f.code === UNFILLED) {
      unfilled.push(f.input !== undefined ? (pu.cells.inputs[f.input] ?? '') : '');
      continue;
    }
    if (f.severity === 'info') continue;
    const cell =
      f.input !== undefined
        ? pu.cells.inputs[f.input]
        : f.code === 'no-basis' && f.item !== undefined
          ? pu.cells.basis[f.item]
          : undefined;
    out.push({ ...f, sheet: s.name, ...(cell !== undefined ? { cell } : {}) });
  }
  // The 被考核单位 cell no longer names the unit the sheet was made for: the summary (a formula on
  // this cell) would rank this sheet's score under another name.
  const shown = s.cell(pu.cells.unit).value;
  if (String(shown ?? '').trim() !== pu.unit) {
    out.push({
      code: 'audit-unit-name-changed',
      severity: 'warning',
      sheet: s.name,
      cell: pu.cells.unit,
      params: { cell: pu.cells.unit, found: String(shown ?? ''), expected: pu.unit },
    });
  }
  if (unfilled.length > 0) {
    const cells = unfilled.filter(Boolean);
    out.push({
      code: 'audit-unfilled',
      severity: 'info',
      unit: pu.unit,
      sheet: s.name,
      params: { count: unfilled.length, cells: cells.slice(0, 8).join('、') + (cells.length > 8 ? '…' : '') },
    });
  }
  const items = [...pu.graph.sections.flatMap((x) => x.items), ...pu.graph.adjustments];
  for (const it of items) {
    const a = pu.cells.items[it.item.id];
    if (a === undefined) continue;
    const c = s.cell(a);
    const saved = num(c.formula !== undefined ? c.result : c.value);
    if (saved !== undefined && it.role !== 'penalty' && saved > it.cap + 1e-9) {
      out.push({
        code: 'audit-over-cap',
        severity: 'error',
        sheet: s.name,
        cell: a,
        item: it.item.id,
        params: { cell: a, value: saved, cap: it.cap },
      });
    }
  }
  const compare = (a: string, want: Plain, item?: string): void => {
    const c = s.cell(a);
    if (c.formula === undefined || c.result === undefined || c.result === null || c.result === '') return;
    const got = typeof c.result === 'number' ? round2(c.result) : c.result;
    const expected = typeof want === 'number' ? round2(want) : want === '' ? null : want;
    if (got === expected) return;
    out.push({
      code: 'result-differs',
      severity: 'warning',
      sheet: s.name,
      cell: a,
      ...(item ? { item } : {}),
      params: { cell: a, got: String(got), expected: String(expected ?? '') },
    });
  };
  for (const it of [...result.items, ...result.adjustments]) {
    const a = pu.cells.items[it.id];
    if (a !== undefined) compare(a, it.score, it.id);
  }
  compare(pu.cells.total, result.total);
  compare(pu.cells.grade, result.grade);
  return { result, findings: out };
}

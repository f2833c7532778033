import type { Entry } from '../engine/entries';
import type { UnitEntries } from '../engine/score';
import type { PlannedUnit } from '../plan/workbook';
import type { AuditCell } from './types';

/** An input cell's content as an entry: numbers stay numbers, text stays text, a formula is its text. */
export function entryOf(c: AuditCell): Entry {
  if (c.formula !== undefined) return c.formula;
  if (typeof c.value === 'string') return c.value.trim() === '' ? undefined : c.value;
  return c.value ?? undefined;
}

/** One unit's entries and 扣分依据, read from its sheet through the plan's cell map. */
export function unitEntries(cell: (address: string) => AuditCell, pu: PlannedUnit): UnitEntries {
  const values: Record<string, Entry> = {};
  const basis: Record<string, string> = {};
  for (const [id, a] of Object.entries(pu.cells.inputs)) {
    const v = entryOf(cell(a));
    if (v !== undefined) values[id] = v;
  }
  for (const [id, a] of Object.entries(pu.cells.basis)) {
    const v = cell(a).value;
    if (v !== null && String(v).trim() !== '') basis[id] = String(v);
  }
  return { values, basis };
}

import type { Checked, Entry } from '../engine/entries';
import type { UnitEntries } from '../engine/score';
import type { InputSpec } from '../rules/inputs';
import type { PlannedUnit } from '../plan/workbook';
import type { AuditCell } from './types';

/** An input cell's content as an entry: numbers stay numbers, text stays text, a formula is its text. */
export function entryOf(c: AuditCell): Entry {
  if (c.merged) return undefined;
  if (c.formula !== undefined) return c.formula;
  if (typeof c.value === 'string') return c.value.trim() === '' ? undefined : c.value;
  return c.value ?? undefined;
}

/** Excel's error values, and the ####### it shows for a number its date format cannot show. */
const ERROR_VALUE = /^(#N\/A|#VALUE!|#REF!|#DIV\/0!|#NUM!|#NAME\?|#NULL!|#SPILL!|#CALC!|#GETTING_DATA|#+)$/;

/**
 * What only the cell itself tells about an entry, judged before the entry's own rules: a cell
 * merged into its neighbour (the sheet's formulas see it empty, whatever the merge shows), an
 * error value, and a percentage typed with its % sign (Excel stores 95% as 0.95, and the sheet
 * computes with 0.95 where the rule means 95). Each keeps what the sheet computes, with an error.
 */
function atCell(c: AuditCell, spec: InputSpec, item: string | undefined, address: string): Checked | undefined {
  const finding = (code: string, value: Checked['value'], params: Record<string, string | number> = {}): Checked => ({
    value,
    finding: {
      code,
      severity: 'error',
      input: spec.id,
      ...(item !== undefined ? { item } : {}),
      params: { label: spec.label, cell: address, ...params },
    },
  });
  if (c.merged) return finding('cell-merged', null);
  if (c.formula === undefined && typeof c.value === 'string' && ERROR_VALUE.test(c.value.trim()))
    return finding('cell-error-value', null, { value: c.value });
  if (spec.kind === 'percent' && typeof c.value === 'number' && c.formula === undefined && /%/.test(c.numFmt ?? ''))
    return finding('cell-percent-format', c.value, { value: c.value, shown: `${Math.round(c.value * 10000) / 100}%` });
  return undefined;
}

/** One unit's entries and 扣分依据, read from its sheet through the plan's cell map. */
export function unitEntries(cell: (address: string) => AuditCell, pu: PlannedUnit): UnitEntries {
  const values: Record<string, Entry> = {};
  const basis: Record<string, string> = {};
  const checkedAtCell: Record<string, Checked> = {};
  const specs = new Map(pu.graph.inputs.map((s) => [s.id, s]));
  for (const [id, a] of Object.entries(pu.cells.inputs)) {
    const c = cell(a);
    const spec = specs.get(id);
    const judged = spec ? atCell(c, spec, pu.graph.inputItem.get(id), a) : undefined;
    if (judged) checkedAtCell[id] = judged;
    const v = entryOf(c);
    if (v !== undefined) values[id] = v;
  }
  for (const [id, a] of Object.entries(pu.cells.basis)) {
    const c = cell(a);
    const v = c.merged ? null : c.value;
    if (v !== null && String(v).trim() !== '') basis[id] = String(v);
  }
  return { values, basis, fromCells: true, checkedAtCell };
}

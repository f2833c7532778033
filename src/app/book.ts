import type { Builtin } from '../core/builtin';
import { replanStore } from '../core/audit/replan';
import { unitEntries } from '../core/audit/entries';
import type { PlannedUnit, PlannedWorkbook, StoreData } from '../core/plan';
import type { UnitEntriesWithClass } from './entries';

/** What a workbook adapter gives back: cells by sheet and address. */
export interface BookCell {
  readonly value: string | number | boolean | null;
  readonly formula?: string;
  readonly result?: string | number | boolean | null;
}

export interface BookView {
  readonly store: StoreData;
  readonly sheetNames: readonly string[];
  sheet(name: string): { cell(address: string): BookCell; readonly lastRow?: number } | undefined;
}

export class StoreInvalid extends Error {}

/** The rubric stored in a workbook, and the plan the workbook was made from, rebuilt from it. */
export function replan(store: StoreData): { builtin: Builtin; planned: PlannedWorkbook } {
  const r = replanStore(store);
  if (!r.ok) throw new StoreInvalid(r.detail);
  return { builtin: r.builtin, planned: r.planned };
}

/** Reads every unit's entries and 扣分依据 back from the workbook. */
export function readEntries(book: BookView, units: readonly PlannedUnit[]): UnitEntriesWithClass[] {
  return units.map((u) => {
    const sheet = book.sheet(u.sheet);
    const read = sheet ? unitEntries((a) => sheet.cell(a), u) : { values: {}, basis: {}, fromCells: true };
    return { unit: u.unit, ...read, ...(u.cls !== undefined ? { cls: u.cls } : {}) };
  });
}

export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  /** Always a constant: text that starts with = + - @ is still text. */
  readonly value: string | number | null;
}

/** The cell writes that put entries (and 扣分依据) into a workbook, plus what could not be placed. */
export function fillWrites(
  planned: PlannedWorkbook,
  entries: readonly UnitEntriesWithClass[],
): { writes: CellWrite[]; unknownUnits: string[]; unknownInputs: { unit: string; input: string }[] } {
  const writes: CellWrite[] = [];
  const unknownUnits: string[] = [];
  const unknownInputs: { unit: string; input: string }[] = [];
  for (const e of entries) {
    const u = planned.units.find((p) => p.unit === e.unit);
    if (!u) {
      unknownUnits.push(e.unit);
      continue;
    }
    for (const [id, raw] of Object.entries(e.values)) {
      const address = u.cells.inputs[id];
      if (address === undefined) {
        unknownInputs.push({ unit: e.unit, input: id });
        continue;
      }
      const value = raw === true ? '是' : raw === false ? '否' : raw === undefined ? null : raw;
      writes.push({ sheet: u.sheet, address, value });
    }
    for (const [id, text] of Object.entries(e.basis)) {
      const address = u.cells.basis[id];
      if (address === undefined) unknownInputs.push({ unit: e.unit, input: `basis.${id}` });
      else writes.push({ sheet: u.sheet, address, value: text });
    }
  }
  return { writes, unknownUnits, unknownInputs };
}

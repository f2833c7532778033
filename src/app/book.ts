import type { Builtin } from '../core/builtin';
import type { Entry } from '../core/engine/entries';
import { loadRanking, loadRubric } from '../core/rubric/load';
import type { RankingRule } from '../core/rubric/schema';
import { planWorkbook, type PlannedUnit, type PlannedWorkbook, type StoreData } from '../core/plan';
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
  sheet(name: string): { cell(address: string): BookCell } | undefined;
}

export class StoreInvalid extends Error {}

/** The rubric stored in a workbook, and the plan the workbook was made from, rebuilt from it. */
export function replan(store: StoreData): { builtin: Builtin; planned: PlannedWorkbook } {
  const rankings = new Map<string, RankingRule>();
  if (store.ranking !== undefined) {
    const r = loadRanking(store.ranking);
    if (!r.ok) throw new StoreInvalid(JSON.stringify(r.problems));
    rankings.set(r.ranking.id, r.ranking);
  }
  const loaded = loadRubric(store.rubric, rankings);
  if (!loaded.ok) throw new StoreInvalid(JSON.stringify(loaded.problems));
  const builtin: Builtin = {
    rubric: loaded.rubric,
    ...(loaded.ranking ? { ranking: loaded.ranking } : {}),
    warnings: loaded.warnings,
  };
  const planned = planWorkbook(
    builtin,
    store.units.map((u) => ({ unit: u.unit, ...(u.cls !== undefined ? { cls: u.cls } : {}) })),
    store.options,
  );
  return { builtin, planned };
}

/** An input cell's content as an entry: numbers stay numbers, text stays text, a formula is its text. */
function entryOf(c: BookCell): Entry {
  if (c.formula !== undefined) return c.formula;
  if (typeof c.value === 'string') return c.value.trim() === '' ? undefined : c.value;
  return c.value ?? undefined;
}

/** Reads every unit's entries and 扣分依据 back from the workbook. */
export function readEntries(book: BookView, units: readonly PlannedUnit[]): UnitEntriesWithClass[] {
  return units.map((u) => {
    const sheet = book.sheet(u.sheet);
    const values: Record<string, Entry> = {};
    const basis: Record<string, string> = {};
    if (sheet) {
      for (const [id, a] of Object.entries(u.cells.inputs)) {
        const v = entryOf(sheet.cell(a));
        if (v !== undefined) values[id] = v;
      }
      for (const [id, a] of Object.entries(u.cells.basis)) {
        const v = sheet.cell(a).value;
        if (v !== null && String(v).trim() !== '') basis[id] = String(v);
      }
    }
    return { unit: u.unit, values, basis, ...(u.cls !== undefined ? { cls: u.cls } : {}) };
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

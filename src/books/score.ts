import { auditBook, type Audit } from '../core/audit';
import { builtinRubrics, type Builtin } from '../core/builtin';
import type { Finding } from '../core/engine/findings';
import { rankUnits } from '../core/engine/rank';
import type { PlannedWorkbook } from '../core/plan';
import { readEntries } from '../app/book';
import { scoreUnits, type RankedUnit } from '../app/score';
import { snapshotOf } from '../adapters/xlsx/snapshot';
import { loadOurBook, openOurBook, replanBook } from './open';

export interface ScoredBook {
  readonly builtin: Builtin;
  readonly planned: PlannedWorkbook;
  readonly units: readonly RankedUnit[];
}

/** `kaohe score BOOK.xlsx`: the entries read back and scored by the engine, ranked together. */
export async function scoreBook(data: Uint8Array, file: string): Promise<ScoredBook> {
  const { book, builtin, planned } = await openOurBook(data, file);
  return { builtin, planned, units: scoreUnits(builtin, readEntries(book, planned.units)) };
}

/**
 * `kaohe check BOOK.xlsx`: the audit of one workbook against the rubric stored in it, with the same
 * findings and severities as `kaohe audit` gives the same file.
 */
export async function checkBook(data: Uint8Array, file: string): Promise<readonly Finding[]> {
  const book = await loadOurBook(data, file);
  replanBook(book, file);
  return auditBook(snapshotOf(book.workbook, file), builtinRubrics()).findings;
}

export interface AuditedUnit {
  readonly unit: string;
  readonly sheet: string;
  readonly cls: string | undefined;
  readonly total: number | null;
  readonly grade: string | null;
  readonly complete: boolean;
  readonly rank: number | null;
  readonly rankClass: string | null;
}

/**
 * The units of an audited workbook with their totals, grades and ranks among the workbook's units,
 * as the workbook's own formulas compute them (the audit scored what each unit sheet holds).
 */
export function auditedUnits(a: Audit): AuditedUnit[] {
  const units = a.units ?? [];
  const ranks = rankUnits(
    units.map((u) => u.result),
    a.builtin?.ranking,
  );
  return units.map((u, i) => ({
    unit: u.unit,
    sheet: u.sheet,
    cls: u.result.cls,
    total: u.result.total,
    grade: u.result.grade,
    complete: u.result.complete,
    rank: ranks[i]?.rank ?? null,
    rankClass: ranks[i]?.rankClass ?? null,
  }));
}

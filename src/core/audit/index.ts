import type { Builtin } from '../builtin';
import type { Finding } from '../engine/findings';
import type { UnitResult } from '../engine/score';
import { sheetFingerprint } from '../plan/fingerprint';
import { STORE_SHEET, SUMMARY_SHEET } from '../plan/names';
import type { PlannedWorkbook } from '../plan/workbook';
import { cellFindings } from './cells';
import { detectMove, moveFinding, type Move } from './structure';
import { sameFormula } from '../formula/meaning';
import { quoteSheet } from '../formula/print';
import type { AuditSheet } from './types';
import { presentationFindings } from './presentation';
import { layoutFindings } from './layout';
import type { StoreData } from '../plan/store';
import { replanStore, type Replanned } from './replan';
import { rubricFindings } from './rubric';
import { matchSheets } from './sheets';
import type { AuditBook } from './types';
import { valueFindings } from './values';

export type { AuditBook, AuditCell, AuditSheet, ReadValidation } from './types';
export { sameFormula } from '../formula/meaning';
export { jsonDiff } from './rubric';
export { replanStore, type Replanned } from './replan';

export interface Audit {
  readonly file: string;
  readonly findings: readonly Finding[];
  /** Set when the stored rubric could be rebuilt: the rubric, the plan and each unit's result. */
  readonly builtin?: Builtin;
  readonly planned?: PlannedWorkbook;
  readonly units?: readonly { readonly unit: string; readonly sheet: string; readonly result: UnitResult }[];
}

/** A problem worth exit code 1: anything but information. */
export const isProblem = (f: Finding): boolean => f.severity !== 'info';

/** Cells whose formula is a result people might type a number over: totals, grades, subtotals, ranks. */
function resultCells(pw: PlannedWorkbook): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const u of pw.units) {
    const c = u.cells;
    out.set(
      u.sheet,
      new Set([c.total, c.grade, c.base, ...Object.values(c.sections), ...(c.composite ? [c.composite] : [])]),
    );
  }
  out.set(
    SUMMARY_SHEET,
    new Set(
      pw.summary.units.flatMap((u) => [
        u.total,
        u.rank,
        u.grade,
        ...(u.rankClass ? [u.rankClass] : []),
        ...Object.values(u.sections),
      ]),
    ),
  );
  return out;
}

/**
 * Audits a workbook received by email against the plan rebuilt from the rubric stored inside it:
 * the store itself, the rubric against the built-in one, the formula fingerprints, every sheet,
 * every formula and label, and every unit's entries and saved results. Pure: the adapters read.
 */
export function auditBook(
  book: AuditBook,
  builtins: ReadonlyMap<string, Builtin>,
  replan: (store: StoreData) => Replanned = replanStore,
): Audit {
  const out: Finding[] = [];
  const done = (extra: Partial<Audit> = {}): Audit => ({
    file: book.file,
    findings: out.map((f) => ({ ...f, file: book.file })),
    ...extra,
  });
  if (!book.hasStoreSheet || !book.store) {
    // Ours by its titles, not by a sheet name as common as 汇总 (other programs' workbooks have one too).
    const ours = book.sheets.some((s) => {
      const title = String(s.cell('A1').value ?? '').trim();
      return /计分表$/.test(title) || (s.name === SUMMARY_SHEET && /汇总表$/.test(title));
    });
    const code = !book.hasStoreSheet ? (ours ? 'audit-store-missing' : 'book-not-ours') : 'audit-store-invalid';
    out.push({
      code,
      severity: 'error',
      ...(ours ? { sheet: STORE_SHEET, cell: 'A1' } : {}),
      params: { file: book.file, detail: STORE_SHEET },
    });
    return done();
  }
  out.push(...rubricFindings(book.store, builtins));
  const r = replan(book.store);
  if (!r.ok) {
    out.push({
      code: 'audit-store-invalid',
      severity: 'error',
      sheet: STORE_SHEET,
      cell: 'B2',
      params: { file: book.file, detail: r.detail },
    });
    return done();
  }
  const { planned, builtin } = r;
  for (const p of planned.plan.sheets) {
    const stored = book.store.fingerprints[p.name];
    if (p.kind === 'store' || !stored) continue;
    const fresh = sheetFingerprint(p);
    if (stored.hash !== fresh.hash || stored.formulas !== fresh.formulas) {
      out.push({
        code: 'audit-fingerprint',
        severity: 'error',
        sheet: p.name,
        params: { stored: stored.hash, now: fresh.hash },
      });
    }
  }
  const { found, findings } = matchSheets(book, planned);
  out.push(...findings);
  const results = resultCells(planned);
  const units: { unit: string; sheet: string; result: UnitResult }[] = [];
  const moves = new Map<string, Move | undefined>();
  for (const p of planned.plan.sheets) {
    const s = found.get(p.name);
    if (s && p.kind !== 'store') moves.set(p.name, detectMove(p, s));
  }
  const explained = followOn(planned, found, moves);
  for (const p of planned.plan.sheets) {
    const s = found.get(p.name);
    if (!s || p.kind === 'store') continue;
    const move = moves.get(p.name);
    out.push(...cellFindings(p, s, results.get(p.name) ?? new Set(), move, explained));
    out.push(...layoutFindings(p, s, move !== undefined));
    if (!move) out.push(...presentationFindings(p, s));
    const pu = planned.units.find((u) => u.sheet === p.name);
    if (!pu || move) continue;
    const v = valueFindings(builtin, pu, s);
    units.push({ unit: pu.unit, sheet: s.name, result: v.result });
    out.push(...v.findings);
  }
  return done({ builtin, planned, units });
}

/**
 * Formulas on one sheet that differ only because another sheet moved under them (Excel and
 * LibreOffice adjust 汇总's ='甲镇'!J52 to J54 when rows go into 甲镇) or was renamed (='甲镇2'!J52):
 * the move or the rename is the finding, not each formula that followed it.
 */
function followOn(
  planned: PlannedWorkbook,
  found: ReadonlyMap<string, AuditSheet>,
  moves: ReadonlyMap<string, Move | undefined>,
): (expected: string, got: string) => boolean {
  const moved = planned.plan.sheets.filter((p) => moves.get(p.name) !== undefined).map((p) => `${quoteSheet(p.name)}!`);
  const renamed = [...found]
    .filter(([plan, s]) => plan !== s.name)
    .map(([plan, s]) => [`${quoteSheet(plan)}!`, `${quoteSheet(s.name)}!`] as const);
  return (expected, got) => {
    if (moved.some((ref) => expected.includes(ref))) return true;
    if (renamed.length === 0) return false;
    const renamedExpected = renamed.reduce((f, [from, to]) => f.split(from).join(to), expected);
    return renamedExpected !== expected && sameFormula(got, renamedExpected);
  };
}

/** Findings that mean a sheet's cells are not where the plan says, or that another sheet stands in for it. */
export const STRUCTURAL = new Set([
  'sheet-missing',
  'audit-sheet-renamed',
  'audit-sheet-copied',
  'audit-rows-deleted',
  'audit-rows-inserted',
  'audit-columns-deleted',
  'audit-columns-inserted',
  'audit-rows-sorted',
]);

/**
 * The layout of a workbook against its plan, for commands that read or write cells by address
 * (fill, score, notice): sheets missing, renamed or copied, rows or columns inserted, deleted or
 * sorted, merges split, a password set. `broken` names the plan's sheets whose cells are no longer
 * where the plan says (or that have a copy someone may have filled instead): reading them would
 * misread entries, writing them would put entries in the wrong cells.
 */
export function layoutAudit(book: AuditBook, planned: PlannedWorkbook): { findings: Finding[]; broken: Set<string> } {
  const { found, findings } = matchSheets(book, planned);
  const out = findings.filter((f) => f.code !== 'audit-sheet-extra');
  const broken = new Set<string>();
  for (const f of out) {
    if (f.code === 'sheet-missing' && f.sheet !== undefined) broken.add(f.sheet);
    if (f.code === 'audit-sheet-renamed' || f.code === 'audit-sheet-copied') broken.add(String(f.params.sheet));
  }
  for (const p of planned.plan.sheets) {
    const s = found.get(p.name);
    if (!s || p.kind === 'store') continue;
    const move = detectMove(p, s);
    if (move) {
      // A sorted 汇总 is reported, but blocks nothing: its formulas point into the unit sheets,
      // which are what fill, score and notice read and write.
      if (p.kind === 'unit' || move.kind !== 'sorted') broken.add(p.name);
      out.push(moveFinding(s.name, move));
    }
    out.push(...layoutFindings(p, s, move !== undefined));
  }
  return { findings: out, broken };
}

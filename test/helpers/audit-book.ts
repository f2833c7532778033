import ExcelJS from 'exceljs';
import { auditBook, isProblem, type Audit } from '../../src/core/audit';
import { builtinRubrics } from '../../src/core/builtin';
import { engineResults } from '../../src/app/results';
import { scoreUnits } from '../../src/app/score';
import type { UnitEntriesWithClass } from '../../src/app/entries';
import { planWorkbook, type PlannedWorkbook } from '../../src/core/plan';
import { snapshotOf, snapshotXlsx } from '../../src/adapters/xlsx/snapshot';
import { fastSnapshot } from '../../src/adapters/xlsx/fast-snapshot';
import { filledBook, loadExcel } from './book';
import { prng, randomEntries } from './random-entries';

/** A filled workbook whose every lost point has a reason: what an honest office sends upward. */
export async function honestBook(
  rubricId = 'huilongshan',
  units = ['甲镇', '乙镇', '丙镇'],
  seed = 7,
): Promise<{ buf: Buffer; planned: PlannedWorkbook; entries: UnitEntriesWithClass[] }> {
  const b = builtinRubrics().get(rubricId);
  if (!b) throw new Error(rubricId);
  const planned = planWorkbook(
    b,
    units.map((unit) => ({ unit })),
    { date: '2024-06-30' },
  );
  const r = prng(seed);
  const raw = planned.units.map((u) => ({
    unit: u.unit,
    values: randomEntries(u.graph, r, 0),
    basis: {} as Record<string, string>,
  }));
  const scored = scoreUnits(b, raw);
  const entries = raw.map((e, i) => {
    const u = scored[i];
    const basis: Record<string, string> = {};
    for (const it of [...(u?.items ?? []), ...(u?.adjustments ?? [])])
      if ((it.lost ?? 0) > 0) basis[it.id] = `${it.name}：抽查发现问题`;
    return { ...e, basis };
  });
  const withBasis = scoreUnits(b, entries);
  return { buf: await filledBook(planned, entries, engineResults(planned, withBasis)), planned, entries };
}

/** Loads, changes and audits a workbook. */
export async function tamper(
  buf: Buffer,
  change: (wb: ExcelJS.Workbook) => void | Promise<void>,
  file = 'received.xlsx',
): Promise<Audit> {
  const wb = await loadExcel(buf);
  await change(wb);
  const out = Buffer.from(await wb.xlsx.writeBuffer());
  return auditBuffer(out, file);
}

export async function auditBuffer(buf: Buffer, file = 'received.xlsx'): Promise<Audit> {
  const snap = await snapshotXlsx(buf, file);
  const fast = fastSnapshot(buf, file);
  if ('code' in snap) {
    // The quick reader never opens what ExcelJS refuses.
    if (fast) throw new Error(`the quick reader opened ${file}, which ExcelJS refuses: ${snap.detail}`);
    return { file, findings: [{ code: snap.code, severity: 'error', file, params: { file, detail: snap.detail } }] };
  }
  const a = auditBook(snapshotOf(snap.workbook, file), builtinRubrics());
  // Whatever the quick reader `kaohe audit` uses opens, it must audit exactly as ExcelJS's reading.
  if (fast) expect(sameAudit(auditBook(fast, builtinRubrics()))).toEqual(sameAudit(a));
  return a;
}

const sameAudit = (a: Audit): unknown => JSON.parse(JSON.stringify({ findings: a.findings, units: a.units }));

export const problems = (a: Audit): Audit['findings'] => a.findings.filter(isProblem);

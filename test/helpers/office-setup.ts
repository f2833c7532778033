import { createOfficePort, type OfficePortOptions } from '../../src/adapters/office/port';
import { detectSupport } from '../../src/adapters/office/support';
import { fillWrites } from '../../src/app/book';
import { builtinRubrics, type Builtin } from '../../src/core/builtin';
import { planWorkbook, type PlannedWorkbook } from '../../src/core/plan';
import { FakeExcel } from './fake-excel';
import { prng, randomEntries } from './random-entries';

export const huilongshan = (): Builtin => builtinRubrics().get('huilongshan') as Builtin;
export const units = (n: number): { unit: string }[] => Array.from({ length: n }, (_, i) => ({ unit: `第${i + 1}镇` }));

export interface Setup {
  readonly fake: FakeExcel;
  readonly port: ReturnType<typeof createOfficePort>;
  /** Errors the adapter reported through onError (live checks, activation). */
  readonly errors: unknown[];
}

/** A fake Excel installed as the global host, and the add-in's port over it. */
export function officeSetup(
  o: { apiVersion?: number; platform?: FakeExcel['platform']; port?: OfficePortOptions } = {},
): Setup {
  const fake = new FakeExcel();
  fake.apiVersion = o.apiVersion ?? 14;
  fake.platform = o.platform ?? 'web';
  fake.install(globalThis as unknown as Record<string, unknown>);
  const errors: unknown[] = [];
  const port = createOfficePort({
    support: detectSupport(fake.isSetSupported),
    onError: (e) => errors.push(e),
    ...o.port,
  });
  return { fake, port, errors };
}

/** Inserts `n` units of `b` (huilongshan by default) and types random valid entries into them. */
export async function filledBook(s: Setup, n: number, b: Builtin = huilongshan()): Promise<{ pw: PlannedWorkbook }> {
  const pw = planWorkbook(b, units(n), { date: '2024-06-30' });
  const r = await s.port.insert(pw.plan, []);
  if (r.clashes.length > 0) throw new Error(`clashes: ${r.clashes.join(', ')}`);
  const rand = prng(n);
  const entries = pw.units.map((u) => ({ unit: u.unit, values: randomEntries(u.graph, rand, 0), basis: {} }));
  for (const w of fillWrites(pw, entries).writes) await s.fake.userEdit(w.sheet, w.address, [[w.value ?? '']]);
  s.fake.syncs = [];
  return { pw };
}

/** Every formula the fake holds, by sheet and cell. */
export function formulasOf(fake: FakeExcel): { sheet: string; cell: string; formula: string }[] {
  return fake.sheets.flatMap((s) =>
    [...s.cells]
      .filter(([, c]) => c.formula.startsWith('='))
      .map(([cell, c]) => ({ sheet: s.name, cell, formula: c.formula })),
  );
}

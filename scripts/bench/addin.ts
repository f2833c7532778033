/**
 * The add-in's round trips, counted through the fake Excel the tests use (test/helpers/fake-excel.ts):
 * `context.sync()` calls and the largest request of inserting 1, 10 and 50 unit sheets, of one
 * change check (a person types into an input cell of the 50-unit workbook, the pane reads the
 * watched block back), and of 生成整改通知单. Compiled by esbuild at bench time.
 */
import { createOfficePort } from '../../src/adapters/office/port';
import { detectSupport } from '../../src/adapters/office/support';
import { fillWrites } from '../../src/app/book';
import { sheetsOfPlan } from '../../src/app/check';
import type { SheetReadback } from '../../src/app/port';
import { makeNotice } from '../../src/app/tools';
import { builtinRubrics } from '../../src/core/builtin';
import { planWorkbook } from '../../src/core/plan';
import { FakeExcel, type SyncRecord } from '../../test/helpers/fake-excel';
import { prng, randomEntries } from '../../test/helpers/random-entries';

export interface Count {
  readonly syncs: number;
  readonly maxBytes: number;
  readonly ms: number;
}

const count = (syncs: readonly SyncRecord[], ms: number): Count => ({
  syncs: syncs.length,
  maxBytes: Math.max(0, ...syncs.map((s) => s.bytes)),
  ms,
});

function setup(): { fake: FakeExcel; port: ReturnType<typeof createOfficePort> } {
  const fake = new FakeExcel();
  fake.install(globalThis as unknown as Record<string, unknown>);
  const port = createOfficePort({
    support: detectSupport(fake.isSetSupported),
    onError: (e) => {
      throw e;
    },
  });
  return { fake, port };
}

const rubric = (id: string): NonNullable<ReturnType<ReturnType<typeof builtinRubrics>['get']>> => {
  const b = builtinRubrics().get(id);
  if (!b) throw new Error(`no built-in rubric ${id}`);
  return b;
};
const units = (n: number): { unit: string }[] => Array.from({ length: n }, (_, i) => ({ unit: `第${i + 1}镇` }));

/** Inserts `n` unit sheets (with summary and store) into an empty workbook. */
export async function insert(id: string, n: number): Promise<Count> {
  const { fake, port } = setup();
  const pw = planWorkbook(rubric(id), units(n), { date: '2024-06-30' });
  const t = performance.now();
  const r = await port.insert(pw.plan, []);
  const ms = performance.now() - t;
  if (r.clashes.length > 0) throw new Error(`insert reported clashes: ${r.clashes.join(', ')}`);
  if (fake.sheets.length !== pw.plan.sheets.length)
    throw new Error(`inserted ${fake.sheets.length} sheets, planned ${pw.plan.sheets.length}`);
  return count(fake.syncs, ms);
}

/** One change check: a person types a bad entry into the `n`-unit workbook; the pane reads it back. */
export async function changeCheck(id: string, n: number): Promise<Count> {
  const { fake, port } = setup();
  const pw = planWorkbook(rubric(id), units(n), { date: '2024-06-30' });
  await port.insert(pw.plan, []);
  const sheets = sheetsOfPlan(pw);
  const changes: SheetReadback[] = [];
  await port.watch(
    sheets.map((s) => s.map),
    (c) => changes.push(c),
  );
  await fake.settled();
  const last = sheets[sheets.length - 1];
  const cell = last ? Object.values(last.map.inputs)[0] : undefined;
  if (!last || !cell) throw new Error('no input cell to type into');
  const before = fake.syncs.length;
  const t = performance.now();
  await fake.userEdit(last.map.sheet, cell, [[-3]]);
  const ms = performance.now() - t;
  if (changes.length !== 1) throw new Error(`expected one change reported, got ${changes.length}`);
  return count(fake.syncs.slice(before), ms);
}

/** 生成整改通知单 on an inserted `n`-unit workbook whose input cells a person filled. */
export async function notice(id: string, n: number): Promise<Count> {
  const { fake, port } = setup();
  const pw = planWorkbook(rubric(id), units(n), { date: '2024-06-30' });
  await port.insert(pw.plan, []);
  const r = prng(n);
  const entries = pw.units.map((u) => ({ unit: u.unit, values: randomEntries(u.graph, r, 0), basis: {} }));
  for (const w of fillWrites(pw, entries).writes) await fake.userEdit(w.sheet, w.address, [[w.value ?? '']]);
  fake.syncs = [];
  const t = performance.now();
  const out = await makeNotice(port, { days: 30, date: '2024-07-10', issuer: '考核办' });
  const ms = performance.now() - t;
  if (!out.ok) throw new Error(`notice failed: ${out.reason}`);
  return count(fake.syncs, ms);
}

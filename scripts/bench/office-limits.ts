/**
 * The add-in against Excel on the web's limits, counted through the strict fake Excel
 * (test/helpers/fake-excel.ts) with every request sized by office.js itself (test/helpers/
 * office-js.ts, the Excel on the web build run in a sandbox) and every answer as the fake's host
 * model sizes it: insert, check (检查全部), audit (审核本工作簿) and notice (生成整改通知单) at 1, 50
 * and 300 huilongshan units, each with its syncs and largest request and answer. Compiled by
 * esbuild at bench time (scripts/bench.mjs).
 */
import { sheetsOfPlan } from '../../src/app/check';
import { auditOpenBook, makeNotice } from '../../src/app/tools';
import { planWorkbook } from '../../src/core/plan';
import { fillWrites } from '../../src/app/book';
import type { SyncRecord } from '../../test/helpers/fake-excel';
import { officeJsBytes } from '../../test/helpers/office-js';
import { huilongshan, officeSetup, units } from '../../test/helpers/office-setup';
import { prng, randomEntries } from '../../test/helpers/random-entries';

export interface Step {
  readonly step: 'insert' | 'check' | 'audit' | 'notice';
  readonly units: number;
  readonly syncs: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
  readonly ms: number;
}

const measure = async (
  step: Step['step'],
  n: number,
  syncs: () => SyncRecord[],
  reset: () => void,
  run: () => Promise<unknown>,
): Promise<Step> => {
  reset();
  const t = performance.now();
  await run();
  const ms = performance.now() - t;
  const s = syncs();
  return {
    step,
    units: n,
    syncs: s.length,
    maxRequest: Math.max(0, ...s.map((x) => x.bytes)),
    maxResponse: Math.max(0, ...s.map((x) => x.response)),
    ms,
  };
};

/** The four steps on a workbook of `n` units, entries typed in between insert and check. */
export async function limits(n: number): Promise<Step[]> {
  const s = officeSetup();
  s.fake.sizer = officeJsBytes;
  const pw = planWorkbook(huilongshan(), units(n), { date: '2024-06-30' });
  const syncs = (): SyncRecord[] => s.fake.syncs;
  const reset = (): void => void (s.fake.syncs = []);
  const out: Step[] = [];
  out.push(await measure('insert', n, syncs, reset, () => s.port.insert(pw.plan, [])));
  const r = prng(n);
  const entries = pw.units.map((u) => ({ unit: u.unit, values: randomEntries(u.graph, r, 0), basis: {} }));
  for (const w of fillWrites(pw, entries).writes) await s.fake.userEdit(w.sheet, w.address, [[w.value ?? '']]);
  const maps = sheetsOfPlan(pw).map((x) => x.map);
  out.push(await measure('check', n, syncs, reset, () => s.port.read(maps)));
  out.push(await measure('audit', n, syncs, reset, () => auditOpenBook(s.port, 'bench')));
  out.push(
    await measure('notice', n, syncs, reset, () =>
      makeNotice(s.port, { days: 30, date: '2024-07-10', issuer: '考核办' }),
    ),
  );
  return out;
}

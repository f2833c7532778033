/**
 * Request sizes are counted as office.js serializes a batch (issue 13, item 15). office.js itself
 * (@microsoft/office-js, the Excel on the web build) runs here in a sandbox: every batch the
 * add-in sends through the fake is replayed onto a real Excel.RequestContext and its request body
 * built by office.js. The fake's own count must agree with it, and the add-in's budget must keep
 * office.js's requests under the limit it is given.
 */
import type { Op } from '../helpers/fake-excel';
import { requestBytes } from '../helpers/fake-excel';
import { officeJsBytes } from '../helpers/office-js';
import { makeNotice } from '../../src/app/tools';
import { sheetsOfPlan } from '../../src/app/check';
import { planWorkbook } from '../../src/core/plan';
import { filledBook, huilongshan, officeSetup, units } from '../helpers/office-setup';

/** Every batch a setup sends, with the fake's count and office.js's. */
function recording(s: ReturnType<typeof officeSetup>): { model: number; real: number }[] {
  const seen: { model: number; real: number }[] = [];
  s.fake.sizer = (ops: readonly Op[]) => {
    const real = officeJsBytes(ops);
    seen.push({ model: requestBytes(ops), real });
    return real;
  };
  return seen;
}

describe('request sizes as office.js serializes them', () => {
  it('the fake counts what office.js sends, within a few per cent, never much less', async () => {
    const s = officeSetup({ apiVersion: 9 });
    const seen = recording(s);
    const { pw } = await filledBook(s, 3);
    await makeNotice(s.port, { days: 30, date: '2024-07-10', issuer: '考核办' });
    await s.port.read(sheetsOfPlan(pw).map((x) => x.map));
    const big = seen.filter((x) => x.real > 10_000);
    expect(big.length).toBeGreaterThanOrEqual(3);
    const ratios = big.map((x) => x.model / x.real);
    console.log(
      `fake ÷ office.js over ${big.length} requests of 10 KB or more: ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}; largest ${(Math.max(...big.map((x) => x.real)) / 1024).toFixed(0)} KB`,
    );
    for (const r of ratios) {
      expect(r).toBeGreaterThan(0.97);
      expect(r).toBeLessThan(1.15);
    }
  }, 60_000);

  it('keeps every request office.js builds under the budget the add-in is given', async () => {
    const s = officeSetup({ apiVersion: 9, port: { maxRequestBytes: 150_000 } });
    recording(s);
    await s.port.insert(planWorkbook(huilongshan(), units(4)).plan, []);
    expect(s.fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...s.fake.syncs.map((x) => x.bytes))).toBeLessThan(150_000);
  }, 60_000);
});

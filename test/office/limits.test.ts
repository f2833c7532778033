/**
 * Excel on the web's 5 MB request and response limits and the five-million-cell read limit
 * (issue 13, items 7 and 15): 300 units insert, check, audit and make their notice, every
 * request and response under 5 MB as office.js would send it.
 */
import { sheetsOfPlan } from '../../src/app/check';
import { auditOpenBook, makeNotice } from '../../src/app/tools';
import { planWorkbook } from '../../src/core/plan';
import { filledBook, huilongshan, officeSetup, units } from '../helpers/office-setup';

const MB5 = 5 * 1024 * 1024;
const largest = (syncs: readonly { bytes: number; response: number }[]): [number, number] => [
  Math.max(0, ...syncs.map((s) => s.bytes)),
  Math.max(0, ...syncs.map((s) => s.response)),
];

describe('300 units under the web limits', () => {
  const s = officeSetup();
  let pw: Awaited<ReturnType<typeof filledBook>>['pw'];
  const seen: string[] = [];

  beforeAll(async () => {
    ({ pw } = await filledBook(s, 300));
  }, 120_000);
  afterAll(() => console.log(`300 units, syncs and largest request / response: ${seen.join('; ')}`));

  const step = async (what: string, f: () => Promise<unknown>): Promise<void> => {
    s.fake.syncs = [];
    await f();
    const [req, res] = largest(s.fake.syncs);
    seen.push(`${what} ${s.fake.syncCount} syncs, ${(req / 1024).toFixed(0)} KB / ${(res / 1024).toFixed(0)} KB`);
    expect(req).toBeLessThan(MB5);
    expect(res).toBeLessThan(MB5);
  };

  it('checks every sheet (检查全部)', async () => {
    await step('check', async () => {
      const read = await s.port.read(sheetsOfPlan(pw).map((x) => x.map));
      expect(read).toHaveLength(300);
    });
  }, 60_000);

  let clean: string[] = [];
  it('audits the workbook (审核本工作簿)', async () => {
    await step('audit', async () => {
      const a = await auditOpenBook(s.port, 'open');
      expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
      clean = a.findings.map((f) => `${f.code}@${f.sheet ?? ''}!${f.cell ?? ''}`);
    });
  }, 60_000);

  it('makes the notice (生成整改通知单)', async () => {
    await step('notice', async () =>
      expect((await makeNotice(s.port, { days: 30, date: '2024-07-10', issuer: '考核办' })).ok).toBe(true),
    );
  }, 60_000);

  it('reads a sheet whose used range passes five million cells, in parts', async () => {
    // Someone unprotects the summary and types far below it: its used range is 26 × 200,001 cells.
    s.fake.userUnprotect('汇总');
    await s.fake.userEdit('汇总', 'Z200001', [['多余']]);
    await step('audit with a stray cell at Z200001', async () => {
      const a = await auditOpenBook(s.port, 'open');
      const unitFindings = a.findings
        .filter((f) => f.sheet !== '汇总')
        .map((f) => `${f.code}@${f.sheet ?? ''}!${f.cell ?? ''}`);
      expect(unitFindings).toEqual(clean.filter((f) => !f.includes('@汇总!')));
    });
  }, 120_000);
});

it('inserts 300 units with every request under 5 MB', async () => {
  const { fake, port } = officeSetup();
  const pw = planWorkbook(huilongshan(), units(300));
  await port.insert(pw.plan, []);
  expect(fake.sheets).toHaveLength(pw.plan.sheets.length);
  const [req] = largest(fake.syncs);
  console.log(`insert 300 units: ${fake.syncCount} syncs, largest request ${(req / 1024).toFixed(0)} KB`);
  expect(req).toBeLessThan(MB5);
}, 120_000);

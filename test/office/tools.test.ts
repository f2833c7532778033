import { createOfficePort } from '../../src/adapters/office/port';
import { detectSupport } from '../../src/adapters/office/support';
import { auditOpenBook, makeNotice } from '../../src/app/tools';
import { builtinRubrics } from '../../src/core/builtin';
import { NOTICE_SHEET, NC, planWorkbook } from '../../src/core/plan';
import { fillWrites } from '../../src/app/book';
import { prng, randomEntries } from '../helpers/random-entries';
import { FakeExcel } from '../helpers/fake-excel';

const builtin = builtinRubrics().get('huilongshan')!;
const settings = { days: 30, date: '2024-07-10', issuer: '考核办' };

async function setup(n: number) {
  const fake = new FakeExcel();
  fake.install(globalThis as unknown as Record<string, unknown>);
  const port = createOfficePort({
    support: detectSupport(fake.isSetSupported),
    onError: (e) => {
      throw e;
    },
  });
  const pw = planWorkbook(
    builtin,
    Array.from({ length: n }, (_, i) => ({ unit: `第${i + 1}镇` })),
    { date: '2024-06-30' },
  );
  await port.insert(pw.plan, []);
  const r = prng(n);
  const entries = pw.units.map((u) => ({ unit: u.unit, values: randomEntries(u.graph, r, 0), basis: {} }));
  for (const w of fillWrites(pw, entries).writes) await fake.userEdit(w.sheet, w.address, [[w.value ?? '']]);
  fake.syncs = [];
  return { fake, port, pw };
}

describe('the pane’s notice and audit through office-js', () => {
  const counts: number[] = [];
  // Reading the book takes three syncs (the sheets, their used ranges' sizes, the cells in parts
  // under the web's 5 MB answer) and writing the notice three; a bigger book reads in more parts.
  it.each([1, 8, 30])('%i units: 生成整改通知单 takes 6–7 syncs, and a second run keeps what was typed', async (n) => {
    const { fake, port } = await setup(n);
    const first = await makeNotice(port, settings);
    expect(first.ok).toBe(true);
    counts.push(fake.syncCount);
    expect(fake.syncCount).toBeLessThanOrEqual(7);
    expect(Math.max(...fake.syncs.map((s) => Math.max(s.bytes, s.response)))).toBeLessThan(5 * 1024 * 1024);
    const sheet = fake.sheet(NOTICE_SHEET);
    expect(sheet.protected).toBe(true);
    // A row's key (unit‖item); each unit's table is also marked at its heading and end (‖#表头, ‖#表尾).
    const keyRow = [...sheet.cells.entries()].find(
      ([a, c]) => a.startsWith(NC.key) && String(c.value).includes('‖') && !String(c.value).includes('‖#'),
    );
    expect(keyRow).toBeDefined();
    const row = keyRow![0].slice(1);
    expect(sheet.unlocked.has(`${NC.measure}${row}`)).toBe(true);
    await fake.userEdit(NOTICE_SHEET, `${NC.measure}${row}`, [['补齐台账，月底前完成']]);
    fake.syncs = [];
    const second = await makeNotice(port, settings);
    expect(second).toMatchObject({ ok: true, typed: 1 });
    expect(fake.syncCount).toBeLessThanOrEqual(7);
    const again = fake.sheet(NOTICE_SHEET);
    const cell = [...again.cells.entries()].find(([, c]) => c.value === '补齐台账，月底前完成');
    expect(cell?.[0]).toBe(`${NC.measure}${row}`);
  });
  afterAll(() => {
    console.log(`syncs for 生成整改通知单 by units (1, 8, 30): ${counts.join(', ')}`);
    expect(counts.slice(0, 2)).toEqual([6, 6]);
  });

  it('审核本工作簿 reads the book in 3 syncs and finds a total typed over', async () => {
    const { fake, port, pw } = await setup(3);
    const u = pw.units[1]!;
    const clean = await auditOpenBook(port, 'open');
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    fake.userUnprotect(u.sheet);
    await fake.userEdit(u.sheet, u.cells.total, [[95]]);
    fake.syncs = [];
    const a = await auditOpenBook(port, 'open');
    expect(fake.syncCount).toBe(3);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([
      `audit-total-typed@${u.sheet}!${u.cells.total}`,
    ]);
  });
});

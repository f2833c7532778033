/**
 * What `values` gives back for what people type (issue 13, item 6): a date is its serial number
 * and a percentage a fraction. The add-in reads them as the CLI does (src/adapters/xlsx/read.ts:
 * dates as ISO text, a percentage as the fraction the sheet computes with, its format passed on),
 * so a typed 考核日期 counts, a typed 整改时限 stays a date and 85% is reported, not misread.
 */
import { sheetsOfPlan } from '../../src/app/check';
import type { SheetReadback } from '../../src/app/port';
import { auditOpenBook, makeNotice } from '../../src/app/tools';
import { sheetCheck } from '../../src/taskpane/session';
import { NC, NOTICE_SHEET, planWorkbook } from '../../src/core/plan';
import { filledBook, huilongshan, officeSetup, units } from '../helpers/office-setup';

// Issued before the units were assessed: each unit's 整改时限 counts from its own 考核日期.
const settings = { days: 30, date: '2024-06-01', issuer: '考核办' };

/** 整改时限 of each notice row, by unit. */
function deadlines(fake: ReturnType<typeof officeSetup>['fake']): Map<string, unknown[]> {
  const sheet = fake.sheet(NOTICE_SHEET);
  const out = new Map<string, unknown[]>();
  for (const [a, c] of sheet.cells) {
    if (!a.startsWith(NC.key) || !String(c.value).includes('‖') || String(c.value).includes('‖#')) continue;
    const row = a.slice(NC.key.length);
    const unit = String(c.value).split('‖')[0]!;
    out.set(unit, [...(out.get(unit) ?? []), sheet.cells.get(`${NC.deadline}${row}`)?.value]);
  }
  return out;
}

describe('dates and percentages typed into the workbook', () => {
  it('counts 整改时限 from a typed 考核日期, and carries a typed 整改时限 as that date', async () => {
    const s = officeSetup();
    const { pw } = await filledBook(s, 2);
    const [first, second] = pw.units;
    await s.fake.userEdit(first!.sheet, first!.cells.date, [['2024-07-01']]);
    expect(typeof s.fake.sheet(first!.sheet).cells.get(first!.cells.date)?.value).toBe('number');
    expect((await makeNotice(s.port, settings)).ok).toBe(true);
    const made = deadlines(s.fake);
    expect(new Set(made.get(first!.unit))).toEqual(new Set(['2024年7月31日']));
    expect(new Set(made.get(second!.unit))).toEqual(new Set(['2024年7月30日']));
    const sheet = s.fake.sheet(NOTICE_SHEET);
    const row = [...sheet.cells]
      .find(
        ([a, c]) =>
          a.startsWith(NC.key) && String(c.value).startsWith(`${second!.unit}‖`) && !String(c.value).includes('‖#'),
      )![0]
      .slice(1);
    await s.fake.userEdit(NOTICE_SHEET, `${NC.deadline}${row}`, [['2024-08-15']]);
    expect(await makeNotice(s.port, settings)).toMatchObject({ ok: true, typed: 1 });
    expect(s.fake.sheet(NOTICE_SHEET).cells.get(`${NC.deadline}${row}`)?.value).toBe('2024年8月15日');
  });

  it('reads 85% typed into a percentage input as the sheet computes it (0.85), and says why', async () => {
    const s = officeSetup();
    const pw = planWorkbook(huilongshan(), units(1));
    await s.port.insert(pw.plan, []);
    const sheets = sheetsOfPlan(pw);
    const changes: SheetReadback[] = [];
    await s.port.watch(
      sheets.map((x) => x.map),
      (c) => changes.push(c),
    );
    const cell = sheets[0]!.map.inputs['3.2b-pct']!;
    await s.fake.userEdit('第1镇', cell, [['85%']]);
    expect(s.fake.sheet('第1镇').cells.get(cell)?.value).toBe(0.85);
    expect(changes.at(-1)?.values[cell]).toBe(0.85);
    expect(changes.at(-1)?.formats?.[cell]).toBe('0%');
    const found = sheetCheck(huilongshan(), sheets[0]!, changes.at(-1)!).findings.find((f) => f.cell === cell);
    expect(found).toMatchObject({
      code: 'cell-percent-format',
      severity: 'error',
      params: { value: 0.85, shown: '85%' },
    });
    const audit = await auditOpenBook(s.port, 'open');
    expect(audit.findings.find((f) => f.cell === cell)?.code).toBe('cell-percent-format');
  });
});

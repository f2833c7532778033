/**
 * Which Office gets what (issue 13, item 16). Microsoft's table ("Excel JavaScript API requirement
 * sets", learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * volume-licensed Office 2016 has ExcelApi 1.1 only, Office 2019 up to 1.7, Office 2021 up to 1.14,
 * Office 2024 up to 1.17; Microsoft 365, the web and current Mac have every numbered set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectSupport } from '../../src/adapters/office/support';
import { FakeExcel } from '../helpers/fake-excel';
import { huilongshan, officeSetup, units } from '../helpers/office-setup';
import { planWorkbook } from '../../src/core/plan';
import { auditOpenBook } from '../../src/app/tools';

const host = (minor: number): ReturnType<typeof detectSupport> => {
  const fake = new FakeExcel();
  fake.apiVersion = minor;
  return detectSupport(fake.isSetSupported);
};

describe('what each Office can do', () => {
  it('asks the manifest only for ExcelApi 1.1, so every Excel with add-ins can open the pane and say what works', () => {
    const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.1"/>');
  });

  it.each([
    // [ExcelApi minor, Office, read/audit, live checks, insert + notice, print layout, copy sheets]
    [1, 'Office 2016 volume-licensed', false, false, false, false, false],
    [7, 'Office 2019 volume-licensed', true, true, false, false, false],
    [14, 'Office 2021 LTSC', true, true, true, true, true],
    [17, 'Office 2024 LTSC', true, true, true, true, true],
  ])('ExcelApi 1.%i (%s)', (minor, _office, read, events, insert, print, copy) => {
    const s = host(minor);
    expect([s.canRead, s.liveChecks, s.canInsert, s.details, s.copySheets]).toEqual([
      read,
      events,
      insert,
      print,
      copy,
    ]);
  });

  it('on ExcelApi 1.7 (Office 2019) audits a workbook made by the CLI, and says insert needs 1.8', async () => {
    const made = officeSetup();
    await made.port.insert(planWorkbook(huilongshan(), units(2)).plan, []);
    const old = officeSetup({ apiVersion: 7 });
    old.fake.load(made.fake.snapshot());
    expect(old.port.support().canInsert).toBe(false);
    expect(old.port.support().missing).toContain('ExcelApi 1.8');
    const a = await auditOpenBook(old.port, 'open');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditBuffer, problems } from '../helpers/audit-book';
import { readEntries, replan } from '../../src/app/book';
import { buildNotice } from '../../src/app/notice';
import { saveWorkbook } from '../../src/adapters/xlsx/excel';
import { loadBook } from '../../src/adapters/xlsx/read';
import { replaceSheet } from '../../src/adapters/xlsx/replace';
import { pagesWithReasons } from '../../src/core/plan';

/**
 * Workbooks made before the printed layout changed (test/fixtures/layout1: `honestBook` of every
 * built-in rubric, two units, made by main at 0843979) are still read with the layout they were
 * made with: the audit rebuilds their plan from the store and finds nothing wrong.
 */
const dir = join(__dirname, '../fixtures/layout1');
const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));

test('there is an old workbook of every built-in rubric', () => {
  expect(files.sort()).toEqual([
    'huilongshan.xlsx',
    'lingling-2018-09.xlsx',
    'village-exit.xlsx',
    'yixiu-district.xlsx',
    'yixiu-township.xlsx',
  ]);
});

test.each(files)('%s (layout 1) audits clean and scores both units', async (file) => {
  const a = await auditBuffer(readFileSync(join(dir, file)), file);
  expect(problems(a)).toEqual([]);
  expect(a.units?.map((u) => u.unit)).toEqual(['甲镇', '乙镇']);
  expect(a.units?.every((u) => typeof u.result.total === 'number')).toBe(true);
  // Rebuilt in its own layout: the twelve columns, totals in J, the store still says /1.
  expect(a.planned?.store.layout).toBe(1);
  expect(a.planned?.units[0]?.cells.total).toMatch(/^J\d+$/);
  expect(a.planned?.plan.sheets.find((s) => s.kind === 'store')?.cells[0]?.value).toBe('kaohe-workbook/1');
});

test('an old workbook keeps its layout through fill and notice: the audit still finds nothing', async () => {
  const book = await loadBook(readFileSync(join(dir, 'huilongshan.xlsx')), 'old.xlsx');
  const { builtin, planned } = replan(book.store);
  const entries = readEntries(book, planned.units);
  expect(pagesWithReasons(planned, entries)).toEqual([]);
  const n = buildNotice(book, builtin, planned, { days: 30, date: '2024-07-10', issuer: '考核办' });
  await replaceSheet(book.workbook, n.plan, n.results);
  const again = await auditBuffer(Buffer.from(await saveWorkbook(book.workbook)), 'old-notice.xlsx');
  expect(problems(again)).toEqual([]);
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditBuffer, problems } from '../helpers/audit-book';

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
});

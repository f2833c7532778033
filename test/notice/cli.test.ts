import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCli, cliIn } from '../helpers/cli';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kaohe-notice-'));
const kaohe = cliIn(dir);

beforeAll(() => {
  buildCli();
  expect(
    kaohe('new', '--rubric', 'huilongshan', '--units', '东塘村,白若村,金峰村', '--date', '2016-12-20', '-o', 'b.xlsx')
      .code,
  ).toBe(0);
  expect(kaohe('fill', 'b.xlsx', '--entries', join(root, 'test/fixtures/notice-entries.json')).code).toBe(0);
});

test('kaohe notice writes OUT, refuses to overwrite it without --force, and refreshes in place', () => {
  const before = statSync(join(dir, 'b.xlsx')).mtimeMs;
  const r = kaohe('notice', 'b.xlsx', '-o', 'n.xlsx', '--date', '2017-01-05', '--days', '15');
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/已写入 n\.xlsx 的“整改通知单”：\d 个单位，\d+ 条问题/);
  expect(statSync(join(dir, 'b.xlsx')).mtimeMs).toBe(before);
  const again = kaohe('notice', 'b.xlsx', '-o', 'n.xlsx');
  expect(again.code).toBe(2);
  expect(again.err).toContain('已存在');
  expect(kaohe('notice', 'n.xlsx', '--date', '2017-01-05').code).toBe(0);
  const audit = kaohe('audit', 'n.xlsx');
  expect(audit.out).not.toContain('整改通知单');
});

test('bad usage exits 2 with a message', () => {
  expect(kaohe('notice', 'b.xlsx', '--days', 'abc', '-o', 'x.xlsx').code).toBe(2);
  expect(kaohe('notice', 'missing.xlsx', '-o', 'y.xlsx').code).toBe(2);
  expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
});

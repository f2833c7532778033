import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { honestBook, tamper } from '../helpers/audit-book';
import { loadExcel } from '../helpers/book';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kaohe-audit-'));
const kaohe = (...args: string[]) => {
  const r = spawnSync('node', [join(root, 'bin/kaohe.js'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(async () => {
  const r = spawnSync('node', ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const { buf, planned } = await honestBook();
  writeFileSync(join(dir, 'clean.xlsx'), buf);
  const wb = await loadExcel(buf);
  wb.getWorksheet(planned.units[0]!.sheet)!.getCell(planned.units[0]!.cells.total).value = 100;
  writeFileSync(join(dir, 'typed.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  writeFileSync(join(dir, 'junk.xlsx'), 'not a zip');
  expect(tamper).toBeDefined();
});

test('kaohe audit lists findings by file, ends with a count, and exits 1', () => {
  const r = kaohe('audit', 'clean.xlsx', 'typed.xlsx', 'junk.xlsx');
  expect(r.code).toBe(1);
  expect(r.out).toContain('✓ clean.xlsx：未发现问题');
  expect(r.out).toMatch(/✗ typed\.xlsx\n.*工作表“甲镇”：单元格 F\d+.*手工填入的“100”/);
  expect(r.out.trim().split('\n').pop()).toBe('审核 3 个文件：1 个无问题，2 个有问题（共 2 处）');
  expect(r.err).toBe('');
});

test('--json gives file, sheet, cell for each finding; --progress draws a bar on stderr', () => {
  const r = kaohe('audit', 'typed.xlsx', 'clean.xlsx', '--json', '--progress');
  const j = JSON.parse(r.out) as {
    files: { file: string; ok: boolean; findings: { file: string; sheet: string; cell: string; code: string }[] }[];
  };
  expect(j.files.map((f) => f.ok)).toEqual([false, true]);
  expect(j.files[0]!.findings[0]).toMatchObject({ file: 'typed.xlsx', sheet: '甲镇', code: 'audit-total-typed' });
  expect(r.err).toContain('2/2');
  expect(kaohe('audit', 'clean.xlsx').code).toBe(0);
});

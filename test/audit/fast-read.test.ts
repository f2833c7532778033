import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { fastSnapshot } from '../../src/adapters/xlsx/fast-snapshot';
import { auditBuffer, honestBook } from '../helpers/audit-book';
import { loadExcel } from '../helpers/book';

/**
 * `kaohe audit` reads files with a quick reader and in worker threads. What ExcelJS would read
 * differently (hyperlinks, dates, shared formulas) the quick reader leaves to ExcelJS, and many
 * files audited in threads give the same report, in the same order, as one at a time.
 */
const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kaohe-fast-read-'));
const kaohe = (env: Record<string, string>, ...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/kaohe.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, KAOHE_LANG: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let buf: Buffer;
let planned: Awaited<ReturnType<typeof honestBook>>['planned'];
beforeAll(async () => {
  const r = spawnSync('node', ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  ({ buf, planned } = await honestBook());
});

async function edited(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await loadExcel(buf);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the quick reader reads a workbook of ours, and leaves what it cannot read exactly to ExcelJS', async () => {
  expect(fastSnapshot(buf, 'a.xlsx')).toBeDefined();
  const u = planned.units[0]!;
  const linked = await edited((wb) => {
    wb.getWorksheet(u.sheet)!.getCell(u.cells.total).value = { text: '99', hyperlink: 'https://example.com' };
  });
  const dated = await edited((wb) => {
    const c = wb.getWorksheet(u.sheet)!.getCell(u.cells.total);
    c.value = new Date(Date.UTC(2024, 5, 30));
    c.numFmt = 'yyyy-mm-dd';
  });
  expect(fastSnapshot(linked, 'b.xlsx')).toBeUndefined();
  expect(fastSnapshot(dated, 'c.xlsx')).toBeUndefined();
  expect(fastSnapshot(Buffer.from('not a zip'), 'd.xlsx')).toBeUndefined();
  expect(fastSnapshot(buf.subarray(0, buf.length - 100), 'e.xlsx')).toBeUndefined();
  // Through ExcelJS, as before: the date typed over the total is named.
  const a = await auditBuffer(dated);
  expect(a.findings.map((f) => `${f.code}@${f.cell ?? ''}`)).toContain(`audit-total-typed@${u.cells.total}`);
});

test('many files in worker threads: the same report, in the same order, as one at a time', async () => {
  const u = planned.units[1]!;
  const typed = await edited((wb) => void (wb.getWorksheet(u.sheet)!.getCell(u.cells.total).value = 99));
  writeFileSync(join(dir, 'clean.xlsx'), buf);
  writeFileSync(join(dir, 'typed.xlsx'), typed);
  writeFileSync(join(dir, 'junk.xlsx'), 'not a zip');
  const files: string[] = [];
  for (let i = 0; i < 40; i++) {
    const f = `${String(i).padStart(2, '0')}.xlsx`;
    copyFileSync(join(dir, i % 7 === 3 ? 'typed.xlsx' : i % 11 === 5 ? 'junk.xlsx' : 'clean.xlsx'), join(dir, f));
    files.push(f);
  }
  files.push('missing.xlsx');
  const one = kaohe({ KAOHE_AUDIT_THREADS: '1' }, 'audit', ...files);
  const many = kaohe({}, 'audit', ...files);
  expect(one.code).toBe(1);
  expect(many.code).toBe(1);
  expect(many.out).toBe(one.out);
  expect(many.err).toBe('');
  const json = kaohe({}, 'audit', ...files, '--json');
  expect(json.out).toBe(kaohe({ KAOHE_AUDIT_THREADS: '1' }, 'audit', ...files, '--json').out);
  expect(JSON.parse(json.out).files.map((f: { file: string }) => f.file)).toEqual(files);
});

import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCli, cliIn } from '../helpers/cli';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kaohe-cli-'));
const kaohe = cliIn(dir);

beforeAll(() => {
  buildCli();
});

describe('kaohe new / fill / score / check', () => {
  it('makes, fills and scores a workbook like score --entries does', () => {
    const entries = join(root, 'samples/huilongshan-entries.json');
    expect(
      kaohe(
        'new',
        '--rubric',
        'huilongshan',
        '--units',
        '会龙山街道 东塘村,会龙山街道 白若村,会龙山街道 金峰村',
        '--date',
        '2016-12-20',
        '-o',
        'b.xlsx',
      ).code,
    ).toBe(0);
    const again = kaohe('new', '--rubric', 'huilongshan', '--units', '甲镇', '-o', 'b.xlsx');
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
    expect(kaohe('fill', 'b.xlsx', '--entries', entries, '-o', 'f.xlsx').code).toBe(0);
    expect(kaohe('fill', 'b.xlsx', '--entries', entries, '-o', 'f.xlsx').code).toBe(2);
    const book = kaohe('score', 'f.xlsx', '--json');
    const plain = kaohe('score', '--rubric', 'huilongshan', '--entries', entries, '--json');
    expect(book.code).toBe(plain.code);
    const a = JSON.parse(book.out);
    const p = JSON.parse(plain.out);
    expect(a.units.map((u: { total: number }) => u.total)).toEqual(p.units.map((u: { total: number }) => u.total));
    expect(a.units[0]).toMatchObject({ sheet: '会龙山街道 东塘村', totalCell: 'F51', gradeCell: 'F52' });
    expect(a.units[0].items[0]).toMatchObject({ id: '1', scoreCell: 'F7' });
    const check = kaohe('check', 'f.xlsx', '--json');
    const findings = JSON.parse(check.out).findings as { code: string; sheet: string; cell?: string }[];
    expect(
      findings.some((f) => f.code === 'no-basis' && f.sheet === '会龙山街道 金峰村' && /^G\d+$/.test(f.cell ?? '')),
    ).toBe(true);
    // A lost point without its reason is a problem to check as to audit: the same exit code.
    expect(check.code).toBe(1);
    expect(kaohe('audit', 'f.xlsx').code).toBe(1);
  });

  it('refuses bad files with a Chinese message naming the file (exit 2)', () => {
    writeFileSync(join(dir, 'not.xlsx'), 'hello');
    const r = kaohe('score', 'not.xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('not.xlsx');
    expect(kaohe('check', 'missing.xlsx').code).toBe(2);
    const clash = kaohe('new', '--rubric', 'huilongshan', '--units', '甲/镇,甲*镇', '-o', 'c.xlsx');
    expect(clash.code).toBe(2);
    expect(clash.err).toContain('工作表名称相同');
    expect(existsSync(join(dir, 'c.xlsx'))).toBe(false);
  });
});

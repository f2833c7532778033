import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kaohe } from '../helpers/cli';

/** Found by using the command line as staff, reviewers and offices would (see the QA report). */
const dir = mkdtempSync(join(tmpdir(), 'kaohe qa 考核-'));
const stack = /\n\s+at .+\(.*:\d+:\d+\)/;

describe('an output that cannot be written', () => {
  it('new -o into a folder that does not exist: exit 2, the file and cause named, no stack trace', () => {
    const out = join(dir, '没有这个文件夹', 'book.xlsx');
    const r = kaohe(['new', '--rubric', 'huilongshan', '--units', '甲村', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法写入文件 ${out}`);
    expect(r.stderr).toContain('所在文件夹不存在');
    expect(r.stderr).not.toMatch(stack);
    expect(r.stderr).not.toContain('内部错误');
  });

  it('fill -o and import -o the same, in English with --lang en', () => {
    const book = join(dir, 'ok.xlsx');
    expect(kaohe(['new', '--rubric', 'huilongshan', '--units', '甲村', '-o', book]).code).toBe(0);
    const entries = join(dir, 'e.json');
    writeFileSync(entries, JSON.stringify({ 甲村: { '1a-missing': 0 } }));
    const fill = kaohe(['--lang', 'en', 'fill', book, '--entries', entries, '-o', join(dir, 'nope', 'out.xlsx')]);
    expect(fill.code).toBe(2);
    expect(fill.stderr).toMatch(/^cannot write .*out\.xlsx: its folder does not exist/);
    expect(fill.stderr).not.toMatch(stack);
    const imp = kaohe(['import', 'test/fixtures/tables/lingling-004.xlsx', '-o', join(dir, 'nope', 'r.json')]);
    expect(imp.code).toBe(2);
    expect(imp.stderr).not.toMatch(stack);
  });
});

describe('kaohe import speaks the language asked for', () => {
  it('--lang en: a missing sheet, a missing file and the report are in English', () => {
    const sheet = kaohe(['--lang', 'en', 'import', 'test/fixtures/tables/lingling-004.xlsx', '--sheet', 'nope']);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toMatch(/^the workbook has no sheet "nope"; it has: 计分表/);
    const missing = kaohe(['--lang', 'en', 'import', join(dir, 'none.xlsx')]);
    expect(missing.stderr).toMatch(/^no workbook file /);
    const report = kaohe(['--lang', 'en', 'import', 'test/fixtures/tables/lingling-004.xlsx']);
    expect(report.code).toBe(0);
    expect(report.stdout.split('\n')[0]).toMatch(
      /: total 100, 29 clauses, \d+ read, \d+ left to the assessor's judgement$/,
    );
    expect(report.stdout).toContain('(confidence ');
  });

  it('Chinese by default', () => {
    const sheet = kaohe(['import', 'test/fixtures/tables/lingling-004.xlsx', '--sheet', 'nope']);
    expect(sheet.stderr).toMatch(/^工作簿中没有名为“nope”的工作表/);
  });
});

describe('a unit class in the entries file that the rubric does not declare', () => {
  const file = join(dir, 'class.json');
  const good = JSON.parse(readFileSync('samples/huilongshan-entries.json', 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  it('is an error on that unit (exit 1), not silently scored with the default class', () => {
    const [first] = Object.keys(good);
    writeFileSync(file, JSON.stringify({ ...good, [first!]: { ...good[first!], class: '三类' } }));
    const r = kaohe(['score', '--rubric', 'huilongshan', '--entries', file, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      units: { unit: string; findings: { code: string; severity: string; message: string }[] }[];
    };
    const f = out.units.find((u) => u.unit === first)?.findings.find((x) => x.code === 'entry-unknown-class');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f?.message).toContain('三类');
    const en = kaohe(['--lang', 'en', 'score', '--rubric', 'yixiu-district', '--entries', file]);
    expect(en.stdout).toContain('unit class "三类" is not one this rubric declares (it has: 一类/二类)');
  });
});

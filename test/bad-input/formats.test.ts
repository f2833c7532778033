import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { encrypt } from 'officecrypto-tool';
import { honestBook } from '../helpers/audit-book';
import { buildCli, kaohe } from '../helpers/cli';
import { libreofficeRequired } from '../helpers/libreoffice';
import { loEdit } from '../helpers/lo-edit';

/**
 * Files that are not .xlsx workbooks, as offices send them: an .xls and an .ods saved by
 * LibreOffice, an .xlsx with a password to open (encrypted by LibreOffice as Excel does), a CSV
 * export, a folder given by mistake. Every command answers in Chinese with what to do; the batch
 * commands list the file and still do the rest. And a number too large for its date format, which
 * used to stop every command with an internal error.
 */
const run = libreofficeRequired() ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'kaohe-formats-'));
const cli = (...args: string[]): ReturnType<typeof kaohe> => kaohe(args, dir);

run('files that are not .xlsx workbooks', () => {
  beforeAll(async () => {
    buildCli();
    const { buf } = await honestBook('huilongshan', ['甲镇', '乙镇'], 3);
    writeFileSync(join(dir, 'good.xlsx'), buf);
    writeFileSync(join(dir, '报表.csv'), '单位,得分\n甲镇,90\n');
    mkdirSync(join(dir, '收到的'));
    loEdit([
      { in: join(dir, 'good.xlsx'), out: join(dir, 'old.xls'), filter: 'MS Excel 97' },
      { in: join(dir, 'good.xlsx'), out: join(dir, 'open.ods'), filter: 'calc8' },
    ]);
    // A password to open, as Excel's 文件 → 信息 → 用密码进行加密 writes it (ECMA-376 agile encryption).
    writeFileSync(join(dir, 'locked.xlsx'), encrypt(buf, { password: 'mima' }));
    // A huge number typed into the date-formatted 考核日期 cell: Excel shows #######.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('甲镇')!;
    ws.getCell('C4').value = 1e12;
    ws.getCell('C4').numFmt = 'yyyy-mm-dd';
    ws.getCell('I7').value = 9e15;
    ws.getCell('I7').numFmt = 'yyyy-mm-dd';
    writeFileSync(join(dir, 'big-date.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  }, 180_000);

  it.each([
    [
      'old.xls',
      /old\.xls 是旧版 Excel（\.xls）或 WPS（\.et）格式；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（\*\.xlsx）”/,
    ],
    ['open.ods', /open\.ods 是 OpenDocument（\.ods）格式；请在 LibreOffice 或 WPS 中另存为/],
    ['locked.xlsx', /locked\.xlsx 设有打开密码（已加密），无法读取/],
    ['报表.csv', /报表\.csv 是文本（CSV）文件，不是工作簿/],
    ['收到的', /收到的 是一个文件夹，不是工作簿文件/],
  ])('%s: every command says what it is and what to do, in Chinese; nothing is written', (file, says) => {
    for (const args of [
      ['check', file],
      ['score', file],
      ['notice', file, '-o', 'n.xlsx'],
      ['fill', file, '--entries', 'e.json'],
    ]) {
      const r = cli(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(says);
      expect(r.stderr).not.toMatch(/内部错误|Error|at /);
    }
    const audit = cli('audit', 'good.xlsx', file);
    expect(audit.code).toBe(1);
    expect(audit.stdout).toContain('✓ good.xlsx');
    expect(audit.stdout).toMatch(says);
    const rollup = cli('rollup', 'good.xlsx', file, '-o', `rollup-${file.replace(/\W/g, '')}.xlsx`);
    expect(rollup.code).toBe(1);
    expect(rollup.stdout).toMatch(/1 个无法打开/);
  });

  it('a number too large for its date format is named, and every command goes on', () => {
    const check = cli('check', 'big-date.xlsx');
    expect(check.stdout).not.toMatch(/内部错误|Invalid time value/);
    expect(check.stdout).toMatch(/工作表“甲镇” 单元格 I7 第 1 项：.*显示为错误值“#######”/);
    expect(check.code).toBe(1);
    expect(cli('score', 'big-date.xlsx').code).toBe(1);
    const notice = cli('notice', 'big-date.xlsx', '-o', 'big-notice.xlsx');
    expect(notice.stderr).not.toMatch(/内部错误/);
    expect(notice.code).toBeLessThan(2);
    const audit = cli('audit', 'big-date.xlsx', 'good.xlsx');
    expect(audit.stdout).toContain('✓ good.xlsx');
    expect(audit.stdout).toContain('✗ big-date.xlsx');
  });

  it('a reserved sheet name and unit classes are checked before anything is written', () => {
    const history = cli('new', '--rubric', 'huilongshan', '--units', 'History,甲镇', '-o', 'h.xlsx');
    expect(history.code).toBe(2);
    expect(history.stderr).toContain('“History”是 Excel 保留的名称');
    const made = cli(
      'new',
      '--rubric',
      'yixiu-district',
      '--units',
      '甲局:二类,乙局：一类,丙局',
      '--class',
      '一类',
      '-o',
      'cls.xlsx',
    );
    expect(made.code).toBe(0);
    const inputs = JSON.parse(cli('score', 'cls.xlsx', '--json').stdout) as {
      units: { unit: string; class: string }[];
    };
    expect(inputs.units.map((u) => [u.unit, u.class])).toEqual([
      ['甲局', '二类'],
      ['乙局', '一类'],
      ['丙局', '一类'],
    ]);
    writeFileSync(join(dir, 'cls.json'), JSON.stringify({ 甲局: { class: '一类', basis: { '1': '台账不全' } } }));
    const before = readFileSync(join(dir, 'cls.xlsx'));
    const fill = cli('fill', 'cls.xlsx', '--entries', 'cls.json');
    expect(fill.code).toBe(2);
    expect(fill.stderr).toContain('录入文件中“甲局”的类别是“一类”，而工作簿中该单位的表是按“二类”生成的');
    expect(readFileSync(join(dir, 'cls.xlsx')).equals(before)).toBe(true);
    const bad = cli('new', '--rubric', 'yixiu-district', '--units', '甲局:三类', '-o', 'bad.xlsx');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('单位“甲局”的类别“三类”不是本细则的单位类别（可用：一类/二类）');
  });
});

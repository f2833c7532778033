import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PlannedWorkbook } from '../../src/core/plan';
import { STORE_SHEET } from '../../src/core/plan';
import { honestBook } from '../helpers/audit-book';
import { loadExcel } from '../helpers/book';
import { kaohe } from '../helpers/cli';
import { loEdit } from '../helpers/lo-edit';

/**
 * Bad workbooks through the command line, as an office receives them: for each, what `check`,
 * `score`, `audit` and `fill` do, exactly. A file that cannot be read as one of ours, or whose
 * sheets no longer sit where the stored rubric puts them (a unit sheet renamed, rows deleted),
 * stops `score` and `fill` with exit 2 and a message naming the file, sheet and cell, and nothing is
 * written: not the -o file, not the input in place. `check` and `audit` name the sheet and cell
 * and exit 1. A split merge or a sheet password leaves every cell where it was: `score` and `fill`
 * work (and put entries in the right cells), while `check` and `audit` report it and exit 1.
 */

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kaohe-bad-books-'));
const run = (...args: string[]): ReturnType<typeof kaohe> => kaohe(args, dir);

let clean: Buffer;
let planned: PlannedWorkbook;
const unit = (): PlannedWorkbook['units'][number] => planned.units[1]!;
const sheetOf = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

async function edited(file: string, change: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<void> {
  const wb = await loadExcel(clean);
  await change(wb);
  writeFileSync(join(dir, file), Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The unit's entries for `fill`: one count in the tampered unit, one in another. */
const entriesFile = join(dir, 'entries.json');

beforeAll(async () => {
  const b = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(b.stderr);
  ({ buf: clean, planned } = await honestBook());
  writeFileSync(join(dir, 'clean.xlsx'), clean);
  writeFileSync(
    entriesFile,
    JSON.stringify({ [unit().unit]: { '1a-missing': 1 }, [planned.units[0]!.unit]: { '1a-missing': 2 } }),
  );
  writeFileSync(join(dir, 'not-a-zip.xlsx'), 'PK? no: 这是一封邮件的正文，不是工作簿');
  writeFileSync(join(dir, 'truncated.xlsx'), clean.subarray(0, Math.floor(clean.length * 0.6)));
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Sheet1').getCell('A1').value = '工资表';
  other.addWorksheet('汇总').getCell('A1').value = '别的程序做的汇总';
  writeFileSync(join(dir, 'other-program.xlsx'), Buffer.from(await other.xlsx.writeBuffer()));
  await edited('renamed.xlsx', (wb) => void (sheetOf(wb, unit().sheet).name = '乙镇(改)'));
  await edited('rows-deleted.xlsx', (wb) => void sheetOf(wb, unit().sheet).spliceRows(20, 2));
  await edited('merge-broken.xlsx', (wb) => {
    const ws = sheetOf(wb, unit().sheet);
    ws.unprotect();
    ws.unMergeCells('C3:D3');
    ws.getCell('D3').value = '另填的内容';
    void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  });
  await edited('store-removed.xlsx', (wb) => wb.removeWorksheet(sheetOf(wb, STORE_SHEET).id));
  await edited('password.xlsx', async (wb) => {
    const ws = sheetOf(wb, unit().sheet);
    ws.unprotect();
    await ws.protect('mima123', { selectLockedCells: true, selectUnlockedCells: true });
  });
  await edited('copied.xlsx', (wb) => {
    const from = sheetOf(wb, unit().sheet);
    const copy = wb.addWorksheet(`${unit().sheet} (2)`);
    from.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell((c, col) => void (copy.getCell(r, col).value = c.value)),
    );
  });
  await edited('summary-sorted.xlsx', (wb) => {
    const ws = sheetOf(wb, '汇总');
    ws.unprotect();
    // The first two unit rows of the summary swapped, as a sort by total does.
    const [a, b] = [4, 5];
    for (let c = 1; c <= 30; c++) {
      const x = ws.getCell(a, c);
      const y = ws.getCell(b, c);
      const v = x.value;
      x.value = y.value;
      y.value = v;
    }
  });
  await edited('column-hidden.xlsx', (wb) => {
    const ws = sheetOf(wb, unit().sheet);
    ws.unprotect();
    ws.getColumn(11).hidden = true;
    void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  });
  await edited('validation-removed.xlsx', (wb) => {
    const ws = sheetOf(wb, unit().sheet);
    const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    delete model[unit().cells.inputs['1a-missing']!];
  });
  await edited('validation-loosened.xlsx', (wb) => {
    const ws = sheetOf(wb, unit().sheet);
    const c = ws.getCell(unit().cells.inputs['1a-missing']!);
    c.dataValidation = { ...c.dataValidation, errorStyle: 'information' } as ExcelJS.DataValidation;
  });
  await edited('total-format.xlsx', (wb) => {
    const ws = sheetOf(wb, unit().sheet);
    ws.getCell(unit().cells.total).numFmt = '"95.00"';
  });
  {
    // A sheet password in the legacy 16-bit form (what Excel 2007, WPS and LibreOffice may write).
    const zip = unzipSync(new Uint8Array(clean));
    const wbXml = strFromU8(zip['xl/workbook.xml']!);
    const rid = new RegExp(`<sheet [^>]*name="${unit().sheet}"[^>]*r:id="(rId\\d+)"`).exec(wbXml)?.[1];
    const rels = strFromU8(zip['xl/_rels/workbook.xml.rels']!);
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
    const part = `xl/${String(target).replace(/^\/?xl\//, '')}`;
    zip[part] = strToU8(strFromU8(zip[part]!).replace('<sheetProtection ', '<sheetProtection password="CC1A" '));
    writeFileSync(join(dir, 'legacy-password.xlsx'), zipSync(zip));
  }
  // A column inserted by a real program: LibreOffice Calc, through its own API (ExcelJS's
  // spliceColumns does not move merged ranges as Excel and Calc do).
  loEdit([
    {
      in: join(dir, 'clean.xlsx'),
      out: join(dir, 'column-inserted.xlsx'),
      ops: [
        { op: 'unprotect', sheet: unit().sheet },
        { op: 'insertColumns', sheet: unit().sheet, col: 8 },
      ],
    },
  ]);
  await edited('unprotected-edited.xlsx', (wb) => {
    const ws = sheetOf(wb, unit().sheet);
    ws.unprotect();
    ws.getCell(unit().cells.total).value = 100;
  });
}, 120_000);

test('the untouched workbook is clean for every command (so each case fails for its own damage)', () => {
  expect(run('check', 'clean.xlsx').code).toBe(0);
  expect(run('score', 'clean.xlsx').code).toBe(0);
  expect(run('audit', 'clean.xlsx').code).toBe(0);
});

interface Case {
  readonly file: string;
  /** What check, score (refusals) and fill print, and audit lists: the sheet and cell, or the file. */
  readonly says: () => RegExp;
  /** check's exit: 2 when the file cannot be read as ours, else 1 (findings). */
  readonly check: 1 | 2;
  /** score and fill refuse (exit 2, nothing written), or work because every cell is where it was. */
  readonly refused: boolean;
}

const cases: Case[] = [
  { file: 'not-a-zip.xlsx', says: () => /not-a-zip\.xlsx 不是有效的 \.xlsx 工作簿/, check: 2, refused: true },
  { file: 'truncated.xlsx', says: () => /truncated\.xlsx 不是有效的 \.xlsx 工作簿/, check: 2, refused: true },
  {
    file: 'other-program.xlsx',
    says: () => /other-program\.xlsx 不是考核计分助手生成的工作簿/,
    check: 2,
    refused: true,
  },
  {
    file: 'store-removed.xlsx',
    says: () => /store-removed\.xlsx (不是考核计分助手生成的工作簿|有计分表，但隐藏的 _kaohe 数据表已被删除)/,
    check: 2,
    refused: true,
  },
  {
    file: 'renamed.xlsx',
    says: () => /工作表“乙镇\(改\)” 单元格 A1：工作表“乙镇”被改名为“乙镇\(改\)”/,
    check: 1,
    refused: true,
  },
  { file: 'rows-deleted.xlsx', says: () => /工作表“乙镇” 单元格 A20：从第 20 行起少了 2 行/, check: 1, refused: true },
  {
    file: 'merge-broken.xlsx',
    says: () => /工作表“乙镇” 单元格 C3：有 1 处合并单元格被拆分（C3:D3）/,
    check: 1,
    refused: false,
  },
  { file: 'password.xlsx', says: () => /工作表“乙镇” 单元格 A1：该工作表被设置了密码保护/, check: 1, refused: false },
  {
    file: 'legacy-password.xlsx',
    says: () => /工作表“乙镇” 单元格 A1：该工作表被设置了密码保护/,
    check: 1,
    refused: false,
  },
  { file: 'column-inserted.xlsx', says: () => /工作表“乙镇” 单元格 H1：在 H 列前多了 1 列/, check: 1, refused: true },
  {
    file: 'copied.xlsx',
    says: () => /工作表“乙镇 \(2\)” 单元格 A1：工作表“乙镇 \(2\)”是“乙镇”的副本/,
    check: 1,
    refused: true,
  },
  {
    file: 'summary-sorted.xlsx',
    says: () => /工作表“汇总” 单元格 A4：第 4–5 行被排序或移动过/,
    check: 1,
    refused: false,
  },
  { file: 'column-hidden.xlsx', says: () => /工作表“乙镇” 单元格 K1：有 1 列被隐藏（K 列）/, check: 1, refused: false },
  {
    file: 'validation-removed.xlsx',
    says: () => new RegExp(`工作表“乙镇” 单元格 ${unit().cells.inputs['1a-missing']}：有 1 个录入格的数据验证被删除`),
    check: 1,
    refused: false,
  },
  {
    file: 'validation-loosened.xlsx',
    says: () =>
      new RegExp(`工作表“乙镇” 单元格 ${unit().cells.inputs['1a-missing']}：有 1 个录入格的数据验证被放宽.*不再拒绝`),
    check: 1,
    refused: false,
  },
  {
    file: 'total-format.xlsx',
    says: () => new RegExp(`工作表“乙镇”：单元格 ${unit().cells.total} 的显示格式被改为“"95.00"”`),
    check: 1,
    refused: false,
  },
  {
    file: 'unprotected-edited.xlsx',
    says: () =>
      new RegExp(
        `工作表“乙镇”：单元格 ${unit().cells.total} (的公式被手工填入的值“100”覆盖|应为公式，却是手工填入的“100”)`,
      ),
    check: 1,
    refused: false,
  },
];

describe.each(cases)('$file', (c) => {
  it(`check exits ${c.check} and says where`, () => {
    const r = run('check', c.file);
    expect(r.code).toBe(c.check);
    expect(c.check === 2 ? r.stderr : r.stdout).toMatch(c.says());
  });

  it('audit lists it under the file and exits 1', () => {
    const r = run('audit', 'clean.xlsx', c.file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ clean.xlsx');
    expect(r.stdout).toContain(`✗ ${c.file}`);
    expect(r.stdout).toMatch(c.says());
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^审核 2 个文件：1 个无问题，1 个有问题（共 \d+ 处）$/);
    const json = JSON.parse(run('audit', c.file, '--json').stdout) as {
      files: { ok: boolean; findings: { file: string; sheet?: string; cell?: string }[] }[];
    };
    expect(json.files[0]!.ok).toBe(false);
    expect(json.files[0]!.findings.every((f) => f.file === c.file)).toBe(true);
  });

  if (c.refused) {
    it('score and fill stop with exit 2, and nothing is written or changed', () => {
      const score = run('score', c.file, '--json');
      expect(score.code).toBe(2);
      expect(score.stdout).toBe('');
      expect(score.stderr).toContain(c.file);
      expect(score.stderr).toMatch(c.says());
      const before = readFileSync(join(dir, c.file));
      const out = `filled-${c.file}`;
      const fill = run('fill', c.file, '--entries', entriesFile, '-o', out);
      expect(fill.code).toBe(2);
      expect(fill.stderr).toContain(c.file);
      expect(fill.stderr).toMatch(c.says());
      expect(existsSync(join(dir, out))).toBe(false);
      const inPlace = run('fill', c.file, '--entries', entriesFile);
      expect(inPlace.code).toBe(2);
      const notice = run('notice', c.file);
      expect(notice.code).toBe(2);
      expect(notice.stderr).toMatch(c.says());
      expect(readFileSync(join(dir, c.file)).equals(before)).toBe(true);
    });
  } else {
    it('score gives the untouched totals; fill puts entries in their own cells and the damage is still reported', async () => {
      const want = JSON.parse(run('score', 'clean.xlsx', '--json').stdout) as {
        units: { unit: string; total: number | null }[];
      };
      const got = run('score', c.file, '--json');
      expect(got.code).toBe(0);
      expect((JSON.parse(got.stdout) as typeof want).units.map((u) => [u.unit, u.total])).toEqual(
        want.units.map((u) => [u.unit, u.total]),
      );
      const out = `filled-${c.file}`;
      const fill = run('fill', c.file, '--entries', entriesFile, '-o', out);
      expect(fill.code).toBe(0);
      const wb = await loadExcel(readFileSync(join(dir, out)));
      expect(sheetOf(wb, unit().sheet).getCell(unit().cells.inputs['1a-missing']!).value).toBe(1);
      expect(sheetOf(wb, planned.units[0]!.sheet).getCell(planned.units[0]!.cells.inputs['1a-missing']!).value).toBe(2);
      const after = run('check', out);
      expect(after.code).toBe(1);
      expect(after.stdout).toMatch(c.says());
    });
  }
});

test('a sheet unprotected but not edited is noted, not failed; English names the same cell', async () => {
  {
    await edited('unprotected.xlsx', (wb) => sheetOf(wb, unit().sheet).unprotect());
    const check = run('check', 'unprotected.xlsx');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('· 工作表“乙镇” 单元格 A1：该工作表未受保护');
    const audit = JSON.parse(run('audit', 'unprotected.xlsx', '--json').stdout) as {
      files: { ok: boolean; findings: { code: string; severity: string }[] }[];
    };
    expect(audit.files[0]).toMatchObject({
      ok: true,
      findings: [{ code: 'audit-sheet-unprotected', severity: 'info' }],
    });
    const en = run('check', 'rows-deleted.xlsx', '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain("sheet '乙镇', cell A20: 2 rows are missing from row 20 on");
  }
});

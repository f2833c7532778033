/**
 * The production bundle in headless Chromium with only the Excel host faked: office.js is answered
 * with test/helpers/fake-excel.ts, every other network request is refused. A person's path: pick
 * a rubric, insert two units, type a bad entry, see the finding, click it. Screenshots go to
 * out/screens/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createOfficePort } from '../../src/adapters/office/port';
import { detectSupport } from '../../src/adapters/office/support';
import { builtinRubrics } from '../../src/core/builtin';
import { planWorkbook } from '../../src/core/plan';
import { FakeExcel, type FakeSnapshot } from '../helpers/fake-excel';
import { readBook, readTable } from '../../src/adapters/xlsx/table';
import { merges002, table002 } from '../fixtures/table-002';
import { fillWrites } from '../../src/app/book';
import { prng, randomEntries } from '../helpers/random-entries';
import { CHROMIUM, haveChromium, startPaneBrowser, type PaneBrowser } from '../helpers/pane-browser';

const root = resolve(__dirname, '../..');
const screens = join(root, 'out/screens');
if (!haveChromium && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing; CI must install it (apt-get install -y chromium)`);
}
const maybe = haveChromium ? describe : describe.skip;

/** A workbook whose active sheet 考核细则 holds table 002 as a clerk keeps it, merges and all. */
function workbookWithTable002(): FakeExcel {
  const fake = new FakeExcel();
  const sheet = fake.newSheet('考核细则');
  table002.forEach((row, i) =>
    row.forEach(
      (v, j) =>
        v !== '' && sheet.cells.set(`${'ABCDE'[j]}${i + 1}`, { value: /^\d+$/.test(v) ? Number(v) : v, formula: v }),
    ),
  );
  sheet.merges = [...merges002];
  fake.sheets.push(sheet);
  fake.active = '考核细则';
  return fake;
}

maybe('task pane in headless Chromium', () => {
  let pane: PaneBrowser;
  let page: Page;
  let base: string;
  const openPane = (preset?: FakeSnapshot, host?: { platform?: FakeExcel['platform']; apiVersion?: number }) =>
    pane.open({ ...(preset ? { preset } : {}), ...(host ? { host } : {}) });

  beforeAll(async () => {
    mkdirSync(screens, { recursive: true });
    pane = await startPaneBrowser();
    base = pane.base;
    page = await openPane();
  }, 180_000);

  afterAll(async () => {
    await pane?.close();
  });

  it('picks a rubric, inserts two units, shows a bad entry and goes to its cell', async () => {
    await page.getByText('考核计分助手').first().waitFor();
    await page.screenshot({ path: join(screens, '1-start.png'), fullPage: true });
    const select = page.getByTestId('rubric-select');
    await select.selectOption({ index: 0 });
    await page.getByTestId('units').fill('甲镇\n乙镇');
    await page.getByTestId('insert').click();
    await page.getByText('已插入 2 个单位的计分表和汇总表').waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as { __fake: { sheets: { name: string }[] } }).__fake.sheets.map((s) => s.name),
    );
    expect(sheets).toEqual(['汇总', '甲镇', '乙镇', '_kaohe']);
    await page.screenshot({ path: join(screens, '2-inserted.png'), fullPage: true });

    // A person types -3 as a count of missing items in 甲镇!I7 (Excel raises onChanged).
    await page.evaluate(() =>
      (
        window as unknown as { __fake: { userEdit: (s: string, a: string, v: number[][]) => Promise<void> } }
      ).__fake.userEdit('甲镇', 'I7', [[-3]]),
    );
    const finding = page.getByTestId('finding').filter({ hasText: '不能为负数' });
    await finding.waitFor();
    await page.screenshot({ path: join(screens, '3-finding.png'), fullPage: true });
    await finding.click();
    const selected = await page.evaluate(
      () => (window as unknown as { __fake: { selected: unknown } }).__fake.selected,
    );
    expect(selected).toEqual({ sheet: '甲镇', cell: 'I7' });

    // Keyboard: 检查全部 is reachable and works with Enter.
    await page.getByTestId('check-all').focus();
    await page.keyboard.press('Enter');
    await finding.waitFor();
    await page.screenshot({ path: join(screens, '4-checked.png'), fullPage: true });
  }, 120_000);

  type Fake = { sheets: { name: string }[] };
  const sheetNames = (p: Page): Promise<string[]> =>
    p.evaluate(() => (window as unknown as { __fake: Fake }).__fake.sheets.map((s) => s.name));

  it('re-attaches to a workbook made earlier: findings, 检查全部 and the current unit without inserting', async () => {
    // The workbook as the add-in left it, with a bad entry typed while the pane was closed.
    const fake = new FakeExcel();
    fake.install(globalThis as unknown as Record<string, unknown>);
    const builtin = builtinRubrics().get('huilongshan')!;
    const pw = planWorkbook(builtin, [{ unit: '甲镇' }, { unit: '乙镇' }]);
    await createOfficePort({ support: detectSupport(fake.isSetSupported) }).insert(pw.plan, []);
    const cell = Object.values(pw.units[0]!.cells.inputs)[0]!;
    await fake.userEdit('甲镇', cell, [[-3]]);
    fake.active = '乙镇';
    const p = await openPane(fake.snapshot());
    await p.getByTestId('reattach').filter({ hasText: '已接续本工作簿' }).waitFor();
    const finding = p.getByTestId('finding').filter({ hasText: '不能为负数' });
    await finding.waitFor();
    await p.getByTestId('check-all').click();
    await finding.waitFor();
    expect(await p.getByTestId('unit-summary').textContent()).toContain('乙镇');
    expect(await p.getByTestId('rubric-select').inputValue()).toBe('huilongshan');
    expect(await sheetNames(p)).toEqual(['汇总', '甲镇', '乙镇', '_kaohe']);
    await p.screenshot({ path: join(screens, '7-reattached.png'), fullPage: true });
    await finding.click();
    expect(await p.evaluate(() => (window as unknown as { __fake: { selected: unknown } }).__fake.selected)).toEqual({
      sheet: '甲镇',
      cell,
    });
    await p.close();
  }, 120_000);

  it('imports the table on the current sheet, corrects a flagged clause, saves it and inserts a unit with it', async () => {
    const fake = workbookWithTable002();
    const p = await openPane(fake.snapshot());
    await p.getByTestId('import-sheet').click();
    await p.getByTestId('import-report').waitFor();
    expect(await p.getByTestId('import-report').textContent()).toContain('读出 6 条细则，1 条需要核对');
    const flagged = p.getByTestId('clause-2b');
    expect(await flagged.getAttribute('class')).toContain('flagged');
    expect(await flagged.textContent()).toContain('“2、50%贫困户得到新型经营组织扶持。计3分，低于20%的不计分。”');
    await p.getByTestId('import-id').fill('huilongshan-import');
    await flagged.getByTestId('clause-correct').click();
    await flagged.getByTestId('correction-kind').selectOption('proportional');
    await flagged.getByTestId('correction-full').fill('50');
    await flagged.scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(screens, '6-import.png'), fullPage: true });
    await flagged.getByTestId('correction-apply').click();
    await flagged.getByText('已改为：按比例计分（50%得满分）').waitFor();
    await p.screenshot({ path: join(screens, '6b-import-corrected.png'), fullPage: true });

    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('import-save').click()]);
    expect(download.suggestedFilename()).toBe('huilongshan-import.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      id: string;
      sections: { items: { id: string; clauses: { id: string; rule: { kind: string } }[] }[] }[];
    };
    expect(saved.id).toBe('huilongshan-import');
    expect(saved.sections.flatMap((s) => s.items).find((i) => i.id === '2')?.clauses[1]?.rule.kind).toBe(
      'proportional',
    );

    await p.getByTestId('import-use').click();
    await p.getByTestId('import-used').waitFor();
    expect(await p.getByTestId('rubric-select').inputValue()).toBe('huilongshan-import');
    await p.getByTestId('units').fill('甲镇');
    await p.getByTestId('insert').click();
    await p.getByText('已插入 1 个单位的计分表和汇总表').waitFor();
    expect(await sheetNames(p)).toEqual(['考核细则', '汇总', '甲镇', '_kaohe']);
    await p.close();
  }, 120_000);

  type Person = {
    userEdit: (s: string, a: string, v: unknown[][]) => Promise<void>;
    userPick: (s: string, a: string, v: string) => Promise<void>;
    userSelect: (s: string, a: string) => Promise<void>;
    userUnprotect: (s: string) => void;
    userProtect: (s: string, o: Record<string, boolean>, pw: string) => void;
    failIf: ((op: { kind: string }) => boolean) | undefined;
  };
  /**
   * A workbook with two unit sheets made by the add-in, as the pane finds it when it opens;
   * 甲镇 filled in, item 3.1 with nothing lost.
   */
  async function madeBook(): Promise<{ snap: FakeSnapshot; pw: ReturnType<typeof planWorkbook> }> {
    const fake = new FakeExcel();
    fake.install(globalThis as unknown as Record<string, unknown>);
    const pw = planWorkbook(builtinRubrics().get('huilongshan')!, [{ unit: '甲镇' }, { unit: '乙镇' }]);
    await createOfficePort({ support: detectSupport(fake.isSetSupported) }).insert(pw.plan, []);
    const u = pw.units[0]!;
    const values = {
      ...randomEntries(u.graph, prng(7), 0),
      '3.1a-miss': 0,
      '3.1b-miss': 0,
      '3.1c-error': 0,
      '3.1c-set': true,
    };
    for (const w of fillWrites(pw, [{ unit: u.unit, values, basis: {} }]).writes)
      await fake.userEdit(w.sheet, w.address, [[w.value ?? '']]);
    return { snap: fake.snapshot(), pw };
  }

  it('checks a drop-down pick on the web without 检查全部, and shows a live check that fails', async () => {
    const { snap, pw } = await madeBook();
    const p = await openPane(snap);
    await p.getByTestId('reattach').filter({ hasText: '已接续本工作簿' }).waitFor();
    const yesno = pw.units[0]!.cells.inputs['3.1c-set']!;
    const basis = pw.units[0]!.cells.basis['3.1']!;
    await p.getByTestId('findings').waitFor();
    expect(await p.getByTestId('finding').filter({ hasText: '第 3.1 项' }).count()).toBe(0);
    await p.evaluate(
      async ([cell]) => {
        const f = (window as unknown as { __fake: Person }).__fake;
        await f.userSelect('甲镇', cell!);
        await f.userPick('甲镇', cell!, '否');
        await f.userSelect('甲镇', 'G40');
      },
      [yesno],
    );
    const noBasis = p.getByTestId('finding').filter({ hasText: '第 3.1 项' }).filter({ hasText: '扣分依据' });
    await noBasis.first().waitFor();
    await p.screenshot({ path: join(screens, '8-dropdown-pick.png'), fullPage: true });
    await p.evaluate(
      async ([cell]) => {
        const f = (window as unknown as { __fake: Person }).__fake;
        f.failIf = (op) => op.kind === 'load';
        await f.userEdit('甲镇', cell!, [['台账缺失']]);
      },
      [basis],
    );
    await p.getByTestId('live-error').filter({ hasText: '即时检查出错' }).waitFor();
    await p.close();
  }, 120_000);

  it('asks for the password of a sheet the user protected before 恢复公式', async () => {
    const { snap, pw } = await madeBook();
    const total = pw.units[0]!.cells.total;
    const p = await openPane(snap);
    await p.getByTestId('reattach').filter({ hasText: '已接续本工作簿' }).waitFor();
    await p.evaluate(
      async ([cell]) => {
        const f = (window as unknown as { __fake: Person }).__fake;
        f.userUnprotect('甲镇');
        await f.userEdit('甲镇', cell!, [[95]]);
        f.userProtect('甲镇', { allowFormatRows: true }, '2024');
      },
      [total],
    );
    await p.getByTestId('check-all').click();
    await p.getByTestId('restore').first().click();
    await p.getByTestId('password-prompt').waitFor();
    await p.getByTestId('password').fill('错的');
    await p.getByTestId('password-ok').click();
    await p.getByText('密码不对').waitFor();
    await p.getByTestId('password').fill('2024');
    await p.screenshot({ path: join(screens, '9-password.png'), fullPage: true });
    await p.getByTestId('password-ok').click();
    await p.getByTestId('password-prompt').waitFor({ state: 'detached' });
    const after = await p.evaluate(
      ([cell]) => {
        const s = (window as unknown as { __fake: FakeExcel }).__fake.sheet('甲镇');
        return [s.cells.get(cell!)?.formula, s.protection];
      },
      [total],
    );
    expect(after).toEqual([
      pw.plan.sheets[1]!.cells.find((c) => c.address === total)!.formula,
      { protected: true, options: { allowFormatRows: true }, password: '2024' },
    ]);
    await p.close();
  }, 120_000);

  it('on Office 2019 (ExcelApi 1.7) audits but does not insert, and says so', async () => {
    const { snap } = await madeBook();
    const p = await openPane(snap, { platform: 'windows', apiVersion: 7 });
    await p.getByTestId('support').filter({ hasText: '不能插入计分表' }).waitFor();
    expect(await p.getByTestId('insert').isDisabled()).toBe(true);
    await p.getByTestId('audit-book').click();
    await p.getByTestId('audit').filter({ hasText: '审核发现' }).waitFor();
    expect(await p.getByTestId('audit').textContent()).toContain('扣分依据');
    await p.getByTestId('versions').click();
    expect(await p.getByTestId('versions').textContent()).toContain('Office 2016');
    await p.screenshot({ path: join(screens, '10-office-2019.png'), fullPage: true });
    await p.close();
  }, 120_000);

  it('on a Mac, 保存为文件 shows the text to copy (no Blob download there)', async () => {
    const fake = workbookWithTable002();
    const p = await openPane(fake.snapshot(), { platform: 'mac' });
    await p.getByTestId('import-sheet').click();
    await p.getByTestId('import-report').waitFor();
    await p.getByTestId('import-save').click();
    await p.getByTestId('save-text').waitFor();
    const text = await p.getByTestId('save-text-body').inputValue();
    expect(JSON.parse(text)).toMatchObject({ title: '会龙山街道扶贫开发工作目标管理考核细则' });
    await p.close();
  }, 120_000);

  it('imports a real table as a clerk keeps it: picks the second of two tables on the sheet, fixes a flag (jisheng, liuchi)', async () => {
    const col = (c: number): string => String.fromCharCode(65 + c);
    const load = async (id: string): Promise<FakeExcel> => {
      const fake = new FakeExcel();
      const grid = readTable(await readBook(join(__dirname, '../fixtures/tables/real', `${id}.xlsx`)), '台账');
      const sheet = fake.newSheet('台账');
      grid.rows.forEach((row, i) =>
        row.forEach((v, j) => v !== '' && sheet.cells.set(`${col(j)}${i + 1}`, { value: v, formula: v })),
      );
      sheet.merges = grid.merges.map((m) => `${col(m.left)}${m.top + 1}:${col(m.right)}${m.bottom + 1}`);
      fake.sheets.push(sheet);
      fake.active = '台账';
      return fake;
    };
    let p = await openPane((await load('jisheng')).snapshot());
    await p.getByTestId('import-sheet').click();
    await p.getByTestId('import-report').waitFor();
    expect(await p.getByTestId('import-report').textContent()).toContain('本表有 2 张细则，选择导入哪一张');
    await p.getByTestId('import-table').selectOption('1');
    await p.getByText('读出 12 条细则，0 条需要核对').waitFor();
    await p.screenshot({ path: join(screens, '8-import-real-tables.png'), fullPage: true });
    await p.close();

    p = await openPane((await load('liuchi')).snapshot());
    await p.getByTestId('import-sheet').click();
    const flagged = p.getByTestId('clause-1f');
    await flagged.waitFor();
    expect(await flagged.textContent()).toContain('按考核项目“1”中扣分标准追加扣分');
    await flagged.getByTestId('clause-correct').click();
    await flagged.getByTestId('correction-kind').selectOption('deduct');
    await flagged.getByTestId('correction-unit').fill('次');
    await flagged.getByTestId('correction-per').fill('30');
    await flagged.getByTestId('correction-points').fill('0');
    await flagged.getByRole('checkbox', { name: '可倒扣（不止扣完为止）' }).check();
    await flagged.getByTestId('correction-apply').click();
    await flagged.getByText('已改为：每次扣30分，可倒扣').waitFor();
    await p.getByTestId('import-use').click();
    await p.getByTestId('import-used').waitFor();
    await p.close();
  }, 120_000);

  it('tells users of the old Internet Explorer webview what still works, instead of a blank pane', async () => {
    const ctx = await pane.browser.newContext({
      viewport: { width: 320, height: 600 },
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    });
    const old = await ctx.newPage();
    await old.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    await old.goto(`${base}/taskpane.html`);
    await old.getByText('无法在此版本的 Office 中运行').waitFor();
    expect(await old.textContent('body')).toContain('kaohe 命令行');
    await old.screenshot({ path: join(screens, '5-legacy.png'), fullPage: true });
    await ctx.close();
  }, 60_000);
});

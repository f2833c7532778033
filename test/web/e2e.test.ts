/**
 * The web page's production build in headless Chromium at 1024×768, driven as a clerk would: pick a
 * rubric, make a workbook for three units (one 二类), fill it (ExcelJS, in the test), open it and
 * see the totals, grades and ranks, make the notice; every downloaded file is checked with the
 * command line and held beside what `kaohe` writes for the same input. No request leaves the page's
 * own files. Screenshots go to out/screens/web/.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { readCell } from '../../src/adapters/xlsx/read';
import { round2 } from '../../src/core/engine/score';
import { loadExcel } from '../helpers/book';
import { convert, makeProfile, sofficePath } from '../helpers/libreoffice';
import { CHROMIUM, haveChromium } from '../helpers/pane-browser';
import { cellsOf, cliAudit, cliScores, fillBook, kaoheOn } from '../helpers/web-books';
import {
  downloaded,
  foreign,
  giveFiles,
  offScreen,
  startWebBrowser,
  type Given,
  type WebBrowser,
} from '../helpers/web-browser';

const screens = join(resolve(__dirname, '../..'), 'out/screens/web');
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; CI must install it`);
const maybe = haveChromium ? describe : describe.skip;

const DATE = '2024-06-30';
const UNITS = '甲局\n乙局:二类\n丙局';

maybe('web page: make, fill, open, notice', () => {
  let web: WebBrowser;
  let page: Page;
  let made: Given;
  let filled: Given;
  let noticeBook: Given;

  beforeAll(async () => {
    mkdirSync(screens, { recursive: true });
    web = await startWebBrowser();
    page = await web.open();
  }, 300_000);
  afterAll(() => web?.close());

  it('starts in Chinese with nothing off-screen at 1024×768', async () => {
    await page.getByTestId('rubric-select').waitFor();
    await page.screenshot({ path: join(screens, '1-start-zh.png') });
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('生成计分工作簿');
    expect(await page.getByText('文件不会上传到任何地方').count()).toBe(1);
    expect(await offScreen(page)).toEqual([]);
  });

  it('makes a workbook for three units, one of them 二类, the same as `kaohe new`', async () => {
    await page.getByTestId('rubric-select').selectOption('yixiu-district');
    await page.getByTestId('units').fill(UNITS);
    await page.getByTestId('date').fill(DATE);
    made = await downloaded(page, () => page.getByTestId('make').click());
    await page.getByTestId('made').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('made').textContent()).toContain('3 个单位的计分表');
    expect(made.name).toBe('宜秀区区直单位脱贫攻坚工作成效考核指标（计分表）.xlsx');
    await page.screenshot({ path: join(screens, '2-made-zh.png') });

    const cli = kaoheOn([], () => [
      'new',
      '--rubric',
      'yixiu-district',
      '--units',
      '甲局,乙局:二类,丙局',
      '--date',
      DATE,
      '-o',
      'cli.xlsx',
    ]);
    expect(cli.code).toBe(0);
    expect(await cellsOf(made.buffer)).toEqual(await cellsOf(cli.read('cli.xlsx')));
    const audit = cliAudit([made]);
    expect(audit.code).toBe(0);
    expect(audit.files[0]?.ok).toBe(true);
    expect(cliScores(made).map((u) => u.unit)).toEqual(['甲局', '乙局', '丙局']);
  });

  it('opens the filled workbook: totals, grades and ranks as `kaohe score` gives them', async () => {
    filled = { name: '宜秀区-已填写.xlsx', buffer: await fillBook(made.buffer, 11) };
    await page.getByTestId('tab-received').click();
    await giveFiles(page, page.getByTestId('received-drop'), [filled]);
    const row = page.getByTestId('file-result').filter({ hasText: filled.name });
    await row.getByTestId('units-table').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(screens, '3-opened-zh.png'), fullPage: true });
    const shown = await row
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent ?? '')));
    const cli = cliScores(filled);
    expect(cli.every((u) => typeof u.total === 'number')).toBe(true);
    // 单位, 类别, 总分, 等次, 排名 as the page shows them; the command line's, side by side.
    expect(shown.map((r) => [r[0], r[2], r[3], r[4]])).toEqual(
      cli.map((u) => [u.unit, String(u.total), u.grade ?? '—', String(u.rank)]),
    );
    expect(shown.map((r) => r[1])).toEqual(['一类', '二类', '一类']);
    expect(await row.getByTestId('file-line').textContent()).toBe('未发现问题');
    expect(cliAudit([filled]).files[0]?.ok).toBe(true);
    expect(await offScreen(page)).toEqual([]);
  });

  it('makes the notice from the opened file, exactly as `kaohe notice`', async () => {
    const row = page.getByTestId('file-result').filter({ hasText: filled.name });
    await row.getByTestId('to-notice').click();
    expect(await page.getByTestId('notice-file').textContent()).toContain(filled.name);
    const fields = { number: '区考办〔2024〕5号', issuer: '区考核办', contact: '=王五', phone: '0556-1234567' };
    for (const [k, v] of Object.entries(fields)) await page.getByTestId(`notice-${k}`).fill(v);
    await page.getByTestId('notice-date').fill('2024-07-10');
    const notice = await downloaded(page, () => page.getByTestId('make-notice').click());
    await page.getByTestId('notice-made').waitFor();
    expect(await page.getByTestId('notice-made').textContent()).toContain('3 个单位');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screens, '4-notice-zh.png'), fullPage: true });
    expect(notice.name).toBe('宜秀区-已填写-整改通知单.xlsx');

    const cli = kaoheOn([filled], ([n]) => [
      'notice',
      n!,
      '--number',
      fields.number,
      '--issuer',
      fields.issuer,
      '--contact',
      fields.contact,
      '--phone',
      fields.phone,
      '--date',
      '2024-07-10',
      '-o',
      'cli.xlsx',
    ]);
    expect(cli.code).toBe(0);
    const pageCells = await cellsOf(notice.buffer);
    expect(pageCells).toEqual(await cellsOf(cli.read('cli.xlsx')));
    // Typed text that starts with "=" stays text.
    const typed = Object.values(pageCells).filter((v) => v.includes('=王五'));
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((v) => v.startsWith('"'))).toBe(true);
    expect(cliAudit([notice]).files[0]?.ok).toBe(true);
    expect(cliScores(notice)).toEqual(cliScores(filled));
    noticeBook = notice;
  });

  it('LibreOffice recalculates the notice workbook the page wrote to the totals `kaohe score` gives', async () => {
    if (!sofficePath()) throw new Error('LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui');
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-web-lo-'));
    const file = join(dir, 'notice.xlsx');
    writeFileSync(file, noticeBook.buffer);
    const [out] = convert([file], {
      profile: makeProfile(join(dir, 'p')),
      outDir: join(dir, 'out'),
      to: 'xlsx:Calc MS Excel 2007 XML',
    });
    const wb = await loadExcel(readFileSync(out!));
    const units = cliScores(noticeBook);
    const recalculated = units.map((u) => readCell(wb.getWorksheet(u.sheet)!.getCell(u.totalCell)).result);
    expect(recalculated.map((v) => round2(Number(v)))).toEqual(units.map((u) => u.total));
  }, 200_000);

  it('asked for nothing beyond its own files', () => {
    expect(web.requests.length).toBeGreaterThan(3);
    expect(foreign(web.requests, web.base)).toEqual([]);
  });
});

/**
 * Importing a rubric from a table people keep, in the web page (production build, headless
 * Chromium): the add-in's report over the sheet, the rubric saved as a file the same as `kaohe
 * import` writes, used to make a workbook the same as `kaohe new --rubric FILE` makes; a rubric file
 * picked with 选择文件 makes the same workbook too, and a broken one is named in Chinese.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, haveChromium } from '../helpers/pane-browser';
import { cellsOf, cliAudit, kaoheOn } from '../helpers/web-books';
import { downloaded, foreign, giveFiles, offScreen, startWebBrowser, type WebBrowser } from '../helpers/web-browser';

const root = resolve(__dirname, '../..');
const screens = join(root, 'out/screens/web');
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; CI must install it`);
const maybe = haveChromium ? describe : describe.skip;

const table = {
  name: 'huilongshan-002.xlsx',
  buffer: readFileSync(join(root, 'test/fixtures/tables/huilongshan-002.xlsx')),
};
/** The workbook `kaohe new --rubric` makes with a rubric file for 东塘村 and 白若村 on 2024-06-30. */
function cliNewWith(rubric: Buffer): Buffer {
  const r = kaoheOn([{ name: 'r.json', buffer: rubric }], () => [
    'new',
    '--rubric',
    'r.json',
    '--units',
    '东塘村,白若村',
    '--date',
    '2024-06-30',
    '-o',
    'cli.xlsx',
  ]);
  expect(r.code).toBe(0);
  return r.read('cli.xlsx');
}

/** A rubric file without where it was read from (a path for the command line, a sheet for the page). */
const sourceless = (json: string): unknown => ({ ...(JSON.parse(json) as object), source: undefined });

maybe('web page: a rubric imported from a table', () => {
  let web: WebBrowser;
  let page: Page;

  beforeAll(async () => {
    web = await startWebBrowser();
    page = await web.open();
  }, 300_000);
  afterAll(() => web?.close());

  it('reads the table as `kaohe import` does, saves the same rubric, and makes the same workbook with it', async () => {
    await page.getByTestId('import-book').click();
    await giveFiles(page, page.getByTestId('import-drop'), [table]);
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 60_000 });
    const cli = kaoheOn([table], ([n]) => ['import', n!, '--json']);
    expect(cli.code).toBe(0);
    const clauses = (JSON.parse(cli.stdout) as { clauses: unknown[] }).clauses.length;
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screens, '9-import-zh.png'), fullPage: true });
    // The same clauses the command line reads (30 in this table).
    expect(await report.textContent()).toMatch(new RegExp(`读出 ${clauses} 条细则，\\d+ 条需要核对`));
    expect(clauses).toBe(30);
    expect(await offScreen(page)).toEqual([]);

    const saved = await downloaded(page, () => page.getByTestId('import-save').click());
    const cliFile = kaoheOn([table], ([n]) => ['import', n!, '-o', 'cli.json']);
    expect(cliFile.code).toBe(0);
    expect(sourceless(saved.buffer.toString('utf8'))).toEqual(sourceless(cliFile.read('cli.json').toString('utf8')));

    await page.getByTestId('import-use').click();
    await page.getByTestId('units').fill('东塘村\n白若村');
    await page.getByTestId('date').fill('2024-06-30');
    const made = await downloaded(page, () => page.getByTestId('make').click());
    expect(await cellsOf(made.buffer)).toEqual(await cellsOf(cliNewWith(saved.buffer)));
    expect(cliAudit([made]).files[0]?.ok).toBe(true);
    expect(foreign(web.requests, web.base)).toEqual([]);
  });

  it('takes a rubric file picked with 选择文件: the same workbook as `kaohe new --rubric FILE`; a broken file is named', async () => {
    await page.reload();
    const cli = kaoheOn([table], ([n]) => ['import', n!, '-o', 'r.json']);
    expect(cli.code).toBe(0);
    const rubric = cli.read('r.json');
    // A file that is not a rubric: its problem listed under the picker, in Chinese, and nothing chosen from it.
    await page
      .getByTestId('rubric-file')
      .setInputFiles({ name: '坏.json', mimeType: 'application/json', buffer: Buffer.from('{"id": 3}') });
    const notes = page.locator('ul.notes li.error');
    await notes.first().waitFor({ timeout: 30_000 });
    expect(await notes.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/[\u4e00-\u9fff]/)]));
    expect((await notes.allTextContents()).join(' ')).not.toMatch(/Expected|undefined|ZodError/);

    await page
      .getByTestId('rubric-file')
      .setInputFiles({ name: '回龙山.json', mimeType: 'application/json', buffer: rubric });
    await page.locator('ul.notes li.error').first().waitFor({ state: 'detached', timeout: 30_000 });
    const title = (JSON.parse(rubric.toString('utf8')) as { title: string }).title;
    expect(await page.getByTestId('rubric-select').locator('option:checked').textContent()).toContain(title);
    await page.getByTestId('units').fill('东塘村\n白若村');
    await page.getByTestId('date').fill('2024-06-30');
    const made = await downloaded(page, () => page.getByTestId('make').click());
    expect(await cellsOf(made.buffer)).toEqual(await cellsOf(cliNewWith(rubric)));
    expect(foreign(web.requests, web.base)).toEqual([]);
  });
});

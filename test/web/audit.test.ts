/**
 * Twenty received workbooks dropped on the web page (production build, headless Chromium): two
 * tampered, one damaged; every one audited, one line each as `kaohe audit` gives it, the findings by
 * sheet and cell; then the roll-up, held beside `kaohe rollup` on the same files. Files that are not
 * workbooks or not ours are named in plain Chinese and stop nothing.
 */
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { replan } from '../../src/app/book';
import { fromWorkbook } from '../../src/adapters/xlsx/read';
import { honestBook } from '../helpers/audit-book';
import { loadExcel } from '../helpers/book';
import { CHROMIUM, haveChromium } from '../helpers/pane-browser';
import { badEntry, cellsOf, cliAudit, kaoheOn, overwriteTotal } from '../helpers/web-books';
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

/** The page's line for each file: its name, clean or not, and the texts of its findings. */
const lines = (page: Page) =>
  page.getByTestId('file-result').evaluateAll((els) =>
    els.map((e) => ({
      file: e.getAttribute('data-file') ?? '',
      ok: e.classList.contains('ok'),
      line: e.querySelector('[data-testid=file-line]')?.textContent ?? '',
      findings: Array.from(e.querySelectorAll('[data-testid=file-finding]')).map((f) => f.textContent ?? ''),
    })),
  );

/** `kaohe audit`'s text: file name → the lines listed under its line. */
function cliListed(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let file = '';
  for (const l of text.split('\n')) {
    const head = /^[✓✗] (.+?\.xlsx)(：|$)/.exec(l);
    if (head) out.set((file = head[1]!), []);
    else if (file && /^\s+\S/.test(l)) out.get(file)!.push(l.trim());
  }
  return out;
}

maybe('web page: twenty received workbooks, audited and rolled up', () => {
  let web: WebBrowser;
  let page: Page;
  const files: Given[] = [];
  let totalCell = '';

  beforeAll(async () => {
    for (let k = 1; k <= 17; k++)
      files.push({
        name: `${String(k).padStart(2, '0')}-第${k}村.xlsx`,
        buffer: (await honestBook('huilongshan', [`第${k}村`], 100 + k)).buf,
      });
    const clean = (await honestBook('huilongshan', ['改总分村'], 200)).buf;
    files.push({ name: '18-改总分村.xlsx', buffer: await overwriteTotal(clean) });
    files.push({
      name: '19-录错村.xlsx',
      buffer: await badEntry((await honestBook('huilongshan', ['录错村'], 201)).buf),
    });
    files.push({ name: '20-损坏.xlsx', buffer: clean.subarray(0, Math.floor(clean.length / 2)) });
    totalCell = replan(fromWorkbook(await loadExcel(clean), 'x').store).planned.units[0]!.cells.total;
    web = await startWebBrowser();
    page = await web.open();
    await page.getByTestId('tab-received').click();
  }, 300_000);
  afterAll(() => web?.close());

  it('audits all twenty, one line each as `kaohe audit`, tampered and damaged ones named', async () => {
    await giveFiles(page, page.getByTestId('received-drop'), files);
    // A progress bar while they are audited, gone when all are done.
    await page.getByTestId('progress').waitFor({ state: 'attached', timeout: 5_000 });
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 120_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screens, '5-audited-zh.png'), fullPage: false });
    const shown = await lines(page);
    expect(shown.map((s) => s.file)).toEqual(files.map((f) => f.name));
    const cli = cliAudit(files);
    expect(shown.map((s) => s.ok)).toEqual(cli.files.map((f) => f.ok));
    expect(shown.filter((s) => !s.ok).map((s) => s.file)).toEqual([
      '18-改总分村.xlsx',
      '19-录错村.xlsx',
      '20-损坏.xlsx',
    ]);
    // The summary line is the command line's last line.
    const summary = await page.getByTestId('audit-summary').textContent();
    expect(cli.text.trim().split('\n').pop()).toBe(summary);
    // Under each file, as many findings as `kaohe audit` lists under its line.
    const listed = cliListed(cli.text);
    expect(shown.map((s) => [s.file, s.findings.length])).toEqual(
      files.map((f) => [f.name, listed.get(f.name)?.length]),
    );
    expect(shown.filter((s) => !s.ok).every((s) => s.findings.length > 0 && /\d+ 处问题/.test(s.line))).toBe(true);
    const tampered = shown.find((s) => s.file === '18-改总分村.xlsx')!;
    expect(tampered.findings.some((f) => f.includes(totalCell))).toBe(true);
    const damaged = shown.find((s) => s.file === '20-损坏.xlsx')!;
    expect(damaged.findings.join('')).toMatch(/损坏|打不开|不完整/);
    expect(await offScreen(page)).toEqual([]);
    // Twenty lines are long: the three with problems on their own, then all again.
    await page.getByTestId('only-bad').click();
    expect((await lines(page)).map((s) => s.file)).toEqual(['18-改总分村.xlsx', '19-录错村.xlsx', '20-损坏.xlsx']);
    await page.screenshot({ path: join(screens, '5-only-bad-zh.png') });
    await page.getByTestId('only-bad').click();
    expect(await page.getByTestId('file-result').count()).toBe(20);
  });

  it('rolls them up into the same summary `kaohe rollup` writes', async () => {
    const rolled = await downloaded(page, () => page.getByTestId('rollup').click());
    await page.getByTestId('rolled').waitFor();
    expect(await page.getByTestId('rolled').textContent()).toContain('20 个来源文件');
    const cli = kaoheOn(files, (names) => ['rollup', ...names, '-o', 'cli-rollup.xlsx']);
    expect(cli.code).toBeLessThan(2);
    expect(await cellsOf(rolled.buffer)).toEqual(await cellsOf(cli.read('cli-rollup.xlsx')));
  });

  it('rolls them up with another ranking rule picked, the same as `kaohe rollup --ranking`', async () => {
    const picker = page.getByTestId('rollup-ranking');
    const options = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const rule = options.find((v) => v !== '');
    expect(rule).toBeDefined();
    await picker.selectOption(rule!);
    const rolled = await downloaded(page, () => page.getByTestId('rollup').click());
    const cli = kaoheOn(files, (names) => ['rollup', ...names, '--ranking', rule!, '-o', 'cli-rollup.xlsx']);
    expect(cli.code).toBeLessThan(2);
    const own = kaoheOn(files, (names) => ['rollup', ...names, '-o', 'own.xlsx']);
    const cells = await cellsOf(rolled.buffer);
    expect(cells).toEqual(await cellsOf(cli.read('cli-rollup.xlsx')));
    // The rule picked changed what was written (else this test could not tell the picker was used).
    expect(cells).not.toEqual(await cellsOf(own.read('own.xlsx')));
    await picker.selectOption('');
  });

  it('names a file that is not a workbook and one that is not ours, and goes on with the next', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = '别人的表';
    const more: Given[] = [
      { name: '说明.xlsx', buffer: Buffer.from('这不是工作簿，是一段文字。') },
      { name: '别人的表.xlsx', buffer: Buffer.from(await plain.xlsx.writeBuffer()) },
      { name: '21-第21村.xlsx', buffer: (await honestBook('huilongshan', ['第21村'], 121)).buf },
    ];
    await giveFiles(page, page.getByTestId('received-drop'), more);
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 60_000 });
    const shown = (await lines(page)).filter((s) => more.some((m) => m.name === s.file));
    expect(shown.map((s) => [s.file, s.ok])).toEqual([
      ['说明.xlsx', false],
      ['别人的表.xlsx', false],
      ['21-第21村.xlsx', true],
    ]);
    const cli = cliAudit(more);
    for (const [i, s] of shown.entries()) {
      expect(s.findings.length).toBeGreaterThan(i < 2 ? 0 : -1);
      const message = cli.files[i]!.findings.find((f) => f.severity === 'error')?.message ?? '';
      if (i < 2) expect(s.findings.join('\n')).toContain(message.replace(/^[^：]*：/, '').slice(0, 12));
    }
    expect(shown[0]!.findings.join('')).toMatch(/不是.*工作簿|不是 Excel/);
    expect(shown[1]!.findings.join('')).toMatch(/不是.*生成|没有.*细则|不是本工具/);
    await page.screenshot({ path: join(screens, '6-bad-files-zh.png'), fullPage: true });
  });

  it('asked for nothing beyond its own files', () => {
    expect(foreign(web.requests, web.base)).toEqual([]);
  });
});

/**
 * The production bundle in headless Chromium with only the Excel host faked: office.js is answered
 * with test/helpers/fake-excel.ts, every other network request is refused. A person's path: pick
 * a rubric, insert two units, type a bad entry, see the finding, click it. Screenshots go to
 * out/screens/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');
const screens = join(root, 'out/screens');
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing; CI must install it (apt-get install -y chromium)`);
}
const maybe = haveChromium ? describe : describe.skip;

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
}

/** Builds dist/ unless it is newer than every source file it comes from. */
function ensureBuild(): void {
  const html = join(dist, 'taskpane.html');
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'manifest.xml')).mtimeMs, newest(join(root, 'rubrics')));
  if (existsSync(html) && statSync(html).mtimeMs > sources) return;
  execFileSync(process.execPath, [join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: root, stdio: 'pipe' });
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml' };

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const file = join(dist, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

maybe('task pane in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    ensureBuild();
    mkdirSync(screens, { recursive: true });
    const fakeJs = (await build({ entryPoints: [join(root, 'test/helpers/browser-fake.ts')], bundle: true, write: false, format: 'iife', target: 'es2019' })).outputFiles[0]!.text;
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 2 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      // The fake stands in for office.js wherever the build loads it from: the CDN, or a local copy.
      if (url === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' || url.endsWith('/office-js/office.js')) {
        return route.fulfill({ contentType: 'text/javascript', body: fakeJs });
      }
      if (url.startsWith(base)) return route.continue();
      return route.abort();
    });
    await page.goto(`${base}/taskpane.html`);
    if (errors.length) throw new Error(errors.join('\n'));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it('picks a rubric, inserts two units, shows a bad entry and goes to its cell', async () => {
    await page.getByText('考核计分助手').first().waitFor();
    await page.screenshot({ path: join(screens, '1-start.png'), fullPage: true });
    const select = page.getByTestId('rubric-select');
    await select.selectOption({ index: 0 });
    await page.getByTestId('units').fill('甲镇\n乙镇');
    await page.getByTestId('insert').click();
    await page.getByText('已插入 2 个单位的计分表和汇总表').waitFor();
    const sheets = await page.evaluate(() => (window as unknown as { __fake: { sheets: { name: string }[] } }).__fake.sheets.map((s) => s.name));
    expect(sheets).toEqual(['汇总', '甲镇', '乙镇', '_kaohe']);
    await page.screenshot({ path: join(screens, '2-inserted.png'), fullPage: true });

    // A person types -3 as a count of missing items in 甲镇!G8 (Excel raises onChanged).
    await page.evaluate(() => (window as unknown as { __fake: { userEdit: (s: string, a: string, v: number[][]) => Promise<void> } }).__fake.userEdit('甲镇', 'G8', [[-3]]));
    const finding = page.getByTestId('finding').filter({ hasText: '不能为负数' });
    await finding.waitFor();
    await page.screenshot({ path: join(screens, '3-finding.png'), fullPage: true });
    await finding.click();
    const selected = await page.evaluate(() => (window as unknown as { __fake: { selected: unknown } }).__fake.selected);
    expect(selected).toEqual({ sheet: '甲镇', cell: 'G8' });

    // Keyboard: 检查全部 is reachable and works with Enter.
    await page.getByTestId('check-all').focus();
    await page.keyboard.press('Enter');
    await finding.waitFor();
    await page.screenshot({ path: join(screens, '4-checked.png'), fullPage: true });
  }, 120_000);

  it('tells users of the old Internet Explorer webview what still works, instead of a blank pane', async () => {
    const ctx = await browser.newContext({
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

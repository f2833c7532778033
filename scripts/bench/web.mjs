// The web page's figures for `npm run bench` (and alone: `node scripts/bench/web.mjs [--books N]`):
// its initial JavaScript (gzip: the entry, and every script fetched before a file is opened), time
// to first render in headless Chromium, and N received workbooks audited in the page.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const CHROMIUM = '/usr/bin/chromium';
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const gz = (dir, files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Serves a built dist/ folder on a free local port. */
function serve(dir) {
  const server = createServer((req, res) => {
    const file = join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * Measures the page built in `dir`; `files` are the received workbooks (paths) to audit in it.
 * Adds rows through `row(what, value, target, met, note)`; returns the page's audit time in ms.
 */
export async function benchWeb({ dir, files, loads = 5, row, failed, progress = () => {} }) {
  if (!existsSync(CHROMIUM)) return failed('web page', `${CHROMIUM} is not installed`);
  const { chromium } = await import('playwright-core');
  const server = await serve(dir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  let auditMs;
  try {
    progress(`web page: ${loads} loads`);
    const firsts = [];
    const ready = [];
    let atStart = [];
    for (let i = 0; i < loads; i++) {
      const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' });
      const scripts = [];
      page.on('request', (r) => r.url().endsWith('.js') && scripts.push(basename(r.url())));
      // The moment React's content is in #root (the heading), and the rubric list is there.
      // A string: it runs in the page, not in Node.
      await page.addInitScript(`new MutationObserver((m, o) => {
        if (document.querySelector('#root h1') && window.__first === undefined) window.__first = performance.now();
        if (document.querySelector('[data-testid=rubric-select]')) { window.__ready = performance.now(); o.disconnect(); }
      }).observe(document, { childList: true, subtree: true });`);
      await page.goto(`${base}/web.html`);
      await page.getByTestId('rubric-select').waitFor();
      const t = await page.evaluate(() => [window.__first, window.__ready]);
      firsts.push(t[0]);
      ready.push(t[1]);
      atStart = scripts;
      await page.close();
    }
    const html = readFileSync(join(dir, 'web.html'), 'utf8');
    const entry = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
    const entryGz = gz(dir, entry);
    const startGz = gz(dir, atStart);
    row('web page: entry script, gzip', kb(entryGz), '', '', `${entry.join(', ')}: what web.html names; draws the page`);
    row(
      'web page: initial JavaScript, gzip',
      kb(startGz),
      '≤ 200 KB',
      startGz <= 200 * 1024 ? '✓' : '✗',
      `every script fetched before a file is opened (${atStart.length}: the entry, the built-in rubrics and zod); ExcelJS and the work on files come with the first file`,
    );
    row('web page: time to first render', `${median(firsts).toFixed(0)} ms`, '', '', `navigation start → the page's heading in #root, Chromium, local server; ${loads} loads; rubric list ready at ${median(ready).toFixed(0)} ms`);

    progress(`web page: auditing ${files.length} workbooks`);
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' });
    await page.goto(`${base}/web.html`);
    await page.getByTestId('tab-received').click();
    const given = files.map((f) => ({ name: basename(f), mimeType: 'application/octet-stream', buffer: readFileSync(f) }));
    const t0 = performance.now();
    await page.getByTestId('received-drop-input').setInputFiles(given);
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 900_000 });
    auditMs = performance.now() - t0;
    const shown = await page.getByTestId('file-result').count();
    const clean = await page.locator('[data-testid=file-result].ok').count();
    if (shown !== files.length || clean !== files.length) throw new Error(`page: ${clean}/${shown} clean of ${files.length}`);
    row(
      `audit: the web page, ${files.length} workbooks`,
      `${(auditMs / 1000).toFixed(1)} s`,
      '',
      '',
      `files given to the page's picker → every line drawn (all clean, checked); Chromium, ExcelJS loaded on the first file; ${(auditMs / files.length).toFixed(0)} ms/file`,
    );
    await page.close();
  } catch (e) {
    failed('web page', e.message);
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  return auditMs;
}

// Alone: builds the page into a temporary folder, makes N filled workbooks, prints the rows.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '../..');
  const i = process.argv.indexOf('--books');
  const n = i > 0 ? Number(process.argv[i + 1]) : 200;
  const tmp = mkdtempSync(join(tmpdir(), 'kaohe-bench-web-'));
  const { buildAddin } = await import(join(root, 'scripts', 'build.mjs'));
  await buildAddin({ outDir: join(tmp, 'dist'), quiet: true, mode: 'production' });
  const { build } = await import('esbuild');
  const core = join(root, 'dist', 'bench-web-core.cjs');
  await build({ entryPoints: [join(root, 'scripts/bench/core.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: core, external: ['exceljs'], logLevel: 'silent' });
  const { filledBook, rubricIds } = await import(core);
  mkdirSync(join(tmp, 'books'));
  const files = [];
  for (let k = 0; k < n; k++) {
    const f = join(tmp, 'books', `${String(k + 1).padStart(3, '0')}.xlsx`);
    writeFileSync(f, await filledBook(rubricIds()[k % rubricIds().length], 3, k + 1));
    files.push(f);
  }
  const rows = [];
  await benchWeb({ dir: join(tmp, 'dist'), files, row: (...r) => rows.push(r), failed: (w, e) => rows.push([w, 'failed', '', '✗', e]), progress: (s) => process.stderr.write(`${s}\n`) });
  const t0 = performance.now();
  const cli = spawnSync(process.execPath, [join(root, 'bin/kaohe.js'), 'audit', ...files, '--json'], { maxBuffer: 1 << 28 });
  const cliMs = performance.now() - t0;
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`| audit: kaohe audit, ${n} workbooks | ${(cliMs / 1000).toFixed(1)} s | | | the same files, one run, exit ${cli.status} |`);
  rmSync(core, { force: true });
  rmSync(tmp, { recursive: true, force: true });
}

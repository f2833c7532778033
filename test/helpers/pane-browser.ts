import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FakeExcel, FakeSnapshot } from './fake-excel';

/**
 * The task pane's production bundle in Debian's headless Chromium, with only the Excel host faked:
 * office.js is answered with test/helpers/browser-fake.ts, every other request outside the local
 * server is refused. Shared by the pane's e2e tests.
 */
const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');
export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
}

const pages = ['taskpane.html', 'web.html', 'kaohe-web.html'].map((f) => join(dist, f));
function fresh(): boolean {
  const sources = Math.max(
    newest(join(root, 'src')),
    statSync(join(root, 'manifest.xml')).mtimeMs,
    newest(join(root, 'rubrics')),
    statSync(join(root, 'webpack.config.js')).mtimeMs,
    statSync(join(root, 'webpack.web.js')).mtimeMs,
  );
  return pages.every((p) => existsSync(p) && statSync(p).mtimeMs > sources);
}

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/ (the task pane and the web page) unless it is newer than every source file it comes
 * from. Test files run in parallel: one builds while the others wait for it (a lock folder in out/).
 */
export function ensureBuild(): void {
  if (fresh()) return;
  const lock = join(root, 'out', '.build-lock');
  mkdirSync(join(root, 'out'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is stale after ten minutes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000)
        rmSync(lock, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    if (fresh()) return;
    execFileSync(process.execPath, [join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: root,
      stdio: 'pipe',
    });
    // webpack leaves a file it would write unchanged as it was: dated now, it counts as built.
    const now = new Date();
    for (const p of pages) if (existsSync(p)) utimesSync(p, now, now);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Serves dist/ on a free local port. */
export function serve(): Promise<Server> {
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

export interface PaneHost {
  readonly platform?: FakeExcel['platform'];
  readonly apiVersion?: number;
}

export interface PaneBrowser {
  readonly base: string;
  readonly browser: Browser;
  /**
   * A new pane at 320 px; `preset` is the workbook the fake Excel starts with (a snapshot), `host`
   * which Excel it is, `locale` the browser's language, `officeJs` the script office.js is answered
   * with (the fake, unless a test means to open the page outside Excel).
   */
  open(o?: { preset?: FakeSnapshot; host?: PaneHost; locale?: string; officeJs?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the pane if needed, serves dist/ and starts Chromium. */
export async function startPaneBrowser(): Promise<PaneBrowser> {
  ensureBuild();
  const fakeJs = (
    await build({
      entryPoints: [join(root, 'test/helpers/browser-fake.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2019',
    })
  ).outputFiles[0]!.text;
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    base,
    browser,
    async open(o = {}) {
      const p = await browser.newPage({
        viewport: { width: 320, height: 900 },
        locale: o.locale ?? 'zh-CN',
        deviceScaleFactor: 2,
      });
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      if (o.preset)
        await p.addInitScript((s) => ((window as unknown as { __kaohePreset: unknown }).__kaohePreset = s), o.preset);
      if (o.host)
        await p.addInitScript((h) => ((window as unknown as { __kaoheHost: unknown }).__kaoheHost = h), o.host);
      await p.route('**/*', (route) => {
        const url = route.request().url();
        // The fake stands in for office.js wherever the build loads it from: the CDN, or a local copy.
        if (url === OFFICE_JS || url.endsWith('/office-js/office.js'))
          return route.fulfill({ contentType: 'text/javascript', body: o.officeJs ?? fakeJs });
        if (url.startsWith(base)) return route.continue();
        return route.abort();
      });
      await p.goto(`${base}/taskpane.html`);
      if (errors.length) throw new Error(errors.join('\n'));
      return p;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, ensureBuild, serve } from './pane-browser';

/**
 * The web page's production build (dist/web.html, dist/kaohe-web.html) in Debian's headless
 * Chromium at 1024×768, as a clerk would use it: files given through the page's own file pickers,
 * downloads caught as files. Every request the page makes is recorded; any outside the page's own
 * files is refused (and a test finds it in `requests`).
 */
const dist = join(resolve(__dirname, '../..'), 'dist');

export interface WebBrowser {
  readonly base: string;
  /** Every URL any page asked for, in order. */
  readonly requests: string[];
  /** dist/web.html from the local server, or dist/kaohe-web.html from the disk (file://). */
  open(o?: { locale?: string; single?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export interface Given {
  readonly name: string;
  readonly buffer: Buffer;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const asFiles = (files: readonly Given[]) =>
  files.map((f) => ({ name: f.name, mimeType: XLSX, buffer: f.buffer }));

/** Requests beyond the page's own files: anything not under `base`, not the single file, not a blob. */
export function foreign(requests: readonly string[], base: string): string[] {
  const single = pathToFileURL(join(dist, 'kaohe-web.html')).href;
  return requests.filter((u) => !u.startsWith(`${base}/`) && u !== single && !u.startsWith('blob:'));
}

export async function startWebBrowser(): Promise<WebBrowser> {
  ensureBuild();
  const server: Server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const requests: string[] = [];
  return {
    base,
    requests,
    async open(o = {}) {
      const context = await browser.newContext({
        viewport: { width: 1024, height: 768 },
        locale: o.locale ?? 'zh-CN',
        acceptDownloads: true,
      });
      const p = await context.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('request', (r) => requests.push(r.url()));
      await p.route('**/*', (route) => {
        const url = route.request().url();
        return foreign([url], base).length ? route.abort() : route.continue();
      });
      const url = o.single ? pathToFileURL(join(dist, 'kaohe-web.html')).href : `${base}/web.html`;
      await p.goto(url);
      if (errors.length) throw new Error(errors.join('\n'));
      return p;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Clicks (or presses a key on) what starts a download; the downloaded file's name and bytes. */
export async function downloaded(page: Page, act: () => Promise<void>): Promise<Given> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), act()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), buffer: readFileSync(path) };
}

/** Gives files to a drop zone through its file picker (as a click on it opens it). */
export async function giveFiles(page: Page, zone: Locator, files: readonly Given[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), zone.click()]);
  await chooser.setFiles(asFiles(files));
}

/** Elements a person needs (buttons, fields, drop zones, tabs) that stick out of the window sideways. */
export function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const all = Array.from(
      document.querySelectorAll<HTMLElement>('button, input:not([type=file]), select, textarea, [role=button], th, td'),
    );
    const out = all
      .filter((e) => e.offsetParent !== null)
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < 0 || r.right > width + 0.5;
      })
      .map((e) => `${e.tagName} ${e.getAttribute('data-testid') ?? e.textContent?.slice(0, 20) ?? ''}`);
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    return out;
  });
}

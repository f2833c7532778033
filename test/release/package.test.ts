/**
 * The release zip as a county IT person gets it (issue 8): `npm run package` with a base URL and a
 * local office.js, unpacked into a clean temp folder with no node_modules anywhere above it, served
 * over HTTPS on 127.0.0.1 with a throwaway certificate. Headless Chromium loads the task pane and
 * office.js from it with every other request refused; the zip's own `kaohe` runs with plain Node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import pkg from '../../package.json';

const root = resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const OPENSSL = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((p) => existsSync(p));
const missing = [existsSync(CHROMIUM) ? '' : CHROMIUM, OPENSSL ? '' : 'openssl'].filter(Boolean);
if (missing.length && process.env.CI === 'true') {
  throw new Error(`${missing.join(' and ')} missing; CI must install them (apt-get install -y chromium openssl)`);
}
const maybe = missing.length ? describe.skip : describe;

const fourPart = (v: string): string => [...v.split('.'), '0', '0', '0', '0'].slice(0, 4).join('.');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A self-signed certificate for 127.0.0.1, made with openssl into dir. */
function throwawayCert(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    OPENSSL!,
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'pipe' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

maybe('release package (npm run package)', () => {
  const work = mkdtempSync(join(tmpdir(), 'kaohe-release-'));
  const served: string[] = [];
  let server: Server;
  let base: string;
  let top: string; // the unpacked kaohe-<version>/ folder
  let zipBytes = 0;
  let entries: string[] = [];
  let browser: Browser;

  beforeAll(async () => {
    expect(existsSync(join(work, '..', 'node_modules'))).toBe(false);
    // The server starts first (serving a folder that the zip fills) so the build knows its port.
    const webRoot = join(work, 'www');
    server = createServer(throwawayCert(work), (req, res) => {
      const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      const file = join(webRoot, url);
      const ok = url.startsWith('/kaohe/') && file.startsWith(webRoot) && existsSync(file) && statSync(file).isFile();
      served.push(`${ok ? 200 : 404} ${url}`);
      if (!ok) return void res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}/kaohe/`;

    const out = join(work, 'out');
    execFileSync(
      process.execPath,
      [join(root, 'scripts/package.mjs'), '--base-url', base, '--local-office-js', '--out-dir', out],
      { cwd: root, stdio: 'pipe' },
    );
    const zipPath = join(out, `kaohe-${pkg.version}.zip`);
    const data = readFileSync(zipPath);
    zipBytes = data.length;

    // Unpack into a clean folder, as the IT person would.
    const clean = join(work, 'unpacked');
    const zip = await JSZip.loadAsync(data);
    entries = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    for (const name of entries) {
      const dest = join(clean, name);
      expect(dest.startsWith(clean)).toBe(true);
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, await zip.files[name]!.async('nodebuffer'));
    }
    top = join(clean, `kaohe-${pkg.version}`);
    // web/ is what goes on the intranet server, at /kaohe/.
    mkdirSync(webRoot);
    execFileSync('cp', ['-R', join(top, 'web'), join(webRoot, 'kaohe')]);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    rmSync(work, { recursive: true, force: true });
  });

  /** A page on a context that lets only 127.0.0.1 through; returns every URL it asked for. */
  async function offline(): Promise<{ ctx: BrowserContext; requested: string[]; refused: string[] }> {
    const ctx = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 320, height: 700 },
      locale: 'zh-CN',
    });
    const requested: string[] = [];
    const refused: string[] = [];
    ctx.on('request', (r) => requested.push(r.url()));
    await ctx.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      refused.push(url);
      return route.abort();
    });
    return { ctx, requested, refused };
  }

  it('holds the add-in, manifest, kaohe, rubrics, a filled sample and 安装说明.md in one versioned zip', () => {
    const name = `kaohe-${pkg.version}/`;
    for (const f of [
      '安装说明.md',
      'manifest.xml',
      'web/manifest.xml',
      'web/taskpane.html',
      'web/web.html',
      'kaohe-web.html',
      'web/legacy.js',
      'web/office-js/office.js',
      'web/office-js/zh-cn/office_strings.js',
      'web/office-js/excel-win32-16.01.js',
      'web/assets/icon-32.png',
      'cli/kaohe.cjs',
      'cli/kaohe',
      'cli/kaohe.cmd',
      'rubrics/huilongshan.json',
      'samples/huilongshan-sample.xlsx',
      'build-info.json',
    ]) {
      expect(entries).toContain(name + f);
    }
    expect(entries.every((e) => e.startsWith(name))).toBe(true);
    expect(readFileSync(join(top, '安装说明.md'), 'utf8')).toContain('受信任的加载项目录');
    console.log(`kaohe-${pkg.version}.zip: ${(zipBytes / 1024 / 1024).toFixed(2)} MB, ${entries.length} files`);
  });

  it('has a manifest that points every URL at the base URL, with no localhost, and passes the offline schema check', () => {
    const manifest = readFileSync(join(top, 'manifest.xml'), 'utf8');
    expect(readFileSync(join(top, 'web/manifest.xml'), 'utf8')).toBe(manifest);
    expect(manifest).not.toMatch(/localhost/i);
    // Every URL but the XML namespaces.
    const urls = [...manifest.replace(/xmlns(:\w+)?="[^"]*"/g, '').matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect([u, u === new URL(base).origin || u.startsWith(base)]).toEqual([u, true]);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
    expect(manifest).toContain(`<AppDomain>${new URL(base).origin}</AppDomain>`);
    const r = spawnSync(process.execPath, [join(root, 'scripts/validate-manifest.mjs'), join(top, 'manifest.xml')], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('loads the task pane and office.js from the intranet server alone, over HTTPS', async () => {
    const { ctx, requested, refused } = await offline();
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const office = page.waitForResponse((r) => r.url() === `${base}office-js/office.js`);
    await page.goto(`${base}taskpane.html`);
    expect((await office).status()).toBe(200);
    await page.getByRole('heading', { name: '考核计分助手' }).waitFor({ timeout: 30_000 });
    await page.getByText(`版本 ${pkg.version}`).waitFor();
    await page.screenshot({ path: join(root, 'out/screens/release-pane.png'), fullPage: true }).catch(() => undefined);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
    for (const u of requested) expect(u.startsWith(base)).toBe(true);
    expect(served).toContain('200 /kaohe/office-js/office.js');
    await ctx.close();
  }, 120_000);

  it('serves the files office.js fetches for Excel on Windows (host script, Chinese strings) from the same server', async () => {
    const { ctx, requested, refused } = await offline();
    const page = await ctx.newPage();
    // What Excel on Windows passes to the pane: office.js then loads excel-win32-16.01.js and zh-cn strings.
    const host = page.waitForResponse((r) => r.url() === `${base}office-js/excel-win32-16.01.js`);
    const strings = page.waitForResponse((r) => r.url() === `${base}office-js/zh-cn/office_strings.js`);
    await page.goto(`${base}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
    expect((await host).status()).toBe(200);
    expect((await strings).status()).toBe(200);
    expect(refused).toEqual([]);
    for (const u of requested) expect(u.startsWith(base)).toBe(true);
    await ctx.close();
  }, 120_000);

  describe("the zip's kaohe with plain Node", () => {
    const run = (args: string[]): { code: number; stdout: string; stderr: string } => {
      const r = spawnSync(process.execPath, [join(top, 'cli/kaohe.cjs'), ...args], {
        cwd: top,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', KAOHE_LANG: '' },
      });
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    };

    it('lists the built-in rubrics', () => {
      const r = run(['rubrics']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('huilongshan');
      expect(r.stdout).toContain('会龙山街道扶贫开发工作目标管理考核细则');
    });

    it('scores the bundled sample workbook', () => {
      const r = run(['score', 'samples/huilongshan-sample.xlsx', '--json']);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as {
        units: { unit: string; total: number | null; grade: string | null; rank: number | null }[];
      };
      expect(out.units.map((u) => [u.unit, u.total, u.grade, u.rank])).toEqual([
        ['会龙山街道 东塘村', 92.12, '优秀', 2],
        ['会龙山街道 白若村', 102, '优秀', 1],
        ['会龙山街道 金峰村', 56.4, '不合格', 3],
      ]);
    });

    it('runs through the sh launcher too', () => {
      const r = spawnSync('sh', [join(top, 'cli/kaohe'), '--version'], { encoding: 'utf8' });
      expect(r.stdout.trim()).toBe(pkg.version);
    });

    it('has one version number: package.json, kaohe --version, the manifest <Version> and the pane', () => {
      expect(run(['--version']).stdout.trim()).toBe(pkg.version);
      expect(/<Version>([^<]+)<\/Version>/.exec(readFileSync(join(top, 'manifest.xml'), 'utf8'))?.[1]).toBe(
        fourPart(pkg.version),
      );
      const info = JSON.parse(readFileSync(join(top, 'build-info.json'), 'utf8')) as { version: string };
      expect(info.version).toBe(pkg.version);
      // The pane's footer (版本 x.y.z) is checked in the Chromium test above.
    });
  });
});

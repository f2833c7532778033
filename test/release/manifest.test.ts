/**
 * The production manifest for an intranet address (`npm run build -- --base-url …`), without a
 * browser: webpack.config.js's rewrite on manifest.xml, checked against the offline schemas, and
 * one version number everywhere. The full build and package are proved in package.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pkg from '../../package.json';
import { version as paneVersion } from '../../src/version';

const root = resolve(__dirname, '../..');
const load = createRequire(__filename);
const config = load(join(root, 'webpack.config.js')) as {
  rewriteManifest: (text: string, baseUrl: string) => string;
  normalizeBaseUrl: (raw: string) => string;
  manifestVersion: (v: string) => string;
};
const source = readFileSync(join(root, 'manifest.xml'), 'utf8');

function validate(text: string): { code: number; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-manifest-'));
  try {
    writeFileSync(join(dir, 'manifest.xml'), text);
    const r = spawnSync(process.execPath, [join(root, 'scripts/validate-manifest.mjs'), join(dir, 'manifest.xml')], {
      encoding: 'utf8',
    });
    return { code: r.status ?? -1, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('production manifest for an intranet base URL', () => {
  const base = 'https://oa.example.gov.cn:8443/addins/kaohe/';
  const built = config.rewriteManifest(source, base);

  it('leaves no localhost and points every URL at the base', () => {
    expect(built).not.toMatch(/localhost/i);
    const urls = [...built.replace(/xmlns(:\w+)?="[^"]*"|<!--[^]*?-->/g, '').matchAll(/https?:\/\/[^"<\s]+/g)].map(
      (m) => m[0],
    );
    // IconUrl, HighResolutionIconUrl, SupportUrl, AppDomain, SourceLocation, 3 icons, 2 URLs.
    expect(urls.length).toBe(10);
    for (const u of urls) expect([u, u === 'https://oa.example.gov.cn:8443' || u.startsWith(base)]).toEqual([u, true]);
    expect(built).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
    expect(built).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${base}taskpane.html"/>`);
    expect(built).toContain('<AppDomain>https://oa.example.gov.cn:8443</AppDomain>');
  });

  it('passes the offline schema check (npm run validate -- FILE)', () => {
    const r = validate(built);
    expect(r.out).toContain('valid against OfficeAppManifestV1_1.xsd');
    expect(r.code).toBe(0);
  });

  it("refuses a manifest whose <Version> is not package.json's", () => {
    const r = validate(built.replace(/<Version>[^<]*</, '<Version>9.9.9.9<'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('differs from package.json version');
  });

  it('takes only an https base URL and adds the trailing slash', () => {
    expect(config.normalizeBaseUrl('https://oa.example.gov.cn/kaohe')).toBe('https://oa.example.gov.cn/kaohe/');
    expect(() => config.normalizeBaseUrl('http://oa.example.gov.cn/kaohe/')).toThrow(/https/);
    expect(() => config.normalizeBaseUrl('oa.example.gov.cn')).toThrow(/not a URL/);
  });
});

describe('one version number', () => {
  it('package.json, the pane, kaohe --version and the manifest <Version> agree', () => {
    expect(paneVersion).toBe(pkg.version);
    const cli = spawnSync(process.execPath, [join(root, 'bin/kaohe.js'), '--version'], { encoding: 'utf8' });
    expect(cli.stdout.trim()).toBe(pkg.version);
    const four = config.manifestVersion(pkg.version);
    expect(four.split('.')).toHaveLength(4);
    expect(four.startsWith(pkg.version)).toBe(true);
    expect(config.rewriteManifest(source, 'https://x.example/').match(/<Version>([^<]+)</)?.[1]).toBe(four);
  });
});

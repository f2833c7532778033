import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../package.json';

const root = join(__dirname, '../..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('passes the offline schema check', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts/validate-manifest.mjs')], { encoding: 'utf8' });
    expect(out).toContain('valid against OfficeAppManifestV1_1.xsd');
  });

  it('carries package.json version, zh-CN default with en-US, ExcelApi 1.1 (the rest checked at run time), read-write', () => {
    expect(manifest).toContain(`<Version>${pkg.version}</Version>`);
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest.match(/Locale="en-US"/g)?.length).toBeGreaterThanOrEqual(7);
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.1"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
  });

  it('points every URL at one base the build can rewrite', () => {
    const urls = [...manifest.matchAll(/https:\/\/[^"<]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://localhost:3000')).toBe(true);
  });
});

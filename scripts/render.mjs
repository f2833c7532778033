// Renders a filled sample workbook to PDF (LibreOffice) and PNG pages (pdftoppm) in out/render/,
// to look at the sheets as a reader would. Needs: node scripts/build-cli.mjs, soffice, pdftoppm.
//   node scripts/render.mjs [rubric] [entries.json] [units]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const out = join(root, 'out/render');
const [rubric = 'huilongshan', entries = 'samples/huilongshan-entries.json', units = '会龙山街道 东塘村,会龙山街道 白若村,会龙山街道 金峰村'] = process.argv.slice(2);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'profile/user'), { recursive: true });
const kaohe = (...args) => execFileSync('node', [join(root, 'bin/kaohe.js'), ...args], { cwd: root, stdio: 'inherit' });
const book = join(out, 'sample.xlsx');
kaohe('new', '--rubric', rubric, '--units', units, '--date', '2016-12-20', '--team', '街道扶贫办考核组', '-o', join(out, 'blank.xlsx'));
kaohe('fill', join(out, 'blank.xlsx'), '--entries', join(root, entries), '-o', book);
writeFileSync(
  join(out, 'profile/user/registrymodifications.xcu'),
  `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
);
const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
execFileSync(
  'timeout',
  ['120', 'soffice', `-env:UserInstallation=file://${join(out, 'profile')}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', out, book],
  { env, stdio: 'inherit' },
);
execFileSync('pdftoppm', ['-png', '-r', '80', join(out, 'sample.pdf'), join(out, 'page')], { stdio: 'inherit' });
console.log(readdirSync(out).filter((f) => f.endsWith('.png')).map((f) => join('out/render', f)).join('\n'));

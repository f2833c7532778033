// Makes the pictures in the README from the project's own runs: the task pane and the web page as
// their Chromium e2e tests drive them (out/screens/, out/screens/web/), a filled unit sheet and
// summary rendered by LibreOffice (out/render/), and the pane's states at 320 px in zh-CN and
// en-US. Copies the ones the README shows into docs/images/.
//   node scripts/screenshots.mjs            all pictures
//   node scripts/screenshots.mjs --sheets   only the printed sheets (no browser)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const run = (cmd, args) =>
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
const sheetsOnly = process.argv.includes('--sheets');
run('node', ['scripts/build-cli.mjs']);
if (!sheetsOnly)
  run('node', [
    'node_modules/jest/bin/jest.js',
    'test/taskpane/e2e.test.ts',
    'test/taskpane/states.test.ts',
    'test/web/e2e.test.ts',
    'test/web/audit.test.ts',
  ]);
run('node', ['scripts/render.mjs']);
// The first pages at a resolution a reader can read: the summary, then the first unit sheet.
run('pdftoppm', [
  '-png',
  '-r',
  '110',
  '-f',
  '1',
  '-l',
  '2',
  join(root, 'out/render/sample.pdf'),
  join(root, 'out/render/readme'),
]);
const images = join(root, 'docs/images');
mkdirSync(images, { recursive: true });
const copies = [
  ...(sheetsOnly
    ? []
    : [
        ['out/screens/2-inserted.png', 'pane-inserted.png'],
        ['out/screens/3-finding.png', 'pane-finding.png'],
        ['out/screens/5-legacy.png', 'pane-old-webview.png'],
        // The pane's states at 320 px, in both languages (test/taskpane/states.test.ts).
        ...['1-blank', '2-inserted-empty', '3-finding', '4-notice-none', '5-notice-ask', '6-outside-excel'].flatMap(
          (state) =>
            ['zh', 'en'].map((lang) => [`out/screens/states/${state}-${lang}.png`, `pane-state-${state}-${lang}.png`]),
        ),
        // The web page at 1024×768 (test/web/e2e.test.ts, test/web/audit.test.ts).
        ['out/screens/web/3-opened-zh.png', 'web-opened.png'],
        ['out/screens/web/5-only-bad-zh.png', 'web-audited.png'],
      ]),
  ['out/render/readme-01.png', 'summary-sheet.png'],
  ['out/render/readme-02.png', 'unit-sheet.png'],
];
for (const [from, to] of copies) copyFileSync(join(root, from), join(images, to));
console.log(`copied ${copies.length} pictures into docs/images/`);

// `npm run package -- --base-url https://HOST/PATH/ [--local-office-js] [--out-dir out]`: one
// versioned zip, out/kaohe-<version>.zip, that an office's IT person installs on an intranet:
//
//   kaohe-<version>/
//     安装说明.md          the installation guide (docs/安装说明.md)
//     manifest.xml         for the trusted add-in catalog share (same file as web/manifest.xml)
//     web/                 the task pane, to serve at --base-url over HTTPS (office-js/ if local),
//                          and the web page beside it (web/web.html) for offices without the add-in
//     kaohe-web.html       the web page as one file, to open from a disk or a USB stick (file://)
//     cli/kaohe.cjs        the command line as one self-contained file for plain Node 20+
//     cli/kaohe, kaohe.cmd launchers (Linux/macOS, Windows)
//     rubrics/             the built-in rubrics as JSON
//     samples/             sample entries and a workbook filled with them (huilongshan-sample.xlsx)
//     build-info.json      version, base URL, where office.js comes from, build time
//
// Builds into a temporary folder: dist/ (the dev build the tests use) is left alone.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { buildAddin } from './build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// JSZip comes with ExcelJS (it writes .xlsx with it).
const JSZip = require('jszip');
const { DEV_URL } = require(resolve(root, 'webpack.config.js'));

const SAMPLE_UNITS = ['会龙山街道 东塘村', '会龙山街道 白若村', '会龙山街道 金峰村'];

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name)).split(sep).join('/')],
    )
    .sort();
}

/** The command line as one file with ExcelJS inside: runs with `node kaohe.cjs` and nothing else. */
async function bundleCli(outfile) {
  await build({
    stdin: {
      contents: [
        "import { auditWorker, main } from './src/cli/main';",
        // The same file runs the worker threads of `kaohe audit`: those serve audits, not a command.
        'if (!auditWorker) {',
        "  process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); });",
        '  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });',
        '}',
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'kaohe-standalone.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    minify: true,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
}

/**
 * Builds the release zip; returns its path, size and file list. Options as on the command line.
 * @param {{ baseUrl?: string, localOfficeJs?: boolean, outDir?: string, quiet?: boolean }} options
 */
export async function makePackage({
  baseUrl,
  localOfficeJs = false,
  outDir = resolve(root, 'out'),
  quiet = false,
} = {}) {
  const log = quiet ? () => {} : (s) => console.log(s);
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const name = `kaohe-${version}`;
  const work = mkdtempSync(join(tmpdir(), 'kaohe-package-'));
  const stage = join(work, name);
  try {
    log(`building the task pane for ${baseUrl ?? DEV_URL}${localOfficeJs ? ' with a local office.js' : ''}…`);
    await buildAddin({ baseUrl, localOfficeJs, outDir: join(stage, 'web'), quiet: true });
    cpSync(join(stage, 'web', 'manifest.xml'), join(stage, 'manifest.xml'));
    cpSync(join(stage, 'web', 'kaohe-web.html'), join(stage, 'kaohe-web.html'));

    log('bundling the command line…');
    const cli = join(stage, 'cli', 'kaohe.cjs');
    await bundleCli(cli);
    writeFileSync(join(stage, 'cli', 'kaohe'), '#!/bin/sh\nexec node "$(dirname "$0")/kaohe.cjs" "$@"\n');
    writeFileSync(join(stage, 'cli', 'kaohe.cmd'), '@echo off\r\nnode "%~dp0kaohe.cjs" %*\r\n');

    cpSync(resolve(root, 'rubrics'), join(stage, 'rubrics'), {
      recursive: true,
      filter: (p) => statSync(p).isDirectory() || p.endsWith('.json'),
    });

    log('making the sample workbook with the bundled kaohe…');
    mkdirSync(join(stage, 'samples'));
    cpSync(resolve(root, 'samples/huilongshan-entries.json'), join(stage, 'samples/huilongshan-entries.json'));
    const blank = join(work, 'blank.xlsx');
    const run = (args) => execFileSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' });
    run(['new', '--rubric', 'huilongshan', '--units', SAMPLE_UNITS.join(','), '--date', '2016-12-20', '-o', blank]);
    run([
      'fill',
      blank,
      '--entries',
      join(stage, 'samples/huilongshan-entries.json'),
      '-o',
      join(stage, 'samples/huilongshan-sample.xlsx'),
    ]);

    cpSync(resolve(root, 'docs/安装说明.md'), join(stage, '安装说明.md'));
    const info = {
      name: 'kaohe',
      version,
      baseUrl: baseUrl ?? DEV_URL,
      officeJs: localOfficeJs ? 'local (web/office-js/)' : 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      built: new Date().toISOString(),
    };
    writeFileSync(join(stage, 'build-info.json'), JSON.stringify(info, null, 2) + '\n');

    log('zipping…');
    const zip = new JSZip();
    const files = walk(stage);
    for (const f of files) {
      const executable = f === 'cli/kaohe' || f === 'cli/kaohe.cjs';
      zip.file(`${name}/${f}`, readFileSync(join(stage, f)), { unixPermissions: executable ? 0o100755 : 0o100644 });
    }
    const data = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
      platform: 'UNIX',
    });
    mkdirSync(outDir, { recursive: true });
    const zipPath = join(outDir, `${name}.zip`);
    writeFileSync(zipPath, data);
    return { zipPath, bytes: data.length, files: files.map((f) => `${name}/${f}`), version, info };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      'local-office-js': { type: 'boolean', default: false },
      'out-dir': { type: 'string' },
    },
  });
  if (!values['base-url']) {
    console.warn(`warning: no --base-url; the manifest points at ${DEV_URL}, which only works on the developer's own machine.
         For an office: npm run package -- --base-url https://kaohe.example.gov.cn/kaohe/ [--local-office-js]`);
  }
  try {
    const r = await makePackage({
      baseUrl: values['base-url'],
      localOfficeJs: values['local-office-js'],
      ...(values['out-dir'] ? { outDir: resolve(values['out-dir']) } : {}),
    });
    console.log(
      `${relative(process.cwd(), r.zipPath)}: ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.files.length} files, version ${r.version}, for ${r.info.baseUrl}, office.js ${r.info.officeJs}`,
    );
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

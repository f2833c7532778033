// `npm run bench`: one table of what users feel, every figure measured in this run (medians over
// repeats). Rows that cannot be measured yet say so; no number here is ever typed in by hand.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'kaohe-bench-'));
const require = createRequire(import.meta.url);
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);
const na = (what, why) => row(what, 'not available yet', why);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Median milliseconds of `fn` over `repeats` runs, after one warm-up. */
async function time(fn, repeats = 7) {
  await fn();
  const ms = [];
  for (let i = 0; i < repeats; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}
const has = (p) => existsSync(join(root, p));

// Compile the pure core (and the plan and xlsx adapter when they exist) into one CommonJS file.
const parts = [
  `export { builtinRubrics } from './src/core/builtin';`,
  `export { buildUnitGraph } from './src/core/engine/graph';`,
  `export { scoreUnit } from './src/core/engine/score';`,
];
if (has('src/core/plan/index.ts')) parts.push(`export { planWorkbook, planUnitSheet } from './src/core/plan';`);
if (has('src/adapters/xlsx/write.ts')) parts.push(`export { writeXlsx } from './src/adapters/xlsx/write';`);
let core;
try {
  // Beside kaohe.cjs, so that the external exceljs resolves from node_modules.
  const outfile = join(root, 'dist', 'bench-core.cjs');
  await build({
    stdin: { contents: parts.join('\n'), resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    external: ['exceljs'],
    logLevel: 'silent',
  });
  core = require(outfile);
} catch (e) {
  console.error(`cannot compile the core for the bench: ${e.message}`);
  process.exit(2);
}

// Valid entries for one unit: every input at a plausible middle value.
function entriesFor(graph) {
  const values = {};
  for (const s of graph.inputs) {
    if (s.kind === 'yesno') values[s.id] = '是';
    else if (s.kind === 'level') values[s.id] = s.levels?.[1] ?? s.levels?.[0];
    else if (s.kind === 'score') values[s.id] = s.bands?.[0]?.min ?? Math.min(1, s.max ?? 1);
    else if (s.kind === 'count') values[s.id] = Math.min(1, s.max ?? 1);
    else values[s.id] = Math.min(90, s.max ?? 90);
  }
  return values;
}

// 1. Engine: unit sheets scored per second, per built-in rubric.
for (const [id, b] of core.builtinRubrics()) {
  const cls = b.rubric.defaultClass;
  const graph = core.buildUnitGraph(b.rubric, cls, b.ranking);
  const unit = { values: entriesFor(graph), basis: {} };
  const n = 200;
  const ms = await time(() => {
    for (let i = 0; i < n; i++) core.scoreUnit(b.rubric, `单位${i}`, unit, cls, b.ranking);
  });
  row(`engine: ${id}`, `${Math.round((n / ms) * 1000).toLocaleString('en')} units/s`, `${graph.inputs.length} inputs, ${graph.nodes.length} nodes, graph built per unit`);
}

// 2. Sheet plan: one unit sheet and a 50-unit workbook.
const huilong = core.builtinRubrics().get('huilongshan');
const units50 = Array.from({ length: 50 }, (_, i) => ({ unit: `第${i + 1}村` }));
if (typeof core.planWorkbook === 'function' && huilong) {
  try {
    row('plan: 1 unit sheet', `${(await time(() => core.planWorkbook(huilong, units50.slice(0, 1)), 11)).toFixed(2)} ms`, 'huilongshan, with summary and store sheets');
    row('plan: 50-unit workbook', `${(await time(() => core.planWorkbook(huilong, units50), 5)).toFixed(1)} ms`, 'huilongshan');
  } catch (e) {
    na('plan: 1 unit / 50 units', `planWorkbook failed: ${e.message}`);
  }
} else na('plan: 1 unit / 50 units', 'src/core/plan has not landed');

// 3. .xlsx: write 50 units in-process; read + score + check back through the CLI.
const cli = join(root, 'bin', 'kaohe.js');
const cliHelp = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout ?? '';
const cliHas = (cmd) => new RegExp(`^\\s+${cmd}\\b`, 'm').test(cliHelp);
if (typeof core.writeXlsx === 'function' && typeof core.planWorkbook === 'function' && huilong) {
  try {
    const plan = core.planWorkbook(huilong, units50);
    let bytes = 0;
    const ms = await time(async () => {
      bytes = (await core.writeXlsx(plan.plan ?? plan)).length;
    }, 3);
    row('xlsx: write 50 units', `${ms.toFixed(0)} ms`, `${(bytes / 1024).toFixed(0)} KB, in-process (ExcelJS)`);
  } catch (e) {
    na('xlsx: write 50 units', `writeXlsx failed: ${e.message}`);
  }
} else na('xlsx: write 50 units', 'src/adapters/xlsx has not landed');
if (existsSync(join(root, 'dist', 'kaohe.cjs')) && cliHas('new') && cliHas('fill') && cliHas('check')) {
  try {
    const book = join(tmp, 'book50.xlsx');
    const names = units50.map((u) => u.unit);
    execFileSync(process.execPath, [cli, 'new', '--rubric', 'huilongshan', '--units', names.join(','), '-o', book], { stdio: 'pipe' });
    const graph = core.buildUnitGraph(huilong.rubric, undefined, huilong.ranking);
    const entries = Object.fromEntries(names.map((n) => [n, entriesFor(graph)]));
    const entriesFile = join(tmp, 'entries50.json');
    writeFileSync(entriesFile, JSON.stringify(entries));
    execFileSync(process.execPath, [cli, 'fill', book, '--entries', entriesFile], { stdio: 'pipe' });
    const run = (args) => () => spawnSync(process.execPath, [cli, ...args], { stdio: 'pipe' });
    row('xlsx: read + score 50 units (CLI)', `${(await time(run(['score', book, '--json']), 3)).toFixed(0)} ms`, 'kaohe score BOOK --json, wall time incl. node start');
    row('xlsx: read + check 50 units (CLI)', `${(await time(run(['check', book]), 3)).toFixed(0)} ms`, 'kaohe check BOOK, wall time incl. node start');
  } catch (e) {
    na('xlsx: read + score + check 50 units', `CLI failed: ${String(e.stderr ?? e.message).split('\n')[0]}`);
  }
} else na('xlsx: read + score + check 50 units', 'kaohe new/fill/check not in the built CLI (npm run build:cli)');

// 4. Audit vs LibreOffice, 5. add-in sync counts: need `kaohe audit` and the fake-Excel harness.
if (cliHas('audit')) na('audit vs LibreOffice (200 books)', 'kaohe audit exists; the side-by-side run is not written yet');
else na('audit vs LibreOffice (200 books)', 'kaohe audit has not landed');
na('add-in: context.sync() calls and payload', has('src/adapters/office') ? 'adapter present; no sync-counting harness exported for the bench yet' : 'src/adapters/office has not landed');

// 6. Task pane bundle size.
const pane = join(root, 'dist', 'taskpane');
const jsFiles = existsSync(pane) ? readdirSync(pane).filter((f) => f.endsWith('.js')) : [];
if (jsFiles.length > 0) {
  const raw = jsFiles.reduce((a, f) => a + statSync(join(pane, f)).size, 0);
  const gz = jsFiles.reduce((a, f) => a + gzipSync(readFileSync(join(pane, f))).length, 0);
  row('task pane bundle (JS)', `${(raw / 1024).toFixed(0)} KB raw / ${(gz / 1024).toFixed(0)} KB gzip`, `${jsFiles.length} file(s) in dist/taskpane`);
} else na('task pane bundle (JS)', 'dist/taskpane missing (npm run build)');
na('task pane first render (headless Chromium)', 'not measured by this script yet');

// The table.
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model ?? 'unknown';
console.log(`kaohe bench — ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${cpus().length} cores, node ${process.version}`);
const w = [0, 1, 2].map((i) => Math.max(...[['measure', 'median', 'note'], ...rows].map((r) => String(r[i]).length)));
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
console.log(line(['measure', 'median', 'note']));
console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

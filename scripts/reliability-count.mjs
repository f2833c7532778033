// `node scripts/reliability-count.mjs`: runs the bad-input, fuzz, audit and workbook suites once
// (jest --json) and counts the cases tried and held, for the README's "Reliability" table. A case
// is one bad file, entry, workbook or tamper (held when every test of it passed), one fast-check run
// of a property (numRuns, read from the test file; held when the property passed), or one cell that
// LibreOffice recalculated and the engine also computed (from the line the LibreOffice test prints).
// Tests the rules below do not place are counted per file, so nothing is left out.
// `--from FILE` counts a saved jest --json output instead of running jest (no LibreOffice line then
// unless FILE.log, jest's stderr saved beside it, exists).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const suites = ['test/bad-input', 'test/fuzz', 'test/audit', 'test/workbook', 'test/roundtrip', 'test/notice', 'test/cli/atomic.test.ts'];
const from = process.argv.indexOf('--from');

let json;
let log = '';
if (from > 0) {
  const file = process.argv[from + 1];
  json = JSON.parse(readFileSync(file, 'utf8'));
  if (existsSync(`${file}.log`)) log = readFileSync(`${file}.log`, 'utf8');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-reliability-'));
  const out = join(dir, 'jest.json');
  process.stderr.write(`running jest ${suites.join(' ')} …\n`);
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/jest/bin/jest.js'), ...suites, '--json', `--outputFile=${out}`],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  log = `${r.stdout}\n${r.stderr}`;
  if (!existsSync(out)) {
    console.error(`jest wrote no results (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
    process.exit(2);
  }
  json = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
}

/** Every test: file (relative), its describe titles, title, passed. */
const tests = json.testResults.flatMap((f) =>
  f.assertionResults.map((a) => ({
    file: relative(root, f.name),
    ancestors: a.ancestorTitles,
    title: a.title,
    status: a.status,
  })),
);
const suiteErrors = json.testResults
  .filter((f) => f.status === 'failed' && f.assertionResults.length === 0)
  .map((f) => `${relative(root, f.name)}: ${f.message.split('\n').find((l) => l.trim()) ?? ''}`);

/** fast-check properties: `it('title', … { numRuns: N })` in a test file. */
function numRunsOf(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const out = new Map();
  const its = [...text.matchAll(/\bit\(\s*'([^']+)'/g)];
  its.forEach((m, i) => {
    const body = text.slice(m.index, its[i + 1]?.index ?? text.length);
    const n = /numRuns:\s*(\d+)/.exec(body);
    if (n) out.set(m[1], Number(n[1]));
  });
  return out;
}

const rows = [];
const placed = new Set();
/** A row whose cases are groups of tests (by `key`); a case holds when all its tests passed. */
function byCase(what, pick, key, note = '') {
  const mine = tests.filter((t) => !placed.has(t) && pick(t));
  mine.forEach((t) => placed.add(t));
  const cases = new Map();
  for (const t of mine) {
    const k = key(t);
    cases.set(k, (cases.get(k) ?? true) && t.status === 'passed');
  }
  if (cases.size === 0) return;
  const held = [...cases.values()].filter(Boolean).length;
  rows.push([what, cases.size, held, `${mine.length} test${mine.length === 1 ? '' : 's'}${note ? `; ${note}` : ''}`]);
}
const inFile = (name) => (t) => t.file.endsWith(name);
const under = (prefix) => (t) => (t.ancestors[0] ?? '').startsWith(prefix);
const both =
  (...ps) =>
  (t) =>
    ps.every((p) => p(t));
const testKey = (t) => [...t.ancestors, t.title].join(' › ');
const firstKey = (t) => t.ancestors[0] ?? t.title;

// Bad rubric files: each file is a case, tried by the loader and by `kaohe inputs` in zh and en.
byCase(
  'bad rubric files (loader + `kaohe inputs`, zh and en)',
  both(inFile('rubric-files.test.ts'), under('bad rubric: ')),
  firstKey,
);
byCase(
  'rubric file messages: bugs pinned by tests (JSON path named, English without Chinese words, …)',
  both(inFile('rubric-files.test.ts'), under('core bugs')),
  testKey,
);
// Bad entries.
/** The distinct formula-like strings the entries cases try, from their titles. */
const formulaStrings = () =>
  new Set(tests.map((t) => /formula-like text (.*) in a /.exec(t.ancestors[0] ?? '')?.[1]).filter(Boolean)).size;
const formulaLike = (t) => /formula-like text|formula-like|junk in every input/.test(testKey(t));
byCase(
  'formula-like text in entries (=HYPERLINK(…), =cmd…!A1, @SUM(1), +1+1, -2+3, …): reported, kept as text, never run',
  both(inFile('entries.test.ts'), formulaLike, (t) => !under('core bugs')(t)),
  firstKey,
  `${formulaStrings()} distinct strings, in count and yes/no cells`,
);
byCase(
  'bad entries (text in numbers, negatives, fractions, 1e308, 140 %, levels, …)',
  both(inFile('entries.test.ts'), under('bad entry: ')),
  firstKey,
);
byCase(
  'entries files that are not entries (not JSON, wrong shapes, missing)',
  both(inFile('entries.test.ts'), under('entries files that are not entries')),
  testKey,
);
byCase(
  'entries: bugs pinned by tests (1e308 as a count)',
  both(inFile('entries.test.ts'), under('core bugs')),
  testKey,
);
byCase('entries: other cases (unknown input, level not in the list, baseline)', inFile('entries.test.ts'), testKey);
// Round trips through other programs: one case per workbook per trip, from the line the suite prints.
const trips = /round trips clean \([^)]*\): (.*)/.exec(log);
const tripTests = tests.filter((t) => t.file.endsWith('roundtrip/resave.test.ts'));
tripTests.forEach((t) => placed.add(t));
if (trips) {
  const parts = [...trips[1].matchAll(/([\w+-]+): (\d+)\/(\d+)/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
  rows.push([
    'workbooks re-saved by LibreOffice, ExcelJS, Excel\'s formula spelling and both chains: audit clean, same totals, every typed notice cell kept',
    parts.reduce((n, x) => n + x[2], 0),
    parts.reduce((n, x) => n + x[1], 0),
    `${parts.map(([t, c, n]) => `${t} ${c}/${n}`).join(', ')}; 5 built-in rubrics × 5 unit-name styles + 2 imported × 2`,
  ]);
}
byCase(
  'what a person types into an input cell (是/否 as 1/TRUE/√/spaces, levels, 95%, text numbers, dates, #N/A, merges), typed by LibreOffice Calc: the sheet\'s score, or an error on that cell',
  inFile('roundtrip/typed.test.ts'),
  testKey,
);
byCase(
  'files that are not workbooks (.xls, .ods, encrypted, CSV, a folder), a number too big for its date format, reserved names and classes: every command',
  inFile('bad-input/formats.test.ts'),
  testKey,
);
byCase(
  'the notice keeps what people type (备注, added rows, a sorted table, a refresh after entries change) and names empty 扣分依据',
  (t) => /test\/notice\//.test(t.file) && !/cli\.test/.test(t.file),
  testKey,
);
byCase('a write that fails part-way (a full disk, a busy file) leaves the old file whole', inFile('cli/atomic.test.ts'), testKey);
// Bad workbooks through the CLI.
byCase(
  'bad workbooks through `kaohe check/score/audit/fill/notice` (not a zip, truncated, other program, store removed; renamed, copied, rows deleted, column inserted by LibreOffice, summary sorted; merge split, passwords SHA-512 and legacy, hidden column, validation removed or loosened, a number format on a total, unprotected + edited)',
  both(inFile('workbooks.test.ts'), (t) => t.ancestors.length > 0),
  firstKey,
  'each case: check, audit, and score + fill',
);
byCase('bad workbooks: baseline and notes (untouched, unprotected only)', inFile('workbooks.test.ts'), testKey);
byCase(
  'tampered workbooks found by the audit (typed totals, edited formulas and stored rubric, rows, sheets, caps, reasons, bad files)',
  inFile('audit/tamper.test.ts'),
  testKey,
);
byCase('`kaohe audit` on the command line, and its messages', (t) => /test\/audit\//.test(t.file), testKey);
// Fuzz: one case per generated run.
const runs = numRunsOf('test/fuzz/engine.property.test.ts');
for (const t of tests.filter((x) => x.file.endsWith('engine.property.test.ts'))) {
  placed.add(t);
  const n = runs.get(t.title);
  if (n === undefined) rows.push([`fuzz: ${t.title}`, 1, t.status === 'passed' ? 1 : 0, 'a test without numRuns']);
  else
    rows.push([
      `fuzz (fast-check): ${t.title}`,
      n,
      t.status === 'passed' ? n : 0,
      `numRuns ${n}${t.status === 'passed' ? '' : '; FAILED (fast-check stops at the first counterexample)'}`,
    ]);
}
byCase('fuzz: regressions found by fuzzing', inFile('fuzz/regressions.test.ts'), testKey);
// LibreOffice: every cell it recalculated, compared with the engine.
const lo = /LibreOffice: (\d+) workbooks, (\d+) units, (\d+) cells compared \((\d+) non-blank\), (\d+) mismatches/.exec(
  log,
);
const loTests = tests.filter((t) => t.file.endsWith('workbook/libreoffice.test.ts'));
loTests.forEach((t) => placed.add(t));
if (lo) {
  const [, books, units, cells, filled, bad] = lo.map(Number);
  rows.push([
    'LibreOffice recalculation: cells equal to the engine (every node, subtotal, total, grade, rank, rank class)',
    cells,
    cells - bad,
    `${books} workbooks, ${units} units, ${filled} non-blank; ${loTests.filter((t) => t.status === 'passed').length}/${loTests.length} tests passed`,
  ]);
} else if (loTests.length) {
  rows.push([
    'LibreOffice recalculation',
    loTests.length,
    loTests.filter((t) => t.status === 'passed').length,
    loTests.every((t) => t.status === 'pending')
      ? 'skipped: LibreOffice not installed'
      : 'tests (no cell count printed)',
  ]);
}
byCase(
  'workbook plan, .xlsx round trip, `kaohe new/fill/score/check`',
  (t) => /test\/workbook\//.test(t.file),
  testKey,
);
byCase(
  'bad rubric files: baseline (the list holds ≥ 30 files, the unbroken rubric loads)',
  inFile('rubric-files.test.ts'),
  testKey,
);
// Anything else, per file.
for (const file of [...new Set(tests.filter((t) => !placed.has(t)).map((t) => t.file))])
  byCase(`other tests in ${file}`, inFile(file), testKey);

const total = json.numTotalTests;
console.log(
  `reliability count — ${new Date().toISOString().slice(0, 10)} — jest ${suites.join(' ')}: ${json.numPassedTests}/${total} tests passed, ${json.numFailedTests} failed, ${json.numPendingTests} skipped, in ${json.numTotalTestSuites} files`,
);
console.log('');
console.log('| what | cases | held | how |');
console.log('| --- | ---: | ---: | --- |');
const cell = (v) => String(typeof v === 'number' ? v.toLocaleString('en') : v).replace(/\|/g, '\\|');
for (const [what, cases, held, how] of rows)
  console.log(`| ${cell(what)} | ${cell(cases)} | ${cell(held)} | ${cell(how)} |`);
const sum = (i) => rows.reduce((n, r) => n + r[i], 0);
console.log(`| all of the above | ${cell(sum(1))} | ${cell(sum(2))} | |`);
for (const e of suiteErrors) console.log(`\nsuite failed to run: ${e}`);
const failing = tests.filter((t) => t.status === 'failed');
if (failing.length) {
  console.log(`\nfailing tests (${failing.length}):`);
  for (const t of failing) console.log(`- ${t.file}: ${testKey(t)}`);
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EntriesFile, toUnitEntries, type UnitEntriesWithClass } from '../../app/entries';
import { fillWrites, readEntries, replan } from '../../app/book';
import { engineResults } from '../../app/results';
import { scoreUnits } from '../../app/score';
import { findingText } from '../../core/engine/findings';
import { message } from '../../core/messages';
import { planWorkbook, pagesWithReasons, PlanError, SUMMARY_SHEET, formulaLines } from '../../core/plan';
import { applyResults, applyWrites } from '../../adapters/xlsx/fill';
import { saveWorkbook } from '../../adapters/xlsx/excel';
import { applyPages } from '../../adapters/xlsx/page-setup';
import { BookError, loadBook, type ReadBook } from '../../adapters/xlsx/read';
import { snapshotOf } from '../../adapters/xlsx/snapshot';
import { auditBook, isProblem, layoutAudit, STRUCTURAL } from '../../core/audit';
import { builtinRubrics } from '../../core/builtin';
import type { Finding } from '../../core/engine/findings';
import { planToWorkbook } from '../../adapters/xlsx/write';
import { EXIT, findingJson, UsageError, type Io } from '../context';
import { loadChosen, readJson, writeOutput } from '../load';
import { printScoreTable } from '../table';
import { exitFor, scoreJson, type ScoreOpts } from './score';

/** Opens a workbook made by `kaohe new`, or stops with a Chinese message naming the file (exit 2). */
export async function openBook(file: string, io: Io): Promise<ReadBook> {
  if (!existsSync(file)) throw new UsageError([message(io.lang, 'book-missing', { file })]);
  if (statSync(file).isDirectory()) throw new UsageError([message(io.lang, 'book-is-dir', { file })]);
  try {
    return await loadBook(readFileSync(file), file);
  } catch (e) {
    if (e instanceof BookError) throw new UsageError([message(io.lang, e.code, { file, detail: e.detail })]);
    throw e;
  }
}

export function replanOrStop(book: ReadBook, file: string, io: Io): ReturnType<typeof replan> {
  try {
    return replan(book.store);
  } catch {
    throw new UsageError([message(io.lang, 'book-not-ours', { file })]);
  }
}

/**
 * The workbook's layout against its plan. Where a unit or summary sheet is missing, renamed or has
 * rows deleted or inserted, cells are no longer where the plan says: stop (exit 2, nothing written)
 * rather than misread entries or write them into the wrong cells. Other layout findings (a merge
 * split, a password) are returned for `check` to list.
 */
export function layoutOrStop(
  book: ReadBook,
  planned: ReturnType<typeof replan>['planned'],
  file: string,
  io: Io,
): { findings: Finding[]; broken: Set<string> } {
  const layout = layoutAudit(snapshotOf(book.workbook, file), planned);
  if (layout.broken.size > 0) {
    const blocking = layout.findings.filter((f) => STRUCTURAL.has(f.code));
    throw new UsageError(
      blocking.map((f) => message(io.lang, 'book-layout-broken', { file, detail: findingText(f, io.lang) })),
    );
  }
  return layout;
}

export function refuseOverwrite(file: string, force: boolean | undefined, io: Io, except?: string): void {
  if (force || !existsSync(file)) return;
  if (except !== undefined && resolve(except) === resolve(file)) return;
  throw new UsageError([message(io.lang, 'file-exists', { file })]);
}

function readEntriesFile(file: string, io: Io): UnitEntriesWithClass[] {
  const parsed = EntriesFile.safeParse(readJson(file, io));
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) =>
        message(io.lang, 'schema-other', { detail: i.message, path: `${file}: ${i.path.join('.')}` }),
      ),
    );
  }
  return toUnitEntries(parsed.data);
}

interface NewOpts {
  rubric: string;
  units?: string;
  class?: string;
  ranking?: string;
  date?: string;
  team?: string;
  output: string;
  force?: boolean;
}

/**
 * `--units 甲镇:二类,乙镇`: units with their own class where one is given after a colon (full-width
 * or not), the `--class` for the rest. A class the rubric does not have stops here, by name.
 */
export function parseUnits(
  text: string,
  rubricClasses: readonly string[],
  fallback: string | undefined,
  io: Io,
): { unit: string; cls?: string }[] {
  return text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s*[:：]\s*([^:：]+)$/.exec(part);
      const unit = (m ? m[1] : part)?.trim() ?? '';
      const cls = m ? m[2]?.trim() : fallback;
      if (cls !== undefined && !rubricClasses.includes(cls))
        throw new UsageError([
          message(io.lang, 'units-class-unknown', { unit, cls, options: rubricClasses.join('/') }),
        ]);
      return { unit, ...(cls !== undefined ? { cls } : {}) };
    });
}

async function runNew(opts: NewOpts, io: Io): Promise<number> {
  const b = loadChosen(opts.rubric, io, opts.class, opts.ranking);
  const units = parseUnits(
    opts.units ?? '',
    b.rubric.classes.map((c) => c.id),
    opts.class,
    io,
  );
  if (units.length === 0) throw new UsageError([message(io.lang, 'units-required')]);
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
    throw new UsageError([message(io.lang, 'bad-date', { date: opts.date })]);
  refuseOverwrite(opts.output, opts.force, io);
  let planned;
  try {
    planned = planWorkbook(b, units, {
      ...(opts.date ? { date: opts.date } : {}),
      ...(opts.team ? { team: opts.team } : {}),
    });
  } catch (e) {
    if (e instanceof PlanError) throw new UsageError([message(io.lang, e.code, e.params)]);
    throw e;
  }
  const wb = await planToWorkbook(planned.plan);
  writeOutput(opts.output, Buffer.from(await wb.xlsx.writeBuffer()), io);
  const formulas = planned.plan.sheets.reduce((n, s) => n + formulaLines(s).length, 0);
  io.out(message(io.lang, 'book-written', { file: opts.output, units: units.length, formulas }));
  return EXIT.ok;
}

async function runFill(
  file: string,
  opts: { entries: string; output?: string; force?: boolean },
  io: Io,
): Promise<number> {
  const out = opts.output ?? file;
  refuseOverwrite(out, opts.force, io, file);
  const book = await openBook(file, io);
  const { builtin, planned } = replanOrStop(book, file, io);
  layoutOrStop(book, planned, file, io);
  const entries = readEntriesFile(opts.entries, io);
  // A class in the entries that is not the class the unit's sheet was made for: its formulas
  // would score other points than the entries mean. Nothing is written.
  const mismatched = entries.flatMap((e) => {
    const pu = planned.units.find((u) => u.unit === e.unit);
    const book = pu?.cls ?? builtin.rubric.defaultClass;
    return e.cls !== undefined && pu && e.cls !== book
      ? [{ unit: e.unit, cls: e.cls, book: book ?? '（不分类别）' }]
      : [];
  });
  if (mismatched.length) throw new UsageError(mismatched.map((m) => message(io.lang, 'fill-class-mismatch', m)));
  const { writes, unknownUnits, unknownInputs } = fillWrites(planned, entries);
  const options = planned.units.map((u) => u.unit).join('、');
  for (const unit of unknownUnits) io.err(message(io.lang, 'unknown-unit', { unit, options }));
  for (const x of unknownInputs) io.err(message(io.lang, 'unknown-input-in-book', x));
  const n = applyWrites(book.workbook, writes);
  const read = readEntries(book, planned.units);
  applyPages(book.workbook, pagesWithReasons(planned, read));
  const scored = scoreUnits(builtin, read);
  applyResults(book.workbook, engineResults(planned, scored));
  writeOutput(out, await saveWorkbook(book.workbook), io);
  io.out(message(io.lang, 'book-filled', { file: out, cells: n }));
  return unknownUnits.length || unknownInputs.length ? EXIT.errors : EXIT.ok;
}

/** `kaohe score BOOK.xlsx`: the entries read back, scored by the engine, with where each result lives. */
export async function scoreWorkbook(file: string, opts: ScoreOpts, io: Io): Promise<number> {
  const book = await openBook(file, io);
  const { builtin, planned } = replanOrStop(book, file, io);
  layoutOrStop(book, planned, file, io);
  const units = scoreUnits(builtin, readEntries(book, planned.units));
  const where = (unit: string): (typeof planned.units)[number] | undefined =>
    planned.units.find((u) => u.unit === unit);
  if (opts.json) {
    const json = scoreJson(
      builtin,
      units,
      io,
      (u) => {
        const p = where(u.unit);
        return p ? { sheet: p.sheet, totalCell: p.cells.total, gradeCell: p.cells.grade } : {};
      },
      (u, id) => {
        const a = where(u.unit)?.cells.items[id];
        return a ? { scoreCell: a } : {};
      },
    );
    io.out(JSON.stringify({ ...(json as object), workbook: file, summarySheet: SUMMARY_SHEET }, null, 2));
  } else {
    printScoreTable(builtin, units, io);
    for (const u of units)
      for (const f of u.findings) io.out(`  ${f.severity === 'error' ? '✗' : '!'} ${findingText(f, io.lang)}`);
  }
  return exitFor(units);
}

/**
 * `kaohe check BOOK.xlsx`: the same findings, with the same severities, as `kaohe audit` gives
 * the same file (one audit of the workbook against the rubric stored in it), every one listed.
 */
async function runCheck(file: string, opts: { json?: boolean }, io: Io): Promise<number> {
  const book = await openBook(file, io);
  replanOrStop(book, file, io);
  const { findings } = auditBook(snapshotOf(book.workbook, file), builtinRubrics());
  if (opts.json)
    io.out(JSON.stringify({ workbook: file, findings: findings.map((f) => findingJson(f, io.lang)) }, null, 2));
  else if (!findings.some(isProblem)) {
    io.out(message(io.lang, 'check-clean', { file }));
    for (const f of findings) io.out(`· ${findingText(f, io.lang)}`);
  } else
    for (const f of findings)
      io.out(`${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : '·'} ${findingText(f, io.lang)}`);
  return findings.some(isProblem) ? EXIT.errors : EXIT.ok;
}

/** Workbook commands: new, fill, check (and score BOOK.xlsx through scoreWorkbook). */
export function registerWorkbookCommands(program: Command, io: () => Io): void {
  program
    .command('new')
    .description('生成计分工作簿 / make a scoring workbook')
    .requiredOption('--rubric <id|file>', '内置细则编号或 JSON 文件')
    .option('--units <names>', '被考核单位，逗号分隔；单位类别写在冒号后，如 甲镇:二类,乙镇:一类')
    .option('--class <name>', '单位类别（如 一类、二类）')
    .option('--ranking <id>', '排名分类规则（如 yanglousi-2018：前3名好、后2名一般）')
    .option('--date <YYYY-MM-DD>', '考核日期')
    .option('--team <name>', '考核组')
    .requiredOption('-o, --output <book.xlsx>', '输出的工作簿')
    .option('--force', '覆盖已有文件')
    .action(async (opts: NewOpts) => {
      process.exitCode = await runNew(opts, io());
    });
  program
    .command('fill <book>')
    .description('把录入数据写入工作簿 / write entries into a workbook')
    .requiredOption('--entries <file>', '录入数据 JSON（与 score 相同格式）')
    .option('-o, --output <out.xlsx>', '另存为（默认写回原文件）')
    .option('--force', '覆盖已有的另存文件')
    .action(async (book: string, opts: { entries: string; output?: string; force?: boolean }) => {
      process.exitCode = await runFill(book, opts, io());
    });
  program
    .command('check <book>')
    .description('检查工作簿：公式是否被改写、录入是否合规、扣分是否有依据 / check a workbook')
    .option('--json', '输出 JSON')
    .action(async (book: string, opts: { json?: boolean }) => {
      process.exitCode = await runCheck(book, opts, io());
    });
}

import type { Command } from 'commander';
import { EntriesFile, toUnitEntries, type UnitEntriesWithClass } from '../../app/entries';
import { fillWrites, readEntries } from '../../app/book';
import { engineResults } from '../../app/results';
import { scoreUnits } from '../../app/score';
import { newBook, newBookProblems, parseUnitList } from '../../books/new';
import { openOurBook } from '../../books/open';
import { checkBook, scoreBook } from '../../books/score';
import { findingText } from '../../core/engine/findings';
import { message } from '../../core/messages';
import { pagesWithReasons, SUMMARY_SHEET } from '../../core/plan';
import { applyResults, applyWrites } from '../../adapters/xlsx/fill';
import { saveWorkbook } from '../../adapters/xlsx/excel';
import { applyPages } from '../../adapters/xlsx/page-setup';
import { isProblem } from '../../core/audit';
import { orStop, readBookFile, refuseOverwrite } from '../book-file';
import { EXIT, findingJson, UsageError, type Io } from '../context';
import { loadChosen, readJson, writeOutput } from '../load';
import { printScoreTable } from '../table';
import { exitFor, scoreJson, type ScoreOpts } from './score';

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

async function runNew(opts: NewOpts, io: Io): Promise<number> {
  const b = loadChosen(opts.rubric, io, opts.class, opts.ranking);
  const { units, problems } = parseUnitList(
    opts.units ?? '',
    b.rubric.classes.map((c) => c.id),
    opts.class,
  );
  const options = {
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...(opts.team ? { team: opts.team } : {}),
  };
  // The first problem, as before any file is touched: a class the rubric lacks, no unit, a bad date.
  const stop = problems[0] ?? newBookProblems(units, options)[0];
  if (stop) throw new UsageError([message(io.lang, stop.code, stop.params)]);
  refuseOverwrite(opts.output, opts.force, io);
  const made = await orStop(io, () => newBook(b, units, options));
  writeOutput(opts.output, made.bytes, io);
  io.out(message(io.lang, 'book-written', { file: opts.output, units: made.units, formulas: made.formulas }));
  return EXIT.ok;
}

async function runFill(
  file: string,
  opts: { entries: string; output?: string; force?: boolean },
  io: Io,
): Promise<number> {
  const out = opts.output ?? file;
  refuseOverwrite(out, opts.force, io, file);
  const { book, builtin, planned } = await orStop(io, () => openOurBook(readBookFile(file, io), file));
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
  const { builtin, planned, units } = await orStop(io, () => scoreBook(readBookFile(file, io), file));
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
  const findings = await orStop(io, () => checkBook(readBookFile(file, io), file));
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

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { readBook, readTable, SheetNotFound, sheetNames } from '../../adapters/xlsx/table';
import { describeClause } from '../../core/import/describe';
import { importTable } from '../../core/import/table';
import { message } from '../../core/messages';
import { EXIT, problemLines, UsageError, type Io } from '../context';
import { writeOutput } from '../load';

interface ImportOpts {
  sheet?: string;
  table?: string;
  output?: string;
  json?: boolean;
  force?: boolean;
  id?: string;
}

/** `kaohe import BOOK.xlsx --sheet NAME [-o RUBRIC.json] [--json]`: a table staff keep → a rubric. */
export function registerImport(program: Command, io: () => Io): void {
  program
    .command('import <book>')
    .description('从 Excel 考核表导入考核细则 / import a scoring table from a sheet')
    .option('--sheet <name>', '工作表名称（默认第一个）')
    .option('--table <n>', '工作表上有几张细则时，导入第几张（默认 1）')
    .option('-o, --output <file>', '写出考核细则 JSON')
    .option('--id <id>', '考核细则 id', 'imported')
    .option('--force', '覆盖已有的输出文件')
    .option('--json', '输出 JSON 报告')
    .action(async (book: string, opts: ImportOpts) => {
      process.exitCode = await runImport(book, opts, io());
    });
}

export async function runImport(book: string, opts: ImportOpts, io: Io): Promise<number> {
  const say = (code: string, params: Record<string, string | number> = {}): string => message(io.lang, code, params);
  if (!existsSync(book)) throw new UsageError([say('book-missing', { file: book })]);
  if (opts.output && existsSync(opts.output) && !opts.force)
    throw new UsageError([say('file-exists', { file: opts.output })]);
  let wb;
  try {
    wb = await readBook(book);
  } catch (e) {
    throw new UsageError([say('import-book-unreadable', { file: book, detail: (e as Error).message })]);
  }
  let grid;
  try {
    grid = readTable(wb, opts.sheet);
  } catch (e) {
    if (e instanceof SheetNotFound) {
      throw new UsageError([say('import-no-sheet', { sheet: e.sheet, options: sheetNames(wb).join('、') })]);
    }
    throw e;
  }
  const all = importTable(grid, { id: opts.id ?? 'imported', source: `${book}${opts.sheet ? `#${opts.sheet}` : ''}` });
  const sheet = opts.sheet ?? sheetNames(wb)[0] ?? '';
  if (!all.ok) throw new UsageError([say(`import-${all.error}`, { sheet, detail: all.message })]);
  // Several tables on one sheet: the one asked for (--table), the first by default.
  const k = opts.table === undefined ? 0 : Number(opts.table) - 1;
  const r = all.blocks[k];
  if (!Number.isInteger(k) || !r)
    throw new UsageError([say('import-no-table', { sheet, table: opts.table ?? '', count: all.blocks.length })]);
  if (r.problems.length) {
    throw new UsageError([say('import-invalid'), ...problemLines(r.problems, io.lang).map((l) => `  ${l}`)]);
  }
  if (opts.output) writeOutput(opts.output, `${JSON.stringify(r.rubric, null, 2)}\n`, io);
  if (opts.json) {
    // The report per clause: what the issue asks for, and the reading in words instead of the rule.
    const clauses = r.clauses.map((c) => ({
      item: c.item,
      clause: c.clause,
      text: c.text,
      readAs: c.readAs,
      reading: describeClause(c, io.lang),
      confidence: c.confidence,
      flagged: c.flagged,
      warnings: c.warnings,
    }));
    const tables = all.blocks.map((b) => ({ title: b.rubric.title, total: b.total }));
    io.out(JSON.stringify({ rubric: r.rubric, total: r.total, clauses, warnings: r.warnings, tables }, null, 2));
  } else {
    const flagged = r.clauses.filter((c) => c.flagged).length;
    io.out(
      say('import-summary', {
        title: r.rubric.title,
        total: r.total,
        clauses: r.clauses.length,
        read: r.clauses.length - flagged,
        flagged,
      }),
    );
    for (const c of r.clauses) {
      io.out(
        `  ${`${c.item}${c.clause}`.padEnd(8)} ${c.flagged ? '⚠' : ' '} ${describeClause(c, io.lang)}${say('import-confidence', { confidence: c.confidence })}`,
      );
    }
    for (const w of r.warnings) io.out(say('import-warning', { text: w }));
    if (opts.output) io.out(say('import-written', { file: opts.output }));
  }
  return EXIT.ok;
}

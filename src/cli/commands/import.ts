import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { readBook, readTable, SheetNotFound, sheetNames } from '../../adapters/xlsx/table';
import { importTable } from '../../core/import/table';
import { EXIT, UsageError, type Io } from '../context';

interface ImportOpts {
  sheet?: string;
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
    .option('-o, --output <file>', '写出考核细则 JSON')
    .option('--id <id>', '考核细则 id', 'imported')
    .option('--force', '覆盖已有的输出文件')
    .option('--json', '输出 JSON 报告')
    .action(async (book: string, opts: ImportOpts) => {
      process.exitCode = await runImport(book, opts, io());
    });
}

export async function runImport(book: string, opts: ImportOpts, io: Io): Promise<number> {
  if (!existsSync(book)) throw new UsageError([`找不到文件：${book}`]);
  if (opts.output && existsSync(opts.output) && !opts.force) {
    throw new UsageError([`输出文件已存在：${opts.output}（加 --force 覆盖）`]);
  }
  let wb;
  try {
    wb = await readBook(book);
  } catch (e) {
    throw new UsageError([`无法读取工作簿 ${book}：${(e as Error).message}`]);
  }
  let grid;
  try {
    grid = readTable(wb, opts.sheet);
  } catch (e) {
    if (e instanceof SheetNotFound) {
      throw new UsageError([`工作簿中没有名为“${e.sheet}”的工作表；现有：${sheetNames(wb).join('、')}`]);
    }
    throw e;
  }
  const r = importTable(grid, { id: opts.id ?? 'imported', source: `${book}${opts.sheet ? `#${opts.sheet}` : ''}` });
  if (!r.ok) throw new UsageError([`${opts.sheet ?? sheetNames(wb)[0] ?? ''}：${r.message}`]);
  if (r.problems.length) {
    throw new UsageError(['导入的考核细则未通过校验：', ...r.problems.map((p) => `  ${p.path} ${p.code}`)]);
  }
  if (opts.output) writeFileSync(opts.output, `${JSON.stringify(r.rubric, null, 2)}\n`);
  if (opts.json) {
    io.out(JSON.stringify({ rubric: r.rubric, total: r.total, clauses: r.clauses, warnings: r.warnings }, null, 2));
  } else {
    const flagged = r.clauses.filter((c) => c.flagged).length;
    io.out(`${r.rubric.title}：总分 ${r.total}，${r.clauses.length} 条细则，${r.clauses.length - flagged} 条已读懂，${flagged} 条需人工评分`);
    for (const c of r.clauses) {
      io.out(`  ${`${c.item}${c.clause}`.padEnd(8)} ${c.flagged ? '⚠' : ' '} ${c.readAs}（把握 ${c.confidence}）`);
    }
    for (const w of r.warnings) io.out(`警告：${w}`);
    if (opts.output) io.out(`已写出 ${opts.output}`);
  }
  return EXIT.ok;
}

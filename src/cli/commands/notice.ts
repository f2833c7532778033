import type { Command } from 'commander';
import { buildNotice } from '../../app/notice';
import { message } from '../../core/messages';
import { replaceSheet } from '../../adapters/xlsx/replace';
import { saveWorkbook } from '../../adapters/xlsx/excel';
import { EXIT, UsageError, type Io } from '../context';
import { exitFor } from './score';
import { writeOutput } from '../load';
import { layoutOrStop, openBook, refuseOverwrite, replanOrStop } from './workbook';
import { findingText } from '../../core/engine/findings';

interface NoticeOpts {
  days?: string;
  output?: string;
  force?: boolean;
  date?: string;
  issuer?: string;
  number?: string;
  contact?: string;
  phone?: string;
}

export const DEFAULT_ISSUER = '考核工作领导小组办公室';
const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** `kaohe notice BOOK.xlsx`: writes (or refreshes) the 整改通知单 sheet, keeping every typed cell. */
async function runNotice(file: string, opts: NoticeOpts, io: Io): Promise<number> {
  const days = opts.days === undefined ? 30 : Number(opts.days);
  if (!Number.isInteger(days) || days < 0 || days > 3650)
    throw new UsageError([message(io.lang, 'bad-days', { days: String(opts.days) })]);
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
    throw new UsageError([message(io.lang, 'bad-date', { date: opts.date })]);
  const out = opts.output ?? file;
  refuseOverwrite(out, opts.force, io, file);
  const book = await openBook(file, io);
  const { builtin, planned } = replanOrStop(book, file, io);
  layoutOrStop(book, planned, file, io);
  const notice = buildNotice(book, builtin, planned, {
    days,
    date: opts.date ?? today(),
    issuer: opts.issuer ?? DEFAULT_ISSUER,
    ...(opts.number ? { number: opts.number } : {}),
    ...(opts.contact ? { contact: opts.contact } : {}),
    ...(opts.phone ? { phone: opts.phone } : {}),
  });
  for (const w of notice.warnings) io.err(`${w.severity === 'info' ? '·' : '!'} ${findingText(w, io.lang)}`);
  await replaceSheet(book.workbook, notice.plan, notice.results);
  writeOutput(out, await saveWorkbook(book.workbook), io);
  const units = new Set(notice.rows.map((r) => r.unit)).size;
  io.out(
    message(io.lang, 'notice-written', {
      file: out,
      sheet: notice.plan.name,
      units,
      rows: notice.rows.length,
      kept: notice.rows.filter((r) => r.reason === 'kept').length,
      typed: notice.typedAfter,
      before: notice.typedBefore,
    }),
  );
  if (notice.typedAfter < notice.typedBefore) return EXIT.errors; // never expected: a typed cell did not survive
  return exitFor(notice.scored);
}

export function registerNotice(program: Command, io: () => Io): void {
  program
    .command('notice <book>')
    .description('生成或刷新整改通知单（保留已填写内容）/ make or refresh the rectification notice')
    .option('--days <n>', '整改时限：考核日期后 N 天（默认 30）')
    .option('--date <YYYY-MM-DD>', '发文日期（默认今天）')
    .option('--issuer <name>', `发文单位（默认“${DEFAULT_ISSUER}”）`)
    .option('--number <文号>', '发文字号，如 区考办〔2024〕5号')
    .option('--contact <name>', '联系人')
    .option('--phone <number>', '联系电话')
    .option('-o, --output <out.xlsx>', '另存为（默认写回原文件）')
    .option('--force', '覆盖已有的另存文件')
    .action(async (book: string, opts: NoticeOpts) => {
      process.exitCode = await runNotice(book, opts, io());
    });
}

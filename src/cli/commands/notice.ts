import type { Command } from 'commander';
import { DEFAULT_ISSUER, noticeBook, noticeSettings } from '../../books/notice';
import { message } from '../../core/messages';
import { EXIT, UsageError, type Io } from '../context';
import { exitFor } from './score';
import { writeOutput } from '../load';
import { orStop, readBookFile, refuseOverwrite } from '../book-file';
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

/** `kaohe notice BOOK.xlsx`: writes (or refreshes) the 整改通知单 sheet, keeping every typed cell. */
async function runNotice(file: string, opts: NoticeOpts, io: Io): Promise<number> {
  const checked = noticeSettings(opts);
  if (!checked.ok) throw new UsageError(checked.problems.slice(0, 1).map((p) => message(io.lang, p.code, p.params)));
  const out = opts.output ?? file;
  refuseOverwrite(out, opts.force, io, file);
  const notice = await orStop(io, () => noticeBook(readBookFile(file, io), file, checked.settings));
  for (const w of notice.warnings) io.err(`${w.severity === 'info' ? '·' : '!'} ${findingText(w, io.lang)}`);
  writeOutput(out, notice.bytes, io);
  io.out(
    message(io.lang, 'notice-written', {
      file: out,
      sheet: notice.sheet,
      units: notice.units,
      rows: notice.rows,
      kept: notice.kept,
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

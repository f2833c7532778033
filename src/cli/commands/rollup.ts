import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { MixedRubrics, rollupBook } from '../../books/rollup';
import { builtinRankings } from '../../core/builtin';
import { message } from '../../core/messages';
import { auditFiles } from '../audit-files';
import { EXIT, UsageError, type Io } from '../context';
import { refuseOverwrite } from '../book-file';
import { writeOutput } from '../load';

interface RollupOpts {
  output: string;
  force?: boolean;
  ranking?: string;
  progress?: boolean;
}

/** `kaohe rollup FILE… -o SUMMARY.xlsx`: one summary of many received workbooks of one rubric. */
async function runRollup(files: readonly string[], opts: RollupOpts, io: Io): Promise<number> {
  refuseOverwrite(opts.output, opts.force, io);
  const rankings = builtinRankings();
  const ranking = opts.ranking === undefined ? undefined : rankings.get(opts.ranking);
  if (opts.ranking !== undefined && !ranking) {
    throw new UsageError([
      message(io.lang, 'unknown-ranking-option', { ranking: opts.ranking, options: [...rankings.keys()].join('、') }),
    ]);
  }
  const showBar = opts.progress === true || process.stderr.isTTY === true;
  const bar = showBar
    ? new SingleBar({
        stream: process.stderr,
        format: '汇总 [{bar}] {value}/{total} {file}',
        clearOnComplete: process.stderr.isTTY === true,
        noTTYOutput: true,
        notTTYSchedule: 500,
      })
    : undefined;
  bar?.start(files.length, 0, { file: '' });
  const audits = await auditFiles(files, (file) => bar?.increment(1, { file }));
  bar?.stop();
  let made;
  try {
    made = await rollupBook(audits, io.lang, ranking);
  } catch (e) {
    if (e instanceof MixedRubrics)
      throw new UsageError([
        message(io.lang, 'rollup-mixed', { uses: e.uses.map((u) => `${u.file} → ${u.rubric}`).join('；') }),
      ]);
    throw e;
  }
  if (!made) throw new UsageError([message(io.lang, 'rollup-none', { files: files.join('、') })]);
  writeOutput(opts.output, made.bytes, io);
  const { units, bad, unopened } = made;
  io.out(message(io.lang, 'rollup-written', { file: opts.output, files: files.length, units, bad, unopened }));
  return bad > 0 ? EXIT.errors : EXIT.ok;
}

export function registerRollup(program: Command, io: () => Io): void {
  program
    .command('rollup <files...>')
    .description('把收到的多个工作簿（同一细则）汇总排名 / roll many workbooks up into one summary')
    .requiredOption('-o, --output <summary.xlsx>', '输出的汇总工作簿')
    .option('--force', '覆盖已有文件')
    .option('--ranking <id>', '排名等次规则（如 yanglousi-2018），默认用细则自带的')
    .option('--progress', '显示进度条（默认仅在终端中显示）')
    .action(async (files: string[], opts: RollupOpts) => {
      process.exitCode = await runRollup(files, opts, io());
    });
}

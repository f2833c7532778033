import type { Command } from 'commander';
import { EntriesFile, toUnitEntries } from '../../app/entries';
import { scoreUnits, type RankedUnit } from '../../app/score';
import type { Builtin } from '../../core/builtin';
import { findingText } from '../../core/engine/findings';
import { message } from '../../core/messages';
import { EXIT, findingJson, UsageError, type Io } from '../context';
import { loadChosen, readJson } from '../load';
import { printScoreTable } from '../table';

export interface ScoreOpts {
  rubric?: string;
  entries?: string;
  class?: string;
  ranking?: string;
  json?: boolean;
}

/** The JSON shape of `kaohe score`; `extra` adds per-unit fields (the workbook's cells). */
export function scoreJson(
  b: Builtin,
  units: readonly RankedUnit[],
  io: Io,
  extra: (u: RankedUnit) => Record<string, unknown> = () => ({}),
  itemExtra: (u: RankedUnit, itemId: string) => Record<string, unknown> = () => ({}),
): unknown {
  return {
    rubric: { id: b.rubric.id, title: b.rubric.title, total: b.rubric.total },
    units: units.map((u) => ({
      unit: u.unit,
      ...(u.cls !== undefined ? { class: u.cls } : {}),
      ...extra(u),
      complete: u.complete,
      total: u.total,
      grade: u.grade,
      veto: u.veto,
      disqualified: u.disqualified,
      rank: u.rank,
      rankClass: u.rankClass,
      ...(u.composite !== null ? { composite: u.composite } : {}),
      sections: u.sections.map((s) => ({ id: s.id, name: s.name, cap: s.cap, score: s.score, lost: s.lost })),
      items: [...u.items, ...u.adjustments].map((i) => ({
        id: i.id,
        name: i.name,
        cap: i.cap,
        score: i.score,
        lost: i.lost,
        ...(i.role !== 'base' ? { role: i.role } : {}),
        ...itemExtra(u, i.id),
      })),
      findings: u.findings.map((f) => findingJson(f, io.lang)),
    })),
  };
}

export function exitFor(units: readonly RankedUnit[]): number {
  return units.some((u) => u.findings.some((f) => f.severity === 'error')) ? EXIT.errors : EXIT.ok;
}

export function runScoreEntries(opts: ScoreOpts, io: Io): number {
  if (!opts.rubric || !opts.entries) {
    throw new UsageError([
      io.lang === 'en'
        ? 'score needs --rubric and --entries, or a workbook'
        : 'score 需要 --rubric 和 --entries，或一个工作簿文件',
    ]);
  }
  const b = loadChosen(opts.rubric, io, opts.class, opts.ranking);
  const raw = readJson(opts.entries, io);
  const parsed = EntriesFile.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) =>
        message(io.lang, 'entries-shape', { file: opts.entries ?? '', path: i.path.join('.') }),
      ),
    );
  }
  const units = scoreUnits(b, toUnitEntries(parsed.data), opts.class);
  if (opts.json) io.out(JSON.stringify(scoreJson(b, units, io), null, 2));
  else {
    printScoreTable(b, units, io);
    for (const u of units)
      for (const f of u.findings) io.out(`  ${f.severity === 'error' ? '✗' : '!'} ${findingText(f, io.lang)}`);
  }
  return exitFor(units);
}

export function registerScore(
  program: Command,
  io: () => Io,
  workbook?: (book: string, opts: ScoreOpts, io: Io) => Promise<number>,
): void {
  program
    .command('score [book]')
    .description('计分 / score entries (JSON) or a filled workbook (.xlsx)')
    .option('--rubric <id|file>', '内置细则编号或 JSON 文件')
    .option('--entries <file>', '录入数据 JSON')
    .option('--class <name>', '单位类别（如 一类、二类）')
    .option('--ranking <id>', '排名分类规则（如 yanglousi-2018）')
    .option('--json', '输出 JSON')
    .action(async (book: string | undefined, opts: ScoreOpts) => {
      if (book !== undefined) {
        if (!workbook) throw new UsageError(['workbook scoring is not available']);
        // A workbook carries its own rubric and entries: options that name others would be ignored.
        if (opts.rubric !== undefined || opts.entries !== undefined) {
          throw new UsageError([message(io().lang, 'score-book-options', { book })]);
        }
        process.exitCode = await workbook(book, opts, io());
      } else process.exitCode = runScoreEntries(opts, io());
    });
}

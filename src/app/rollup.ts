import { isProblem, type Audit } from '../core/audit';
import { builtinRubrics, type Builtin } from '../core/builtin';
import { rankUnits } from '../core/engine/rank';
import { round2 } from '../core/engine/score';
import { findingText, type Finding } from '../core/engine/findings';
import { message, type Lang } from '../core/messages';
import type { WorkbookPlan } from '../core/plan';
import { planRollupSheet, type RollupUnit } from '../core/plan/rollup';
import { planFindingsSheet, planSourcesSheet, type RollupSource } from '../core/plan/rollup-sources';
import type { RankingRule } from '../core/rubric/schema';

type Result = string | number | boolean | null;

/** The files do not share one rubric: which file uses which. */
export class MixedRubrics extends Error {
  constructor(readonly uses: readonly { file: string; rubric: string }[]) {
    super('mixed rubrics');
  }
}

export interface Rollup {
  readonly plan: WorkbookPlan;
  readonly results: Map<string, Map<string, Result>>;
  readonly builtin: Builtin;
  readonly units: number;
  readonly sources: readonly RollupSource[];
}

/** Files that could not be opened at all: missing, a folder, damaged, or not an .xlsx (.xls, .ods, CSV, encrypted). */
const UNOPENED = new Set([
  'book-missing',
  'book-is-dir',
  'book-not-xlsx',
  'book-is-xls',
  'book-is-ods',
  'book-is-csv',
  'book-encrypted',
  'file-unreadable',
  'audit-file-failed',
]);

/**
 * Files as a printed sheet names them: the file name without its folders; where two files share a
 * name, the folder it is in follows in brackets (a path is never printed).
 */
export function printedNames(files: readonly string[]): Map<string, string> {
  const parts = (f: string): string[] => f.split(/[\\/]+/).filter(Boolean);
  const base = (f: string): string => parts(f).pop() ?? f;
  const out = new Map<string, string>();
  for (const f of files) {
    const same = files.filter((x) => x !== f && base(x) === base(f));
    const folder = parts(f).slice(-2, -1)[0];
    out.set(f, same.length && folder ? `${base(f)}（${folder}）` : base(f));
  }
  return out;
}

/** A text with every file path in it replaced by the file's printed name. */
const withNames = (text: string, names: ReadonlyMap<string, string>): string =>
  [...names.entries()]
    .sort(([a], [b]) => b.length - a.length)
    .reduce((t, [path, name]) => t.split(path).join(name), text);

function sourceOf(a: Audit, lang: Lang, names: ReadonlyMap<string, string>): RollupSource {
  const problems = a.findings.filter(isProblem);
  const first = problems[0];
  const status =
    first && UNOPENED.has(first.code)
      ? '无法打开'
      : !a.builtin
        ? '不是本工具的工作簿或数据已损坏'
        : problems.length
          ? '有问题'
          : '无问题';
  return {
    file: names.get(a.file) ?? a.file,
    rubric: a.builtin?.rubric.title ?? '',
    units: a.units?.length ?? 0,
    status,
    problems: problems.length,
    detail: withNames(
      problems
        .slice(0, 3)
        .map((f) => findingText(f, lang))
        .join('；') + (problems.length > 3 ? ` …（共 ${problems.length} 处）` : ''),
      names,
    ),
  };
}

/**
 * Gathers the unit results of audited workbooks of one rubric into a summary workbook: 汇总 (values
 * copied with their file named, formulas for totals, ranks, grades, rank classes), 来源文件 (every
 * file with its audit status) and 审核问题 (every problem found). Mixed rubrics are refused.
 */
/**
 * A unit that already came from an earlier file (the same file given twice, or a corrected copy
 * sent again) is left out of the ranking, so no unit is counted twice, and said so on the later
 * file as an error: the office must decide which copy stands.
 */
function markDuplicateUnits(audits: readonly Audit[]): Audit[] {
  const seen = new Map<string, string>();
  return audits.map((a) => {
    if (!a.units) return a;
    const dups: Finding[] = [];
    const units = a.units.filter((u) => {
      const first = seen.get(u.unit);
      if (first === undefined) {
        seen.set(u.unit, a.file);
        return true;
      }
      dups.push({
        code: 'rollup-duplicate-unit',
        severity: 'error',
        file: a.file,
        unit: u.unit,
        sheet: u.sheet,
        params: { unit: u.unit, first },
      });
      return false;
    });
    return dups.length ? { ...a, units, findings: [...dups, ...a.findings] } : a;
  });
}

export function buildRollup(received: readonly Audit[], lang: Lang, ranking?: RankingRule): Rollup | undefined {
  const audits = markDuplicateUnits(received);
  const usable = audits.filter((a) => a.builtin && a.units);
  const ids = new Set(usable.map((a) => a.builtin?.rubric.id ?? ''));
  if (ids.size > 1)
    throw new MixedRubrics(
      usable.map((a) => ({ file: a.file, rubric: `${a.builtin?.rubric.id}（${a.builtin?.rubric.title}）` })),
    );
  const firstBuiltin = usable[0]?.builtin;
  if (!firstBuiltin) return undefined;
  const ref = builtinRubrics().get(firstBuiltin.rubric.id) ?? firstBuiltin;
  const rule = ranking ?? ref.ranking;
  const names = printedNames(audits.map((a) => a.file));
  const sources = audits.map((a) => sourceOf(a, lang, names));
  const units: RollupUnit[] = [];
  const scored = usable.flatMap((a) => {
    const src = sources[audits.indexOf(a)];
    const audit = src?.problems ? `${src.status}（${src.problems} 处）` : (src?.status ?? '');
    return (a.units ?? []).map((u) => ({ a, u, audit }));
  });
  for (const { a, u, audit } of scored) {
    const r = u.result;
    const unit: RollupUnit = {
      unit: u.unit,
      file: names.get(a.file) ?? a.file,
      cls: r.cls,
      sections: Object.fromEntries(r.sections.map((s) => [s.id, s.score])),
      base: r.base,
      adjustments: Object.fromEntries(r.adjustments.map((x) => [x.id, x.score])),
      veto: r.veto,
      flagged: r.flagged,
      audit,
    };
    units.push(unit);
  }
  const { plan, cells } = planRollupSheet(ref.rubric, units, rule);
  const ranks = rankUnits(
    scored.map(({ u }) => u.result),
    rule,
  );
  const cache = new Map<string, Result>();
  scored.forEach(({ u }, i) => {
    const c = cells.units[i];
    if (!c) return;
    cache.set(c.total, u.result.total ?? '');
    cache.set(c.rank, ranks[i]?.rank ?? '');
    cache.set(c.grade, u.result.grade ?? '');
    if (c.rankClass) cache.set(c.rankClass, ranks[i]?.rankClass ?? '');
    for (const s of u.result.sections)
      if (c.lost[s.id]) cache.set(c.lost[s.id] as string, s.lost === null ? '' : round2(s.lost));
  });
  const findings = audits.flatMap((a) =>
    a.findings.filter(isProblem).map((f) => ({
      file: names.get(a.file) ?? a.file,
      sheet: f.sheet ?? '',
      cell: f.cell ?? '',
      item: f.item ?? '',
      severity: message(lang, `severity-${f.severity}`),
      text: withNames(findingText(f, lang), names),
    })),
  );
  return {
    plan: { sheets: [plan, planSourcesSheet(sources), planFindingsSheet(findings)], names: [] },
    results: new Map([[plan.name, cache]]),
    builtin: { ...ref, ...(rule ? { ranking: rule } : {}) },
    units: units.length,
    sources,
  };
}

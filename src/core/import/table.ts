import { readingText } from './variants';
import { gradeBands } from './grades-text';
import { message } from '../messages';
import { loadRubric, type Problem } from '../rubric/load';
import { placeOf } from './problem-place';
import type { RubricInput } from '../rubric/schema';
import { assemble, totalOf, type Assembled, type ClauseReport } from './assemble';
import { departmentBlocks, repeatBlocks } from './blocks';
import { findHeader, missingHeader, type Grid, type Header } from './header';
import { readPoints, splitName } from './names';
import { costWords, headText } from './heads';
import { outlineBlock } from './outline';
import { outerSums } from './outer-sums';
import { POOL_CLOSING, readBody, type Body, type Row } from './rows';
import { eachSaid, SCALE_OF_100 } from './rows-prose';
import { bandRows, figureStepRows, gradeRangeRows, gradeStepRows, totalBandRows } from './rows-ranges';
import { vetoesSaid } from './rows-notes';
import { boundRows, costShares } from './rows-bound';
import { remainderRows } from './rows-remainder';
import { totalAtTop } from './rows-total';
import { clip } from './text';
import { unfoldPairs } from './side-by-side';

export type { ClauseReport } from './assemble';

/**
 * A scoring table (a grid read from any sheet) → a rubric and a report of how every clause was
 * read. The rubric is validated with loadRubric; nothing that does not add up is "fixed". A sheet
 * holding several tables (numbering starting again at 一、) gives one rubric per table.
 */

export interface ImportedRubric {
  readonly rubric: RubricInput;
  readonly total: number;
  readonly clauses: readonly ClauseReport[];
  readonly warnings: readonly string[];
  /** Problems loadRubric found; empty when the rubric loads. */
  readonly problems: readonly Problem[];
}

export type ImportResult =
  | (ImportedRubric & {
      readonly ok: true;
      /** Every table on the sheet, the first being the one above; one entry where the sheet holds one. */
      readonly blocks: readonly ImportedRubric[];
    })
  | {
      readonly ok: false;
      readonly error: 'not-a-table' | 'no-rows' | 'no-points';
      /** In Chinese, for the user: what is missing and what was found. */
      readonly message: string;
    };

export interface ImportOptions {
  readonly id?: string;
  readonly title?: string;
  readonly source?: string;
}

const GRADES = [{ name: '优秀', min: 90 }, { name: '良好', min: 80 }, { name: '合格', min: 70 }, { name: '不合格' }];

function classesOf(a: Assembled, named: readonly string[]): Pick<RubricInput, 'classes' | 'defaultClass'> {
  // Kinds of unit the table names (县级部门 | 乡镇(街道), 乡镇10分、农场15分): the first is the default.
  if (named.length) {
    const ids = [...named, ...a.classKeys].filter((c, i, all) => all.indexOf(c) === i);
    return { classes: ids.map((id) => ({ id })), defaultClass: named[0] ?? '' };
  }
  return a.classKeys.size
    ? { classes: ['一类', ...a.classKeys].filter((c, i, all) => all.indexOf(c) === i).map((id) => ({ id })) }
    : {};
}

/** A row with no points anywhere: not its own, not its section's, its names' or its headings'. */
const pricedNowhere = (r: Row): boolean =>
  r.points === undefined &&
  r.sectionPoints === undefined &&
  r.names.every((n) => splitName(n.text).cap === undefined) &&
  r.headings.every((h) => h.cap === undefined);

function rubricOf(
  rows: readonly Row[],
  header: Header,
  total: number | undefined,
  base: number | undefined,
  meta: RubricMeta,
  words: readonly string[],
  notes: readonly string[] = [],
): ImportedRubric {
  const draft = noTop(outlineBlock(rows, header, total, base), [...words, ...notes]);
  // 90分以上为先进单位,…60分以下为不合格单位 above the table or in its preamble: the table's own grades.
  const own = gradeBands(words);
  // (Words that do set grades the reading could not follow are named, not passed over as none.)
  const unreadGrades = own
    ? undefined
    : words.find((w) => /优秀|良好|合格|先进|达标/.test(w) && /\d+\s*分.{0,10}(?:以上|以下)/.test(w));
  const ladder = '导入时沿用四档（90分以上优秀，80–89良好，70–79合格，70分以下不合格）';
  const a = belowZero(assemble(draft), [...words, ...notes]);
  const sum = totalOf(a);
  const rubric: RubricInput = {
    id: meta.id,
    title: meta.title,
    ...(meta.source ? { source: meta.source } : {}),
    total: draft.total ?? sum,
    ...classesOf(a, draft.classes),
    sections: a.sections.map((sec) =>
      sec.cap === undefined
        ? { ...sec, ...saidOf(sec.name, words), ...weightOf(sec, a.sections, draft.total ?? sum) }
        : sec,
    ),
    adjustments: a.adjustments,
    grades: own ?? GRADES,
    // (出现安全事故考核费全部扣除 in a note under the rows: the whole lost, a veto.)
    vetoes: [
      ...a.vetoes,
      ...vetoesSaid([...words, ...notes]).map((v, i) => ({
        id: `v${a.vetoes.length + i + 1}-veto`,
        label: `未触发一票否决：${v}`,
      })),
    ],
    readings: [
      {
        about: '等次',
        text: own
          ? `等次按原表：${own.map((g, i) => (g.min === undefined ? `${own[i - 1]?.min ?? 0}分以下${g.name}` : `${g.min}分以上${g.name}`)).join('，')}。`
          : unreadGrades
            ? `原表写有等次，未能读懂；${ladder}，请按原表修改 grades：“${unreadGrades.slice(0, 60)}”`
            : `原表未规定等次；${ladder}，请按本地规定修改 grades。`,
      },
    ],
  };
  const loaded = loadRubric(rubric);
  const lint = loaded.ok ? loaded.warnings.map((w) => message('zh', w.code, w.params)) : [];
  // A problem names the place as the table does (第 4 部分“…”第 1 项的名称), never a schema path.
  const problems = loaded.ok ? [] : loaded.problems.map((p) => ({ ...p, path: placeOf(rubric, p.path) }));
  const graded = unreadGrades ? [`原表写有等次，未能读懂，${ladder}，请核对：“${unreadGrades.slice(0, 60)}”`] : [];
  return {
    rubric,
    total: rubric.total,
    clauses: a.report,
    warnings: [...lint, ...a.warnings, ...graded],
    problems,
  };
}

/**
 * …设有减分的项目,最高得分为该项得分分数,最低得分可为负分 in the words before the rows: every deduction of the sheet
 * may take its item below nothing.
 */
/** 不設得分上限 / 加分上不封顶: what the rows add has no limit the rows' own amounts would set. */
const NO_TOP = /不设(?:得分|加分|总分)?上限|(?:得分|加分)?上不封顶|加分不封顶/;

/**
 * 考核实行百分制,…进行加减分,不设得分上限: bonus blocks with no limit written take none from their rows' amounts
 * (全勤,加5分 is not the most a month can add): the total is their limit, as for any block with none written.
 */
function noTop(d: ReturnType<typeof outlineBlock>, words: readonly string[]): ReturnType<typeof outlineBlock> {
  if (!words.some((w) => NO_TOP.test(headText(w)))) return d;
  return {
    ...d,
    adjustments: d.adjustments.map((a) => {
      if (a.role !== 'bonus' || !a.capFromWords) return a;
      const { blockCap: _cap, capFromWords: _words, ...rest } = a;
      return rest;
    }),
  };
}

const NEGATIVE = /最低得分可为负分|(?:得分|扣分)可(?:以)?(?:为|成|出现)负分|允许(?:出现)?负分/;

function belowZero(a: Assembled, words: readonly string[]): Assembled {
  if (!words.some((w) => NEGATIVE.test(w))) return a;
  const open = <T extends { rule: ClauseReport['rule'] }>(c: T): T =>
    c.rule.kind === 'deduct' ? { ...c, rule: { ...c.rule, floor: 'none' } } : c;
  return {
    ...a,
    sections: a.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, clauses: i.clauses.map(open) })) })),
    report: a.report.map(open),
  };
}

/**
 * 基础分100分,另设项加减分 in the preamble over (一)基础分 (no points of its own): the section's points, as
 * the table's own words give them, where its items make them.
 */
function saidOf(name: string, words: readonly string[]): { cap?: number } {
  const at = name.trim().length >= 2 ? words.join('\n').indexOf(name.trim()) : -1;
  const m =
    at < 0 ? null : /^\s*(?:为|共|计)?\s*(\d+(?:\.\d+)?)\s*分/.exec(words.join('\n').slice(at + name.trim().length));
  return m?.[1] ? { cap: Number(m[1]) } : {};
}

/**
 * 教学目标10% over two rows of 5 in a table of 100: a section's weight said as a share of the whole, its items making
 * that share — its points. (生产任务完成情况(20%) …: where every section says its share and more than half are made by
 * their items — or half, the shares making 100 — each share is its section's points; a section its items fall short of
 * is told so.)
 */
function weightOf(sec: Assembled['sections'][number], all: Assembled['sections'], total: number): { cap?: number } {
  const share = (x: Assembled['sections'][number]): number | undefined => {
    const m = /[（(]?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[)）]?$/.exec(x.name.trim());
    return m?.[1] === undefined ? undefined : Number(m[1]);
  };
  const made = (x: Assembled['sections'][number]): number =>
    x.items.reduce((a, i) => a + (typeof i.cap === 'number' ? i.cap : NaN), 0);
  const own = share(sec);
  if (own === undefined) return {};
  const shares = all.map(share);
  // (Not only where the shares make 100: 廚房衛生(12%) … 菜品出品(23%) cut before the rest, most still made by their items.)
  const matched = all.filter((x) => Math.abs(made(x) - (share(x) ?? NaN)) < 1e-9).length;
  const hundred = Math.abs(shares.reduce((a: number, x) => a + (x ?? 0), 0) - 100) < 1e-9;
  const whole =
    all.length >= 2 &&
    shares.every((x) => x !== undefined) &&
    (matched * 2 > all.length || (hundred && matched * 2 >= all.length));
  if (whole) return { cap: own };
  return total === 100 && Math.abs(made(sec) - own) < 1e-9 ? { cap: own } : {};
}

/** Why a table with no points to earn cannot be scored, and what would make it one. */
function noPoints(grid: Grid, header: Header, rows: readonly Row[]): string {
  const col = [...header.columns].find(([, r]) => r === 'points')?.[0];
  const head = col === undefined ? '分值' : (grid.rows[header.row]?.[col] ?? '分值').trim();
  const cuts = [...new Set(rows.filter((r) => r.role === 'penalty').map((r) => `-${r.points ?? ''}`))];
  const other = rows.some((r) => r.role === 'base' && r.points === undefined && r.pointsText !== '');
  if (cuts.length === 0)
    return '表中没有读到任何分值：没有分值列，名称里也没有写分值（如“（20分）”），请加上分值后再导入';
  return `表中没有总分，也没有得分的项目：“${head}”一栏只有扣分（${cuts.slice(0, 3).join('、')}${cuts.length > 3 ? '…' : ''}）${other ? '和降级等' : ''}，算不出得分。若从起评分扣起，请在表中加一行“起评分”并填上分数（如 100）后再导入`;
}

interface RubricMeta {
  readonly id: string;
  readonly title: string;
  readonly source?: string;
}

export function importTable(given: Grid, opts: ImportOptions = {}): ImportResult {
  const found = findHeader(given);
  if (!found) return { ok: false, error: 'not-a-table', message: missingHeader(given) };
  // (具体项目 | 评分 | 具体项目 | 评分: two items to a row, read one after the other.)
  const unfolded = unfoldPairs(given, found);
  const grid = unfolded ?? given;
  const header = unfolded ? (findHeader(unfolded) ?? found) : found;
  const given0 = readBody(grid, header);
  // The words above the header: a title, a line of who and when, what the whole is worth.
  const above = grid.rows.slice(0, header.first).flatMap((r) => r.map((v) => v.trim()).filter(Boolean));
  // (满分100分每项2分 above the header or alone on the first row: the points of every item that has none of its own.)
  const perItem = [...above, ...(given0.preamble ?? []).map((p) => p.text)]
    .map((t) => eachSaid(t))
    .find((x) => x !== undefined);
  const read = perItem
    ? {
        ...given0,
        rows: given0.rows.map((r) =>
          r.points === undefined && r.role === 'base'
            ? // (Each its own points, as if written in a points cell of its own: rows under one name are its items.)
              { ...r, points: perItem.each, pointsText: `${perItem.each}`, pointsKey: `each:${r.index}` }
            : r,
        ),
      }
    : given0;
  const steps = remainderRows(
    totalBandRows(bandRows(figureStepRows(gradeStepRows(gradeRangeRows(costShares(read.rows)))))),
  );
  const repeated = repeatBlocks(steps);
  const body = totalAtTop({ ...read, rows: repeated ?? steps });
  if (body.rows.length === 0) return { ok: false, error: 'no-rows', message: '表头下面没有考核项目' };
  // 分值(200 分) as the points column's head: the table's total, said once.
  const heads = grid.rows.slice(header.first, header.row + 1).flatMap((r) => r.map((v) => v.replace(/\s+/g, '')));
  const headTotal = heads
    .map(
      (h) =>
        /^(?:分值|分数|满分|总分|标准分)[（(](\d+(?:\.\d+)?)分?[)）]$/.exec(h)?.[1] ??
        // (完成任务及评分标准(满分100分): a head that says the whole's points in its bracket.)
        /[（(](?:满分|总分)(\d+(?:\.\d+)?)分?[)）]$/.exec(h)?.[1],
    )
    .find(Boolean);
  // (100分制,80分以上合格) / 实行百分制 above the header: the total, said as the scale.
  const titleTotal =
    above
      .map(
        (t) =>
          /(?:总分值?|满分)\s*[:：为]?\s*(\d+(?:\.\d+)?)\s*分/.exec(t)?.[1] ??
          /(\d+)\s*分制/.exec(t)?.[1] ??
          (/百分制/.test(t) ? '100' : undefined),
      )
      .find(Boolean) ??
    headTotal ??
    // (1、指标考核项(30分) the last line above the header, the rows below only deducting: the part's points.)
    /^(?:\d{1,2}|[一二三四五六七八九十]+)[、.．]\s*[^,，。;；:：()（）\d]{2,20}[（(](\d+(?:\.\d+)?)\s*分[)）]$/.exec(
      above[above.length - 1] ?? '',
    )?.[1];
  // 起评分100分 / 基础分100分 above the header, or in the words before any item (本办法…考核基本分为100分。):
  // what every row deducts from, where no row earns points. (IOO分: the letters a scan reads for 100.)
  // (注:考核计分以100分为基础分… below the rows: the same, said after them — 註：基本分為70分 in traditional forms too.)
  const saidBelow = (body.unread ?? [])
    .map((u) => ({ ...u, text: readingText(u.text) }))
    .filter((u) => u.note || /^注[:：]/.test(u.text))
    .map((u) => u.text);
  const titleBase = [...above, ...(body.preamble ?? []).map((p) => p.text), ...saidBelow]
    .map(
      (t) =>
        // (服务规范基准分为100分; 各科室基础得分为6分.)
        /(?:起评分|基础得?分|基本分|基准分)\s*[:：为]?\s*([\dIlOo]+(?:\.\d+)?)\s*分/.exec(t)?.[1] ??
        /以\s*([\dIlOo]+(?:\.\d+)?)\s*分\s*为\s*(?:起评分|基础分|基本分|基准分)/.exec(t)?.[1] ??
        // (各项考核总分100分,在此基础上加减分: the total said as what the rows add to and take from.)
        /总分\s*([\dIlOo]+(?:\.\d+)?)\s*分[,，]?\s*在此基础上(?:加减|扣|减)/.exec(t)?.[1] ??
        // (注:…总分为100分,分项无基准分值,实行累计扣减。: the same, said as what the deductions run from.)
        /总分\s*[为是:：]?\s*([\dIlOo]+(?:\.\d+)?)\s*分[^。;；]*(?:累计扣减|扣减|扣分)/.exec(t)?.[1] ??
        // (说明:药品陈列满分100分,采用扣分制,扣完为止: the same, said as the full mark the deductions come off.)
        /满分\s*[为是:：]?\s*([\dIlOo]+(?:\.\d+)?)\s*分[,，]?\s*(?:采用|实行|采取|实施)?扣分制/.exec(t)?.[1],
    )
    .map((v) => v?.replace(/[Il]/g, '1').replace(/[Oo]/g, '0'))
    .find((v) => v !== undefined && /^\d+(?:\.\d+)?$/.test(v) && Number(v) > 0);
  // (…采取百分制考核的办法… in a note under the rows — said above them, titleTotal has it: a scale of 100, what rows
  // that only deduct start from.)
  const scaleSaid = saidBelow.some((t) => SCALE_OF_100.test(t)) ? 100 : undefined;
  const title = opts.title ?? above.find((t) => !/^[（(].*[)）]$/.test(t)) ?? '导入的考核细则';
  const split = departmentBlocks(body.rows, above, readPoints(titleTotal ?? '').points ?? body.total);
  const all = split?.rows ?? body.rows;
  const count = Math.max(...all.map((r) => r.block)) + 1;
  const blocks: ImportedRubric[] = [];
  for (let b = 0; b < count; b++) {
    const rows = all.filter((r) => r.block === b);
    const given = split
      ? split.each
      : ((b === 0 ? readPoints(titleTotal ?? '').points : undefined) ??
        body.totals?.[b] ??
        (b === 0 ? body.total : undefined));
    const meta = {
      id: count > 1 ? `${opts.id ?? 'imported'}-${b + 1}` : (opts.id ?? 'imported'),
      title: count > 1 ? `${title}（${split?.names[b] || `表${b + 1}`}）` : title,
      ...(opts.source ? { source: opts.source } : {}),
    };
    // (A total said in words over rows that only deduct — 总分按100分计 — is where they deduct from.)
    const onlyDeduct =
      rows.length > 1 && rows.every(pricedNowhere) && rows.filter((r) => /扣/.test(r.rule)).length >= 2;
    // (1、…每发生一起扣0.5分 … 2、…每次扣0.5分 then 以上事项扣完5分为止。 on a line of its own: what they deduct from.)
    const lastRow = Math.max(...rows.map((r) => r.index));
    const next = Math.min(...all.filter((r) => r.block > b).map((r) => r.index));
    // (Only for rows priced nowhere: under 2、遵守各项规章制度40分, 以上五项扣完40分为止 repeats the heading's points.)
    const closing = (rows.every(pricedNowhere) ? (body.unread ?? []) : [])
      .filter((u) => u.row - 1 > lastRow && u.row - 1 < next)
      .map((u) => POOL_CLOSING.exec(headText(u.text))?.[1])
      .find((v) => v !== undefined);
    const base =
      body.bases?.[b] ??
      (closing === undefined ? undefined : Number(closing)) ??
      (b === 0 && titleBase !== undefined ? Number(titleBase) : undefined) ??
      // (总分值:100分/月 above the header over rows that only deduct, or 采取百分制考核的办法 said under them: the same.)
      (onlyDeduct && !split
        ? b === 0
          ? (body.total ?? readPoints(titleTotal ?? '').points ?? scaleSaid)
          : body.totals?.[b]
        : undefined);
    // Most rows only deduct, with no points of their own and nothing said to deduct from (no 起评分, no
    // total): no rubric of them would score; the user is asked for the 起评分.
    // (…计划不完整 | 5分(1分/项): a cost alone in the rule column deducts too.)
    const unpriced = rows.filter(
      (r) => r.role === 'base' && pricedNowhere(r) && (/扣/.test(r.rule) || costWords(r.rule) !== undefined),
    );
    const [firstUnpriced] = unpriced;
    const asked =
      base === undefined &&
      given === undefined &&
      firstUnpriced !== undefined &&
      unpriced.length >= 3 &&
      unpriced.length * 2 > rows.filter((r) => r.role === 'base').length;
    // (…扣1分 / 得满分4分 / 最多扣4分 on most of them: each worth the most it can lose — the user told so.)
    const bounded = asked ? boundRows(rows, unpriced) : undefined;
    if (asked && firstUnpriced && !bounded)
      return {
        ok: false,
        error: 'no-points',
        message: `${unpriced.length} 行只写了扣分，没有分值，表中也没有写从多少分中扣（如“起评分100分”“总分100分”），如第 ${firstUnpriced.index + 1} 行“${clip((firstUnpriced.rule.includes(firstUnpriced.name) ? [firstUnpriced.rule] : [firstUnpriced.name, firstUnpriced.rule]).filter(Boolean).join('：'), 40)}”：请在表头上方写明起评分，或给这些行填上分值后再导入`,
      };
    // A row cut off with no points of its own still deducts from a 起评分 the others share: kept, typed.
    // (Not where the row before it adds — (二)奖励 | 1.…每次加3分 | 2.发现条码、价格差异 — cut in a bonus, nothing of the base.)
    const last =
      b === count - 1 && base !== undefined && rows[rows.length - 1]?.role !== 'bonus' ? body.cut?.dropped : undefined;
    const made = rubricOf(
      last ? [...(bounded ?? rows), last] : (bounded ?? rows),
      header,
      given ?? base,
      base,
      meta,
      [...above, ...(body.preamble ?? []).map((p) => p.text)],
      (body.unread ?? []).map((u) => u.text),
    );
    // The user is told how the sheet was split, on every table it gave.
    const told = split
      ? `本表按部门分块，各${split.each}分：分为 ${count} 张细则（${split.names.join('、')}），这是“${split.names[b] ?? ''}”一张`
      : count > 1
        ? repeated
          ? `本表有 ${count} 张细则（同样的指标在另一标题下再次列出，按标题分开），这是第 ${b + 1} 张`
          : `本表有 ${count} 张细则（在序号从“一、”重新开始处，或在写明另一考核对象的大标题处分开），这是第 ${b + 1} 张`
        : undefined;
    const priced = bounded?.filter((r) => r.pointsKey.startsWith('bound:')) ?? [];
    const open = unpriced.filter((r) => !priced.some((p) => p.index === r.index));
    const boundTold = bounded
      ? [
          `本表各行没有分值，也没有写起评分：${priced.length} 行按写明的最多扣分计分值（如第 ${(priced[0]?.index ?? 0) + 1} 行 ${priced[0]?.points ?? ''} 分），合计 ${Math.round(priced.reduce((a, r) => a + (r.points ?? 0), 0) * 100) / 100} 分${open.length ? `；${open.map((r) => `第 ${r.index + 1} 行`).join('、')}按次扣分、没有上限，未定分值` : ''}。请核对`,
        ]
      : [];
    const noted = (body.notes ?? []).map((n) => `说明栏“${n}”合并在多行，未计入各条评分，请核对是否适用于整块`);
    const cut = [
      ...(b === 0 ? tableAbove(grid, header.first) : []),
      ...(b === 0 ? (body.preamble ?? []) : []).map(
        (u) =>
          `第 ${u.row} 行“${u.text.slice(0, 40)}${u.text.length > 40 ? '…' : ''}”是表前的说明，没有编号和分值，未作为考核项目导入`,
      ),
      ...(b === count - 1 ? (body.unread ?? []) : []).map(unreadWarning),
      ...(body.cut && b === count - 1 && !last
        ? [
            `第 ${body.cut.row} 行${body.cut.no ? `（${body.cut.no}）` : ''}“${body.cut.text}”没有分值，评分办法也不完整，未导入（原表是否到此不完整？）`,
          ]
        : []),
    ];
    // (Not again where a section's own sum already says it.)
    const outer = outerSums(rows).filter((w) => !made.warnings.some((m) => m.startsWith(w.split('，')[0] ?? w)));
    blocks.push({
      ...made,
      warnings: [...(told ? [told] : []), ...boundTold, ...noted, ...made.warnings, ...outer, ...cut],
    });
  }
  const [first] = blocks;
  if (!first) return { ok: false, error: 'no-rows', message: '表头下面没有考核项目' };
  if (first.total <= 0) return { ok: false, error: 'no-points', message: noPoints(grid, header, body.rows) };
  return { ok: true, ...first, blocks };
}

/**
 * 序号 | 评查内容 | 存在的问题 | 评分标准 and nine rows of 不合格卷 above the header that was read (序号 | 评查内容 | 总分值
 * | 扣分标准): rows of two or more cells above it are a table of their own, not its title — named, never lost
 * silently.
 */
function tableAbove(grid: Grid, first: number): string[] {
  const rows = grid.rows
    .slice(0, first)
    .map((r, i) => ({ row: i + 1, cells: r.map((v) => v.trim()).filter(Boolean) }))
    .filter((r) => r.cells.length >= 2);
  if (rows.length < 3) return [];
  const [a] = rows;
  const z = rows[rows.length - 1];
  const sample = rows.find((r) => r.cells.length >= 3)?.cells.join(' ') ?? a?.cells.join(' ') ?? '';
  return [
    `表头（第 ${first + 1} 行）上方还有 ${rows.length} 行表格内容（第 ${a?.row ?? 0}–${z?.row ?? 0} 行，如“${sample.slice(0, 40)}${sample.length > 40 ? '…' : ''}”），未导入：请核对那里是否另有一张表`,
  ];
}

/** What the user is told of a row the body named but did not read, by why it was left. */
function unreadWarning(u: NonNullable<Body['unread']>[number]): string {
  const words = `“${u.text.slice(0, 40)}${u.text.length > 40 ? '…' : ''}”`;
  if (u.note) return `第 ${u.row} 行是备注“${u.text}”，未作为评分条目导入，请核对它是否改变计分`;
  if (u.badPoints !== undefined)
    return `第 ${u.row} 行${u.no ? `（${u.no}）` : ''}“${u.text}”的分值写作“${u.badPoints}”，不是数字，未计入（原表是否为扫描件，如 IO 当作 10？请核对后改正）`;
  if (u.tail) return `第 ${u.row} 行“${u.text}”没有写分值（其他各行都有），按所属的分值导入（原表是否到此不完整？）`;
  if (u.torn) return `第 ${u.row} 行${words}没有名称、序号和分值（像是前一页末行的后半截），未导入`;
  if (u.empty)
    return `第 ${u.row} 行“${u.text}”下没有读到任何评分条目，它的${u.cap === undefined ? '' : ` ${String(u.cap)} `}分值未计入（原表是否到此不完整？）`;
  return `第 ${u.row} 行${u.no ? `（${u.no}）` : ''}“${u.text}”没有评分办法，也没有分值，未导入`;
}

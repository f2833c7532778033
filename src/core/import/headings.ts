import { cellText, valueAt, type Grid, type mergeIndex } from './header';
import { numberingLevel, splitName } from './names';
import { headText } from './heads';
import { NOTE_HEAD } from './rows-notes';
import { leadNumber, parseNumber } from './numerals';
import type { ClassPoints } from './phrases';

/**
 * Heading rows: a row that names a part of the table rather than scoring — one cell merged across
 * (一、组织保障（20分）), a number and a name with no rule (一 | 组织保障 | 20分), or a title whose next row
 * is numbered one level deeper (一、 | 辖区内安全生产事故(共60分,扣完为止) over 1、 over (1)、). Pure.
 */

export interface Heading {
  readonly text: string;
  /** Numbering depth (一、 1, (一) 2, 1、 3, (1) 4); 9 where it has none. */
  readonly level: number;
  /** Its number at depth 1 (二、 → 2), to see a second table start again at 一、. */
  readonly number?: number;
  readonly cap?: ClassPoints;
  /** (共60分,扣完为止): the rows under it deduct from these points together. */
  readonly pool?: true;
  /** (一) 加強糧食生產工作領導(10分) over paragraphs without points: they are one item worth these points. */
  readonly gather?: true;
  /** …and the rows under it may have points of their own (7 | 社会救助 | | 20 over 城乡低保 … 5). */
  readonly scored?: true;
  /** 四、考核程序: / 一、考核对象:… — how the assessment is run, not a part of what is scored. */
  readonly admin?: true;
  /** (二) 一票否决。…凡是存在下列情况之一的,一律不得参加先进村评选。: the rows under it are the conditions that bar. */
  readonly veto?: true;
}

/** The innermost of a row's headings that has points of its own (the one its section or pool comes from). */
export const innermostPriced = (headings: readonly Heading[]): Heading | undefined =>
  [...headings].reverse().find((h) => h.cap !== undefined);

type Merged = ReturnType<typeof mergeIndex>;

/** The numbering a row starts with: its 序号, else its first name, else its rule. */
export function rowNumbering(
  grid: Grid,
  merged: Merged,
  r: number,
  noCol: number | undefined,
  names: readonly number[],
  ruleCol: number | undefined,
): string {
  const first = [noCol, ...names, ruleCol].find((c) => c !== undefined && valueAt(grid, merged, r, c) !== '');
  return first === undefined ? '' : cellText(valueAt(grid, merged, r, first));
}

/** A sentence that leads into the list below it (…分为六项内容:). */
export const leadIn = (text: string): boolean =>
  // …(采取百分制考核形式。): a sentence saying only how the whole is counted leads into the list too.
  ((/[:：]$/.test(text.trim()) || /^[^,，;；。]{0,20}百分制[^,，;；。]{0,20}[。.]?$/.test(text.trim())) &&
    !scoringWords.test(text)) ||
  // …采取倒扣分制,即有以下情况的分别进行扣分: speaks of deducting, by no figure: what follows says how much.
  (/[:：]$/.test(text.trim()) && !/\d/.test(text) && /扣分|加分/.test(text));

/** The numbering depth of the next row that has any text. */
export function nextLevel(
  grid: Grid,
  merged: Merged,
  r: number,
  noCol: number | undefined,
  names: readonly number[],
  ruleCol: number | undefined,
): number | undefined {
  for (let k = r + 1; k < grid.rows.length; k++) {
    const t = rowNumbering(grid, merged, k, noCol, names, ruleCol);
    // 考核实行百分制,分为六项内容: leads into the list; the list's numbering is what comes next. So does
    // a paragraph that numbers nothing and scores nothing (三、考核计分 over 基础分100分,另设项加减分。…
    // over (一)基础分).
    // (评分标准 alone on its row, a label over what follows, likewise.)
    const says =
      t !== '' &&
      numberingLevel(t) === undefined &&
      (t.length >= 20 || /^[\u4e00-\u9fff]{2,8}[:：]?$/.test(t)) &&
      !scoringWords.test(t);
    if (t !== '' && !leadIn(t) && !says) return numberingLevel(t);
  }
  return undefined;
}

/**
 * The number the next numbered row after r starts with (12 of 12、, 三 of 三、), to tell a header repeated at
 * a page break (numbering going on) from the header of a second table (numbering starting again).
 */
export function nextNumber(grid: Grid, merged: Merged, r: number, noCol: number | undefined): number | undefined {
  if (noCol === undefined) return undefined;
  for (let k = r + 1; k < grid.rows.length; k++) {
    const lead = leadNumber(cellText(valueAt(grid, merged, k, noCol)));
    if (lead !== undefined) return lead;
  }
  return undefined;
}

/**
 * The first name the rows after r start in column col (A-1 领导与管理 (90分) below a header repeated at a page
 * break), to tell the same table going on where there are no numbers.
 */
export function nextName(grid: Grid, merged: Merged, r: number, col: number | undefined): string {
  if (col === undefined) return '';
  for (let k = r + 1; k < grid.rows.length; k++) {
    const v = valueAt(grid, merged, k, col);
    if ((merged(k, col)?.top ?? k) === k && v.trim() !== '') return v;
  }
  return '';
}

export interface HeadingCtx {
  readonly grid: Grid;
  readonly merged: Merged;
  readonly r: number;
  readonly noCol: number | undefined;
  readonly names: readonly number[];
  readonly ruleCol: number | undefined;
  readonly pointsCol: number | undefined;
  /** The row's rule text (rule columns, by class, or what is required). */
  readonly rule: string;
  readonly pts: { readonly points?: number; readonly sign?: string };
  /** The row's numbering and the depth of the next row's. */
  readonly numbering: string;
  readonly next: number | undefined;
  /** Of two or more rule columns, the last (how it is scored) is empty on this row. */
  readonly scoringEmpty?: boolean;
  /** The title that leads the rule cell (商品销售总额标准分60分), where the row has no name column of its own. */
  readonly leadName?: string;
  /** After that title, only the names of the parts below it (党务工作(15分) 1、…情况 2、…工作). */
  readonly partsListed?: boolean;
}

/** 财政财务管理计30分: / b、农村综合改革,计20分。: a short title that says only its points. */
const POINTS_TITLE = /^(?:[a-zA-Z][、.．])?([^,，。;；:：\d]{2,12}?)[,，]?(?:计|共|合计)?(\d+(?:\.\d+)?)分[。.:：]?$/;

// (…列入省级重点项目数指标的得标准分10分,…未完成的按实际完成率乘以标准分计分: the points named, not figured.)
export const scoringWords =
  /扣\s*\d|得\s*\d|[加计]\s*\d|\d\s*分\s*[/／]|不得分|不计分|一票否决|扣完|扣分|得(?:满|标准)分|按[^,;。]{0,12}?(?:计分|得分)/;

/** The heading a row is, or undefined for a row that scores. */
export function heading(given: HeadingCtx): Heading | undefined {
  // (一、組織機構(小計11分,得分) | 評分: a label in the rule column over the rows below says nothing of its own.)
  const c = /^(?:评分|得分|扣分)$/.test(headText(given.rule)) ? { ...given, rule: '' } : given;
  const at = (col: number | undefined): string => (col === undefined ? '' : valueAt(c.grid, c.merged, c.r, col));
  const level = numberingLevel(c.numbering) ?? 9;
  const number = level === 1 ? parseNumber(/^[一二三四五六七八九十]+/.exec(c.numbering)?.[0] ?? '') : undefined;
  const make = (said: string, cap?: ClassPoints): Heading => {
    // (切实加强本部门本系统意识形态工作考核内容: — the words that lead into the rows are no part of the name.)
    const text = said.replace(/(?:考核内容|考核要求)?[:：]\s*$/, '') || said;
    const own = splitName(text);
    const points = cap ?? own.cap;
    return {
      text,
      level,
      ...(number === undefined ? {} : { number }),
      ...(points === undefined ? {} : { cap: points }),
      // (…(基础分为100分) over rows that only deduct: a base they come off together.)
      ...(/扣完为止|扣完即止|基础分|基本分|起评分/.test(text) && points !== undefined ? { pool: true as const } : {}),
    };
  };
  const unsigned = c.pts.points !== undefined && c.pts.sign === undefined ? c.pts.points : undefined;
  // One cell merged across the row (一、组织保障（20分）): a heading, not an item.
  const wide = c.ruleCol !== undefined ? c.merged(c.r, c.ruleCol) : undefined;
  if (
    wide &&
    [c.noCol, ...c.names].some((col) => col !== undefined && col < wide.left) === false &&
    wide.left < c.ruleCol!
  ) {
    // 一、服务提供 merged across, 35 under 标准分 beside it: the section's points.
    const beside = c.pointsCol !== undefined && (c.pointsCol < wide.left || c.pointsCol > wide.right);
    const cap = beside && unsigned !== undefined && !/\d+(?:\.\d+)?分/.test(c.rule);
    return make(cap ? `${c.rule}（${unsigned}分）` : c.rule);
  }
  const nameText = [at(c.noCol), ...c.names.map((n) => at(n)), c.leadName ?? ''].filter(Boolean).join(' ');
  // (The names without the number: what a heading is called.)
  const namesOnly = (): string => [...c.names.map((n) => at(n)), c.leadName ?? ''].join(' ').trim();
  const deeper = c.next !== undefined && level !== 9 && c.next > level;
  // 一综合管理(共90分) alone in the 序号 column, nothing else on the row: a numbered title with its points.
  const lone = cellText(at(c.noCol));
  const loneCap = splitName(lone).cap;
  if (
    c.rule === '' &&
    c.names.every((n) => at(n) === '') &&
    loneCap !== undefined &&
    (/^[一二三四五六七八九十]+[、.．]?[\u4e00-\u9fff]{2,}/.test(lone) ||
      // (1、指标考核项(30分) in the 序号 column over rows numbered 1, 2, …: the same.)
      /^\d{1,2}[、．]\s*[\u4e00-\u9fff]{2,}/.test(lone))
  )
    return { text: lone.replace(/^([一二三四五六七八九十]+)(?=[\u4e00-\u9fff])/, '$1、'), level: 1, cap: loneCap };
  // 一 | 队伍建设好 | 100 | (no 评分规定) over 1 | 项目部班子建设 | 20 over 1-1 | …: no name column, a short title in the
  // rule column with points over rows numbered deeper is a heading with its points.
  // (一 alone in the 序号 column is depth 1 here: the number of a part.)
  const own = level !== 9 ? level : /^[一二三四五六七八九十]+$/.test(cellText(at(c.noCol))) ? 1 : undefined;
  // (1 | 组 织 管 理 | 25 with the 1 in a name column, no 序号 column, one rule column: the same, the title short.)
  const bareNumber = c.noCol === undefined && /^\d{1,2}[、.．]?$/.test(nameText) && cellText(c.rule).length <= 12;
  if (
    (c.scoringEmpty === true || bareNumber) &&
    own !== undefined &&
    c.next !== undefined &&
    c.next > own &&
    (nameText === cellText(at(c.noCol)) || bareNumber) &&
    unsigned !== undefined &&
    cellText(c.rule).length <= 20 &&
    !/[,，。;；:：]/.test(c.rule) &&
    !scoringWords.test(c.rule)
  )
    return { ...make(cellText(c.rule), unsigned), level: own };
  // (五) | 九项工作主要考核工作任务的完成情况,由…按完成工作任务的情况打分。 over 1、…(8分) 2、…: no points, words on what
  // the parts below are and who scores them — their heading, named by what it is about.
  const subject = cellText(c.rule)
    .split(/[,，。;；:：]/)[0]
    ?.replace(/(?:主要)?(?:考核|包括|是指).*$/, '');
  if (
    c.rule !== '' &&
    deeper &&
    unsigned === undefined &&
    nameText === cellText(at(c.noCol)) &&
    !/\d\s*分/.test(c.rule) &&
    !scoringWords.test(c.rule) &&
    subject !== undefined &&
    subject.length >= 2 &&
    subject.length <= 12 &&
    subject !== cellText(c.rule).replace(/[。.]$/, '')
  )
    return make(subject);
  // 一 | 组织保障 | 20分 with no rule, or 二、投入指标(30分) over (一)…: a heading with its points.
  // ((一) | 党务工作(15分) 1、重大决策…情况 2、… over A、… B、…: the same, the parts it names below it.)
  if (c.rule === '' && (deeper || c.partsListed) && nameText !== '')
    return make((c.partsListed ? namesOnly() : nameText).replace(/\s*共?\d+项$/, ''), unsigned);
  // 1 | 辦館條件 | | 240 over 11 | 設施 | | 100 over 111 | 館舍建筑面積…: codes that grow by a figure a level, the next
  // longer and starting with this one — a heading with its points, its depth the code's length.
  const code = cellText(at(c.noCol));
  if (c.rule === '' && nameText !== '' && /^\d{1,3}$/.test(code) && c.noCol !== undefined) {
    const noCol = c.noCol;
    const after = c.grid.rows
      .slice(c.r + 1)
      .map((_, k) => cellText(valueAt(c.grid, c.merged, c.r + 1 + k, noCol)))
      .find((v) => v !== '' && v !== code);
    if (after !== undefined && /^\d+$/.test(after) && after.length > code.length && after.startsWith(code))
      return { ...make(namesOnly() || nameText, unsigned), level: code.length };
  }
  // 7 | 社会救助 | (no rule) | 20 over rows with no number (城乡低保 | (1)… | 5, 农村五保 | …): one item of 20,
  // the rows under it its parts.
  const below =
    c.r + 1 < c.grid.rows.length ? rowNumbering(c.grid, c.merged, c.r + 1, c.noCol, c.names, c.ruleCol) : '';
  // (11 | 火工品(5分) | 现场检查 over 扣分合计 / 实际得分=100-扣分合计=: the sums under the last item are no parts of it.)
  const sums = /^(?:扣分|得分|实际得分|实得分)?(?:合计|总计|小计)|^(?:实际)?得分=/.test(headText(below));
  const unnumbered = c.noCol !== undefined && valueAt(c.grid, c.merged, c.r + 1, c.noCol) === '' && !sums;
  // ((四) | 扶贫工作队管理(10分) | (nothing) over a row with no number: the same, its points in its name.)
  const nameCap = unsigned ?? splitName(nameText).cap;
  // (Not over rows numbered in their names, 1、二十种规程… | 15: those are items of their own under it.)
  if (
    c.rule === '' &&
    nameCap !== undefined &&
    at(c.noCol) !== '' &&
    unnumbered &&
    below !== '' &&
    nameText !== '' &&
    !(numberingLevel(below) !== undefined && numberingLevel(below) !== 9)
  )
    return { ...make(namesOnly() || nameText, nameCap), gather: true, scored: true };
  // 一、組織機構(小計11分,得分) | (评分) over rows named with no number: the numbered heading of what follows.
  if (
    c.rule === '' &&
    level === 1 &&
    nameText !== '' &&
    splitName(nameText).cap !== undefined &&
    below !== '' &&
    numberingLevel(below) === undefined
  )
    return make(nameText, unsigned);
  // (一 merged down over rows that each have a name and points of their own (市场管理人员是否按时到岗 | 3):
  // the number groups them, each is an item.)
  const spread = c.noCol === undefined ? undefined : c.merged(c.r, c.noCol);
  if (
    c.rule === '' &&
    c.names.length < 2 &&
    /^[一二三四五六七八九十]+[、.．]?$/.test(cellText(at(c.noCol))) &&
    nameText &&
    !(spread && spread.bottom > spread.top && unsigned !== undefined && c.pointsCol !== undefined)
  )
    return make(`${cellText(at(c.noCol)).replace(/[、.．]$/, '')}、${c.names.map((n) => at(n)).join(' ')}`, unsigned);
  // (一) | 加強糧食生產工作領導(10分) over paragraphs (no points column): a title with its points, the
  // paragraphs under it its rules, sharing them.
  // (一、测评内容及扣分细则(基础分为100分) over (一)… that only deduct: a base the rows come off together.)
  // (处罚率、入库率(8分,其中每项4分): how the points divide, said in the bracket, is no other title.)
  const titled =
    // (5.确保沿街建(构)筑物安全、美观;…无违章、残破、危旧建(构)筑物。(100分): a longer title, brackets of its own inside.)
    /^(.{2,64}?)[（(](分值|共|计|总分值?|满分|(?:基础分|基本分)为?)?(\d+(?:\.\d+)?)分(?:[,，;；][^()（）]*)?[)）][。.]?$/.exec(
      cellText(c.rule),
    );
  const belowLevel = below === '' ? undefined : numberingLevel(below);
  if (
    titled?.[1] &&
    c.pointsCol === undefined &&
    level !== 9 &&
    below !== '' &&
    (belowLevel === undefined || belowLevel > level || (c.next !== undefined && c.next > level)) &&
    !titleScores(titled[1])
  )
    return /基础分|基本分/.test(titled[2] ?? '')
      ? { ...make(titled[1], Number(titled[3])), pool: true }
      : { ...make(titled[1], Number(titled[3])), gather: true };
  // 三、 | 票据领销4分 over a paragraph with no number: the same, the points after the title unbracketed.
  // ((二) | 寝室25分 over 1.…(…一次扣0.5分) numbered a level deeper: the same.)
  const plainTitled = /^([^,，。;；:：]{2,40}?)(?<=[\u4e00-\u9fff”"])(\d+(?:\.\d+)?)分[。.]?$/.exec(cellText(c.rule));
  if (
    plainTitled?.[1] &&
    c.pointsCol === undefined &&
    level !== 9 &&
    below !== '' &&
    (belowLevel === undefined || (belowLevel !== 9 && belowLevel > level)) &&
    !scoringWords.test(plainTitled[1]) &&
    // (每件扣5分: the verb before the points says what they are — an amount, not a title's.)
    !/[扣得加减计記记]$/.test(plainTitled[1])
  )
    return { ...make(plainTitled[1], Number(plainTitled[2])), gather: true };
  // 组织领导 | 20 | (nothing) over 健全组织机构 | 5 | 查阅正式文件。… and three more of 5: a name with points and no rule,
  // no number, the ruled rows after it adding up to its points — their heading.
  if (c.rule === '' && unsigned !== undefined && c.pointsCol !== undefined && level === 9 && nameText !== '') {
    const under = ruledPointsBelow(c.grid, c.merged, c.r, c.pointsCol, c.ruleCol);
    if (under.length >= 2 && Math.abs(under.reduce((a, n) => a + n, 0) - unsigned) < 1e-9)
      return make(nameText, unsigned);
  }
  // 财政财务管理计30分: / b、农村综合改革,计20分。 over paragraphs with points of their own that fit in it: a short
  // title that says only its points, heading them (no number needed).
  const said = POINTS_TITLE.exec(cellText(c.rule));
  if (said?.[1] && c.pointsCol === undefined && !scoringWords.test(said[1].replace(/计$/, ''))) {
    const cap = Number(said[2]);
    const under = pointsBelow(c.grid, c.merged, c.r, c.ruleCol);
    if (under.length >= 2 && under.reduce((a, n) => a + n, 0) <= cap + 1e-9)
      return { ...make(said[1], cap), gather: true };
  }
  // 精神文明创立 | 区直 | | (nothing else) over 1、… 2、…: a short label alone where the rules stand, heading the
  // numbered rows below it.
  const label = headText(c.rule);
  if (
    unsigned === undefined &&
    c.rule !== '' &&
    /^[\u4e00-\u9fff]{1,8}$/.test(label) &&
    !/^按|(?:赋|计|得|扣)分$/.test(label) &&
    at(c.noCol) === '' &&
    c.names.every((n) => numberingLevel(at(n)) === undefined) &&
    numberingLevel(label) === undefined &&
    (c.grid.rows[c.r + 1] ?? []).some((v, col) => {
      const lv = (c.merged(c.r + 1, col)?.top ?? c.r + 1) === c.r + 1 ? numberingLevel(cellText(v)) : undefined;
      return lv !== undefined && lv !== 9;
    })
  )
    return make(cellText(c.rule));
  // 责任制考核评分规定(总分为2分) over 1.… 2.…: a title over the whole list, with the list's total.
  const whole = /^(.{2,40}?)[（(](?:总分|满分|合计)为?\s*(\d+(?:\.\d+)?)\s*分[)）][。.]?$/.exec(cellText(c.rule));
  if (whole?.[1] && unsigned === undefined && belowLevel !== undefined && belowLevel !== 9)
    return make(whole[1], Number(whole[2]));
  // (一) | 绿色通道,50分。考核范围包括… over 1、 2、: a title and its points leading a note on its scope.
  // (1. | 组织领导方面,计10分。 over (1)…(2分): the same, 计 before the points.)
  const led = /^([^,，。;；:：()（）\d]{2,14})[,，]\s*(?:计|共|占|满分)?(\d+(?:\.\d+)?)分[。.]/.exec(cellText(c.rule));
  if (led?.[1] && deeper && (unsigned === undefined || c.pointsCol === undefined) && !scoringWords.test(led[1]))
    return make(led[1], Number(led[2]));
  // (二) | 建立违法建筑巡查发现机制:(55分)各村对违法建筑应建立巡查发现机制,…按照以下情况扣分。 over 1、…每起扣2分:
  // a title and its points, then what holds for the rows below, which share them.
  const noted = /^([^,，。;；:：()（）\d]{2,30})[:：]?[（(](\d+(?:\.\d+)?)分[)）](.+)$/.exec(cellText(c.rule));
  if (
    noted?.[1] &&
    deeper &&
    unsigned === undefined &&
    c.pointsCol === undefined &&
    !/[扣得加计减]\s*\d/.test(noted[3] ?? '') &&
    !scoringWords.test(noted[1])
  )
    return { ...make(noted[1], Number(noted[2])), gather: true };
  // 一、 | 辖区内安全生产事故(共60分,扣完为止) over 1、 | 有人员伤亡的安全事故 over (1)、 | …扣30分/次: a
  // title with no points of its own in the points column and no way of scoring.
  const title = c.rule.replace(/[（(][^()（）]*[)）]\s*$/, '');
  // ((一) | 内部审计工作保障情况。20分 over 1.…;5分: with no points column, the points in its words are its own.)
  if (
    c.rule !== '' &&
    deeper &&
    (unsigned === undefined || c.pointsCol === undefined) &&
    !scoringWords.test(title) &&
    title.length <= 40
  )
    return make(c.rule);
  // (二) | 加分、减分规则。特殊情况加分扣分最多不超过20分,… over 1.加分规则: a short label closed by a full stop,
  // then what holds for the rows below it.
  const labelled = /^([^,，。;；:：()（）\d]{2,12})[。.:：]/.exec(cellText(c.rule));
  if (labelled?.[1] && deeper && unsigned === undefined && c.pointsCol === undefined && !scoringWords.test(labelled[1]))
    return make(labelled[1]);
  // 一、 | 积极参与构建大宣传格局考核内容:树立大宣传理念,…紧密结合。 over 1、…(3分): a label naming what is assessed,
  // then what it means, scoring nothing.
  const about = /^([^,，。;；:：()（）\d]{2,24}?)(?:考核内容|考核要求|工作内容)[:：](.*)$/.exec(cellText(c.rule));
  if (about?.[1] && deeper && unsigned === undefined && !scoringWords.test(c.rule)) return make(about[1]);
  // 一、 | 考核对象 over 乡镇人民政府、县政府组成部门…的单位。 (words numbered nowhere that score nothing): a
  // heading over what it says, not an item.
  const prose =
    (/^[^\d]{20,}$/.test(cellText(below)) || /对象|范围/.test(headText(c.rule))) &&
    below !== '' &&
    !scoringWords.test(below) &&
    belowLevel === undefined &&
    // (九、病虫害防治(8 分) | 是否存在病虫危害致灾。 over 说明:项目一、二、三有一项没有达到要求的,…: a note on the
    // table below the last item, not what the item heads.)
    !NOTE_HEAD.test(cellText(below));
  if (
    c.rule !== '' &&
    prose &&
    level !== 9 &&
    unsigned === undefined &&
    !scoringWords.test(title) &&
    title.length <= 12
  )
    return make(c.rule);
  return undefined;
}

/** Whether a title's words score (扣2分, 不得分), its name for the rules (扣分细则, 评分标准) aside. */
const titleScores = (t: string): boolean =>
  scoringWords.test(t.replace(/(?:扣分|评分|计分)(?:细则|标准|办法|规则)/g, ''));

/**
 * The points each paragraph below row r says it earns (计6分, 计2分), up to the next short title or a row that
 * says none: what a title over them must hold.
 */
/** The points of the rows after r that have a rule, up to the next row without one. */
function ruledPointsBelow(
  grid: Grid,
  merged: Merged,
  r: number,
  pointsCol: number,
  ruleCol: number | undefined,
): number[] {
  const out: number[] = [];
  for (let k = r + 1; k < grid.rows.length && ruleCol !== undefined; k++) {
    if (cellText(valueAt(grid, merged, k, ruleCol)) === '') break;
    const n = Number(cellText(valueAt(grid, merged, k, pointsCol)).replace(/分$/, ''));
    if (!Number.isFinite(n) || n <= 0) break;
    out.push(n);
  }
  return out;
}

function pointsBelow(grid: Grid, merged: Merged, r: number, col: number | undefined): number[] {
  const out: number[] = [];
  for (let k = r + 1; k < grid.rows.length && col !== undefined; k++) {
    const t = cellText(valueAt(grid, merged, k, col));
    if (t === '' || POINTS_TITLE.test(t)) break;
    const m = /(?<![扣减])(?:计|得|共)?(\d+(?:\.\d+)?)分/.exec(t.replace(/扣\d+(?:\.\d+)?分/g, ''));
    if (!m?.[1]) break;
    out.push(Number(m[1]));
  }
  return out;
}

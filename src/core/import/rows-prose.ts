import { clip } from './text';
import { cellText } from './header';
import { headText } from './heads';
import { leadIn, scoringWords, type Heading } from './headings';
import { numberingLevel, splitName } from './names';

/**
 * Rows of words that are no item: a sentence leading into the list, a preamble before any item, words
 * saying what is assessed, a standard the articles refer to. Each is named to the user, never read as
 * a rule and never dropped. Pure.
 */

export interface ProseInput {
  readonly rule: string;
  /** The row's numbering level (一、 / (一) / 1、), if any. */
  readonly level: number | undefined;
  /** The number cell, and whether it starts on this row (not merged from above). */
  readonly no: string;
  readonly noStarts: boolean;
  /** Every name cell empty; no name cell starting on this row holds words. */
  readonly namesEmpty: boolean;
  readonly namesQuiet: boolean;
  readonly hasPointsCol: boolean;
  readonly points: number | undefined;
  /** Items read so far, and the headings over this row. */
  readonly rowsSoFar: number;
  readonly stack: readonly Heading[];
  readonly byClass: number;
  /** The level of the next numbered row. */
  readonly ahead: () => number | undefined;
}

export interface Prose {
  /**
   * preamble: before any item; unread: among the items; skip: said nothing to keep; admin: a heading on how
   * the assessment is run (its words after the colon, if any, in `text`).
   */
  readonly as: 'preamble' | 'unread' | 'skip' | 'read' | 'admin';
  readonly text?: string;
  /** admin: the heading's own words (考核程序). */
  readonly head?: string;
  /** A total the words state (考核实行百分制, 总分设置4分). */
  readonly total?: number;
}

const short = (t: string): string => clip(t, 40);

/** 采取百分制考核 / 考核实行“百分制” / 考核采用100分制: the whole scored out of 100. */
export const SCALE_OF_100 = /(?:采用|实行|采取|实施|按)“?(?:百分制|100分制)/;

/** 考核对象 / 考核原则 / 考核程序 …: what a heading on how the assessment is run begins with. */
const adminHead =
  /^(?:考核|考评|评比|检查|评分)?(?:奖惩)?(?:对象|范围|原则|方式|方法|办法|程序|步骤|时间|组织领导|组织实施|目的|依据|指导思想|结果运用|结果|奖惩|要求|纪律|附则)(?:[:：]|$)/;

export function readProse(p: ProseInput): Prose | undefined {
  const { rule, level, stack } = p;
  // (Tested as read: 考核實行百分制 is 考核实行百分制; quoted as written.)
  const read = headText(rule);
  const bare = !p.hasPointsCol && level === undefined && p.no === '' && p.namesEmpty;
  // (…分四大块,总计13分,…: the same, said as the sum.)
  const totalSaid = /总(?:分|计)(?:设置|设定|为|共)?(\d+(?:\.\d+)?)分/.exec(read);
  // (采取百分制考核形式。 under 五、考核奖惩办法: said there, it is the total all the same.)
  const total = totalSaid?.[1]
    ? { total: Number(totalSaid[1]) }
    : SCALE_OF_100.test(read) && !/[扣加减得计]\s*\d/.test(read)
      ? { total: 100 }
      : {};
  const where = p.rowsSoFar === 0 ? ('preamble' as const) : ('unread' as const);
  // 一、 | 考核对象:各县(市、区)妇联… / 四、 | 考核程序: numbered, no points, nothing scored: a heading on how the
  // assessment is run; its words named, not read.
  const own = splitName(headText(rule)).name;
  const admin = adminHead.exec(own);
  // (三、考核方法(总分值100分) over the articles carries the table's points: a heading of them, not of procedure.)
  const priced = splitName(headText(rule)).cap !== undefined;
  if (admin && !priced && level !== undefined && p.points === undefined && p.namesEmpty && !scoringWords.test(read)) {
    const rest = own.slice(admin[0].length).trim();
    return {
      as: 'admin',
      head: admin[0].replace(/[:：]$/, ''),
      ...(rest.length >= 2 ? { text: short(rest) } : {}),
      ...total,
    };
  }
  // (考核指标共分五项,总分100分。每项…扣到零分为止,不记负分;…累计扣分不超过5分。 numbered nowhere and costing nothing of
  // its own: the total and how every item deducts, said once for the table; named, not read.)
  if (
    bare &&
    totalSaid?.[1] &&
    (p.points === undefined || p.points === Number(totalSaid[1])) &&
    !/[扣加减得计]\s*\d/.test(read.replace(totalSaid[0], ''))
  )
    return { as: where, text: rule, total: Number(totalSaid[1]) };
  // 八、管理办法自2018年10月1日起执行,由农水办负责解释。: when the rules start and who explains them.
  if (
    /(?:本办法|本细则|管理办法|考核办法|本方案).{0,20}(?:起执行|起施行|负责解释)/.test(read) &&
    !scoringWords.test(read)
  )
    return { as: where, text: short(rule) };
  // 一、根据《代表法》…,制定本办法。 / 二、人大代表执行职务要当政议政督政,须做到… / 六、…评选先进代表小组3个,奖150元:
  // an article that is a sentence, scoring nothing and pricing nothing, over no articles of its own: words of the
  // rules, named, not read.
  if (
    level === 1 &&
    p.points === undefined &&
    p.namesEmpty &&
    rule.length >= 20 &&
    !scoringWords.test(read) &&
    !/\d\s*分/.test(read) &&
    !/[加扣减得]\s*\d/.test(read)
  ) {
    const ahead = p.ahead();
    if (ahead === undefined || ahead <= level) return { as: where, text: short(rule) };
  }
  // 七、总分按100分计,按50元每分计算考核补助工资。: the total, said in an article that scores nothing.
  const whole = /^(?:考核)?总分(?:按|为|设为?)\s*(\d+(?:\.\d+)?)\s*分/.exec(
    headText(rule).replace(/^[一二三四五六七八九十\d]+[、.．]/, ''),
  );
  if (whole?.[1] && p.points === undefined && !scoringWords.test(read))
    return { as: where, text: short(rule), total: Number(whole[1]) };
  // 1、各单位自查自评。… under 四、考核程序: (or 考核总分为125分。… under 三、考核方式:): steps of the
  // assessment, not articles to score.
  const inner = stack[stack.length - 1];
  if (
    inner?.admin &&
    (level === undefined || level > inner.level) &&
    p.points === undefined &&
    p.namesEmpty &&
    !scoringWords.test(read) &&
    rule !== ''
  )
    return { as: where, text: short(rule), ...total };
  // 考核采用百分制,80分(不含)以下为不合格,…90分(含)以上为优秀。 numbered nowhere, taking nothing off: the total
  // and the grades, said once; named, not read.
  if (
    SCALE_OF_100.test(read) &&
    !/[扣加减得计]\s*\d/.test(read) &&
    (p.points === undefined || /总分\s*\d/.test(read)) &&
    p.namesEmpty &&
    // (第一条 各系会考核实行“百分制”,…总分100分,在此基础上加减分。: the first article says it, before any that score.)
    (cellText(p.no) === '' || (p.rowsSoFar === 0 && /^第[一二三四五六七八九十\d]+条$/.test(headText(p.no))))
  )
    return { as: where, text: rule, total: 100 };
  // 考核实行百分制,分为六项内容: a sentence leading into the list, no item; 百分制 is the total.
  if (leadIn(rule) && p.points === undefined && p.namesEmpty && cellText(p.no) === '')
    return { as: 'skip', ...(/百分制/.test(read) ? { total: 100 } : {}) };
  // 根据…,结合我镇实际,…计分90分以上为禁毒先进单位 before any heading or item, numbered nowhere and with
  // no points: what the table is and how it grades, kept as its preamble, not an item.
  if (
    bare &&
    p.rowsSoFar === 0 &&
    stack.every((h) => h.cap === undefined) &&
    p.points === undefined &&
    rule.length >= 20 &&
    !/[扣加减得]\s*\d/.test(read)
  )
    return { as: 'preamble', text: rule };
  // 考核内容各乡镇、各部门政务公开制度建设情况、… under 二、考核内容及评分标准(108分) and over (一)…: words
  // numbered nowhere and scoring nothing that lead into numbered rows below their heading (or stand under
  // a heading with no points: 一、考核对象 over 乡镇人民政府、…的单位。) say what is assessed; named, not read.
  // (各街道办事处 under 一、考核对象, however short; 主要考核…三个方面,总分设置4分: the total, said once.)
  const whom = /对象|范围/.test(headText(stack[stack.length - 1]?.text ?? ''));
  const pointsWords = rule.replace(/總分|总分/g, '').match(/\d+(?:\.\d+)?\s*分/g)?.length ?? 0;
  if (
    bare &&
    (rule.length >= 20 || (whom && rule.length >= 2)) &&
    !scoringWords.test(read) &&
    (p.points === undefined || totalSaid !== null) &&
    pointsWords === (totalSaid ? 1 : 0) &&
    (stack.length > 0 || p.rowsSoFar > 0)
  ) {
    const ahead = p.ahead();
    const intro = inner !== undefined && ahead !== undefined && ahead !== 9 && ahead > inner.level;
    if (intro || (inner !== undefined && inner.cap === undefined && !inner.gather))
      return { as: where, text: short(rule), ...total };
    return { as: 'read', ...total };
  }
  // 其中捐款总额20分,党员干部捐款率20分,… under (一)基本分100分, numbered nowhere: how the heading's points break down
  // into the parts numbered below it — said again there, each with its rule; named, not read.
  const ahead = bare && /^其中/.test(read) && pointsWords >= 2 ? p.ahead() : undefined;
  if (ahead !== undefined && ahead !== 9 && inner !== undefined && ahead > inner.level && inner.cap !== undefined)
    return { as: where, text: short(rule) };
  // 建设标准:最大限度提高…骨灰深埋… after an item's articles, numbered nowhere and scoring nothing: a
  // standard the articles refer to, not one of them; named, not read.
  if (
    p.rowsSoFar > 0 &&
    numberingLevel(rule) === undefined &&
    (p.no === '' || !p.noStarts) &&
    p.namesQuiet &&
    p.byClass === 0 &&
    p.points === undefined &&
    /^[^,，。;；:：]{2,8}[:：]/.test(read) &&
    // (否决项:… is a veto, read as one.)
    !/^(?:否决项|一票否决)/.test(rule.trim()) &&
    !scoringWords.test(read)
  )
    return { as: 'unread', text: short(rule) };
  return undefined;
}

/**
 * 满分100分每项2分 / 每项均为2分 (above the header, or alone on the first row): the points of each item that has none of
 * its own, and the total where it is said. Undefined for anything else.
 */
export function eachSaid(text: string): { readonly each: number; readonly total?: number } | undefined {
  const m =
    /^(?:(?:满分|总分)(\d+(?:\.\d+)?)分[,，;；。]?)?每(?:项|条|题|小项)(?:均为|均|为)?(\d+(?:\.\d+)?)分[。.]?$/.exec(
      headText(text),
    );
  if (!m?.[2]) return undefined;
  return { each: Number(m[2]), ...(m[1] ? { total: Number(m[1]) } : {}) };
}

import { cellText } from './heads';
import { parseNumber } from './numerals';
import type { ClassPoints } from './phrases';

/**
 * What a name cell says besides the name: its numbering (一、 / (一) / 1. / 1.1.1 / (1)、), its points
 * ("(20分)", "（20）", "…考核评分45分", "(乡镇10分、农场15分)", "(该项农场不考核)(10分)"), and the points
 * of a points cell ("10", "10分", "+3", "-10"). Pure.
 */

/** "10" / "10分" / "+10" / "-10" / "10.0" → points and whether they are a bonus or penalty. */
export function readPoints(raw: string): { points?: number; sign?: '+' | '-' } {
  // (最高10分 / 不超过5分 in a bonus block's points cell: the most it adds.)
  const t = cellText(raw)
    .replace(/^(?:最高|最多|不超过|上限)(?=\d)/, '')
    // (*4 / ※2: a mark before the figure, a point a note speaks of.)
    .replace(/^[*＊※](?=\d)/, '')
    // ((5分) / （5）: the points in brackets, the cell's only words.)
    .replace(/^[（(]\s*(\d+(?:\.\d+)?\s*分?)\s*[)）]$/, '$1')
    // 20分(达不到酌情扣分): the points, then how they are given (read with the rule, see rows.ts).
    .replace(/(?<=\d分)[（(][^()（）\d]+[)）]$/, '')
    .replace(/[（(]?分[)）]?$/, '')
    // (1.0’ / 0.5′: a prime after the figure, as some shops write 分.)
    .replace(/(?<=\d)[’′']$/, '')
    .replace(/^[＋]/, '+')
    .replace(/^[－—]/, '-');
  const m = /^([+-])?(.+)$/.exec(t);
  const n = parseNumber(m?.[2] ?? '');
  if (n === undefined) return {};
  return { points: n, ...(m?.[1] === '+' || m?.[1] === '-' ? { sign: m[1] } : {}) };
}

/** "3" / "3." / "1.2" → the number; anything else → undefined. */
export function numberOf(raw: string): string | undefined {
  return /^\s*[（(]?(\d{1,3}(?:\.\d{1,3})*)[)）]?\s*[、.．]?\s*$/.exec(raw)?.[1];
}

/**
 * Numbering as scans and converters garble it: l、 / J for 1、 (alone in a 编号 cell), %1 for ①.
 */
function scanned(t: string): string {
  if (/^[lIJ|](?:[、.．]|$)/.test(t)) return `1${t.slice(1) || '、'}`;
  const circled = /^%([1-9])$/.exec(t)?.[1];
  return circled ? ('①②③④⑤⑥⑦⑧⑨'[Number(circled) - 1] ?? t) : t;
}

/** Depth of a numbering: Ⅰ、 0; 一、 1; (一) 2; 1、/1. 3; (1) 4; 1.1 / 1-1 5; ① 6. */
export function numberingLevel(raw: string): number | undefined {
  const t = scanned(cellText(raw));
  // Ⅰ、消毒供应中心管理 over 一、建筑要求: Roman numerals, a part above the chapters.
  if (/^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][、.．]/.test(t)) return 0;
  // 第一条 / 第二章 / 第三部分: articles and chapters, the outermost numbering.
  // (壹、 / (壹): the financial forms of the numerals, written by some copies.)
  if (
    /^[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+[、.．]/.test(t) ||
    /^第[一二三四五六七八九十百\d]+(?:条|章|部分)/.test(t)
  )
    return 1;
  if (/^[（(][一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+[)）]/.test(t)) return 2;
  // (1-1 / 1-2 under 1: the same as 1.1, a hyphen for the dot.)
  if (/^\d{1,2}\.\d{1,2}/.test(t) || /^\d{1,2}-\d{1,2}(?!\d)/.test(t)) return 5;
  if (/^\d{1,2}(?:[、.．]|$)/.test(t)) return 3;
  // (1) / 1): the same depth, the opening bracket left out.
  if (/^[（(]\d{1,2}[)）]/.test(t) || /^\d{1,2}[)）]/.test(t)) return 4;
  if (/^[①②③④⑤⑥⑦⑧⑨⑩]/.test(t)) return 6;
  return undefined;
}

/** Unit kinds a name may give points for: (乡镇10分、农场15分). */
const KIND = '乡镇|街道|农场|社区|村|县级部门|一类|二类|三类';

/**
 * (乡镇10分、农场15分) / (乡镇5分,农场10) / (该项农场不考核)(10分): points by kind of unit, the first kind
 * the default; a kind 不考核 scores 0 on it.
 */
function classPoints(name: string): { cap: ClassPoints; classes: string[]; rest: string } | undefined {
  const by = new RegExp(`[（(]((?:(?:${KIND})\\s*\\d+(?:\\.\\d+)?分?[、,，;；\\s]*){2,})[)）]`).exec(name);
  const off = new RegExp(`[（(](?:该项|本项)?(${KIND})不考核[)）]`).exec(name);
  if (by) {
    const pairs = [...(by[1] ?? '').matchAll(new RegExp(`(${KIND})\\s*(\\d+(?:\\.\\d+)?)`, 'g'))];
    const [head, ...others] = pairs;
    if (!head) return undefined;
    const cap: ClassPoints = { default: Number(head[2]) };
    for (const p of others) cap[p[1] ?? ''] = Number(p[2]);
    return { cap, classes: pairs.map((p) => p[1] ?? ''), rest: name.replace(by[0], '') };
  }
  const plain = /[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*[。.]?\s*$/.exec(name);
  if (off && plain) {
    const kind = off[1] ?? '';
    return {
      cap: { default: Number(plain[1]), [kind]: 0 },
      classes: ['', kind],
      rest: name.replace(off[0], '').replace(plain[0], ''),
    };
  }
  return undefined;
}

export interface NameParts {
  readonly name: string;
  readonly cap?: ClassPoints;
  readonly number?: string;
  /** The kinds of unit its points are given for, the default first ('' where the name does not say). */
  readonly classes?: readonly string[];
}

/** 科普展示空间(10分) → 10: the points a name says it is worth, where they are one figure (not points by class). */
export function namedPoints(raw: string): number | undefined {
  const cap = splitName(raw).cap;
  return typeof cap === 'number' ? cap : undefined;
}

/** 责任落实(30分) → name 责任落实, cap 30; 1.工作队是否到位(5分) → number 1; …考核评分45分 → cap 45. */
export function splitName(raw: string): NameParts {
  // (一机构能力建设︵15分︶: brackets set upright for a narrow cell.)
  let name = raw.replace(/\s+/g, ' ').replace(/︵/g, '（').replace(/︶/g, '）').trim();
  let cap: ClassPoints | undefined;
  let classes: string[] | undefined;
  const byClass = classPoints(name);
  if (byClass) {
    ({ cap, classes } = byClass);
    name = byClass.rest.trim();
  } else {
    // (20分) / （20） / 床 面(20): / (共60分,扣完为止) / (标准分5分) at the end, or 45分 after the words (农村村庄环境卫生考核评分45分,
    // 完成计划任务得25分。).
    const capM =
      // ((0-10分): a range from nothing, its top the points.)
      /[（(]\s*(?:共|计|小计|小計|分值|总分值?|满分|(?:基础分|基本分|起评分|基准分|标准分)为?|0\s*[-—–～~至到]\s*)?\s*(\d+(?:\.\d+)?)\s*分?\s*(?:[,，;；][^()（）]*)?[)）]\s*[。.:：]?\s*$/.exec(
        name,
      ) ??
      // 落实经费和人员、支持工作 (48)分
      /[（(]\s*(\d+(?:\.\d+)?)\s*[)）]\s*分\s*$/.exec(name) ??
      // 信息报告（23分+10分）: the points, then the reward beside them.
      /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*\+\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/.exec(name) ??
      // 完成计划任务得25分。: the points the name says it earns.
      // (Not 违者发现一次扣1分。: points taken off are no name's.)
      // (晨间活动5分: — the colon that leads into the rule.)
      // (质量信誉反馈指标200 分: a space before 分.)
      /(?<=[\u4e00-\u9fff])(?<![扣加减罚每])\s*(?:得|计)?(\d+(?:\.\d+)?)\s?分[。.:：、,，]?$/.exec(name) ??
      // 社区文化活动中心建设:5分 / 创建工作:50分 — the points after a colon.
      /(?<=[\u4e00-\u9fff])\s*[:：]\s*(\d+(?:\.\d+)?)\s*分\s*$/.exec(name) ??
      // 内部审计工作保障情况。20分
      /(?<=[\u4e00-\u9fff][。.，,])\s*(\d+(?:\.\d+)?)分[。.]?$/.exec(name) ??
      // 理论武装10分) / b10完成率(20: a bracket the copy lost, before or after the points (一、19分): the name lost too).
      /(?<=[\u4e00-\u9fff]|^[一二三四五六七八九十]+[、.．])\s*(\d+(?:\.\d+)?)分\s*[)）]$/.exec(name) ??
      // (晨间接待(2分: — the bracket left open before the colon.)
      /(?<=[\u4e00-\u9fff])\s*[（(]\s*(\d{1,3}(?:\.\d+)?)\s*(?:分\s*[:：]?)?\s*$/.exec(name) ??
      // (10分 alone in a 项目 cell merged down its rows: the points of a part the copy left unnamed.)
      /^\s*(\d{1,3}(?:\.\d+)?)\s*分\s*$/.exec(name);
    // (㈠项目监理管理资料三十分: the points in words after the name — not 十分 alone, which is "very".)
    const worded = capM
      ? undefined
      : /(?<=[\u4e00-\u9fff])(?<![扣加减罚每得计满])([一二三四五六七八九十百]{2,4}|[一二三四五六七八九])分$/.exec(name);
    // (原始记录准确、完整（1.5分），规范签发处理报告书（1.5分）: points after each part, the last a part's, no whole's.)
    const parted = capM !== null && /[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*[，,;；、]/.test(name.slice(0, capM.index));
    if (capM && !parted && (/分/.test(capM[0]) || /^[（(]\s*\d/.test(capM[0]))) {
      cap = Number(capM[1]);
      name = name.slice(0, capM.index).trim();
    } else if (worded?.[1] && parseNumber(worded[1]) !== undefined) {
      cap = parseNumber(worded[1]);
      name = name.slice(0, worded.index).trim();
    }
  }
  // 1、 / (1) / 1.2 / 1.1.1 / 一、 / （一） / (1)、: the numbering before a name (not 7岁以下儿童…: an age).
  const numM =
    /^(?:[（(](\d{1,2})[)）][、.．]?|(\d{1,2}(?:\.\d{1,2}){0,2})(?:[、.．]|(?![A-Za-z]))(?![\d年月日个個项項次户戶名万萬元%天分臺台张張套岁歲周例])(?!人(?![员事口才大民居]))|([一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+)[、.．]|[（(]([一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+)[)）]|([㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]))\s*/.exec(
      name,
    );
  let number: string | undefined;
  // (1.1.2年收治病人数: a code of three levels numbers the name whatever follows it — 年 here is no date.)
  const code3 = /^(\d{1,2}(?:\.\d{1,2}){2,3})\s*(?=[\u4e00-\u9fff])/.exec(name);
  if (code3?.[1]) {
    number = code3[1];
    name = name.slice(code3[0].length).trim();
  } else if (numM && numM[0].length < name.length) {
    // (㈠ … ㈩: one character for (一) … (十).)
    const boxed = numM[5] === undefined ? undefined : String('㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'.indexOf(numM[5]) + 1);
    number = numM[1] ?? numM[2] ?? boxed ?? String(parseNumber(numM[3] ?? numM[4] ?? '') ?? '');
    name = name.slice(numM[0].length).trim();
  } else {
    // A1组织机构 / B2校园语言: a letter and a figure coding the name.
    const code = /^([A-Z]\d{1,2})\s*(?=[\u4e00-\u9fff])/.exec(name);
    if (code?.[1]) {
      number = code[1];
      name = name.slice(code[0].length);
    }
  }
  return {
    name: name.replace(/\s+/g, '').replace(/[。.]$/, ''),
    ...(cap === undefined ? {} : { cap }),
    ...(number ? { number } : {}),
    ...(classes ? { classes } : {}),
  };
}

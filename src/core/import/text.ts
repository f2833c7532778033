import { LOST_FIGURE, NUM, parseNumber } from './numerals';
import { PINYIN, readingChar } from './variants';

/**
 * Normalising rule text for reading, while keeping the way back to the verbatim words: every
 * character of the normal form knows where it came from, so a clause is always quoted as written.
 */

export interface Normal {
  /** Half-width punctuation and digits, no spaces; newlines kept (they separate numbered parts). */
  readonly text: string;
  /** map[i]: index in the raw text of normal character i; map[text.length] = raw.length. */
  readonly map: readonly number[];
  readonly raw: string;
}

const punct: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '【': '(',
  '】': ')',
  '〔': '(',
  '〕': ')',
  '，': ',',
  '；': ';',
  '：': ':',
  '％': '%',
  '．': '.',
  '－': '-',
  '—': '-',
  '–': '-',
  '～': '-',
  '~': '-',
  '〜': '-',
  '＋': '+',
  '＝': '=',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '╳': 'x',
  '\r': '',
};

/**
 * Whether a space between what is read so far and what follows stands for a comma: between a figure and a sign before
 * another (…见附表2 ≥90分), or after the points of one band and before the next (…得满分 满意率≥80%，得2分). Elsewhere a
 * space is nothing.
 */
const parts = (before: string, after: string): boolean =>
  (/\d$/.test(before) && /^\s*[≥≧≤≦<>＜＞]/.test(after)) ||
  (/分$/.test(before) && /^\s*[\u4e00-\u9fff\d]/.test(after) && !/^\s*分/.test(after));

/** A quote cut to n characters, an ellipsis where it was cut. */
export const clip = (t: string, n: number): string => (t.length > n ? `${t.slice(0, n)}…` : t);

export function normalize(raw: string): Normal {
  let text = '';
  const map: number[] = [];
  // (…每个活动按1分计 3. 活动开展前…: a space before the next numbered part parts them, as a comma would.)
  const read = lostPunctuation(raw).replace(
    /(?<=[\u4e00-\u9fff)）])\s(?=\s*\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff])/g,
    ',',
  );
  for (let i = 0; i < read.length; i++) {
    const ch = read[i] ?? '';
    let out: string;
    if (ch === '\n') out = '\n';
    else if (/\s/.test(ch)) out = parts(text, read.slice(i)) ? ',' : '';
    else if (/[０-９]/.test(ch)) out = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    else out = punct[ch] ?? readingChar(read, i);
    if (out === '') continue;
    text += out;
    map.push(i);
  }
  map.push(raw.length);
  return slips(
    terseLevels(gradeColons(gradePoints(levelPoints(letterGrades(percentWords(pinyin({ text, map, raw }))))))),
  );
}

/**
 * 1 设立城管办 … 1 分 2 建立数字城管二级平台 … 1 分: a cell whose punctuation a copy turned into spaces (none
 * left, many spaces). The spaces that part the numbered parts are read as the marks they stood for, and 0 2 as
 * 0.2 — each one character for one, so the words quoted stay as written.
 */
export function lostPunctuation(raw: string): string {
  if (/[，。；、：,;:.．（）()]/.test(raw) || (raw.match(/ /g) ?? []).length < 6) return raw;
  return (
    raw
      .replace(/^(\d{1,2}) (?=[\u4e00-\u9fff])/, '$1、')
      .replace(/(?<=[\u4e00-\u9fff]) (?=\d{1,2} (?![分个次处项人名天件篇户元万起宗])[\u4e00-\u9fff])/g, '；')
      .replace(/(?<=[；]\d{1,2}) (?=[\u4e00-\u9fff])/g, '、')
      // 每处扣 0 2 分: a number that starts 0 and goes on after the space had its point there.
      .replace(/(?<=(?:^|\D)0) (?=\d)/g, '.')
  );
}

/**
 * Rewrites matches of `re` in the normal text, keeping the map back to the raw words: every
 * character written for a match points at where the match began.
 */
/**
 * (whole: every character written points at where the match began, but the last at its end — a phrase said again as
 * two (每增(减)… as 每减…,每增…) is quoted whole by the clause its second half starts.)
 */
function rewrite(n: Normal, re: RegExp, to: (m: RegExpExecArray) => string | undefined, whole = false): Normal {
  let text = '';
  const map: number[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(n.text); m; m = re.exec(n.text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const out = to(m);
    if (out === undefined) continue;
    text += n.text.slice(last, m.index);
    map.push(...n.map.slice(last, m.index));
    text += out;
    for (let i = 0; i < out.length; i++) {
      const at = whole ? (i === out.length - 1 ? m[0].length - 1 : 0) : Math.min(i, m[0].length - 1);
      map.push(n.map[m.index + at] ?? 0);
    }
    last = m.index + m[0].length;
  }
  if (last === 0) return n;
  text += n.text.slice(last);
  map.push(...n.map.slice(last));
  return { text, map, raw: n.raw };
}

/** 執(zhí)行 → 執行: pinyin a site put after characters (三元區(qū)) is not part of the words. */
const pinyin = (n: Normal): Normal => rewrite(n, new RegExp(PINYIN, 'g'), () => '');

/** 百分之九十五 → 95%. */
const percentWords = (n: Normal): Normal =>
  rewrite(n, /百分之([零〇一二两三四五六七八九十百点]+)/g, (m) => {
    const value = parseNumber(m[1] ?? '');
    return value === undefined ? undefined : `${value}%`;
  });

/**
 * A 无治安事件发生,达标15分 B 偶有治安事件发生…13分 C …8分 D …0分: grades lettered in order, each closing on its
 * points — one ladder, said as the ladder reading knows it (A:…得15分;B:…得13分;…).
 */
const LETTER_STEP = (l: string): string =>
  `${l}[:：、.]?([^A-Za-z]*?)(\\d+(?:\\.\\d+)?(?:[-—~～至]\\d+(?:\\.\\d+)?)?)分[,;。]?`;
const LETTER_LADDER = new RegExp(
  `(?<![A-Za-z])${LETTER_STEP('A')}${LETTER_STEP('B')}(?:${LETTER_STEP('C')})?(?:${LETTER_STEP('D')})?(?![A-Za-z])`,
  'g',
);
/**
 * A. 有相关工作记录 0.1分B. 未能提供相关工作记录 0: the last grade's figure closing the cell, 分 left off (or the copy cut
 * there) after the grades before it said theirs, is points as theirs are.
 */
const LETTER_BARE_LAST = /(?<=(?<![A-Za-z])[B-D][:：、.]?[^A-Za-z\d]*[\u4e00-\u9fff])(\d+(?:\.\d+)?)$/g;
const FIRST_GRADE_POINTS = /(?<![A-Za-z])A[:：、.]?[^A-Za-z]*?\d分/;
const bareLastGrade = (n: Normal): Normal =>
  FIRST_GRADE_POINTS.test(n.text) ? rewrite(n, LETTER_BARE_LAST, (m) => `${m[1] ?? ''}分`) : n;
/** Whether words (spaces and all) close on such a last grade's bare figure: whole, not cut. */
export const endsOnBareGrade = (t: string): boolean => {
  const s = t.replace(/\s+/g, '');
  return FIRST_GRADE_POINTS.test(s) && new RegExp(LETTER_BARE_LAST.source).test(s);
};
const letterGrades = (n0: Normal): Normal => {
  const n = bareLastGrade(n0);
  return rewrite(n, LETTER_LADDER, (m) => {
    const steps = ['A', 'B', 'C', 'D']
      .map((l, i) => ({ l, words: m[1 + i * 2], points: m[2 + i * 2] }))
      .filter((x) => x.points !== undefined);
    const words = steps.map((x) => (x.words ?? '').replace(/[,，]?(?:得|计|记)?$/, ''));
    if (words.some((w) => !/[\u4e00-\u9fff]{2}/.test(w))) return undefined;
    return steps.map((x, i) => `${x.l}:${words[i] ?? ''},得${x.points ?? ''}分`).join(';');
  });
};

/**
 * …在市级、省级、国家级杂志上发表或会议上交流。(1、3、5分) / 获得市、省、国家表彰。(1、3、5分): levels named in a list and their points in one
 * bracket after, as many of each — one ladder, said as the ladder reading knows it (…:市级得1分;省级得3分;国家级得5分).
 */
const LEVEL = '(?:区|县|市|省|国家|全国|乡镇?)级?';
const LEVEL_POINTS = new RegExp(
  `(${LEVEL}(?:[、,和及与]${LEVEL}){1,4})([^()（）;。]{0,30}?)[。.]?[(（](\\d+(?:\\.\\d+)?(?:[、,]\\d+(?:\\.\\d+)?){1,4})分[)）]`,
  'g',
);
const levelPoints = (n: Normal): Normal =>
  rewrite(n, LEVEL_POINTS, (m) => {
    const levels = (m[1] ?? '').split(/[、,和及与]/);
    const points = (m[3] ?? '').split(/[、,]/);
    if (levels.length !== points.length) return undefined;
    return `${m[1] ?? ''}${m[2] ?? ''}:${levels.map((l, i) => `${l}得${points[i] ?? ''}分`).join(';')}`;
  });

/**
 * 按优良中差分别记5、4、3、1分 / 年终按优、良、中、差分别计5、4、3、1分: grades named in a row and their points after
 * 分别, as many of each — one ladder, said as the ladder reading knows it (优得5分;良得4分;中得3分;差得1分).
 */
const GRADE = '(?:优秀|优|良好|良|中等|中|一般|较好|好|基本合格|合格|较差|差|不合格)';
const GRADE_POINTS = new RegExp(
  `(?:按照?)?(${GRADE}(?:[、,]?${GRADE}){1,4})(?:[二三四五]个?等次?)?[,]?分别(?:记|计|得|给|评|赋)?(\\d+(?:\\.\\d+)?分?(?:[、,]\\d+(?:\\.\\d+)?分?){1,4})分?`,
  'g',
);
const gradePoints = (n: Normal): Normal =>
  rewrite(n, GRADE_POINTS, (m) => {
    const grades = (m[1] ?? '').match(new RegExp(GRADE, 'g')) ?? [];
    const points = (m[2] ?? '').split(/[、,]/).map((p) => p.replace(/分$/, ''));
    if (grades.length !== points.length) return undefined;
    return `:${grades.map((g, i) => `${g}得${points[i] ?? ''}分`).join(';')}`;
  });

/**
 * 好:6分,較好:4分一般:3分,差:2分: grades each with a colon before its points, two or more running — one ladder, said as
 * the ladder reading knows it (好得6分;较好得4分;一般得3分;差得2分).
 */
const GRADE_COLON_STEP = `${GRADE}:(?:\\d+(?:\\.\\d+)?)分`;
const GRADE_COLONS = new RegExp(`(?<![\u4e00-\u9fff])${GRADE_COLON_STEP}(?:[,;]?${GRADE_COLON_STEP}){1,4}`, 'g');
const gradeColons = (n: Normal): Normal =>
  rewrite(n, GRADE_COLONS, (m) =>
    [...m[0].matchAll(new RegExp(`(${GRADE}):(\\d+(?:\\.\\d+)?)分`, 'g'))]
      .map((x) => `${x[1] ?? ''}得${x[2] ?? ''}分`)
      .join(';'),
  );

/**
 * 是4;否0 / 记录全3;记录不全1;无0: a whole cell of short answers each closing on a bare figure, falling to 0 — the
 * points each answer earns, said as the ladder reading knows it (是得4分;否得0分).
 */
const TERSE_STEP = '([\u4e00-\u9fff]{1,8})(\\d+(?:\\.\\d+)?)';
const TERSE = new RegExp(`^${TERSE_STEP}(?:[;,]${TERSE_STEP}){1,4}[;,。]?$`);
const terseLevels = (n: Normal): Normal => {
  if (!TERSE.test(n.text)) return n;
  const steps = [...n.text.matchAll(new RegExp(TERSE_STEP, 'g'))].map((m) => Number(m[2]));
  if (steps[steps.length - 1] !== 0 || steps.some((x, i) => i > 0 && x >= (steps[i - 1] ?? 0))) return n;
  return rewrite(n, new RegExp(TERSE_STEP, 'g'), (m) => `${m[1] ?? ''}得${m[2] ?? ''}分`);
};

/**
 * Slips of the pen a reader corrects without noticing: 的 for 得 before points (完成的的3分,
 * …培训行动的0.4分, 完成的3(二类单位得5分)), and minutes that are not points (10分钟).
 */
function slips(n: Normal): Normal {
  // 每少1个百分点扌II 1分: 扣 as a scan misreads it.
  // (0・5分): a middle dot for the decimal point, as a converted file gives it.
  const dotted = rewrite(n, /(?<=\d)[・·•‧･](?=\d)/g, () => '.');
  // 执行好的给8-10分: points given are points earned.
  // (…年度指标,得基础分5分: the base a part earns is what it earns.)
  const given0 = rewrite(dotted, /给(?=\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?分)|(?<=得)基础分(?=\d+(?:\.\d+)?分)/g, (m) =>
    m[0] === '给' ? '得' : '',
  );
  // 成活率达到90%以上,加3分: a rate reached adds its points once (a threshold), not per time.
  const given = rewrite(given0, /(?<=达到\d+(?:\.\d+)?%以上,?)加(?=\d+(?:\.\d+)?分)/g, () => '得');
  // …建设完成计3分,内容丰富再加2分: a further thing earned, as 得 is.
  const again = rewrite(given, /再加(?=\d+(?:\.\d+)?分)/g, () => '得');
  // 酌情加1至5分 / 扣0.5至3分: a range of points, as 1-5分.
  // 有4分,没有的扣4分: had, it earns its points.
  const had = rewrite(again, /(?<=^|[,;。])有(?=\d+(?:\.\d+)?分(?!钟))/g, () => '有的得');
  const ranged = rewrite(had, /(?<=\d)至(?=\d+(?:\.\d+)?分)/g, () => '-');
  const minutes0 = rewrite(
    // (扣IO分: 10 as a scan reads it.)
    rewrite(
      rewrite(ranged, /扌I{1,2}/g, () => '扣'),
      /(?<=扣)[Il1][Oo0](?=分)/g,
      () => '10',
    ),
    /分钟/g,
    () => 'min',
  );
  // 2分工明确,责任落实,得4分: a number before 分工 (分类, 分解…) numbers the part; it is no points.
  const minutes = rewrite(
    minutes0,
    /(?<=^|[。;\n])(\d{1,2})(?=分(?:工|类|解|配|析|管|片|户|批|级|组|布|项|步))/g,
    (m) => `${m[1] ?? ''}、`,
  );
  // 每缺一种—0.5分 / 缺漏报—1分/次: a dash before the points after the lapse is the minus of 扣.
  // (Not 不合格得-1分: points earned below nothing are no deduction per lapse; left as written, unread.)
  // (一次口0.5分 / 一次口口2分 / 一次口00.5分: 扣 as a bad copy prints it, the figure's 0 doubled with it.)
  const mouthed = rewrite(minutes, /(?<=[次处项个件])口{1,2}0?(?=\d+(?:\.\d+)?分)/g, () => '扣');
  const minus = rewrite(mouthed, /(?<=[\u4e00-\u9fff)、])(?<![得计记])-(?=\d+(?:\.\d+)?分)/g, () => '扣');
  // (健全了领导小组和相应工作机构的+5分;未发文成立领导小组的-2分: the plus before the points of what is done is 得.)
  const plus = rewrite(minus, /(?<=[\u4e00-\u9fff)])(?<!分)\+(?=\d+(?:\.\d+)?分)/g, () => '得');
  // 未达要求不记分: 记 for 计, as offices write it.
  // (卫生许可证未悬挂在大厅…;扣2分。: the lapse, then its cost after a semicolon — one clause, as with a comma.)
  // (角松(1个),扣3分: the one in brackets after the lapse is how it is counted — 角松一个,扣3分.)
  const counted = rewrite(plus, /(?<=[\u4e00-\u9fff])\(1([个处次项件条])\)(?=,?扣\d)/g, (m) => `一${m[1] ?? ''}`);
  // (…活动的,一次5分 / …被采用的,一篇3分: each one done earns it — 每次, not once.)
  const each = rewrite(counted, /(?<=[的,，;；]\s*)一([次篇件条场])(?=\s*\d+(?:\.\d+)?分)/g, (m) => `每${m[1] ?? ''}`);
  const unscored = rewrite(
    rewrite(each, /不记分/g, () => '不计分'),
    /;(?=扣\d+(?:\.\d+)?分[。.]?$)/g,
    () => ',',
  );
  // (…的得20分,每增(减)1个百分点加(减)5分: each step over adds, each step under takes off — said as the two it is.)
  const twoWay = rewrite(
    unscored,
    /每增\(减\)([^,;。加]{1,12}?)加\(减\)(\d+(?:\.\d+)?)分/g,
    (m) => `每减${m[1] ?? ''}扣${m[2] ?? ''}分,每增${m[1] ?? ''}加${m[2] ?? ''}分`,
    true,
  );
  // 每一户不符合扣除0.1分: 扣除 a number is 扣 it.
  // …配合处置的扣除考核分1分 / 发现一次,扣基准分10分: taken from the unit's score is 扣 it.
  const removed = rewrite(
    twoWay,
    new RegExp(`扣除?(?:(?:年度|当年度?)?(?:考核|综合)总?|基准|基础)分(?=${NUM})|扣除(?=${NUM})`, 'g'),
    () => '扣',
  );
  // 每一专业不达标减5分 / 扣减2分: 减 a number of points is 扣 it (not 加减, nor 减少1个百分点).
  const lessened = rewrite(removed, new RegExp(`(?<![加增扣])(?:扣减|减去?)(?=${NUM}分)`, 'g'), () => '扣');
  // 控制率≦100%,计5分 / 安排率≥90%,计5分 (90%以上) / “三公经费”>0,每超过…: the signs said in words.
  const signs: readonly (readonly [RegExp, string])[] = [
    [/(?:≤|≦|<=)\s*(?=\d)/g, '不超过'],
    [/(?<![<>=])[>＞]\s*(?=\d)/g, '超过'],
    [/[<＜]\s*(?=\d)/g, '低于'],
  ];
  // (≥90分得满分 / 管床数≥3张: the unit stays with its figure — 90分以上, 3张以上.)
  const compared = signs.reduce(
    (t, [re, said]) => rewrite(t, re, () => said),
    // (≥50m2 / ≥1万元 / ≥2小时: the unit, however written, stays with it.)
    rewrite(
      lessened,
      /(?:≥|≧|>=)\s*(\d+(?:\.\d+)?(?:%|分|人次|张|人|个|次|项|名|户|万元|元|小时|天|m2|㎡|平方米|米|公里|篇|件|台|本|家)?)/g,
      (m) => `${m[1] ?? ''}以上`,
    ),
  );
  // 以100%为标准。…控制率不超过100%,计5分: the standard said first and again in the rule; once is enough.
  const standard = rewrite(
    compared,
    /以(\d+(?:\.\d+)?%)为(?:标准|基准)[。;,](?=.*?(?:不超过|不低于|达到|超过|低于)\1)/g,
    () => '',
  );
  // （3分，少一次扣1分）: the points, then the rule inside the brackets, read as (3分),少一次扣1分.
  const inside0 = rewrite(
    standard,
    /\((\d+(?:\.\d+)?)分,([^()]*扣[^()]*)\)/g,
    (m) => `(${m[1] ?? ''}分),${m[2] ?? ''}`,
  );
  // 未上报招商信息和年终工作总结(扣5分)。: the amount in brackets closing a lapse is what it costs.
  const inside = rewrite(inside0, /\((扣\d+(?:\.\d+)?分)\)/g, (m) => `,${m[1] ?? ''}`);
  // **级每份2分、省级每份1分、市级0.5分: the last of the list earns per 份 as the others do.
  const carried = rewrite(
    inside,
    /(?<=每([^\d、,;。\n每扣加减得计记]{0,3})\d+(?:\.\d+)?分、)([^、,;。\n\d每扣加减得计记]{1,8}?)(?=\d+(?:\.\d+)?分(?:[。;,\n]|$))/g,
    (m) => `${m[2] ?? ''}每${m[1] ?? ''}`,
  );
  // …并组织实施;1分2.按规定通报考核结果…: the next numbered part run on after the points before it; and
  // 地面不干净扣3分异味大扣3分卫生不及时打扫扣5分: the next lapse run on after the cost of the one before. A stop
  // after the 分 (a match must hold a character to be rewritten: the 分 itself, then the stop).
  const runOn = rewrite(
    carried,
    new RegExp(
      `(?<=\\d)分(?=\\d{1,2}[.、][\\u4e00-\\u9fff])|(?<=扣(?:\\d+(?:\\.\\d+)?|${LOST_FIGURE}))分(?=[\\u4e00-\\u9fff])(?!不封|封顶|扣完|扣满|以|为|的|至|后|起|计|每(?!有)|直|即|止|左右|上下|封)`,
      'g',
    ),
    () => '分;',
  );
  // 缺质量控制医师签名:扣1分 / …有缺陷:每项扣1分: a lapse named, then what it costs after a colon.
  const costed = rewrite(
    runOn,
    new RegExp(`(?<=[\u4e00-\u9fff)]):(?=(?:每[^,;。:\n\\d]{0,3})?扣${NUM})`, 'g'),
    () => ',',
  );
  const listed = demandList(pairedSteps(costed));
  const doubled = rewrite(listed, new RegExp(`的的(?=${NUM})`, 'g'), () => '的得');
  return rewrite(doubled, new RegExp(`(?<=[\u4e00-\u9fff])的(?=${NUM}(?:分|[(,;。\n]|$))`, 'g'), (m) => {
    const phrase =
      doubled.text
        .slice(0, m.index)
        .split(/[,;。:\n(]/)
        .pop() ?? '';
    return new RegExp(`扣|每|(?:加|计|得|占|按)${NUM}`).test(phrase) ? undefined : '的得';
  });
}

/** The verbatim words behind normal characters [from, to). */
export function quote(n: Normal, from: number, to: number): string {
  const a = n.map[from] ?? n.raw.length;
  const b = n.map[to] ?? n.raw.length;
  return n.raw.slice(a, b).trim();
}

/** Paren depth before each character: separators inside brackets do not end a clause. */
export function depths(text: string): number[] {
  const out: number[] = [];
  let d = 0;
  for (const ch of text) {
    if (ch === ')' && d > 0) d--;
    out.push(d);
    if (ch === '(') d++;
  }
  return out;
}

export const isSeparator = (ch: string | undefined): boolean => ch !== undefined && /[,;。:\n!?]/.test(ch);

/** Separator strength: a clause boundary prefers the strongest separator in a gap. */
export function strength(ch: string | undefined): number {
  switch (ch) {
    case '\n':
      return 4;
    case '。':
      return 3;
    case ';':
      return 2;
    case ',':
    case ':':
      return 1;
    default:
      return 0;
  }
}

/**
 * 领导小组1分,组织开展活动1分,计划0.5分、点评1分、总结0.5分: three or more things each with its points, the
 * points straight after the name, read as demands with their points (领导小组,1分;组织开展活动,1分;…).
 */
function demandList(n: Normal): Normal {
  // (文书档案占5分(含重点档案2分),科技档案占3分,…: 占 before the points, a bracket after them, likewise.)
  const item =
    /(?:^|(?<=[,、;:。\n]))([\u4e00-\u9fff“”"]{2,14}?)占?(\d+(?:\.\d+)?)分(\([^()]{0,20}\))?(?:[,、;](?=[\u4e00-\u9fff“”"])|(?=[。;]|$))/g;
  // (每篇2分 is an amount per thing, not a thing: nothing with 每 or a verb in its name.)
  const named = (m: RegExpExecArray): boolean =>
    !/[扣加减得计记各共奖罚值满每为达约]$/.test(m[1] ?? '') && !/每|扣|加|得|奖|罚/.test(m[1] ?? '');
  const found = [...n.text.matchAll(item)].filter(named);
  if (found.length < 3) return n;
  return rewrite(n, item, (m) =>
    named(m) ? `${m[1] ?? ''}${m[3] ?? ''},${m[2] ?? ''}分${/[,、;]$/.test(m[0]) ? ';' : ''}` : undefined,
  );
}

/**
 * …项目超过80%、70%和60%,且运行管护效果良好,分别得6分、4分和2分: rates listed, then 分别 with as many points — each
 * rate with its points, read as steps (超过80%…得6分;70%得4分;60%得2分).
 */
function pairedSteps(n: Normal): Normal {
  const pct = '(\\d+(?:\\.\\d+)?)%(?:以上)?';
  const pts = '(\\d+(?:\\.\\d+)?)分?';
  const re = new RegExp(
    `${pct}((?:[、,和及]\\d+(?:\\.\\d+)?%(?:以上)?)+)([^。;]{0,30}?),?分别(得|计|记)${pts}((?:[、,和及]\\d+(?:\\.\\d+)?分?)+)`,
    'g',
  );
  // (The first figure, then the rest of the list without its marks: 70%以上 → 70, 4分 → 4.)
  const figures = (head: string | undefined, rest: string | undefined): string[] => [
    head ?? '',
    ...(rest ?? '')
      .split(/[、,和及]/)
      .filter(Boolean)
      .map((x) => /\d+(?:\.\d+)?/.exec(x)?.[0] ?? x),
  ];
  return rewrite(n, re, (m) => {
    const rates = figures(m[1], m[2]);
    const points = figures(m[5], m[6]);
    if (rates.length !== points.length) return undefined;
    const verb = m[4] ?? '得';
    const [first, ...rest] = rates;
    return [
      `${first}%${m[3] ?? ''}${verb}${points[0]}分`,
      ...rest.map((x, i) => `${x}%${verb}${points[i + 1]}分`),
    ].join(';');
  });
}

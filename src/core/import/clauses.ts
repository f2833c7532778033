import { BRACKET_POINTS, bandValues } from './phrase-kit';
import { NUM, parseNumber } from './numerals';
import { depths, lostPunctuation, normalize, quote, strength, type Normal } from './text';

/**
 * Splitting an item's 评分细则 into clauses: first at its numbering (1、 2、 / 1. 2. / (1) / ① /
 * 一、), then, where one part still carries several points (计N分 … 计M分), at the strongest
 * separator between them (。 then ； then ，). 得N分 splits only at 。 or ； so that
 * 好的得2分，一般的得1分 stays one clause, and between two 得N分 only at 。 so that
 * "…的得1分；…的得2分" stays one checklist.
 */

export interface Piece {
  /** Verbatim words of the clause. */
  readonly text: string;
  /** Normal form (half-width, no spaces). */
  readonly normal: string;
}

const numbering =
  /(?:^|(?<=[\n。;:]))(?:(\d{1,2})[、.](?!\d)|\((\d{1,2})\)|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫])|([一二三四五六七八九十])、)/g;
const prefix = /^(?:\d{1,2}[、.](?!\d)|\(\d{1,2}\)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫]|[一二三四五六七八九十]、)/;
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫';

// 1、部、网、省颁规程…每缺一种—0.5分2、现场规程齐全… : parts run together with no mark between, in a cell that
// starts with 1、 — a number with 、 after any word is the next part.
const runTogether = /(?:^|(?<=[^\d.]))(?:(\d{1,2})、|\((\d{1,2})\)|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫])|([一二三四五六七八九十])、)/g;

/**
 * 1、设立城管办…1分;2、建立二级平台…1分: a cell's numbered parts in order, each as written (its number left out)
 * and as read, or undefined where the cell is not numbered from its start.
 */
export function numberedParts(raw: string): { text: string; normal: string }[] | undefined {
  // (Quoted as repaired where a copy turned its marks into spaces: 每处扣 0 2 分 is 0.2 in the part too.)
  const n = normalize(lostPunctuation(raw));
  const ms = markers(n.text);
  if (ms.length < 2 || ms[0] !== 0) return undefined;
  return ms.map((at, k) => {
    const end = ms[k + 1] ?? n.text.length;
    const from = at + (prefix.exec(n.text.slice(at))?.[0].length ?? 0);
    return {
      text: quote(n, from, end).replace(/[;；。\s]+$/, ''),
      normal: n.text.slice(from, end).replace(/[;。\n]+$/, ''),
    };
  });
}

function markers(text: string): number[] {
  const strict = markersBy(text, numbering);
  return strict.length === 0 && /^1、/.test(text) ? markersBy(text, runTogether) : strict;
}

function markersBy(text: string, numbering: RegExp): number[] {
  const found: { at: number; n: number }[] = [];
  numbering.lastIndex = 0;
  for (let m = numbering.exec(text); m; m = numbering.exec(text)) {
    const n = (m[1] ?? m[2]) ? Number(m[1] ?? m[2]) : m[3] ? circled.indexOf(m[3]) + 1 : (parseNumber(m[4] ?? '') ?? 0);
    found.push({ at: m.index, n });
  }
  // Keep a run that counts 1, 2, 3 …; a stray "3." inside a sentence is not numbering.
  const out: number[] = [];
  let next = 1;
  for (const f of found) {
    if (f.n === next) {
      out.push(f.at);
      next++;
    }
  }
  return out.length >= 2 ? out : [];
}

// …分别得10、8、6、4分 carries its points too (the first, the most a place earns).
const carrierRe = new RegExp(
  `(?:计|共计?|记)(${NUM})分|得(${NUM})(?:-${NUM})?(?:分|(?=(?:分?、${NUM})+分))|(?<=[。,;)]|^)(${NUM})分[。.]?$`,
  'g',
);

interface Carrier {
  readonly from: number;
  readonly to: number;
  readonly strong: boolean;
}

/** Points a part states for itself: 计N分 / 共N分 / 得N分 / a trailing "N分。". */
function carriers(text: string, dep: readonly number[]): Carrier[] {
  const out: Carrier[] = [];
  carrierRe.lastIndex = 0;
  for (let m = carrierRe.exec(text); m; m = carrierRe.exec(text)) {
    const n = parseNumber(m[1] ?? m[2] ?? m[3] ?? '') ?? 0;
    const phraseStart = Math.max(...[',', ';', '。', '(', '\n'].map((s) => text.lastIndexOf(s, m.index - 1)));
    const before = text.slice(phraseStart + 1, m.index);
    if (n <= 0 || /每/.test(before)) continue;
    if (m[2] !== undefined && (dep[m.index] ?? 0) > 0) continue; // 得 inside brackets: (二类单位得3分)
    out.push({ from: m.index, to: m.index + m[0].length, strong: m[2] !== undefined });
  }
  return out;
}

/**
 * …不早退(10分)。书面提出议案建议批评意见3条(10分),每增减1条增减5分。…(10分),每增加1名加5分。: sentences each
 * with its own points, some with a rule of their own after them — a clause each.
 */
function pricedSentences(text: string, from: number, to: number): [number, number][] {
  const said = text.slice(from, to);
  const sentences = [...said.matchAll(/[^。]+(?:。|$)/g)];
  const priced = (t: string): number => (t.match(new RegExp(BRACKET_POINTS, 'g')) ?? []).length;
  const ruled = new RegExp(`${BRACKET_POINTS}[,，][^。]*每[^。]*[加扣减]`).test(said);
  if (!ruled || sentences.length < 2 || !sentences.every((m) => priced(m[0]) === 1)) return [[from, to]];
  return sentences.map((m) => [from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
}

/**
 * 纳入县级重点工作部署,得1分;党政领导对财政奖补工作有正面批示的,一个加1分,最多加2分: what the row's points are earned
 * for, then a bonus with its own limit — two clauses, the points and what is added beyond them.
 */
function gainThenBonus(text: string, from: number, to: number): [number, number][] {
  const said = text.slice(from, to);
  const m = new RegExp(
    `^[^;。]*?(?<![不未])得${NUM}分[;。](?=[^;。]*加${NUM}分[^;。]*(?:最多|最高)加${NUM}分[;。]?$)`,
  ).exec(said);
  if (!m || /扣|不得分/.test(said)) return [[from, to]];
  const cut = from + m[0].length;
  return [
    [from, cut - 1],
    [cut, to],
  ];
}

/**
 * 每少3个百分点扣1分,每增3个百分点加1分: a cost for each step under, then a gain for each step over (or the other way
 * round) — two clauses, one losing and one adding.
 */
function upAndDown(text: string, from: number, to: number): [number, number][] {
  // (Steps of a rate, or of the same thing both ways (每减1个私营企业扣5分,每增1个私营企业加5分) — not 每少1个扣5分,每增1个
  // 加2分 among deductions from a base: that stays one clause, flagged.)
  const m =
    new RegExp(
      `(?:扣${NUM}分[,;](?=每(?:增加?|多|高出?|超过?|提高|上升)${NUM}个?(?:百分点|%)[^,;。]{0,4}?加${NUM}分)|加${NUM}分[,;](?=每(?:少|低|减少?|下降|降低|差)${NUM}个?(?:百分点|%)[^,;。]{0,4}?扣${NUM}分))`,
    ).exec(text.slice(from, to)) ??
    ((text.slice(from, to).match(/每减/g) ?? []).length === 1
      ? /(?<=每减([^,;。扣]{1,12})扣\d+(?:\.\d+)?分)[,;](?=每增\1加\d+(?:\.\d+)?分)/.exec(text.slice(from, to))
      : null);
  if (!m) return [[from, to]];
  const cut = from + m.index + m[0].length;
  return [
    [from, cut - 1],
    [cut, to],
  ];
}

/** 按5、3、1评分。未按期改选扣2分。: the grades, then a deduction of its own — two clauses. */
function gradesFirst(text: string, from: number, to: number): [number, number][] {
  const m =
    /^(?:根据[^。,，;；]{0,12}[,，])?按\d+(?:\.\d+)?分?(?:[、,，]\d+(?:\.\d+)?分?){1,5}(?:评分|计分|打分|评定|给分)[。;；,，]/.exec(
      text.slice(from, to),
    );
  const cut = m ? from + m[0].length : to;
  return m && text.slice(cut, to).replace(/[\s。;；,，]/g, '') !== ''
    ? [
        [from, cut],
        [cut, to],
      ]
    : [[from, to]];
}

function splitPart(n: Normal, from: number, to: number): [number, number][] {
  const text = n.text.slice(from, to);
  if (bandValues(text)) return [[from, to]];
  const dep = depths(text);
  const limited = ownLimits(text, dep);
  if (limited) return limited.map(([a, b]) => [from + a, from + b]);
  const cs = carriers(text, dep);
  const cuts: number[] = [];
  for (let k = 0; k + 1 < cs.length; k++) {
    const a = cs[k];
    const b = cs[k + 1];
    if (!a || !b) continue;
    // 得N分 parts split at 。 only: "…的得1分；…的得2分" is one checklist; but two measures, each with
    // its own way of scoring (…得3分，每低1个百分点扣0.3分；…得2分，未达到的按比例得分), part at ；.
    const measure = /每(?:低|少|减|降|下降|减少)[^,;。]{0,6}?(?:百分点|%)|按[^,;。]{0,8}?比例/;
    const deduction = new RegExp(`扣${NUM}分?`);
    // …录入率100%的得3分，未达到的不得分；录入信息规范完整的得3分，每发现1件不规范的扣0.2分: a part
    // with a deduction of its own after a 得N分 part.
    // …要求得10分,不达要求不得分;中小学…比例按从高到低排序,分别得10、8、6、4分: a ranking of another
    // measure; but 达到85%得10分;低于85%的…按从高到低排序… is the same measure's lower places.
    const ranked =
      /从高到低|从低到高/.test(text.slice(a.to, b.to + 12)) &&
      !/[,;。](?:低于|未达到?|达不到|不足|其余|其他|否则)/.test(text.slice(a.to, b.from));
    const twoMeasures =
      ranked ||
      (measure.test(text.slice(0, b.from)) && measure.test(text.slice(a.to, cs[k + 2]?.from))) ||
      deduction.test(text.slice(b.from, cs[k + 2]?.from)) ||
      // (…齐全的得3分,少一项扣1分;土地流转合同规范、鉴证手续齐全得3分。: two demands, the first's deduction its own,
      // before the sentence ends and the second begins.)
      (cs.length === 2 && /扣[^;。]*[;。]/.test(text.slice(a.to, b.from)));
    // (…在每月6号前报帐得25分;不按时记10分,每月在10号后报帐不得分。: the same done late earns less — one ladder.)
    if (/^[;,]?(?:不按时|未按时|不及时|未及时|逾期|超时)/.test(text.slice(a.to, b.from))) continue;
    // …完成情况好计4分,一般计3分,差计2分: the grades of one ladder, never parted.
    if (
      /^[,;]?(?:优秀|良好|较好|一般|较差|合格|不合格|中等?|好|差)(?:的|等次|等级)?(?:计|记|得)?$/.test(
        text.slice(a.to, b.from),
      )
    )
      continue;
    const min = a.strong && b.strong ? (twoMeasures ? 2 : 3) : a.strong || b.strong ? 2 : 1;
    let best = 0;
    let at = -1;
    for (let i = a.to; i < b.from; i++) {
      const s = (dep[i] ?? 0) === 0 ? strength(text[i]) : 0;
      if (s >= best && s >= min) {
        best = s;
        at = i;
      }
    }
    if (at >= 0) cuts.push(at + 1);
  }
  const bounds = [0, ...cuts, text.length];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push([from + (bounds[i] ?? 0), from + (bounds[i + 1] ?? 0)]);
  return out;
}

/**
 * 未制定“一河一策”的,少1条扣1分,最高扣4分;未制定年度计划的,每少1条扣1分,最高扣4分: sentences each with a
 * deduction and a most of its own are clauses of their own (each limit its own, not one for both). Undefined
 * where fewer than two sentences so stand, or a sentence between them has no limit.
 */
function ownLimits(text: string, dep: readonly number[]): [number, number][] | undefined {
  const cuts = [...text.matchAll(/[;。]/g)].map((m) => (m.index ?? 0) + 1).filter((at) => (dep[at - 1] ?? 0) === 0);
  const bounds = [0, ...cuts.filter((at) => at < text.length), text.length];
  const spans = bounds.slice(0, -1).map((a, i): [number, number] => [a, bounds[i + 1] ?? text.length]);
  // (What is required, said before them with no points, goes with the first.)
  const said = spans
    // (…10分扣完为止。() — the brackets left for the score written in — say nothing.)
    .filter(([a, b]) => text.slice(a, b).replace(/[;。\s()（）]/g, '') !== '')
    .reduce<[number, number][]>((out, [a, b]) => {
      const prev = out[out.length - 1];
      // (…and the points it earns when met, 准时送达得20分;, with it: no deduction of its own.)
      if (prev && !/扣/.test(text.slice(...prev))) prev[1] = b;
      else out.push([a, b]);
      return out;
    }, []);
  const limit = new RegExp(
    `(?:最高|最多|累计|共)扣${NUM}分?|扣[满完]${NUM}分?为止|(?<![\\d.])\\d+(?:\\.\\d+)?分扣完为止|扣分不超过${NUM}`,
  );
  const own = (a: number, b: number): boolean =>
    limit.test(text.slice(a, b)) && new RegExp(`扣${NUM}分?`).test(text.slice(a, b).replace(limit, ''));
  return said.length >= 2 && said.every(([a, b]) => own(a, b)) ? said : undefined;
}

/**
 * …每次扣5分；发生重大及以上生产安全事故的，实行一票否决: the veto is a clause of its own, so the
 * points before it are read too.
 */
function splitVeto(text: string, from: number, to: number): [number, number][] {
  const part = text.slice(from, to);
  const at = part.indexOf('一票否决');
  if (at < 0) return [[from, to]];
  const dep = depths(part);
  let cut = -1;
  for (let i = at - 1; i >= 0; i--) {
    if ((dep[i] ?? 0) === 0 && /[;。\n]/.test(part[i] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  const before = cut > 0 ? part.slice(0, cut) : '';
  if (!new RegExp(`(?:扣|得|加|计)${NUM}|${NUM}分`).test(before)) return [[from, to]];
  // …截留、挪用的，本项不得分，并实行一票否决: the sentence voids the points before it too; it stays with them.
  if (/不得分|不计分|得0分|计0分/.test(part.slice(cut))) return [[from, to]];
  return [
    [from, from + cut],
    [from + cut, to],
  ];
}

/**
 * 1、工作机制健全,运行良好,得10分;2、工作机制不健全,运行一般,得6分;3、工作机制未建立,运行差,得0分: numbered
 * parts each closing on what it earns, falling to nothing — the grades of one ladder, not parts that add up.
 */
function oneLadder(text: string, parts: [number, number][]): [number, number][] {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (parts.length < 3 || !first || !last) return parts;
  const earned = parts.map(([a, b]) => {
    const t = text.slice(a, b).replace(/[\s,;。.]+$/, '');
    // (…未全部落实,本项指标不得分: the whole item voided, no rung of the ladder.)
    if (/(?:本|该|此)项(?:指标|分值)?不得分$/.test(t)) return undefined;
    if (/不得分$/.test(t)) return 0;
    const m = new RegExp(`得(${NUM})分$`).exec(t);
    return m?.[1] === undefined ? undefined : Number(m[1]);
  });
  const falling = earned.every((e, i) => e !== undefined && (i === 0 || e < (earned[i - 1] ?? 0)));
  return falling && earned[earned.length - 1] === 0 ? [[first[0], last[1]]] : parts;
}

/** The clauses of one item's rule text, verbatim and normalised. */
export function splitClauses(raw: string): Piece[] {
  const n = normalize(raw);
  const ms = markers(n.text);
  const parts: [number, number][] = [];
  if (ms.length === 0) parts.push([0, n.text.length]);
  else {
    const bounds = [...ms, n.text.length];
    // Words before the first number belong to the first part.
    bounds[0] = 0;
    for (let i = 0; i + 1 < bounds.length; i++) parts.push([bounds[i] ?? 0, bounds[i + 1] ?? 0]);
  }
  return oneLadder(n.text, parts)
    .flatMap(([a, b]) => gradesFirst(n.text, a, b))
    .flatMap(([a, b]) => pricedSentences(n.text, a, b))
    .flatMap(([a, b]) => upAndDown(n.text, a, b))
    .flatMap(([a, b]) => gainThenBonus(n.text, a, b))
    .flatMap(([a, b]) => splitPart(n, a, b))
    .flatMap(([a, b]) => splitVeto(n.text, a, b))
    .map(([a, b]) => ({
      text: quote(n, a, b),
      normal: n.text
        .slice(a, b)
        .replace(/^\n+|\n+$/g, '')
        .replace(prefix, ''),
    }))
    .filter((p) => p.normal.replace(/[\s,;。.]/g, '') !== '');
}

import { NUM, parseNumber } from './numerals';
import type { ClassPoints, Fact } from './phrases';

/**
 * What the phrases of the lexicon (lexicon-*.ts) are made of: number, unit and condition patterns, and
 * the labels they take from the words around them. Pure.
 */

export const N = `(${NUM})`;
// 期 as in 每少一期, not 逾期/到期/按期.
export const UNIT =
  '(人次|户次|批次|件次|课时|学时|公里|个|人|户|例|次|处|名|项|篇|题|条|家|件|起|所|村|天|(?<![逾到延过定按学周])期|批|块|份|座|台|辆|宗|册|亩|节|室|门|株|棵|张|套|间|吨|场|堂|种|盏|基(?![础本准层金地数])|火(?![灾情警险源])|单(?![位项元据独])|(?<![单岗到部职方座学地品爵])位|(?<![道线公马思铁网门出水套])路)';
export const MONEY = '(万元|亿元|元|万)';
export const FEN = '分?';
/** A condition before a scoring verb: no separators, no brackets. */
export const COND = '([^,;。:()\\n①②③④⑤⑥⑦⑧⑨⑩]{1,30}?)';
export const num = (s: string | undefined): number => parseNumber(s ?? '') ?? Number.NaN;
export const money = (u: string | undefined): string => (u === '万' ? '万元' : (u ?? '万元'));
export const clean = (s: string | undefined): string =>
  (s ?? '')
    .replace(/^[,;。:、.\s]+/, '')
    // 每少/每发现… is the verb's; 每年/每个贫困户 belongs to the requirement.
    .replace(/^(?:每(?=少|缺|发现|出现|有|减|超|多|差)|且|并|或|则|对|其中|如|若)+/, '')
    .replace(/(?:的|者|,)+$/, '')
    // (…常务理事会(2分,每项1分): the points said before 每, no part of the thing counted.)
    .replace(/[（(]\s*\d+(?:\.\d+)?\s*分$/, '')
    .trim();

/**
 * The whole requirement before a scoring verb, for a label: back to the last separator or the last
 * points (…的得1分每个贫困户均有…), across words other phrases read (就诊率达到90%).
 */
export function wholeLabel(m: RegExpExecArray, cond: string | undefined): string {
  const end = m.index + (cond ?? '').length;
  const before = m.input.slice(0, end);
  let depth = 0;
  let start = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const ch = before[i] ?? '';
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) {
        start = i + 1;
        break;
      }
      depth--;
    } else if (depth === 0 && /[,;。:\n]/.test(ch)) {
      start = i + 1;
      break;
    }
  }
  const phrase = before.slice(start).replace(new RegExp(`^.*(?:得|计|扣|加)?${NUM}分`), '');
  const label = clean(phrase);
  // …实施办法的，得2分: nothing between the comma and 得; the condition is the phrase before it.
  if (label === '') return clean(phraseBefore(m.input, start)) || clean(cond);
  return label.length >= clean(cond).length ? label : clean(cond);
}
/** 二类单位得3分 → { default: a, 二类: b } */
export const byClass = (a: number, cls: string | undefined, b: string | undefined): ClassPoints =>
  cls && b !== undefined ? { default: a, [cls]: num(b) } : a;
export const CLS = `(?:\\((一类|二类|三类)(?:单位|乡镇|村|街道|社区)?(?:得|计)?${N}分?\\))?`;

/**
 * What makes a clause score nothing (…的本项不得分). 一经查实本项 says only that it was found: the
 * condition is the phrase before it (对企业乱收费、乱罚款的，一经查实本项不得分).
 */
export function zeroLabel(m: RegExpExecArray): string {
  const trim = (s: string): string =>
    clean(s)
      .replace(/^一经(?:查实|发现|核实|查证)/, '')
      .replace(/(?:的)?(?:本项|该项|此项|本条|全项)(?:指标|内容|分值)?(?:即|则|均)?$/, '')
      .replace(/的$/, '');
  const own = trim(m[1] ?? '');
  if (own !== '' || !/一经|本项|该项|此项|本条|全项/.test(m[1] ?? '')) return own;
  return trim(phraseBefore(m.input, m.index)) || own;
}

/** The phrase before position `at`, when only a comma stands between them (…的，每次扣5分). */
export function phraseBefore(input: string, at: number): string {
  const before = input.slice(0, at);
  if (!before.endsWith(',')) return '';
  return (
    before
      .slice(0, -1)
      .split(/[,;。:\n]/)
      .pop() ?? ''
  );
}

/**
 * The parts of an 各得/分别得 list: split at 、 (and the last part's 和/及/与 is kept whole; the
 * reading splits it when the points say so). A part that states its own points keeps them
 * (完善最低生活保障制度1分、健全…的各得2分).
 */
export function eachFact(list: string, each: boolean, numbers: string, verb: '得' | '加' | '计'): Fact | undefined {
  // (1、项目部…被评为业主单位、集团…: the number of the part is no item of the list.)
  const text = list.replace(/^[,;。:、\s]+/, '').replace(/^\d{1,2}、(?=[\u4e00-\u9fff])/, '');
  const parts = text.split('、').map((raw) => {
    const own = new RegExp(`^(.*?)(${NUM})分$`).exec(raw);
    return own ? { label: own[1] ?? raw, n: num(own[2]) } : { label: raw };
  });
  if (parts.length < 2 && !/[和及与]/.test(text)) return undefined;
  const values = numbers.split(/分?[、,]/).filter(Boolean);
  if (each) return values.length === 1 ? { t: 'each', parts, each: num(values[0]), verb } : undefined;
  return { t: 'each', parts, numbers: values.join('、'), verb };
}

export interface Phrase {
  readonly name: string;
  readonly re: RegExp;
  make(m: RegExpExecArray): Fact | undefined;
  /** false: the fact is noted but its words stay free for the phrases after it. */
  readonly claims: boolean;
}

export const p = (name: string, src: string, make: Phrase['make'], claims = true): Phrase => ({
  name,
  re: new RegExp(src, 'g'),
  make,
  claims,
});

/**
 * 3千元以上记1分,2千—2.9千元记0.8分,1千—1.9千元记0.5分,…500元以下记0分: bands of one measure, each worth less
 * than the one before — one scale, not parts. The points said, in order, or undefined where the words are not that.
 */
export function bandValues(text: string): RegExpExecArray[] | undefined {
  const worth = [...text.matchAll(/(?:记|计|得)\s*(\d+(?:\.\d+)?)\s*分/g)];
  const values = worth.map((m) => Number(m[1]));
  const falling = values.every((v, i) => i === 0 || v < (values[i - 1] ?? 0));
  return worth.length >= 3 && falling && /以上/.test(text) && /以下|[—–~-]\s*\d/.test(text) ? worth : undefined;
}

/** (10分) / （2.5分）: points in brackets after the words they price. */
export const BRACKET_POINTS = String.raw`[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]`;

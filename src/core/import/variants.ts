import { Converter } from 'opencc-js/t2cn';

/**
 * Characters as tables copied from the web or from old documents write them, read as the common
 * simplified character: traditional forms (開展 → 开展, by OpenCC), and the look-alike disguises
 * document-sharing sites put in copied text (嘚 for 得, 姩 for 年, ┅ for 一). Only the reading uses
 * these; the clause is quoted as written.
 */

/** Disguises: a common character with a radical added (鈈 不, 凊 情) or a look-alike symbol. */
const disguised: Readonly<Record<string, string>> = {
  姩: '年',
  鍺: '者',
  噵: '道',
  匼: '合',
  昰: '是',
  鈳: '可',
  甴: '由',
  鉯: '以',
  咹: '安',
  忣: '及',
  囷: '和',
  鈈: '不',
  慥: '造',
  尐: '少',
  凊: '情',
  苼: '生',
  鼡: '用',
  唎: '例',
  苐: '第',
  媔: '面',
  蔀: '部',
  淛: '制',
  恏: '好',
  唍: '完',
  佽: '次',
  赱: '走',
  戓: '或',
  荇: '行',
  攵: '文',
  査: '查',
  // (完畢率到達100%旳得滿分: 旳 for 的, as a copy of old documents gives it.)
  旳: '的',
  '┅': '一',
  '②': '二',
};

const toSimplified = Converter({ from: 't', to: 'cn' });
const cache = new Map<string, string>();
const NUMBER_AHEAD = /^(?:\d|[一二两三四五六七八九十半]|满分)/;

/**
 * The reading of character i of `text`, one character for one: 嘚 is 的 before 得 (…以上嘚得0.5),
 * 得 before points (嘚1分), and 的 elsewhere; 汾 is 分 after a number or before 析/别/值.
 */
export function readingChar(text: string, i: number): string {
  const ch = text[i] ?? '';
  const next = text.slice(i + 1, i + 3);
  if (ch === '嘚') return next.startsWith('得') ? '的' : NUMBER_AHEAD.test(next) ? '得' : '的';
  if (ch === '汾')
    return /[\d一二两三四五六七八九十半]/.test(text[i - 1] ?? '') || /^[析别值数配]/.test(next) ? '分' : ch;
  // ② is 二 in a disguise, but a number where the text numbers its parts ①②③ (or opens with it: ②仪器、教具…).
  if (ch === '②' && (/[①③]/.test(text) || text.slice(0, i).trim() === '')) return ch;
  const plain = disguised[ch];
  if (plain) return plain;
  if (ch.charCodeAt(0) < 0x3400) return ch;
  let out = cache.get(ch);
  if (out === undefined) {
    const converted = toSimplified(ch);
    // 鍺 → 锗 would be a chemical element: only a one-for-one change is a reading.
    out = [...converted].length === 1 ? converted : ch;
    cache.set(ch, out);
  }
  return out;
}

/** The reading of every character of `text` (考評內容 → 考评内容; 旳 → 的), one for one. */
export const readingText = (text: string): string => [...text].map((_, i) => readingChar(text, i)).join('');

/** 三元區(qū) / 財(cái)務(wù): the pinyin a site put after characters (a source, to build the patterns from). */
export const PINYIN = String.raw`\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,8}\)`;

/** The words without the pinyin a site put after characters. */
export const withoutPinyin = (s: string): string => s.replace(new RegExp(PINYIN, 'g'), '');

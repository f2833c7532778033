/**
 * Chinese numerals as they occur in rule text (一 两 二 三 … 十 百 千, 半, 零点五) and Arabic
 * numerals, both ways. Pure.
 */

const digits: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const units: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/** Regex source for one number: `12`, `0.5`, `十二`, `两`, `半`, `零点五`, `一点五`. */
export const NUM = String.raw`(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千半]+(?:点[零〇一二三四五六七八九]+)?)`;

/** 扣K)分 / 扣IO分: letters a scan read where a figure stood (IO is read as 10 where it is one; the rest stay unread). */
export const LOST_FIGURE = '[A-Za-z()（）|]{1,3}';

/** Regex source for the number one, as 1 or 一. */
export const ONE = '(?:1|一)';

function cnInteger(s: string): number | undefined {
  if (s === '') return undefined;
  let total = 0;
  let section = 0;
  let current: number | undefined;
  for (const ch of s) {
    const d = digits[ch];
    if (d !== undefined) {
      // 二零一八 read digit by digit
      if (current !== undefined && d !== 0) current = current * 10 + d;
      else current = current === undefined ? d : current * 10;
      continue;
    }
    const u = units[ch];
    if (u === undefined) return undefined;
    if (u === 10000) {
      total += (section + (current ?? 0)) * u;
      section = 0;
    } else section += (current ?? 1) * u;
    current = undefined;
  }
  return total + section + (current ?? 0);
}

/** Reads one number written in Arabic or Chinese numerals; undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim().replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (s === '') return undefined;
  if (/^[+-]?\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (s === '半') return 0.5;
  const half = /^(.+?)个?半$/.exec(s);
  if (half?.[1]) {
    const whole = parseNumber(half[1]);
    return whole === undefined ? undefined : whole + 0.5;
  }
  const [intPart = '', frac] = s.split('点');
  const whole = intPart === '' && frac !== undefined ? 0 : cnInteger(intPart);
  if (whole === undefined) return undefined;
  if (frac === undefined) return whole;
  let digitsText = '';
  for (const ch of frac) {
    const d = digits[ch];
    if (d === undefined) return undefined;
    digitsText += String(d);
  }
  return digitsText === '' ? undefined : Number(`${whole}.${digitsText}`);
}

const cnDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes a whole number 0–9999 in Chinese numerals (十二, 一百零五); other numbers in Arabic. */
export function toChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return cnDigits[n] ?? String(n);
  const parts: string[] = [];
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  let zero = false;
  for (const [value, name] of places) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      zero = parts.length > 0;
      continue;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push(n < 20 && value === 10 ? name : `${cnDigits[d] ?? ''}${name}`);
  }
  if (rest > 0) parts.push(`${zero ? '零' : ''}${cnDigits[rest] ?? ''}`);
  return parts.join('');
}

/** The number a cell starts with (12 of 12、, 三 of 三、), or undefined. */
export function leadNumber(text: string): number | undefined {
  const m = /^\s*(\d+|[一二三四五六七八九十]+)/.exec(text);
  return m?.[1] ? parseNumber(m[1]) : undefined;
}

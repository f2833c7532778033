import { parseNumber } from './numerals';
import type { Row } from './row-types';
import { lostPunctuation } from './text';

/**
 * 考评内容 1、设立城管办…1分;2、建立二级平台…1分 beside 评分标准 1、未设立机构扣1分;2、未建立二级平台扣1分: the
 * numbered demands each with its points, and the rules numbered the same — the row's parts, each demand
 * with its points and the rule of its number. Pure.
 */

interface Numbered {
  readonly no: number;
  readonly text: string;
}

/** The parts of a cell numbered 1、2、… in order (at least two), or undefined. */
function numbered(cell: string): Numbered[] | undefined {
  const text = lostPunctuation(cell.trim());
  const at = [...text.matchAll(/(?:^|(?<=[;；。\s]))(\d{1,2})[、.．](?!\d)/g)];
  const parts: Numbered[] = [];
  for (const [k, m] of at.entries()) {
    const no = Number(m[1]);
    if (no !== parts.length + 1) return undefined;
    const end = at[k + 1]?.index ?? text.length;
    parts.push({ no, text: text.slice((m.index ?? 0) + m[0].length, end).replace(/[;；。\s]+$/, '') });
  }
  if (parts.length < 2 || (at[0]?.index ?? 1) !== 0) return undefined;
  return parts;
}

/** The points that close a demand (…人员到位,1分 / …(2分)), and the words before them. */
function closing(text: string): { words: string; points: number } | undefined {
  const m = /^(.*?)[,，\s]*[（(]?\s*(\d+(?:\s?[.．]\s?\d+)?)\s*分\s*[)）]?$/.exec(text);
  const points = parseNumber((m?.[2] ?? '').replace(/\s/g, '').replace('．', '.'));
  return m?.[1] && points !== undefined ? { words: m[1].trim(), points } : undefined;
}

/** The row as its numbered parts, where its demands and its rules pair up one to one; else the row. */
export function pairedRows(row: Row): Row[] {
  const demands = numbered(row.standard);
  const rules = numbered(row.rule);
  // (Fewer rules than demands, the table cut off in the rules: the demands left have none.)
  if (!demands || !rules || demands.length < rules.length) return [row];
  const priced = demands.map((d) => closing(d.text));
  if (priced.some((p) => p === undefined)) return [row];
  const sum = priced.reduce((a, p) => a + (p?.points ?? 0), 0);
  if (row.points !== undefined && Math.abs(sum - row.points) > 1e-9) return [row];
  return demands.map((d, k) => ({
    ...row,
    points: priced[k]?.points,
    pointsText: String(priced[k]?.points),
    pointsKey: `${row.pointsKey}:${d.no}`,
    standard: priced[k]?.words ?? d.text,
    rule: rules[k]?.text ?? priced[k]?.words ?? d.text,
  }));
}

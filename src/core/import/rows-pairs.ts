import { numberedParts } from './clauses';
import type { Row } from './row-types';

/**
 * 考评内容 1、设立城管办…1分;2、建立二级平台…1分 beside 评分标准 1、未设立机构扣1分;2、未建立二级平台扣1分: the
 * numbered demands each with its points, and the rules numbered the same — the row's parts, each demand
 * with its points and the rule of its number. Pure.
 */

/** The points that close a demand (…人员到位,1分 / …(2分)), read from its normal text. */
const closingPoints = (normal: string): number | undefined => {
  const m = /[（(]?(\d+(?:\.\d+)?)分[)）]?[。.]?$/.exec(normal);
  return m?.[1] === undefined || m.index === 0 ? undefined : Number(m[1]);
};

/** The words of a demand without the points that close it, as written. */
const withoutPoints = (text: string): string =>
  text.replace(/[,，\s]*[（(]?\s*\d+(?:\s*[.．]?\s*\d+)?\s*分\s*[)）]?\s*[。.]?$/, '').trim();

/** The row as its numbered parts, where its demands and its rules pair up one to one; else the row. */
export function pairedRows(row: Row): Row[] {
  const demands = numberedParts(row.standard);
  const rules = numberedParts(row.rule);
  // (Fewer rules than demands, the table cut off in the rules: the demands left have none.)
  if (!demands || !rules || demands.length < rules.length) return [row];
  const points = demands.map((d) => closingPoints(d.normal));
  if (points.some((p) => p === undefined)) return [row];
  const sum = points.reduce<number>((a, p) => a + (p ?? 0), 0);
  if (row.points !== undefined && Math.abs(sum - row.points) > 1e-9) return [row];
  return demands.map((d, k) => {
    const words = withoutPoints(d.text);
    return {
      ...row,
      points: points[k],
      pointsText: String(points[k]),
      pointsKey: `${row.pointsKey}:${k + 1}`,
      standard: words,
      rule: rules[k]?.text ?? words,
    };
  });
}

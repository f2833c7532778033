import type { Body } from './row-types';
import { scoringWords } from './shape';

/**
 * 检查的主要数据 | | 600 | 检查路况指标、体制改革、日常工作… as the first row, the points of every row below adding up to
 * its 600: the table's total said at the top, not an item. Its words are kept as words before the items. Pure.
 */
export function totalAtTop(body: Body): Body {
  const [first, ...rest] = body.rows;
  if (!first || body.total !== undefined || body.totals || rest.length < 3) return body;
  if (first.role !== 'base' || first.points === undefined || first.headings.length > 0) return body;
  // (Not a row that says how it scores, 每完成…得10分 beside 组织服务工作(50) below: an item whose points happen to match.)
  if (scoringWords.test(first.rule)) return body;
  if (rest.some((r) => r.nameKey === first.nameKey && first.nameKey !== '')) return body;
  const seen = new Set<string>();
  let sum = 0;
  for (const r of rest) {
    if (r.role !== 'base' || r.points === undefined) continue;
    const key = r.pointsKey || `row:${r.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sum += r.points;
  }
  if (Math.abs(sum - first.points) > 1e-9) return body;
  const words = [first.name, first.rule].filter((t) => t.trim() !== '').join(' ');
  return {
    ...body,
    rows: rest,
    total: first.points,
    preamble: [...(body.preamble ?? []), ...(words ? [{ row: first.index + 1, text: words }] : [])],
  };
}

import type { Row } from './row-types';

/**
 * 工作技能(权重 30%) merged down over A …具备操作技能… | 20-30 分, B …一般… | 10-19 分, C … | 0-9 分: rows under one
 * name, each a grade with a range of points, are one item — the assessor picks the grade that fits and gives a
 * figure within its range. Its points are the top of the best range; its rule the grades with their ranges
 * (A…得20-30分；B…得10-19分；…), as the reading knows bands. Pure.
 */
const RANGE = /^(\d+(?:\.\d+)?)\s*[-—–~～至]\s*(\d+(?:\.\d+)?)\s*分?$/;

const rangeOf = (r: Row): [number, number] | undefined => {
  const m = RANGE.exec(r.pointsText.replace(/\s+/g, ''));
  if (!m || r.points !== undefined || r.role !== 'base') return undefined;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  return lo <= hi ? [lo, hi] : undefined;
};

export function gradeRangeRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length;) {
    const first = rows[i];
    if (!first) break;
    let end = i;
    while (
      first.name !== '' &&
      rangeOf(first) &&
      rows[end + 1]?.nameKey === first.nameKey &&
      rangeOf(rows[end + 1] as Row)
    )
      end++;
    if (end === i) {
      out.push(first);
      i++;
      continue;
    }
    const run = rows.slice(i, end + 1);
    const ranges = run.map((r) => rangeOf(r) as [number, number]);
    const top = Math.max(...ranges.map(([, hi]) => hi));
    const rule = run
      .map((r, k) => `${r.rule.replace(/[。.；;,，\s]+$/, '')}得${ranges[k]?.[0] ?? 0}-${ranges[k]?.[1] ?? 0}分`)
      .join('；');
    out.push({ ...first, rule, points: top, pointsText: String(top) });
    i = end + 1;
  }
  return out;
}

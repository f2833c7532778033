import { mergeIndex, type Grid } from './header';
import { readPoints, splitName } from './names';
import type { Body, Row } from './row-types';

/** What the body's shape says beside its rows: section points in a column, titles leading rules, a cut. */

/**
 * 考核分值 | 总分 (merged down a block): of two points columns, the one that says fewer figures (each
 * merged cell once) sums blocks of the other's rows: the section's points.
 */
export function fewerCells(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  head: number,
  c: number,
  than: number | undefined,
): boolean {
  if (than === undefined) return false;
  const own = figures(grid, merged, head, c);
  return own > 0 && own < figures(grid, merged, head, than);
}

/** How many figures a column says below the header (a merged cell once). */
export function figures(grid: Grid, merged: ReturnType<typeof mergeIndex>, head: number, col: number): number {
  let n = 0;
  for (let r = head + 1; r < grid.rows.length; r++)
    if ((merged(r, col)?.top ?? r) === r && readPoints(grid.rows[r]?.[col] ?? '').points !== undefined) n++;
  return n;
}

/** 管护主体(15分)。林木管护落实…: a short title with its points leading the rule. */
export function leadTitle(rule: string): { name: string; points: number; rest: string } | undefined {
  const m = /^([^,，。;；:：()（）\d]{2,14})[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）][。.,，:：]?\s*(\S[\s\S]*)$/.exec(
    rule.trim(),
  );
  return m?.[1] && m[3] ? { name: m[1].trim(), points: Number(m[2]), rest: m[3] } : undefined;
}

/**
 * A table copied only in part stops inside its last row (…未通过省): its words end without the stop
 * the other rows end with. That row is not read; the assessor types its score.
 */
export function markCut(rows: Row[]): [Row[], Body['cut']] {
  // …每推迟一个月扣2 with its row's points stands; …每缺10%扣0.5 with none is cut off before its 分.
  const ends = (r: Row): boolean =>
    /[。.；;！!？?)）”"分]$/.test(r.rule.trim()) || (r.points !== undefined && /\d$/.test(r.rule.trim()));
  const last = rows[rows.length - 1];
  const others = rows.slice(0, -1).filter((r) => r.rule.trim() !== '');
  if (!last || last.rule.trim() === '' || ends(last) || others.length < 3) return [rows, undefined];
  if (others.filter(ends).length < (others.length * 2) / 3) return [rows, undefined];
  // With no points of its own or above it (附加分 … 未通过省), it cannot be scored at all: named, not imported.
  const pointless =
    last.points === undefined &&
    splitName(last.name).cap === undefined &&
    !last.headings.some((h) => h.cap !== undefined);
  if (pointless)
    return [
      rows.slice(0, -1),
      { row: last.index + 1, text: [last.no, last.name, last.rule].filter(Boolean).join(' ') },
    ];
  return [[...rows.slice(0, -1), { ...last, cut: true }], undefined];
}

/** …第一责任人(分值5分)。 / …扣01分(分值8分)。: the points in brackets that close a rule. */
export function closingPoints(rule: string): number | undefined {
  const m = /[（(]\s*(?:分值|共|计)?\s*(\d+(?:\.\d+)?)\s*分\s*[)）][。.]?\s*$/.exec(rule.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * 各乡镇办事处有一个淘宝村或电商村(社区)得20分,没有不得分,多1个加10分 with no points column: the one
 * 得N分 the rule gives is the row's points.
 */
export function gainedPoints(rule: string): number | undefined {
  // (集中宣傳計15分,…宣傳活動計15分: the same sum said twice is one.)
  const gains = new Set(
    [...rule.matchAll(/(?<![不未])(?:得|计|計|记|記)\s*(\d+(?:\.\d+)?)\s*分/g)].map((m) => Number(m[1])),
  );
  const [only] = gains;
  return gains.size === 1 && only !== undefined && only > 0 ? only : undefined;
}

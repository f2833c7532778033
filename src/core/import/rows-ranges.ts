import { splitName } from './names';
import type { Row } from './row-types';

/** Rows under one name that are the grades of one item, folded into that item. Pure. */

/**
 * Runs of rows under one name, each joined while `joins(row, k)` holds for its place k in the run (0 for the
 * first), folded into one row by `fold` — or, where `fold` gives nothing, left as they were.
 */
function foldRuns(
  rows: readonly Row[],
  joins: (row: Row, k: number) => boolean,
  fold: (run: readonly Row[], atEnd: boolean) => Row | undefined,
): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length;) {
    const first = rows[i] as Row;
    let end = i;
    if (first.name !== '' && joins(first, 0))
      while (rows[end + 1]?.nameKey === first.nameKey && joins(rows[end + 1] as Row, end + 1 - i)) end++;
    const folded = end > i ? fold(rows.slice(i, end + 1), end === rows.length - 1) : undefined;
    if (folded) {
      out.push(folded);
      i = end + 1;
    } else {
      out.push(first);
      i++;
    }
  }
  return out;
}

const RANGE = /^(\d+(?:\.\d+)?)\s*[-—–~～至]\s*(\d+(?:\.\d+)?)\s*分?$/;

const rangeOf = (r: Row): [number, number] | undefined => {
  const m = RANGE.exec(r.pointsText.replace(/\s+/g, ''));
  if (!m || r.points !== undefined || r.role !== 'base') return undefined;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  return lo <= hi ? [lo, hi] : undefined;
};

/**
 * 工作技能(权重 30%) merged down over A …具备操作技能… | 20-30 分, B …一般… | 10-19 分, C … | 0-9 分: rows under one
 * name, each a grade with a range of points, are one item — the assessor picks the grade that fits and gives a
 * figure within its range. Its points are the top of the best range; its rule the grades with their ranges
 * (A…得20-30分；B…得10-19分；…), as the reading knows bands.
 */
export function gradeRangeRows(rows: readonly Row[]): Row[] {
  return foldRuns(
    rows,
    (r) => rangeOf(r) !== undefined,
    (run) => {
      const first = run[0] as Row;
      const ranges = run.map((r) => rangeOf(r) as [number, number]);
      const top = Math.max(...ranges.map(([, hi]) => hi));
      const rule = run
        .map((r, k) => `${r.rule.replace(/[。.；;,，\s]+$/, '')}得${ranges[k]?.[0] ?? 0}-${ranges[k]?.[1] ?? 0}分`)
        .join('；');
      return { ...first, rule, points: top, pointsText: String(top) };
    },
  );
}

/**
 * 2.有专业建设规划,并按进度逐项落实。 merged down over 1.有规划且按进度逐项落实 | 7, 2.有规划但未完全落实 | 3, 3.无规划 | 0:
 * rows under one name, numbered 1, 2, 3 in their rule, their points falling to 0, are the grades of one item — the
 * assessor picks one. Its points are the best grade's; its rule the grades (…得7分；…得3分；…得0分). A last grade
 * cut off before its points (2.教材征订单迟) leaves the item cut.
 */
export function gradeStepRows(rows: readonly Row[]): Row[] {
  return foldRuns(
    rows,
    (r, k) => r.role === 'base' && new RegExp(`^\\s*${k + 1}\\s*[.、．]`).test(r.rule),
    (run, atEnd) => {
      const first = run[0] as Row;
      const last = run[run.length - 1] as Row;
      // (The table's last row, its grade with no points: cut off there, as its words are.)
      const cut = last.cut === true || (last.points === undefined && atEnd);
      const pts = (cut ? run.slice(0, -1) : run).map((r) => r.points);
      const falling = pts.every((p, k) => typeof p === 'number' && (k === 0 || p < (pts[k - 1] ?? 0)));
      // (Not under a name with points of its own, 输卫生(40分) over 1.…10 | 2.…: a section over rows, not one item.)
      const own = first.names[first.names.length - 1]?.text ?? '';
      if (!falling || !(cut || pts[pts.length - 1] === 0) || splitName(own).cap !== undefined) return undefined;
      const grade = (r: Row): string => r.rule.replace(/^\s*\d\s*[.、．]\s*/, '').replace(/[。.；;,，\s]+$/, '');
      const rule = run.map((r) => (r.points === undefined ? grade(r) : `${grade(r)}得${r.points}分`)).join('；');
      return { ...first, rule, points: pts[0] as number, pointsText: String(pts[0]), ...(cut ? { cut: true } : {}) };
    },
  );
}

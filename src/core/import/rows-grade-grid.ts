import { cellText, type Grid, type Header } from './header';

/**
 * 评议指标(基本分为20分) | …并按下表打分: over a grid laid the other way: a row naming what is rated (风险控制能力 |
 * 综合社会贡献 | …), then a row for each grade (好 | 3 | 3 | …, 中 | 2 | 2 | …, 差 | 1 | 1 | …). Each thing rated becomes a
 * row of its own under the table's columns — its name, its points (the best grade's), and its grades as the rule
 * (好得3分;中得2分;差得1分) — so it reads as any row of levels does. Pure.
 */

/** 好 / 中 / 差, 优秀 / 良好 / 合格 / 不合格, A–D, 甲等…: a grade's name alone in its cell. */
const GRADE = /^(?:好|较好|一般|中|中等|较差|差|优|优秀|良|良好|合格|基本合格|不合格|[A-D]|[甲乙丙丁]等?)$/;

const figure = (t: string): number | undefined => {
  const all = [...cellText(t).matchAll(/(\d+(?:\.\d+)?)\s*分?/g)];
  const last = all[all.length - 1];
  return last?.[1] === undefined ? undefined : Number(last[1]);
};

export function gradeGrids(grid: Grid, header: Header): Grid {
  const role = (want: string): number | undefined =>
    [...header.columns]
      .filter(([, r]) => r === want)
      .map(([c]) => c)
      .sort((a, b) => a - b)[0];
  const nameCol = role('name');
  const ruleCol = role('rule');
  const pointsCol = role('points');
  const noCol = role('no');
  if (nameCol === undefined || ruleCol === undefined) return grid;
  const filled = (row: readonly string[]): number[] => row.flatMap((v, c) => (cellText(v) === '' ? [] : [c]));
  const out: (readonly string[])[] = [];
  let changed = false;
  for (let r = 0; r < grid.rows.length; r++) {
    const head = grid.rows[r] ?? [];
    const cols = filled(head);
    const [label] = cols;
    const rated = cols.slice(1);
    if (r <= header.row || label === undefined || rated.length < 2) {
      out.push(head);
      continue;
    }
    // (分值 分值 得分 … in one cell under the names: a line of sub-heads, passed over.)
    let at = r + 1;
    if (filled(grid.rows[at] ?? []).length === 1 && !GRADE.test(cellText(grid.rows[at]?.[label] ?? ''))) at++;
    const grades: { name: string; cells: readonly string[] }[] = [];
    while (at < grid.rows.length) {
      const row = grid.rows[at] ?? [];
      const name = cellText(row[label] ?? '');
      if (!GRADE.test(name) || !rated.every((c) => figure(row[c] ?? '') !== undefined)) break;
      grades.push({ name, cells: row });
      at++;
    }
    // (Only where the grid has rows enough for the things it rates: every row below keeps its number, as the warnings
    // quote it.)
    if (grades.length < 2 || rated.length > at - r || grid.merges.some((m) => m.top <= at - 1 && m.bottom >= r)) {
      out.push(head);
      continue;
    }
    rated.forEach((c, part) => {
      const best = Math.max(...grades.map((g) => figure(g.cells[c] ?? '') ?? 0));
      const rule = grades
        .map((g) => {
          const v = cellText(g.cells[c] ?? '');
          return /^\d+(?:\.\d+)?\s*分?$/.test(v) ? `${g.name}得${figure(v) ?? 0}分` : `${g.name}:${v}`;
        })
        .join(';');
      const name = cellText(head[c] ?? '');
      const cells = new Map<number | undefined, string>([
        [nameCol, pointsCol === undefined ? `${name}(${best}分)` : name],
        [ruleCol, rule],
        [pointsCol, String(best)],
        // (Numbered as parts of the row above, which said 按下表打分: its points are theirs.)
        [noCol, `(${part + 1})`],
      ]);
      out.push(Array.from({ length: Math.max(head.length, ruleCol + 1, nameCol + 1) }, (_, k) => cells.get(k) ?? ''));
    });
    // The rows given for the grid: as many as the grid took, so the rows below keep their places.
    const used = at - r;
    for (let k = rated.length; k < used; k++) out.push([]);
    changed = true;
    r = at - 1;
  }
  return changed ? { ...grid, rows: out } : grid;
}

import { call, cell, eq, iff, num, range, str, sub, bin, type Expr } from '../formula/ast';
import { formatNumber, printFormula } from '../formula/print';
import type { RankingRule } from '../rubric/schema';
import { NO } from '../rules/inputs';
import { colLetter, Grid } from './grid';
import { SUMMARY_SHEET } from './names';
import type { SummaryCells, SummaryUnit } from './summary';
import type { SheetPlan } from './types';

const HEAD = 3;
const blank = str('');
const abs = (a: string): string => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/**
 * 汇总 in layout 1 (workbooks made until 2026-12): the lost points to the right of the table, all
 * fitted to one landscape page width. Frozen: old workbooks are rebuilt and audited with these cells.
 */
export function planSummarySheetV1(
  units: readonly SummaryUnit[],
  ranking?: RankingRule,
): { plan: SheetPlan; cells: SummaryCells } {
  const first = units[0]?.graph;
  if (!first) throw new Error('a summary needs at least one unit');
  const sections = first.sections;
  const cols = ['序号', '被考核单位', '单位类别', ...sections.map((s) => `${s.name}（${formatNumber(s.cap)}分）`)];
  const adjCols = first.adjustments.map(
    (a) => `${a.item.name}（${a.role === 'bonus' ? '+' : '−'}${formatNumber(a.cap)}）`,
  );
  cols.push(...adjCols, '总分', '排名', '等次');
  if (ranking) cols.push(ranking.title);
  if (first.parts.length) cols.push('综合得分');
  const lostStart = cols.length + 2;
  const widths = [...cols.map((_, i) => (i === 0 ? 6 : i === 1 ? 16 : i === 2 ? 8 : 13)), 2, ...sections.map(() => 13)];
  const g = new Grid(widths);
  const lastCol = colLetter(lostStart + sections.length - 1);
  g.span('A', 1, lastCol, 1, { value: `${first.rubric.title} 汇总表`, style: 'title' });
  g.heights[1] = 28;
  const note = [
    '排名按总分从高到低（RANK，同分同名次）',
    ...(ranking ? [ranking.text] : []),
    '右侧为各部分扣分，颜色越红扣分越多',
  ];
  g.span('A', 2, lastCol, 2, { value: note.join('；'), style: 'subtitle' });
  g.heights[2] = 30;
  cols.forEach((t, i) => g.put(colLetter(i + 1), HEAD, { value: t, style: 'header' }));
  sections.forEach((s, i) => g.put(colLetter(lostStart + i), HEAD, { value: `扣分：${s.name}`, style: 'header' }));
  g.heights[HEAD] = 36;
  const r0 = HEAD + 1;
  const rN = HEAD + units.length;
  const colOf = (title: string): string => colLetter(cols.indexOf(title) + 1);
  const totalCol = colOf('总分');
  const totals = range(abs(`${totalCol}${r0}`), abs(`${totalCol}${rN}`));
  const out: SummaryCells['units'][number][] = [];
  units.forEach((u, i) => {
    const r = r0 + i;
    const f = (col: string, e: Expr, style: 'formula' | 'total' | 'grade' = 'formula'): string =>
      g.put(col, r, { formula: printFormula(e), style });
    const at = (a: string): Expr => cell(a, u.sheet);
    g.put('A', r, { value: i + 1, style: 'number' });
    f('B', at(u.cells.unit), 'formula');
    g.put('C', r, { value: u.graph.cls ?? '', style: 'text' });
    const secCells: Record<string, string> = {};
    u.graph.sections.forEach((s, k) => {
      const a = `${colLetter(4 + k)}${r}`;
      secCells[s.id] = f(colLetter(4 + k), at(u.cells.sections[s.id] ?? 'A1'));
      const possible = s.items.reduce((n, it) => n + it.possible, 0);
      const lost = iff(call('ISNUMBER', cell(a)), call('ROUND', sub(num(possible), cell(a)), num(2)), blank);
      f(colLetter(lostStart + k), lost);
    });
    u.graph.adjustments.forEach((a, k) => f(colLetter(4 + sections.length + k), at(u.cells.items[a.item.id] ?? 'A1')));
    const total = f(totalCol, at(u.cells.total), 'total');
    const rankCol = colOf('排名');
    const rank = f(rankCol, iff(call('ISNUMBER', cell(total)), call('RANK', cell(total), totals), blank));
    const grade = f(colOf('等次'), at(u.cells.grade), 'grade');
    let rankClass: string | undefined;
    if (ranking) {
      const rk = cell(`${rankCol}${r}`);
      let byRank: Expr = iff(
        bin('<=', rk, num(ranking.top.count)),
        str(ranking.top.name),
        // From the bottom, as the engine counts: RANK(total, totals, 1) puts units tied for last together.
        iff(
          bin('<=', call('RANK', cell(total), totals, num(1)), num(ranking.bottom.count)),
          str(ranking.bottom.name),
          str(ranking.rest),
        ),
      );
      const flag = ranking.flagged ? u.cells.inputs[ranking.flagged.input.id] : undefined;
      if (ranking.flagged && flag) byRank = iff(eq(at(flag), str(NO)), str(ranking.flagged.name), byRank);
      rankClass = f(colOf(ranking.title), iff(call('ISNUMBER', cell(total)), byRank, blank), 'grade');
    }
    let composite: string | undefined;
    if (u.cells.composite) composite = f(colOf('综合得分'), at(u.cells.composite), 'total');
    out.push({
      unit: u.unit,
      sections: secCells,
      total,
      rank,
      grade,
      ...(rankClass ? { rankClass } : {}),
      ...(composite ? { composite } : {}),
    });
  });
  const plan = summarySheetV1(g, widths, {
    totals: `${totalCol}${r0}:${totalCol}${rN}`,
    lost: `${colLetter(lostStart)}${r0}:${lastCol}${rN}`,
  });
  return { plan, cells: { units: out } };
}

/** The 汇总 sheet around its cells: a data bar on the totals, a colour scale on lost points, landscape A4. */
function summarySheetV1(g: Grid, widths: readonly number[], ranges: { totals: string; lost: string }): SheetPlan {
  return {
    name: SUMMARY_SHEET,
    kind: 'summary',
    cells: g.sortedCells(),
    merges: g.merges,
    columnWidths: widths,
    rowHeights: g.heights,
    validations: [],
    conditionals: [
      { type: 'dataBar', range: ranges.totals, color: 'FF5B9BD5' },
      { type: 'colorScale', range: ranges.lost, colors: ['FFFFFFFF', 'FFFFEB84', 'FFF8696B'] },
    ],
    freeze: { rows: HEAD, columns: 2 },
    protect: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: `${HEAD}:${HEAD}` },
    visibility: 'visible',
  };
}

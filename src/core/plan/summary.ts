import { bin, call, cell, eq, iff, num, range, str, type Expr } from '../formula/ast';
import { formatNumber, printFormula } from '../formula/print';
import type { UnitGraph } from '../engine/graph';
import type { RankingRule } from '../rubric/schema';
import { NO } from '../rules/inputs';
import { fitColumns, rowHeight, textLines, type TableColumn } from './columns';
import { colLetter, Grid } from './grid';
import { placeLostMap } from './lost-map';
import { SUMMARY_SHEET } from './names';
import { pageBreaks } from './paging';
import { printable, rankingHeading, rankingNote, widthBudget } from './paper';
import { CURRENT_LAYOUT, type Layout } from './store';
import { planSummarySheetV1 } from './summary-v1';
import type { SheetPlan, UnitCells } from './types';

export interface SummaryUnit {
  readonly unit: string;
  readonly sheet: string;
  readonly graph: UnitGraph;
  readonly cells: UnitCells;
}

export interface SummaryCells {
  readonly units: readonly {
    readonly unit: string;
    readonly sections: Readonly<Record<string, string>>;
    readonly total: string;
    readonly rank: string;
    readonly grade: string;
    readonly rankClass?: string;
    readonly composite?: string;
  }[];
}

const HEAD = 3;
const blank = str('');
const abs = (a: string): string => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
const signed = (role: string, cap: number): string => `${role === 'bonus' ? '+' : '−'}${formatNumber(cap)}分`;

/**
 * 汇总: one row per unit, every figure a formula over the unit sheets (quoted Chinese names), the
 * rank by RANK over the totals and the rank class mirroring src/core/engine/rank.ts, a data bar on
 * the totals; below the table, the points lost per section under a colour scale. Columns are as
 * narrow as their content and print on A4 landscape at 100 %.
 */
export function planSummarySheet(
  units: readonly SummaryUnit[],
  ranking?: RankingRule,
  layout: Layout = CURRENT_LAYOUT,
): { plan: SheetPlan; cells: SummaryCells } {
  if (layout === 1) return planSummarySheetV1(units, ranking);
  const first = units[0]?.graph;
  if (!first) throw new Error('a summary needs at least one unit');
  const sections = first.sections;
  const hasClass = first.rubric.classes.length > 0;
  const cols: (TableColumn & { key: string })[] = [
    { key: 'no', title: '序号', min: 4 },
    { key: 'unit', title: '被考核单位', content: units.map((u) => u.unit), min: 8 },
    ...(hasClass ? [{ key: 'cls', title: '单位类别', content: first.rubric.classes.map((c) => c.id) }] : []),
    ...sections.map((s) => ({ key: `s:${s.id}`, title: `${s.name}（${formatNumber(s.cap)}分）` })),
    ...first.adjustments.map((a) => ({ key: `a:${a.item.id}`, title: `${a.item.name}（${signed(a.role, a.cap)}）` })),
    { key: 'total', title: '总分', min: 7.5 },
    { key: 'rank', title: '排名', min: 4.5 },
    { key: 'grade', title: '等次', content: first.rubric.grades.map((b) => b.name) },
    ...(ranking
      ? [
          {
            key: 'class',
            title: rankingHeading(ranking),
            content: [ranking.top.name, ranking.bottom.name, ranking.rest],
          },
        ]
      : []),
    ...(first.parts.length ? [{ key: 'composite', title: '综合得分' }] : []),
  ];
  const { widths, headHeight, fits } = fitColumns(cols, widthBudget('landscape', cols.length));
  const colOf = (key: string): string => colLetter(cols.findIndex((c) => c.key === key) + 1);
  const lastCol = colLetter(cols.length);
  const g = new Grid(widths);
  const width = widths.reduce((a, b) => a + b, 0);
  const title = `${first.rubric.title} 汇总表`;
  g.span('A', 1, lastCol, 1, { value: title, style: 'title' });
  g.heights[1] = textLines(title, width, 1.6) * 22 + 6;
  const note = ['排名按总分从高到低，同分同名次', ...(ranking ? [rankingNote(ranking)] : []), '表下为各部分扣分'].join(
    '；',
  );
  g.span('A', 2, lastCol, 2, { value: note, style: 'subtitle' });
  g.heights[2] = textLines(note, width) * 14 + 6;
  cols.forEach((c, i) => g.put(colLetter(i + 1), HEAD, { value: c.title, style: 'header' }));
  g.heights[HEAD] = headHeight;
  const r0 = HEAD + 1;
  const rN = HEAD + units.length;
  const totalCol = colOf('total');
  const totals = range(abs(`${totalCol}${r0}`), abs(`${totalCol}${rN}`));
  const heights = units.map((u) =>
    rowHeight(
      cols,
      widths,
      cols.map((c) => (c.key === 'unit' ? u.unit : '')),
    ),
  );
  const out: SummaryCells['units'][number][] = [];
  units.forEach((u, i) => {
    const r = r0 + i;
    g.heights[r] = heights[i] ?? 20;
    const f = (col: string, e: Expr, style: 'formula' | 'total' | 'grade' = 'formula'): string =>
      g.put(col, r, { formula: printFormula(e), style });
    const at = (a: string): Expr => cell(a, u.sheet);
    g.put('A', r, { value: i + 1, style: 'number' });
    f('B', at(u.cells.unit));
    if (hasClass) g.put(colOf('cls'), r, { value: u.graph.cls ?? '', style: 'text' });
    const secCells: Record<string, string> = {};
    for (const s of u.graph.sections) secCells[s.id] = f(colOf(`s:${s.id}`), at(u.cells.sections[s.id] ?? 'A1'));
    for (const a of u.graph.adjustments) f(colOf(`a:${a.item.id}`), at(u.cells.items[a.item.id] ?? 'A1'));
    const total = f(totalCol, at(u.cells.total), 'total');
    const rank = f(colOf('rank'), iff(call('ISNUMBER', cell(total)), call('RANK', cell(total), totals), blank));
    const grade = f(colOf('grade'), at(u.cells.grade), 'grade');
    let rankClass: string | undefined;
    if (ranking) {
      let byRank: Expr = iff(
        bin('<=', cell(rank), num(ranking.top.count)),
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
      rankClass = f(colOf('class'), iff(call('ISNUMBER', cell(total)), byRank, blank), 'grade');
    }
    const composite = u.cells.composite ? f(colOf('composite'), at(u.cells.composite), 'total') : undefined;
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
  const map = placeLostMap(g, {
    row: rN + 2,
    nameCol: 'B',
    sections: sections.map((s) => ({
      col: colOf(`s:${s.id}`),
      title: s.name,
      possible: s.items.reduce((n, it) => n + it.possible, 0),
    })),
    rows: units.map((_, i) => ({
      name: { formula: `=B${r0 + i}`, style: 'formula' },
      scores: sections.map((s) => `${colOf(`s:${s.id}`)}${r0 + i}`),
    })),
    headHeight,
    rowHeights: heights,
  });
  g.heights[rN + 1] = 15;
  return {
    plan: summaryPage(g, widths, map, { table: [r0, rN], totals: `${totalCol}${r0}:${totalCol}${rN}`, fits }),
    cells: { units: out },
  };
}

/**
 * A 汇总 page: the table, then the lost-points map below it, or on a page of its own when both do
 * not fit one page; the table's heading repeats only when the table itself runs over a page.
 * Printed at 100 % unless its columns cannot fit the page width at all.
 */
export function summaryPage(
  g: Grid,
  widths: readonly number[],
  map: { readonly range: string; readonly end: number },
  o: { readonly table: readonly [number, number]; readonly totals: string; readonly fits: boolean },
): SheetPlan {
  const height = (r: number): number => g.heights[r] ?? 15;
  const budget = printable('landscape').height - 24;
  const mapRun: [number, number] = [o.table[1] + 2, map.end];
  const breaks = pageBreaks({ height, last: map.end, repeat: [HEAD, HEAD], budget, runs: [mapRun] });
  const tableBreaks = breaks.filter((b) => b < o.table[1]);
  return {
    name: SUMMARY_SHEET,
    kind: 'summary',
    cells: g.sortedCells(),
    merges: g.merges,
    columnWidths: widths,
    rowHeights: g.heights,
    validations: [],
    conditionals: [
      { type: 'dataBar', range: o.totals, color: 'FF5B9BD5' },
      { type: 'colorScale', range: map.range, colors: ['FFFFFFFF', 'FFFFEB84', 'FFF8696B'] },
    ],
    freeze: { rows: HEAD, columns: 2 },
    protect: true,
    print: {
      orientation: 'landscape',
      // Too many columns for the page even at their narrowest: shrink to its width rather than spill.
      fitToWidth: !o.fits,
      ...(tableBreaks.length ? { repeatRows: `${HEAD}:${HEAD}` } : {}),
      rowBreaks: breaks,
    },
    visibility: 'visible',
  };
}

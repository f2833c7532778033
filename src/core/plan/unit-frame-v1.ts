import { formatNumber } from '../formula/print';
import type { UnitGraph } from '../engine/graph';
import type { Grid } from './grid';
import type { HeaderCells, TableRuns, TotalStyle, UnitLayout } from './unit-layout';

/**
 * Layout 1 (workbooks made until 2026-12): twelve columns printed whole, landscape, fitted to the
 * page width. Frozen: old workbooks are rebuilt and audited with exactly these cells and labels.
 */
const C = {
  no: 'A',
  section: 'B',
  item: 'C',
  text: 'D',
  points: 'E',
  label: 'F',
  input: 'G',
  lost: 'H',
  score: 'I',
  itemScore: 'J',
  basis: 'K',
  reading: 'L',
} as const;

const WIDTHS: readonly number[] = [6, 9, 14, 44, 6, 24, 9, 7, 7, 8, 22, 22];
/** Title, subtitle, three header-block rows, two rows of column headings. */
const HEADER_ROWS = 7;

/** Title, 被考核单位 / 单位类别 / 考核日期 / 考核组, a note, and the two heading rows. */
function placeHeader(
  g: Grid,
  graph: UnitGraph,
  unit: string,
  o: { readonly date?: string; readonly team?: string },
): HeaderCells {
  const r = graph.rubric;
  g.span('A', 1, 'L', 1, { value: `${r.title} 计分表`, style: 'title' });
  g.heights[1] = 28;
  const adj = graph.adjustments.map((a) => `${a.role === 'bonus' ? '加分' : '扣分'}最多 ${formatNumber(a.cap)} 分`);
  const sub = [`满分 ${formatNumber(r.total)} 分`, ...adj, ...(r.source ? [`依据：${r.source}`] : [])].join('　');
  g.span('A', 2, 'L', 2, { value: sub, style: 'subtitle' });
  const label = (row: number, c0: string, c1: string, text: string): void => {
    g.span(c0, row, c1, row, { value: text, style: 'label' });
  };
  label(3, 'A', 'B', '被考核单位');
  const unitCell = g.span('C', 3, 'D', 3, { value: unit, style: 'inputText', unlocked: true });
  label(3, 'E', 'F', '单位类别');
  const clsCell = g.span('G', 3, 'L', 3, { value: graph.cls ?? '', style: 'inputText' });
  label(4, 'A', 'B', '考核日期');
  const dateCell = g.span('C', 4, 'D', 4, { value: o.date ?? '', style: 'inputText', unlocked: true });
  label(4, 'E', 'F', '考核组');
  const teamCell = g.span('G', 4, 'L', 4, { value: o.team ?? '', style: 'inputText', unlocked: true });
  const note =
    '填写说明：黄色格为录入格（数量、百分数填数字，95% 填 95；“是/否”问是否达到要求，是＝达到）。扣分的项目请在“扣分依据”栏写明理由。扣分、得分、小计、总分、等次均为公式，请勿改写；工作表已保护（无密码），审核时可撤销保护查看。';
  g.span('A', 5, 'L', 5, { value: note, style: 'note' });
  g.heights[5] = 30;
  const head = (c0: string, c1: string, r0: number, r1: number, text: string): void => {
    g.span(c0, r0, c1, r1, { value: text, style: 'header' });
  };
  head('A', 'A', 6, 7, '序号');
  head('B', 'B', 6, 7, '一级指标');
  head('C', 'C', 6, 7, '二级指标');
  head('D', 'D', 6, 7, '考核内容及计分标准');
  head('E', 'E', 6, 7, '分值');
  head('F', 'G', 6, 6, '录入');
  head('F', 'F', 7, 7, '录入项');
  head('G', 'G', 7, 7, '录入值');
  head('H', 'J', 6, 6, '计分（公式）');
  head('H', 'H', 7, 7, '扣分');
  head('I', 'I', 7, 7, '得分');
  head('J', 'J', 7, 7, '项目得分');
  head('K', 'K', 6, 7, '扣分依据');
  head('L', 'L', 6, 7, '计分口径');
  for (const c of 'ABCDEHIJKL') g.put(c, 7, { value: g.cells.get(`${c}7`)?.value ?? null, style: 'header' });
  for (const c of 'GHIJ') if (!g.cells.has(`${c}6`)) g.put(c, 6, { value: null, style: 'header' });
  return { unit: unitCell, cls: clsCell, date: dateCell, team: teamCell };
}

/** Notes under the table: the readings this rubric takes where the source is open. Returns the last table row. */
function placeFooter(g: Grid, graph: UnitGraph, row: number): number {
  const last = row - 1;
  let r = row + 1;
  for (const reading of graph.rubric.readings) {
    const text = `说明（${reading.about}）：${reading.text}`;
    g.span('A', r, 'L', r, { value: text, style: 'note' });
    g.fit('D', r, r, text, 13);
    g.heights[r] = Math.max(15, Math.ceil((g.heights[r] ?? 15) / 3));
    r++;
  }
  return last;
}

function totalRow(g: Grid, row: number, label: string, style: TotalStyle, points?: number, text?: string): void {
  g.span(C.no, row, C.text, row, { value: label, style });
  for (const col of [C.lost, C.score, C.label, C.input, C.basis]) g.put(col, row, { value: null, style });
  g.span(C.label, row, C.score, row, { value: text ?? null, style });
  g.put(C.points, row, { value: points ?? null, style });
  g.span(C.basis, row, C.reading, row, { value: null, style });
}

export const LAYOUT_1: UnitLayout = {
  version: 1,
  C,
  widths: WIDTHS,
  headerRows: HEADER_ROWS,
  header: placeHeader,
  totalRow,
  captionRow(g, row, spec) {
    g.put(C.no, row, { value: null, style: 'text' });
    g.span(C.item, row, C.points, row, { value: spec.text, style: 'rule' });
    g.fit(C.text, row, row, spec.text);
    for (const col of [C.lost, C.score, C.itemScore, C.basis, C.reading])
      g.put(col, row, { value: null, style: 'text' });
    return { input: C.input, label: true };
  },
  clausePoints: (c) => c.points,
  finish(g: Grid, graph: UnitGraph, _unit: string, row: number, runs: TableRuns) {
    for (const b of runs.blocks) g.span(C.section, b.r0, C.section, b.r1, { value: b.title, style: 'section' });
    const last = placeFooter(g, graph, row);
    return {
      last,
      print: { orientation: 'landscape', fitToWidth: true, repeatRows: `${HEADER_ROWS - 1}:${HEADER_ROWS}` },
    };
  },
};

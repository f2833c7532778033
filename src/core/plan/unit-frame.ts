import { formatNumber } from '../formula/print';
import type { UnitGraph } from '../engine/graph';
import { displayWidth, type Grid } from './grid';
import { pageUnitSheet } from './paging';
import { inputCaption } from './checks';
import { documentName, plainNote } from './paper';
import type { HeaderCells, TableRuns, TotalStyle, UnitLayout } from './unit-layout';

/**
 * Layout 2: the columns staff know from 004's 计分表 print first (序号 | 督查内容: 一级目录, 二级目录 |
 * 考核内容及计分标准 | 计分分值 | 得分 | 扣分依据), A4 landscape at 100 %, paged between items; the entry
 * and clause-by-clause columns (录入项, 录入值, 扣分, 得分, 计分口径) stay on screen to their right,
 * outside the print area.
 */
const C = {
  no: 'A',
  section: 'B',
  item: 'C',
  text: 'D',
  points: 'E',
  itemScore: 'F',
  basis: 'G',
  label: 'H',
  input: 'I',
  lost: 'J',
  score: 'K',
  reading: 'L',
} as const;
/** A–G print (108 characters: 756 pt at LibreOffice's widest, within A4 landscape's 784). */
const WIDTHS: readonly number[] = [4, 7, 16, 50, 5, 6, 20, 34, 8, 7, 7, 48];
const PRINTED = 'G';
const PRINTED_WIDTH = WIDTHS.slice(0, 7).reduce((a, b) => a + b, 0);
const ON_SCREEN_WIDTH = WIDTHS.slice(7).reduce((a, b) => a + b, 0);
/** Printed beside an item whose source lost or garbled its text or points; the note under the table says more. */
export const SOURCE_GAP_MARK = '※原表有缺漏';
const SOURCE_GAP_NOTE =
  '说明（※）：标有“※原表有缺漏”的项目，原表的文字或分值有缺漏，本表已按原文补足；如何补足写在表下右侧（不打印）。';

/** Title, subtitle, two header-block rows, two rows of column headings. */
const HEADER_ROWS = 6;
const NOTE =
  '填写说明（本栏及右侧各列不打印）：黄色格为录入格（数量、百分数填数字，95% 填 95；“是/否”问是否达到要求，是＝达到）。扣分的项目请在“扣分依据”栏写明理由。扣分、得分、小计、总分、等次均为公式，请勿改写；工作表已保护（无密码），审核时可撤销保护查看。打印时只打印左侧“序号”至“扣分依据”各栏；如需连同录入栏打印，请先取消打印区域。';

/** Rows tall enough for `text` wrapped across `width` characters at `lineHeight` points a line. */
function fitAcross(g: Grid, row: number, text: string, width: number, lineHeight: number, scale = 1): void {
  const lines = text
    .split('\n')
    .reduce((n, p) => n + Math.max(1, Math.ceil((displayWidth(p) * scale) / Math.max(1, width - 1.5))), 0);
  g.heights[row] = Math.max(g.heights[row] ?? 15, lines * lineHeight + 6);
}

function header(g: Grid, graph: UnitGraph, unit: string, o: { date?: string; team?: string }): HeaderCells {
  const r = graph.rubric;
  const title = /表$/.test(r.title) ? r.title : `${r.title} 计分表`;
  g.span('A', 1, PRINTED, 1, { value: title, style: 'title' });
  fitAcross(g, 1, title, PRINTED_WIDTH, 22, 1.6);
  const adj = graph.adjustments.map((a) => `${a.role === 'bonus' ? '加分' : '扣分'}最多 ${formatNumber(a.cap)} 分`);
  const sub = [`满分 ${formatNumber(r.total)} 分`, ...adj, `依据：${documentName(r)}`].join('　');
  g.span('A', 2, PRINTED, 2, { value: sub, style: 'subtitle' });
  fitAcross(g, 2, sub, PRINTED_WIDTH, 14);
  const label = (row: number, c0: string, c1: string, text: string): void => {
    g.span(c0, row, c1, row, { value: text, style: 'label' });
  };
  label(3, 'A', 'B', '被考核单位');
  const unitCell = g.span('C', 3, 'D', 3, { value: unit, style: 'inputText', unlocked: true });
  label(3, 'E', 'F', '单位类别');
  const clsCell = g.put('G', 3, { value: graph.cls ?? (r.classes.length ? '' : '不分类别'), style: 'inputText' });
  label(4, 'A', 'B', '考核日期');
  const dateCell = g.span('C', 4, 'D', 4, { value: o.date ?? '', style: 'inputText', unlocked: true });
  label(4, 'E', 'F', '考核组');
  const teamCell = g.put('G', 4, { value: o.team ?? '', style: 'inputText', unlocked: true });
  for (const row of [3, 4]) g.heights[row] = 20;
  g.fit('G', 4, 4, o.team ?? '');
  g.span('H', 1, 'L', 4, { value: NOTE, style: 'note' });
  const head = (c0: string, c1: string, r0: number, r1: number, text: string): void => {
    g.span(c0, r0, c1, r1, { value: text, style: 'header' });
  };
  head('A', 'A', 5, 6, '序号');
  head('B', 'C', 5, 5, '督查内容');
  head('B', 'B', 6, 6, '一级目录');
  head('C', 'C', 6, 6, '二级目录');
  head('D', 'D', 5, 6, '考核内容及计分标准');
  head('E', 'E', 5, 6, '计分\n分值');
  head('F', 'F', 5, 6, '得分');
  head('G', 'G', 5, 6, '扣分依据');
  head('H', 'I', 5, 5, '录入（不打印）');
  head('H', 'H', 6, 6, '录入项');
  head('I', 'I', 6, 6, '录入值');
  head('J', 'K', 5, 5, '逐条计分（公式，不打印）');
  head('J', 'J', 6, 6, '扣分');
  head('K', 'K', 6, 6, '得分');
  head('L', 'L', 5, 6, '计分口径');
  for (const c of 'ADEFGL') g.put(c, 6, { value: null, style: 'header' });
  g.heights[5] = 20;
  g.heights[6] = 30;
  return { unit: unitCell, cls: clsCell, date: dateCell, team: teamCell };
}

function totalRow(g: Grid, row: number, label: string, style: TotalStyle, points?: number, text?: string): void {
  g.span(C.no, row, C.text, row, { value: label, style });
  g.put(C.points, row, { value: points ?? null, style });
  g.put(C.basis, row, { value: text ?? null, style: text ? 'note' : style });
  if (text) g.fit(C.basis, row, row, text, 13);
  g.span(C.label, row, C.reading, row, { value: null, style });
}

/** The readings this rubric takes where the source is open, in a clerk's words, under the table. */
function notes(g: Grid, graph: UnitGraph, row: number): number {
  let r = row + 1;
  const gaps = [...graph.sections.flatMap((s) => s.items), ...graph.adjustments].some((it) => it.item.sourceGap);
  const texts = graph.rubric.readings.map((x) => plainNote(`说明（${x.about}）：${x.text}`));
  for (const text of gaps ? [...texts, SOURCE_GAP_NOTE] : texts) {
    if (!text) continue;
    g.span('A', r, PRINTED, r, { value: text, style: 'note' });
    fitAcross(g, r, text, PRINTED_WIDTH, 13);
    r++;
  }
  return r - 1;
}

/** Below the printed notes, on screen only (H–L): how each gap in the source was filled, in the rubric's words. */
function gapNotes(g: Grid, graph: UnitGraph, row: number): void {
  let r = row + 1;
  for (const it of [...graph.sections.flatMap((s) => s.items), ...graph.adjustments]) {
    if (!it.item.sourceGap) continue;
    const text = `${it.item.id} ${it.item.name}：${it.item.sourceGap}`;
    g.span('H', r, 'L', r, { value: text, style: 'note' });
    fitAcross(g, r, text, ON_SCREEN_WIDTH, 13);
    r++;
  }
}

export const LAYOUT_2: UnitLayout = {
  version: 2,
  C,
  widths: WIDTHS,
  headerRows: HEADER_ROWS,
  clauseFormat: '0.00',
  header,
  totalRow,
  captionRow(g, row, spec) {
    // The question printed with the answer beside it: the rule's words, then what is asked (是/否, 分).
    const asked = inputCaption(spec);
    const text = spec.text === spec.label ? asked : `${spec.text}\n${asked}`;
    g.put(C.no, row, { value: null, style: 'text' });
    g.span(C.item, row, C.points, row, { value: text, style: 'rule' });
    fitAcross(
      g,
      row,
      text,
      WIDTHS.slice(2, 5).reduce((a, b) => a + b, 0),
      14,
    );
    g.put(C.basis, row, { value: null, style: 'text' });
    for (const col of [C.label, C.input, C.lost, C.score, C.reading]) g.put(col, row, { value: null, style: 'text' });
    return { input: C.itemScore, label: false };
  },
  // A bonus or penalty block shows its points as the source does (加分规定 +10, 扣分规定 −10), as 汇总 does.
  clausePoints: (c, role) =>
    role === 'bonus'
      ? `+${formatNumber(c.points)}`
      : role === 'penalty'
        ? `−${formatNumber(c.clause.rule.kind === 'deduct' && c.clause.rule.ceiling !== undefined ? c.clause.rule.ceiling : c.points)}`
        : c.points,
  finish(g: Grid, graph: UnitGraph, _unit: string, row: number, runs: TableRuns) {
    const lastTable = row - 1;
    const lastNote = notes(g, graph, row);
    gapNotes(g, graph, lastNote);
    // 总分, 等次 and the notes print together, never the notes alone under a heading on a page of their own.
    const tail: [number, number] = [runs.tail || lastTable, lastNote];
    const { breaks } = pageUnitSheet(g, {
      section: C.section,
      last: lastNote,
      headerRows: HEADER_ROWS,
      runs: { ...runs, items: [...runs.items, tail] },
    });
    return {
      last: lastTable,
      print: {
        orientation: 'landscape',
        fitToWidth: false,
        repeatRows: `${HEADER_ROWS - 1}:${HEADER_ROWS}`,
        rowBreaks: breaks,
        printArea: `A1:${PRINTED}${lastNote}`,
        sheetNameHeader: true,
      },
    };
  },
};

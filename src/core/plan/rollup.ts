import { bin, call, cell, eq, iff, num, range, str, sub, type Expr } from '../formula/ast';
import { formatNumber, printFormula, type Resolver } from '../formula/print';
import { buildUnitGraph } from '../engine/graph';
import type { RankingRule, Rubric } from '../rubric/schema';
import { fitColumns, rowHeight, textLines, type TableColumn } from './columns';
import { colLetter, Grid } from './grid';
import { placeLostMap } from './lost-map';
import { rankingHeading, rankingNote, widthBudget } from './paper';
import { summaryPage } from './summary';
import type { CellPlan, SheetPlan } from './types';

/** One unit's results as copied from a received workbook (values, with the file named). */
export interface RollupUnit {
  readonly unit: string;
  /** The file's name as printed (no folder). */
  readonly file: string;
  readonly cls: string | undefined;
  readonly sections: Readonly<Record<string, number | null>>;
  readonly base: number | null;
  readonly adjustments: Readonly<Record<string, number | null>>;
  readonly veto: boolean;
  readonly flagged: boolean;
  /** 审核 of its file, in words (无问题 / 有问题（3 处）). */
  readonly audit: string;
}

export interface RollupCells {
  readonly units: readonly {
    readonly total: string;
    readonly rank: string;
    readonly grade: string;
    readonly rankClass?: string;
    readonly lost: Readonly<Record<string, string>>;
  }[];
}

const HEAD = 3;
/** The file a unit came from, and what the audit said of it: 甲乡.xlsx（无问题）. */
const fileAndAudit = (u: RollupUnit): string => `${u.file}（${u.audit}）`;
const YES = '是';
const abs = (a: string): string => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/**
 * 汇总 of many received workbooks of one rubric: per unit the copied values (sections, 基础分,
 * 加分/扣分, 一票否决, 突出问题) and, over them, formulas for 总分 (the rubric's own total
 * expression), 排名 (RANK), 等次 (its grade bands) and the rank class; the file each unit came from;
 * below, the points lost per section under a colour scale. Nothing here points at another file:
 * the copied values are values. Columns are as narrow as their content, on A4 landscape at 100 %.
 */
export function planRollupSheet(
  rubric: Rubric,
  units: readonly RollupUnit[],
  ranking?: RankingRule,
): { plan: SheetPlan; cells: RollupCells } {
  const graphOf = (cls: string | undefined) => buildUnitGraph(rubric, cls ?? rubric.defaultClass, ranking);
  const first = graphOf(units[0]?.cls);
  const flagTitle = ranking?.flagged ? `突出问题（${ranking.flagged.name}）` : undefined;
  const cols: (TableColumn & { key: string })[] = [
    { key: 'no', title: '序号', min: 4 },
    { key: 'unit', title: '被考核单位', content: units.map((u) => u.unit), min: 8 },
    ...(rubric.classes.length ? [{ key: 'cls', title: '单位类别', content: rubric.classes.map((c) => c.id) }] : []),
    ...first.sections.map((s) => ({ key: `s:${s.id}`, title: `${s.name}（${formatNumber(s.cap)}分）` })),
    { key: 'base', title: '基础分' },
    ...first.adjustments.map((a) => ({
      key: `a:${a.item.id}`,
      title: `${a.item.name}（${a.role === 'bonus' ? '+' : '−'}${formatNumber(a.cap)}分）`,
    })),
    ...(first.vetoes.length ? [{ key: 'veto', title: '一票否决', content: [YES, '否'] }] : []),
    ...(flagTitle ? [{ key: 'flag', title: flagTitle, content: [YES, '否'] }] : []),
    { key: 'total', title: '总分', min: 7.5 },
    { key: 'rank', title: '排名', min: 4.5 },
    { key: 'grade', title: '等次', content: rubric.grades.map((b) => b.name) },
    ...(ranking
      ? [
          {
            key: 'class',
            title: rankingHeading(ranking),
            content: [ranking.top.name, ranking.bottom.name, ranking.rest],
          },
        ]
      : []),
    { key: 'file', title: '来源文件（审核结果）', content: units.map(fileAndAudit) },
  ];
  const { widths, headHeight, fits } = fitColumns(cols, widthBudget('landscape', cols.length));
  const at = (key: string): string => colLetter(cols.findIndex((c) => c.key === key) + 1);
  const lastCol = colLetter(cols.length);
  const width = widths.reduce((a, b) => a + b, 0);
  const g = new Grid(widths);
  const title = `${rubric.title} 汇总表（${units.length} 个单位，来自收到的工作簿）`;
  g.span('A', 1, lastCol, 1, { value: title, style: 'title' });
  g.heights[1] = textLines(title, width, 1.6) * 22 + 6;
  const note = [
    '各部分得分、基础分和加减分为从各来源文件复制的数值（按细则重新计分），总分、排名、等次为公式',
    ...(ranking ? [rankingNote(ranking)] : []),
    '表下为各部分扣分；各来源文件及其审核结果见“来源文件”“审核问题”表',
  ].join('；');
  g.span('A', 2, lastCol, 2, { value: note, style: 'subtitle' });
  g.heights[2] = textLines(note, width) * 14 + 6;
  cols.forEach((c, i) => g.put(colLetter(i + 1), HEAD, { value: c.title, style: 'header' }));
  g.heights[HEAD] = headHeight;
  const r0 = HEAD + 1;
  const rN = HEAD + Math.max(1, units.length);
  const totalCol = at('total');
  const totals = range(abs(`${totalCol}${r0}`), abs(`${totalCol}${rN}`));
  const heights = units.map((u) =>
    rowHeight(
      cols,
      widths,
      cols.map((c) => (c.key === 'unit' ? u.unit : c.key === 'file' ? fileAndAudit(u) : '')),
    ),
  );
  const out: RollupCells['units'][number][] = [];
  units.forEach((u, i) => {
    const r = r0 + i;
    g.heights[r] = heights[i] ?? 20;
    const graph = graphOf(u.cls);
    const put = (col: string, c: Omit<CellPlan, 'address'>): string => g.put(col, r, c);
    const value = (col: string, v: number | string | null): string => put(col, { value: v, style: 'number' });
    put('A', { value: i + 1, style: 'number' });
    put('B', { value: u.unit, style: 'text' });
    if (rubric.classes.length) put(at('cls'), { value: u.cls ?? '', style: 'text' });
    graph.sections.forEach((s) => value(at(`s:${s.id}`), u.sections[s.id] ?? null));
    const baseCell = value(at('base'), u.base);
    const adjCells = new Map<string, string>();
    graph.adjustments.forEach((a) =>
      adjCells.set(a.node, value(at(`a:${a.item.id}`), u.adjustments[a.item.id] ?? null)),
    );
    const vetoCell = first.vetoes.length ? value(at('veto'), u.veto ? YES : '否') : undefined;
    const flagCell = flagTitle ? value(at('flag'), u.flagged ? YES : '否') : undefined;
    const resolve: Resolver = (name) => {
      if (name === 'base') return cell(baseCell);
      if (name === 'total') return cell(`${totalCol}${r}`);
      if (name === 'veto' && vetoCell) return eq(cell(vetoCell), str(YES));
      const a = adjCells.get(name);
      if (a) return cell(a);
      throw new Error(`roll-up: no cell for ${name}`);
    };
    const expr = (node: string): Expr => graph.nodes.find((n) => n.name === node)?.expr ?? str('');
    const total = put(totalCol, { formula: printFormula(expr('total'), resolve), style: 'total' });
    const rank = put(at('rank'), {
      formula: printFormula(iff(call('ISNUMBER', cell(total)), call('RANK', cell(total), totals), str(''))),
      style: 'formula',
    });
    const grade = put(at('grade'), { formula: printFormula(expr('grade'), resolve), style: 'grade' });
    let rankClass: string | undefined;
    if (ranking) {
      const rk = cell(rank);
      let byRank: Expr = iff(
        bin('<=', rk, num(ranking.top.count)),
        str(ranking.top.name),
        iff(
          bin('>', rk, sub(call('COUNT', totals), num(ranking.bottom.count))),
          str(ranking.bottom.name),
          str(ranking.rest),
        ),
      );
      if (ranking.flagged && flagCell) byRank = iff(eq(cell(flagCell), str(YES)), str(ranking.flagged.name), byRank);
      rankClass = put(at('class'), {
        formula: printFormula(iff(call('ISNUMBER', cell(total)), byRank, str(''))),
        style: 'grade',
      });
    }
    put(at('file'), { value: fileAndAudit(u), style: 'text' });
    out.push({ total, rank, grade, ...(rankClass ? { rankClass } : {}), lost: {} });
  });
  const map = placeLostMap(g, {
    row: rN + 2,
    nameCol: 'B',
    sections: first.sections.map((s) => ({
      col: at(`s:${s.id}`),
      title: s.name,
      possible: s.items.reduce((n, it) => n + it.possible, 0),
    })),
    rows: units.map((u) => ({
      name: { value: u.unit, style: 'text' },
      scores: first.sections.map((s) => `${at(`s:${s.id}`)}${r0 + units.indexOf(u)}`),
    })),
    headHeight,
    rowHeights: heights,
  });
  g.heights[rN + 1] = 15;
  const cells = out.map((c, i) => ({
    ...c,
    lost: Object.fromEntries(first.sections.map((s, k) => [s.id, map.lost[i]?.[k] ?? ''])),
  }));
  return {
    plan: summaryPage(g, widths, map, { table: [r0, rN], totals: `${totalCol}${r0}:${totalCol}${rN}`, fits }),
    cells: { units: cells },
  };
}

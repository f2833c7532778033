import { bin, call, cell, eq, iff, num, range, str, sub, type Expr } from '../formula/ast';
import { formatNumber, printFormula, type Resolver } from '../formula/print';
import { buildUnitGraph } from '../engine/graph';
import type { RankingRule, Rubric } from '../rubric/schema';
import { colLetter, Grid } from './grid';
import { summarySheet } from './summary';
import type { CellPlan, SheetPlan } from './types';

/** One unit's results as copied from a received workbook (values, with the file named). */
export interface RollupUnit {
  readonly unit: string;
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
const YES = '是';
const abs = (a: string): string => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/**
 * 汇总 of many received workbooks of one rubric: per unit the copied values (sections, 基础分,
 * 加分/扣分, 一票否决, 突出问题) and, over them, formulas for 总分 (the rubric's own total
 * expression), 排名 (RANK), 等次 (its grade bands) and the rank class; then points lost per section
 * under a colour scale. Nothing here points at another file: the copied values are values.
 */
export function planRollupSheet(
  rubric: Rubric,
  units: readonly RollupUnit[],
  ranking?: RankingRule,
): { plan: SheetPlan; cells: RollupCells } {
  const graphOf = (cls: string | undefined) => buildUnitGraph(rubric, cls ?? rubric.defaultClass, ranking);
  const first = graphOf(units[0]?.cls);
  const cols = [
    '序号',
    '被考核单位',
    '来源文件',
    '单位类别',
    ...first.sections.map((s) => `${s.name}（${formatNumber(s.cap)}分）`),
    '基础分',
  ];
  cols.push(
    ...first.adjustments.map((a) => `${a.item.name}（${a.role === 'bonus' ? '+' : '−'}${formatNumber(a.cap)}）`),
  );
  cols.push('一票否决');
  if (ranking?.flagged) cols.push(ranking.flagged.name === '' ? '突出问题' : `突出问题（${ranking.flagged.name}）`);
  cols.push('总分', '排名', '等次');
  if (ranking) cols.push(ranking.title);
  cols.push('审核');
  const at = (title: string): string => colLetter(cols.indexOf(title) + 1);
  const lostStart = cols.length + 2;
  const widths = [
    ...cols.map((c, i) => (i === 0 ? 6 : i === 1 ? 16 : i === 2 ? 22 : c === '审核' ? 16 : 11)),
    2,
    ...first.sections.map(() => 12),
  ];
  const g = new Grid(widths);
  const lastCol = colLetter(lostStart + first.sections.length - 1);
  g.span('A', 1, lastCol, 1, {
    value: `${rubric.title} 汇总表（${units.length} 个单位，来自收到的工作簿）`,
    style: 'title',
  });
  g.heights[1] = 28;
  const note = [
    '灰色为从各来源文件复制的数值（按细则重新计分），总分、排名、等次为公式',
    ...(ranking ? [ranking.text] : []),
    '右侧为各部分扣分，颜色越红扣分越多；来源文件及审核结果见“来源文件”“审核问题”表',
  ];
  g.span('A', 2, lastCol, 2, { value: note.join('；'), style: 'subtitle' });
  g.heights[2] = 30;
  cols.forEach((t, i) => g.put(colLetter(i + 1), HEAD, { value: t, style: 'header' }));
  first.sections.forEach((s, i) =>
    g.put(colLetter(lostStart + i), HEAD, { value: `扣分：${s.name}`, style: 'header' }),
  );
  g.heights[HEAD] = 36;
  const r0 = HEAD + 1;
  const rN = HEAD + Math.max(1, units.length);
  const totalCol = at('总分');
  const totals = range(abs(`${totalCol}${r0}`), abs(`${totalCol}${rN}`));
  const out: RollupCells['units'][number][] = [];
  units.forEach((u, i) => {
    const r = r0 + i;
    const graph = graphOf(u.cls);
    const put = (col: string, c: Omit<CellPlan, 'address'>): string => g.put(col, r, c);
    const value = (col: string, v: number | string | null): string => put(col, { value: v, style: 'number' });
    put('A', { value: i + 1, style: 'number' });
    put('B', { value: u.unit, style: 'text' });
    put('C', { value: u.file, style: 'note' });
    put('D', { value: u.cls ?? '', style: 'text' });
    graph.sections.forEach((s, k) => value(colLetter(5 + k), u.sections[s.id] ?? null));
    const baseCell = value(at('基础分'), u.base);
    const adjCells = new Map<string, string>();
    graph.adjustments.forEach((a, k) =>
      adjCells.set(a.node, value(colLetter(cols.indexOf('基础分') + 2 + k), u.adjustments[a.item.id] ?? null)),
    );
    const vetoCell = value(at('一票否决'), u.veto ? YES : '否');
    const flagCol = cols.find((c) => c.startsWith('突出问题'));
    const flagCell = flagCol ? value(at(flagCol), u.flagged ? YES : '否') : undefined;
    const resolve: Resolver = (name) => {
      if (name === 'base') return cell(baseCell);
      if (name === 'total') return cell(`${totalCol}${r}`);
      if (name === 'veto') return eq(cell(vetoCell), str(YES));
      const a = adjCells.get(name);
      if (a) return cell(a);
      throw new Error(`roll-up: no cell for ${name}`);
    };
    const expr = (node: string): Expr => graph.nodes.find((n) => n.name === node)?.expr ?? str('');
    const total = put(totalCol, { formula: printFormula(expr('total'), resolve), style: 'total' });
    const rank = put(at('排名'), {
      formula: printFormula(iff(call('ISNUMBER', cell(total)), call('RANK', cell(total), totals), str(''))),
      style: 'formula',
    });
    const grade = put(at('等次'), { formula: printFormula(expr('grade'), resolve), style: 'grade' });
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
      rankClass = put(at(ranking.title), {
        formula: printFormula(iff(call('ISNUMBER', cell(total)), byRank, str(''))),
        style: 'grade',
      });
    }
    put(at('审核'), { value: u.audit, style: 'text' });
    const lost: Record<string, string> = {};
    graph.sections.forEach((s, k) => {
      const sc = cell(`${colLetter(5 + k)}${r}`);
      const possible = s.items.reduce((n, it) => n + it.possible, 0);
      lost[s.id] = put(colLetter(lostStart + k), {
        formula: printFormula(iff(call('ISNUMBER', sc), call('ROUND', sub(num(possible), sc), num(2)), str(''))),
        style: 'formula',
      });
    });
    out.push({ total, rank, grade, ...(rankClass ? { rankClass } : {}), lost });
  });
  return {
    plan: summarySheet(g, widths, {
      totals: `${totalCol}${r0}:${totalCol}${rN}`,
      lost: `${colLetter(lostStart)}${r0}:${lastCol}${rN}`,
    }),
    cells: { units: out },
  };
}

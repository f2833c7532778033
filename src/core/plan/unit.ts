import { cell, type Expr } from '../formula/ast';
import { formatNumber, printExpr, printFormula, type Resolver } from '../formula/print';
import { inputNode, type ClausePlan, type ItemPlan, type UnitGraph } from '../engine/graph';
import type { InputSpec } from '../rules/inputs';
import { badEntryTest, inputCaption, LIST_MAX, validationFor } from './checks';
import { Grid } from './grid';
import { CURRENT_LAYOUT, type Layout } from './store';
import { LAYOUT_2, SOURCE_GAP_MARK } from './unit-frame';
import { LAYOUT_1 } from './unit-frame-v1';
import type { TableRuns, UnitLayout } from './unit-layout';
import type { SheetPlan, UnitCells } from './types';

export interface UnitSheetOptions {
  readonly sheet: string;
  readonly date?: string;
  readonly team?: string;
  /** The layout of the workbook (store.ts); new workbooks take the current one. */
  readonly layout?: Layout;
  /** 扣分依据 already written, by item: rows grow to show them whole (layout 2). */
  readonly basis?: Readonly<Record<string, string>>;
}

const LAYOUTS: Readonly<Record<Layout, UnitLayout>> = { 1: LAYOUT_1, 2: LAYOUT_2 };

export interface UnitSheet {
  readonly plan: SheetPlan;
  readonly cells: UnitCells;
}

/**
 * Lays out one unit's 计分表 like 004's: one row per input, clause text merged over its inputs,
 * item score and 扣分依据 merged over the item. Every computed cell prints a graph node's Expr
 * with cells for symbols, so the sheet computes exactly what the engine computes.
 */
export function planUnitSheet(graph: UnitGraph, unit: string, options: UnitSheetOptions): UnitSheet {
  const L = LAYOUTS[options.layout ?? CURRENT_LAYOUT];
  const { C, headerRows: HEADER_ROWS } = L;
  const g = new Grid(L.widths);
  const runs: { items: [number, number][]; blocks: { title: string; r0: number; r1: number }[]; tail: number } = {
    items: [],
    blocks: [],
    tail: 0,
  };
  const at = new Map<string, string>();
  const exprs = new Map(graph.nodes.map((n) => [n.name, n.expr]));
  const resolve: Resolver = (name) => {
    const a = at.get(name);
    if (a !== undefined) return cell(a);
    const e = exprs.get(name);
    if (e === undefined) throw new Error(`no cell for ${name}`);
    return e; // a node without a cell of its own (veto, item lost) is written out in place
  };
  const formula = (
    col: string,
    row: number,
    node: string,
    style: 'formula' | 'subtotal' | 'total' | 'grade' = 'formula',
  ): void => {
    at.set(node, `${col}${row}`);
    const numFmt = style === 'formula' && (col === C.lost || col === C.score) ? L.clauseFormat : undefined;
    g.after(() =>
      g.put(col, row, {
        formula: printFormula(exprs.get(node) as Expr, resolve),
        style,
        ...(numFmt ? { numFmt } : {}),
      }),
    );
  };
  const header = L.header(g, graph, unit, options);
  const inputs: Record<string, string> = {};
  const basis: Record<string, string> = {};
  const items: Record<string, string> = {};
  const clauses: Record<string, string> = {};
  const sections: Record<string, string> = {};
  let row = HEADER_ROWS + 1;

  const inputRow = (spec: InputSpec, col: string = C.input, label = true): void => {
    const a = `${col}${row}`;
    at.set(inputNode(spec.id), a);
    inputs[spec.id] = a;
    const caption = inputCaption(spec);
    if (label) {
      g.put(C.label, row, { value: caption, style: 'text' });
      g.fit(C.label, row, row, caption);
    }
    g.put(col, row, { value: spec.preset ?? null, style: 'input', unlocked: true });
    g.validations.push(validationFor(spec, a));
    g.conditionals.push({ type: 'expression', range: a, formula: badEntryTest(spec, a), look: 'bad-entry' });
    row++;
  };
  /** Rule texts of the item being laid out: layout 2 writes a text two clauses share once, over both. */
  let texts: { text: string; r0: number; r1: number }[] = [];
  const placeTexts = (): void => {
    for (const t of texts) {
      g.span(C.text, t.r0, C.text, t.r1, { value: t.text, style: 'rule' });
      g.fit(C.text, t.r0, t.r1, t.text);
    }
    texts = [];
  };
  const clauseRows = (c: ClausePlan, role: ItemPlan['role'], note = ''): void => {
    const r0 = row;
    c.inputs.forEach((spec) => inputRow(spec));
    const r1 = row - 1;
    const before = texts[texts.length - 1];
    if (L.version === 2 && before?.text === c.clause.text && before.r1 === r0 - 1) before.r1 = r1;
    else texts.push({ text: c.clause.text, r0, r1 });
    g.span(C.points, r0, C.points, r1, { value: L.clausePoints(c, role), style: 'number' });
    // A bonus clause loses nothing: its "points not reached" are not 扣分, so the cell stays empty.
    g.span(C.lost, r0, C.lost, r1, role === 'bonus' ? { value: '—', style: 'number' } : { style: 'formula' });
    g.span(C.score, r0, C.score, r1, { style: 'formula' });
    if (role !== 'bonus') formula(C.lost, r0, c.lostNode);
    formula(C.score, r0, c.node);
    clauses[`${c.node.slice('clause:'.length)}`] = `${C.score}${r0}`;
    const reading = [note, c.clause.reading ?? ''].filter(Boolean).join('\n');
    g.span(C.reading, r0, C.reading, r1, { value: reading, style: 'note' });
    if (reading) g.fit(C.reading, r0, r1, reading);
  };
  const itemRows = (it: ItemPlan): [number, number] => {
    const r0 = row;
    // Layout 2 prints a mark where the source has a gap, and tells it in full beside the rule on screen.
    const gapNote = L.version === 2 && it.item.sourceGap ? SOURCE_GAP_MARK : '';
    it.clauses.forEach((c, k) => clauseRows(c, it.role, k === 0 ? gapNote : ''));
    placeTexts();
    for (const spec of it.extraInputs) {
      g.put(C.text, row, { value: spec.text, style: 'rule' });
      g.put(C.points, row, { value: null, style: 'number' });
      g.fit(C.text, row, row, spec.text);
      inputRow(spec);
    }
    const r1 = row - 1;
    const sign = it.role === 'bonus' ? '+' : it.role === 'penalty' ? '−' : '';
    const name = `${it.item.group ? `${it.item.group}\n` : ''}${it.item.name}（${sign}${formatNumber(it.cap)}分）`;
    const gap = !it.item.sourceGap ? '' : L.version === 1 ? `\n原表：${it.item.sourceGap}` : `\n${SOURCE_GAP_MARK}`;
    g.span(C.no, r0, C.no, r1, { value: it.item.id, style: 'number' });
    g.span(C.item, r0, C.item, r1, { value: name + gap, style: 'text' });
    g.fit(C.item, r0, r1, name + gap);
    g.span(C.itemScore, r0, C.itemScore, r1, { style: 'formula' });
    formula(C.itemScore, r0, it.node);
    items[it.item.id] = `${C.itemScore}${r0}`;
    const b = g.span(C.basis, r0, C.basis, r1, { value: null, style: 'inputText', unlocked: true });
    basis[it.item.id] = b;
    // Room for a reason of two lines at least, or for the one written (merged cells never grow by themselves).
    if (L.version === 2) g.fit(C.basis, r0, r1, options.basis?.[it.item.id] || '\n');
    const j = `${C.itemScore}${r0}`;
    g.after(() =>
      g.conditionals.push({
        type: 'expression',
        range: b,
        formula: `AND(ISNUMBER(${j}),${printExpr(exprs.get(it.lostNode) as Expr, resolve)}>0,TRIM(${b})="")`,
        look: 'missing-basis',
      }),
    );
    runs.items.push([r0, r1]);
    return [r0, r1];
  };
  const block = (title: string, body: () => void): void => {
    const r0 = row;
    body();
    if (row > r0) runs.blocks.push({ title, r0, r1: row - 1 });
  };
  const summaryRow = (
    label: string,
    node: string,
    style: 'subtotal' | 'total' | 'grade',
    points?: number,
    text?: string,
  ): string => {
    L.totalRow(g, row, label, style, points, text);
    formula(C.itemScore, row, node, style);
    return `${C.itemScore}${row++}`;
  };

  for (const s of graph.sections) {
    block(L.version === 1 ? s.name : `${s.name}（${formatNumber(s.cap)}分）`, () => s.items.forEach(itemRows));
    sections[s.id] = summaryRow(`${s.name} 小计`, s.node, 'subtotal', s.cap);
  }
  const base = summaryRow(graph.adjustments.length ? '基础分合计' : '合计', 'base', 'subtotal', graph.rubric.total);
  for (const a of graph.adjustments) block(a.role === 'bonus' ? '加分项' : '扣分项', () => itemRows(a));
  block('一票否决', () => graph.vetoes.forEach((v) => captionRow(v)));
  runs.tail = row;
  const total = summaryRow('总分', 'total', 'total');
  const grade = summaryRow('等次', 'grade', 'grade', undefined, bandsText(graph));
  block('取消评先条件', () => graph.disqualifiers.forEach((v) => captionRow(v)));
  block('排名约束', () => graph.rankingInputs.forEach((v) => captionRow(v)));
  let composite: string | undefined;
  if (graph.parts.length) {
    block('综合评分', () => graph.parts.forEach((v) => captionRow(v)));
    composite = summaryRow('综合得分', 'composite', 'total', undefined, graph.rubric.composite?.text);
  }
  function captionRow(spec: InputSpec): void {
    const where = L.captionRow(g, row, spec);
    inputRow(spec, where.input, where.label);
  }
  const { last, print } = L.finish(g, graph, unit, row, runs as TableRuns);
  g.finish();
  const hiddenColumns = listsInCells(g, L.widths.length);
  const cells: UnitCells = {
    ...header,
    base,
    total,
    grade,
    ...(composite !== undefined ? { composite } : {}),
    sections,
    items,
    clauses,
    inputs,
    basis,
    nodes: Object.fromEntries([...at].filter(([k]) => !k.startsWith('in:'))),
  };
  const plan: SheetPlan = {
    name: options.sheet,
    kind: 'unit',
    cells: g.sortedCells(),
    merges: g.merges,
    columnWidths: L.widths,
    rowHeights: g.heights,
    validations: g.validations,
    conditionals: [
      ...g.conditionals,
      {
        type: 'expression',
        range: `${C.lost}${HEADER_ROWS + 1}:${C.lost}${last}`,
        formula: `AND(ISNUMBER(${C.lost}${HEADER_ROWS + 1}),${C.lost}${HEADER_ROWS + 1}>0)`,
        look: 'lost',
      },
    ],
    freeze: { rows: HEADER_ROWS, columns: 0 },
    protect: true,
    print,
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    visibility: 'visible',
  };
  return { plan, cells };
}

/**
 * A list of choices longer than Excel keeps in a rule (LIST_MAX) is written into cells of a
 * hidden column below the table and the rule reads it from there; the caption beside the input
 * shows the whole list. Returns the hidden column, if any.
 */
function listsInCells(g: Grid, columns: number): number[] {
  const col = String.fromCharCode(65 + columns);
  let row = Math.max(...[...g.cells.keys()].map((a) => Number(/\d+$/.exec(a)?.[0] ?? 0))) + 2;
  const start = row;
  g.validations.forEach((v, i) => {
    if (v.type !== 'list' || !v.list || Array.from(v.list.join(',')).length <= LIST_MAX) return;
    const r0 = row;
    for (const item of v.list) g.put(col, row++, { value: item });
    g.validations[i] = { ...v, source: `=$${col}$${r0}:$${col}$${row - 1}` };
  });
  return row > start ? [columns + 1] : [];
}

function bandsText(graph: UnitGraph): string {
  const bands = graph.rubric.grades.map((b) =>
    b.min === undefined ? `其余 ${b.name}` : `≥${formatNumber(b.min)} ${b.name}`,
  );
  return bands.join('；') + (graph.vetoes.length ? '；一票否决者为最低等次' : '');
}

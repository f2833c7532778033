import { type Expr, call, eq, iff, max, min, num, str, sub, sym, mul, div, add, sumOf, bin } from '../formula/ast';
import type { Clause, Item, Rubric, RankingRule } from '../rubric/schema';
import { type InputSpec, atClass, NO } from '../rules/inputs';
import { ruleExpr, ruleInputs, withRequirement } from '../rules/kinds';

/**
 * The computation of one unit's table as named expressions: inputs → clauses → items → sections
 * → total → grade. The engine evaluates these nodes; the sheet plan puts each in a cell. Both read
 * the same nodes, so a sheet's formulas and the engine's numbers come from one definition.
 */

export type NodeKind =
  | 'clause'
  | 'clauseLost'
  | 'item'
  | 'itemLost'
  | 'section'
  | 'adjustment'
  | 'base'
  | 'total'
  | 'grade'
  | 'veto'
  | 'composite';

export interface GraphNode {
  readonly name: string;
  readonly kind: NodeKind;
  readonly expr: Expr;
}

export interface ClausePlan {
  readonly clause: Clause;
  readonly points: number;
  readonly inputs: readonly InputSpec[];
  readonly node: string;
  readonly lostNode: string;
}

export interface ItemPlan {
  readonly item: Item;
  readonly section: { id: string; name: string } | undefined;
  readonly role: 'base' | 'bonus' | 'penalty';
  readonly cap: number;
  /** What the clauses can earn together (may differ from the cap: 002 item 1 is 6 + 2 of 10). */
  readonly possible: number;
  readonly clauses: readonly ClausePlan[];
  readonly extraInputs: readonly InputSpec[];
  readonly node: string;
  readonly lostNode: string;
}

export interface SectionPlan {
  readonly id: string;
  readonly name: string;
  readonly cap: number;
  readonly items: readonly ItemPlan[];
  readonly node: string;
}

export interface UnitGraph {
  readonly rubric: Rubric;
  readonly cls: string | undefined;
  readonly sections: readonly SectionPlan[];
  readonly adjustments: readonly ItemPlan[];
  readonly vetoes: readonly InputSpec[];
  readonly disqualifiers: readonly InputSpec[];
  readonly rankingInputs: readonly InputSpec[];
  readonly parts: readonly InputSpec[];
  /** Every input in sheet order. */
  readonly inputs: readonly InputSpec[];
  /** Which item (or block) each input belongs to. */
  readonly inputItem: ReadonlyMap<string, string>;
  /** Every computed node in evaluation order. */
  readonly nodes: readonly GraphNode[];
}

export const inputNode = (id: string): string => `in:${id}`;
const blank = str('');
const r2 = (e: Expr): Expr => call('ROUND', e, num(2));
/** `IF(OR(a="",b=""),"",e)`: a result stays empty until everything it needs is filled. */
function whenFilled(names: readonly string[], e: Expr): Expr {
  if (names.length === 0) return e;
  const tests = names.map((n) => eq(sym(n), blank));
  return iff(tests.length === 1 ? (tests[0] as Expr) : call('OR', ...tests), blank, e);
}

function flagSpec(f: { id: string; label: string; text?: string | undefined }, role: InputSpec['role']): InputSpec {
  return { id: f.id, kind: 'yesno', label: f.label, text: f.text ?? f.label, role, preset: '是' };
}

function planClause(
  itemId: string,
  c: Clause,
  cls: string | undefined,
  nodes: GraphNode[],
  role: ItemPlan['role'],
): ClausePlan {
  const points = atClass(c.points, cls);
  const inputs = ruleInputs(c.rule, cls, c.text).map((s) => (s.kind === 'score' ? { ...s, max: points } : s));
  const req: InputSpec[] = c.requires ? [flagSpec(c.requires, 'requires')] : [];
  const all = [...inputs, ...req];
  const node = `clause:${itemId}/${c.id}`;
  const lostNode = `clauseLost:${itemId}/${c.id}`;
  const score = withRequirement(
    c.requires ? sym(inputNode(c.requires.id)) : undefined,
    ruleExpr(c.rule, points, (id) => sym(inputNode(id)), cls),
  );
  // A void flag is presumed met until someone answers 否, as the sheet presets it to 是.
  nodes.push({
    name: node,
    kind: 'clause',
    expr: whenFilled(
      inputs.map((s) => inputNode(s.id)),
      score,
    ),
  });
  // A bonus clause loses nothing: what it does not award was never owed.
  const lost = role === 'bonus' ? num(0) : r2(sub(num(points), sym(node)));
  nodes.push({ name: lostNode, kind: 'clauseLost', expr: whenFilled([node], lost) });
  return { clause: c, points, inputs: all, node, lostNode };
}

function planItem(
  item: Item,
  section: { id: string; name: string } | undefined,
  role: ItemPlan['role'],
  cap: number,
  cls: string | undefined,
  nodes: GraphNode[],
  blockCap?: number,
): ItemPlan {
  const clauses = item.clauses.map((c) => planClause(item.id, c, cls, nodes, role));
  const parts = clauses.reduce((s, c) => s + c.points, 0);
  // An item never scores above its cap, even where its clauses promise more (004 3.1: 共3分 + 共2分 in a
  // row worth 4); where they promise less (002 item 1: 6 + 2 of 10) it can earn only what they give.
  const overCap = role === 'base' && parts > cap;
  const possible = role === 'base' ? Math.min(parts, cap) : role === 'bonus' ? cap : 0;
  const sum = call('SUM', ...clauses.map((c) => sym(c.node)));
  let score: Expr = overCap ? min(num(cap), sum) : sum;
  if (role === 'bonus') score = min(num(blockCap ?? cap), sum);
  else if (role === 'penalty') score = max(num(-(blockCap ?? cap)), sum);
  else if (item.maxDeduction !== undefined) score = max(num(possible - item.maxDeduction), score);
  const extraInputs: InputSpec[] = [];
  // 年度没有此项任务: the item scores 0 and loses nothing, whatever its (unfilled) clauses say.
  const na = item.notApplicable ? flagSpec(item.notApplicable.input, 'applicable') : undefined;
  if (na) extraInputs.push(na);
  const whenApplicable = (e: Expr, otherwise: Expr): Expr =>
    na ? iff(eq(sym(inputNode(na.id)), str(NO)), otherwise, e) : e;
  const node = `item:${item.id}`;
  const lostNode = `itemLost:${item.id}`;
  nodes.push({
    name: node,
    kind: 'item',
    expr: whenApplicable(
      whenFilled(
        clauses.map((c) => c.node),
        r2(score),
      ),
      num(0),
    ),
  });
  const lost = role === 'penalty' ? sub(num(0), sym(node)) : role === 'bonus' ? num(0) : sub(num(possible), sym(node));
  nodes.push({ name: lostNode, kind: 'itemLost', expr: whenApplicable(whenFilled([node], r2(lost)), num(0)) });
  return { item, section, role, cap, possible, clauses, extraInputs, node, lostNode };
}

/** Builds the named computation of one unit's table for a unit class. */
export function buildUnitGraph(rubric: Rubric, cls: string | undefined, ranking?: RankingRule): UnitGraph {
  const nodes: GraphNode[] = [];
  const sections: SectionPlan[] = rubric.sections.map((s) => {
    const items = s.items.map((it) =>
      planItem(it, { id: s.id, name: s.name }, 'base', atClass(it.cap, cls), cls, nodes),
    );
    return {
      id: s.id,
      name: s.name,
      cap: s.cap === undefined ? items.reduce((a, i) => a + i.cap, 0) : atClass(s.cap, cls),
      items,
      node: `section:${s.id}`,
    };
  });
  // Points moved from a not-applicable item (视情调整到…) raise its target in proportion.
  const allItems = sections.flatMap((s) => s.items);
  const moved = new Map<string, ItemPlan[]>();
  for (const it of allItems) {
    const na = it.item.notApplicable;
    if (na?.mode === 'moveTo' && na.to) moved.set(na.to, [...(moved.get(na.to) ?? []), it]);
  }
  const itemValue = (it: ItemPlan): Expr => {
    const from = moved.get(it.item.id);
    if (!from || it.possible === 0) return sym(it.node);
    const extra = sumOf(
      from.map((f) => iff(eq(sym(inputNode(f.extraInputs[0]?.id ?? '')), str(NO)), num(f.possible), num(0))),
    );
    return mul(sym(it.node), div(add(num(it.possible), extra), num(it.possible)));
  };
  for (const s of sections) {
    nodes.push({
      name: s.node,
      kind: 'section',
      expr: whenFilled(
        s.items.map((i) => i.node),
        r2(
          s.items.length === 1 && !moved.has(s.items[0]?.item.id ?? '')
            ? sym(s.items[0]?.node ?? '')
            : sumOf(s.items.map(itemValue)),
        ),
      ),
    });
  }
  const adjustments = rubric.adjustments.map((a) =>
    planItem(
      { id: a.id, name: a.name, cap: a.cap, text: a.text, method: a.method, clauses: a.clauses } as Item,
      undefined,
      a.role,
      a.cap,
      cls,
      nodes,
      a.cap,
    ),
  );
  const rescaled = allItems.filter((i) => i.item.notApplicable?.mode === 'rescale');
  let base: Expr = sumOf(sections.map((s) => sym(s.node)));
  if (rescaled.length > 0) {
    const missing = sumOf(
      rescaled.map((i) => iff(eq(sym(inputNode(i.extraInputs[0]?.id ?? '')), str(NO)), num(i.possible), num(0))),
    );
    // Every item not applicable leaves nothing to rescale: the base is 0, not a division by zero.
    // Rescale to what the table can give (its items' points), which may differ from its stated total.
    const full = allItems.reduce((a, i) => a + i.possible, 0);
    const left = sub(num(full), missing);
    base = iff(bin('<=', left, num(0)), num(0), mul(base, div(num(full), left)));
  }
  nodes.push({
    name: 'base',
    kind: 'base',
    expr: whenFilled(
      sections.map((s) => s.node),
      r2(base),
    ),
  });
  nodes.push({
    name: 'total',
    kind: 'total',
    expr: whenFilled(
      ['base', ...adjustments.map((a) => a.node)],
      r2(sumOf([sym('base'), ...adjustments.map((a) => sym(a.node))])),
    ),
  });
  const vetoes = rubric.vetoes.map((v) => flagSpec(v, 'veto'));
  const disqualifiers = rubric.disqualifiers.map((v) => flagSpec(v, 'disqualifier'));
  const vetoTest =
    vetoes.length === 0
      ? undefined
      : vetoes.length === 1
        ? eq(sym(inputNode(vetoes[0]?.id ?? '')), str(NO))
        : call('OR', ...vetoes.map((v) => eq(sym(inputNode(v.id)), str(NO))));
  if (vetoTest) nodes.push({ name: 'veto', kind: 'veto', expr: vetoTest });
  const bands = rubric.grades;
  const lowest = bands[bands.length - 1]?.name ?? '';
  const byScore = bands.reduceRight<Expr>(
    (rest, b) => (b.min === undefined ? str(b.name) : iff(bin('>=', sym('total'), num(b.min)), str(b.name), rest)),
    str(lowest),
  );
  nodes.push({
    name: 'grade',
    kind: 'grade',
    expr: whenFilled(['total'], vetoTest ? iff(sym('veto'), str(lowest), byScore) : byScore),
  });
  const parts = (rubric.composite?.parts ?? []).map<InputSpec>((p) => ({
    id: p.id,
    kind: 'score',
    label: p.label,
    text: p.text ?? rubric.composite?.text ?? p.label,
    unit: '分',
    min: 0,
    max: 100,
    role: 'part',
  }));
  if (rubric.composite) {
    const c = rubric.composite;
    nodes.push({
      name: 'composite',
      kind: 'composite',
      expr: whenFilled(
        ['total', ...parts.map((p) => inputNode(p.id))],
        r2(sumOf([mul(num(c.weight), sym('total')), ...c.parts.map((p) => mul(num(p.weight), sym(inputNode(p.id))))])),
      ),
    });
  }
  const rankingInputs: InputSpec[] = ranking
    ? [
        ...(ranking.flagged ? [flagSpec(ranking.flagged.input, 'flagged')] : []),
        ...ranking.constraints.map((c) => flagSpec(c, 'constraint')),
      ]
    : [];
  const inputs = [
    ...sections.flatMap((s) => s.items.flatMap((i) => [...i.clauses.flatMap((c) => c.inputs), ...i.extraInputs])),
    ...adjustments.flatMap((a) => a.clauses.flatMap((c) => c.inputs)),
    ...vetoes,
    ...disqualifiers,
    ...rankingInputs,
    ...parts,
  ];
  const inputItem = new Map<string, string>();
  for (const it of [...allItems, ...adjustments]) {
    for (const s of [...it.clauses.flatMap((c) => c.inputs), ...it.extraInputs]) inputItem.set(s.id, it.item.id);
  }
  return {
    rubric,
    cls,
    sections,
    adjustments,
    vetoes,
    disqualifiers,
    rankingInputs,
    parts,
    inputs,
    inputItem,
    nodes,
  };
}

import { evaluate, type Value } from '../formula/evaluate';
import type { RankingRule, Rubric } from '../rubric/schema';
import { NO } from '../rules/inputs';
import { checkEntry, type Checked, type Entry } from './entries';
import type { Finding } from './findings';
import { buildUnitGraph, inputNode, type ItemPlan, type UnitGraph } from './graph';

/** A unit's entries: input id → value, and `basis`: item id → 扣分依据. */
export interface UnitEntries {
  readonly values: Readonly<Record<string, Entry>>;
  readonly basis: Readonly<Record<string, string>>;
  /** Read from a workbook's cells: taken as the sheet's formulas take them (see checkEntry). */
  readonly fromCells?: boolean;
  /** Inputs already judged at their cell (merged away, an error value, a percent format), by id. */
  readonly checkedAtCell?: Readonly<Record<string, Checked>>;
}

export interface ClauseResult {
  readonly id: string;
  readonly points: number;
  readonly score: number | null;
  readonly lost: number | null;
}

export interface ItemResult {
  readonly id: string;
  readonly name: string;
  readonly section?: string;
  readonly group?: string;
  readonly role: 'base' | 'bonus' | 'penalty';
  readonly cap: number;
  readonly possible: number;
  readonly score: number | null;
  readonly lost: number | null;
  readonly basis?: string;
  readonly clauses: readonly ClauseResult[];
}

export interface SectionResult {
  readonly id: string;
  readonly name: string;
  readonly cap: number;
  readonly score: number | null;
  readonly lost: number | null;
}

export interface UnitResult {
  readonly unit: string;
  readonly cls: string | undefined;
  readonly complete: boolean;
  readonly base: number | null;
  readonly total: number | null;
  readonly grade: string | null;
  readonly veto: boolean;
  readonly disqualified: boolean;
  readonly flagged: boolean;
  readonly composite: number | null;
  readonly sections: readonly SectionResult[];
  readonly items: readonly ItemResult[];
  readonly adjustments: readonly ItemResult[];
  readonly findings: readonly Finding[];
  /** Every node's value by name, for comparing with a workbook cell by cell. */
  readonly values: ReadonlyMap<string, Value>;
}

const asNumber = (v: Value | undefined): number | null => (typeof v === 'number' ? v : null);

/** Scores one unit's entries against a rubric. Pure: data in, data out. */
export function scoreUnit(
  rubric: Rubric,
  unit: string,
  entries: UnitEntries,
  cls?: string,
  ranking?: RankingRule,
  graph: UnitGraph = buildUnitGraph(rubric, cls, ranking),
): UnitResult {
  const values = new Map<string, Value>();
  const findings: Finding[] = [];
  for (const spec of graph.inputs) {
    const item = graph.inputItem.get(spec.id);
    const raw = entries.values[spec.id];
    const checked = entries.checkedAtCell?.[spec.id] ?? checkEntry(spec, raw, item, entries.fromCells === true);
    // A void flag holding junk keeps the junk, as its cell would, so its clause stays unscored.
    const junkFlag = spec.role === 'requires' && checked.finding?.severity === 'error' && raw !== undefined;
    values.set(inputNode(spec.id), junkFlag ? String(raw) : checked.value);
    if (checked.finding) findings.push({ ...checked.finding, unit });
  }
  const known = new Set(graph.inputs.map((s) => s.id));
  for (const key of Object.keys(entries.values)) {
    if (!known.has(key)) findings.push({ code: 'unknown-input', severity: 'error', unit, params: { input: key } });
  }
  // A class the rubric does not declare (a typo, 三类): its points would silently be the default ones.
  if (cls !== undefined && !rubric.classes.some((c) => c.id === cls)) {
    findings.push({
      code: 'entry-unknown-class',
      severity: 'error',
      unit,
      params: { cls, options: rubric.classes.map((c) => c.id).join('/') },
    });
  }
  const scope = { lookup: (name: string): Value => values.get(name) ?? null };
  for (const node of graph.nodes) values.set(node.name, evaluate(node.expr, scope));
  // An item without a task this year (年度没有此项任务) needs none of its entries.
  const notApplicable = new Set(
    [...graph.sections.flatMap((s) => s.items)]
      .filter((it) => it.extraInputs.some((x) => x.role === 'applicable' && values.get(inputNode(x.id)) === NO))
      .map((it) => it.item.id),
  );
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    if (f?.code === 'not-filled' && f.item !== undefined && notApplicable.has(f.item)) findings.splice(i, 1);
  }

  const itemResult = (it: ItemPlan): ItemResult => {
    const score = asNumber(values.get(it.node));
    const lost = asNumber(values.get(it.lostNode));
    const basis = entries.basis[it.item.id]?.trim();
    if (lost !== null && lost > 0 && !basis) {
      findings.push({ code: 'no-basis', severity: 'warning', unit, item: it.item.id, params: { lost } });
    }
    return {
      id: it.item.id,
      name: it.item.name,
      ...(it.section ? { section: it.section.id } : {}),
      ...(it.item.group ? { group: it.item.group } : {}),
      role: it.role,
      cap: it.cap,
      possible: it.possible,
      score,
      lost,
      ...(basis ? { basis } : {}),
      clauses: it.clauses.map((c) => ({
        id: c.clause.id,
        points: c.points,
        score: asNumber(values.get(c.node)),
        lost: asNumber(values.get(c.lostNode)),
      })),
    };
  };
  const items = graph.sections.flatMap((s) => s.items.map(itemResult));
  const adjustments = graph.adjustments.map(itemResult);
  const sections = graph.sections.map((s) => {
    const score = asNumber(values.get(s.node));
    return {
      id: s.id,
      name: s.name,
      cap: s.cap,
      score,
      lost: score === null ? null : round2(s.items.reduce((a, i) => a + i.possible, 0) - score),
    };
  });
  const isNo = (id: string): boolean => values.get(inputNode(id)) === NO;
  const veto = graph.vetoes.some((v) => isNo(v.id));
  for (const v of [
    ...graph.vetoes,
    ...graph.disqualifiers,
    ...graph.rankingInputs.filter((r) => r.role === 'constraint'),
  ]) {
    if (isNo(v.id)) {
      findings.push({
        code: v.role === 'veto' ? 'veto-triggered' : 'disqualified',
        severity: 'info',
        unit,
        params: { label: v.label },
      });
    }
  }
  const disqualified =
    veto ||
    graph.disqualifiers.some((d) => isNo(d.id)) ||
    graph.rankingInputs.some((r) => r.role === 'constraint' && isNo(r.id));
  const flagged = graph.rankingInputs.some((r) => r.role === 'flagged' && isNo(r.id));
  const total = asNumber(values.get('total'));
  const grade = values.get('grade');
  return {
    unit,
    cls,
    complete: total !== null,
    base: asNumber(values.get('base')),
    total,
    grade: typeof grade === 'string' && grade !== '' ? grade : null,
    veto,
    disqualified,
    flagged,
    composite: asNumber(values.get('composite')),
    sections,
    items,
    adjustments,
    findings,
    values,
  };
}

/** Two decimals, without float tails: 3 × 0.1 is 0.3. */
export function round2(n: number): number {
  return Math.round(Number((n * 100).toPrecision(15))) / 100 || 0;
}

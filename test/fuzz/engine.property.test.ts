import fc from 'fast-check';
import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from 'hyperformula';
import { cell, type Expr } from '../../src/core/formula/ast';
import { printFormula } from '../../src/core/formula/print';
import type { Value } from '../../src/core/formula/evaluate';
import { buildUnitGraph, inputNode, type UnitGraph } from '../../src/core/engine/graph';
import { round2, scoreUnit, type UnitResult } from '../../src/core/engine/score';
import type { Entry } from '../../src/core/engine/entries';
import { loadRubric } from '../../src/core/rubric/load';
import type { RankingRule, Rubric } from '../../src/core/rubric/schema';
import { junkEntriesArb, rubricJsonArb, validEntriesArb } from './arbitraries';

/**
 * Properties of the engine over random valid rubrics (every rule kind) and entries:
 * it never throws, every score stays in its bounds, totals add up, junk is reported not scored,
 * and the formulas printed for the sheet compute exactly what the engine computes.
 */

/**
 * HyperFormula's ROUND rounds the binary double (ROUND(1.5-0.495,2) → 1); Excel and LibreOffice
 * round its 15-digit decimal value (→ 1.01; checked with LibreOffice 7 headless). The sheet will be
 * recalculated by those, so HyperFormula gets their ROUND, written independently of the engine's.
 */
class SpreadsheetRound extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };
  round(ast: { args: unknown[] }, state: unknown): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata('ROUND'), (n: number, places: number) => {
      const decimal = Number(Math.abs(n).toPrecision(15));
      const rounded = Number(`${Math.round(Number(`${decimal}e${places}`))}e-${places}`);
      return n < 0 ? -rounded : rounded;
    });
  }
}
HyperFormula.unregisterFunction('ROUND');
HyperFormula.registerFunctionPlugin(SpreadsheetRound, { enGB: { ROUND: 'ROUND' } });

interface Case {
  readonly rubric: Rubric;
  readonly ranking: RankingRule | undefined;
  readonly cls: string | undefined;
  readonly graph: UnitGraph;
  readonly entries: Record<string, Entry>;
}

/** A loaded random rubric, a unit class for it, and entries drawn by `entriesOf`. */
function caseArb(entriesOf: (g: UnitGraph) => fc.Arbitrary<Record<string, Entry>>): fc.Arbitrary<Case> {
  return rubricJsonArb.chain((json) => {
    const loaded = loadRubric(json);
    if (!loaded.ok)
      throw new Error(`generated rubric does not load: ${JSON.stringify(loaded.problems)}\n${JSON.stringify(json)}`);
    const { rubric } = loaded;
    const ranking = loaded.ranking;
    const classes: (string | undefined)[] = [undefined, ...rubric.classes.map((c) => c.id)];
    return fc.constantFrom(...classes).chain((cls) => {
      const graph = buildUnitGraph(rubric, cls, ranking);
      return entriesOf(graph).map((entries) => ({
        rubric,
        ranking,
        cls,
        graph,
        entries,
        // A counterexample prints as the rubric file, the class and the entries: short and replayable.
        [fc.toStringMethod]: () => JSON.stringify({ rubric: json, cls, entries }),
      }));
    });
  });
}

const score = (c: Case): UnitResult =>
  scoreUnit(c.rubric, '甲镇', { values: c.entries, basis: {} }, c.cls, c.ranking, c.graph);

const isRounded = (n: number): boolean => round2(n) === n;

/** The lowest a clause may score under its rule (倒扣分 may go below zero). */
function clauseFloor(
  rule: Rubric['sections'][number]['items'][number]['clauses'][number]['rule'],
  points: number,
): number {
  // A void flag (requires) may zero any clause, so no floor is above 0.
  if (rule.kind === 'deduct')
    return rule.floor === 'none' ? (rule.ceiling === undefined ? -Infinity : Math.min(0, points - rule.ceiling)) : 0;
  if (rule.kind === 'shortfall') return rule.floor === 'none' ? -Infinity : 0;
  return 0;
}

function checkBounds(c: Case, r: UnitResult): void {
  const plans = [...c.graph.sections.flatMap((s) => s.items), ...c.graph.adjustments];
  const results = [...r.items, ...r.adjustments];
  plans.forEach((plan, i) => {
    const res = results[i];
    if (!res) throw new Error('missing item result');
    expect(res.id).toBe(plan.item.id);
    plan.clauses.forEach((cp, ci) => {
      const cr = res.clauses[ci];
      if (cr?.score === null || cr === undefined) return;
      const lo = clauseFloor(cp.clause.rule, cp.points);
      expect(cr.score).toBeLessThanOrEqual(cp.points + 1e-9);
      expect(cr.score).toBeGreaterThanOrEqual(lo - 1e-9);
    });
    if (res.score === null) return;
    expect(isRounded(res.score)).toBe(true);
    if (plan.role === 'bonus') {
      expect(res.score).toBeGreaterThanOrEqual(0);
      expect(res.score).toBeLessThanOrEqual(plan.cap);
    } else if (plan.role === 'penalty') {
      expect(res.score).toBeGreaterThanOrEqual(-plan.cap);
      expect(res.score).toBeLessThanOrEqual(0);
    } else {
      expect(res.score).toBeLessThanOrEqual(plan.possible + 1e-9);
      const allFloored = plan.clauses.every((cp) => clauseFloor(cp.clause.rule, cp.points) === 0);
      if (allFloored) expect(res.score).toBeGreaterThanOrEqual(0);
      if (plan.item.maxDeduction !== undefined && !plan.item.notApplicable) {
        expect(res.score).toBeGreaterThanOrEqual(round2(plan.possible - plan.item.maxDeduction) - 1e-9);
      }
      // 年度没有此项任务: an item answered 否 scores 0 and loses nothing.
      const na = plan.extraInputs.find((x) => x.role === 'applicable');
      const notApplicable = na !== undefined && r.values.get(`in:${na.id}`) === '否';
      if (notApplicable) expect([res.score, res.lost]).toEqual([0, 0]);
      else if (res.lost !== null) expect(res.lost).toBe(round2(plan.possible - res.score));
    }
  });
}

function checkTotals(c: Case, r: UnitResult): void {
  if (r.total === null) return;
  const adj = r.adjustments.reduce((a, i) => a + (i.score ?? 0), 0);
  expect(r.base).not.toBeNull();
  expect(r.total).toBe(round2((r.base ?? 0) + adj));
  const hasNa = c.graph.sections.some((s) => s.items.some((i) => i.item.notApplicable));
  if (!hasNa) {
    expect(r.base).toBe(round2(r.sections.reduce((a, s) => a + (s.score ?? 0), 0)));
    for (const s of r.sections) {
      const items = r.items.filter((i) => i.section === s.id);
      expect(s.score).toBe(round2(items.reduce((a, i) => a + (i.score ?? 0), 0)));
    }
  }
  expect(r.grade).not.toBeNull();
  if (r.veto) expect(r.grade).toBe(c.rubric.grades[c.rubric.grades.length - 1]?.name);
}

/** Prints every node on one sheet, recalculates it in HyperFormula, and returns each node's value. */
function recalc(c: Case, r: UnitResult): Map<string, Value> {
  const sheet = '甲镇 考核';
  const names = [...c.graph.inputs.map((s) => inputNode(s.id)), ...c.graph.nodes.map((n) => n.name)];
  const address = new Map(names.map((n, i) => [n, `A${i + 1}`]));
  const resolve = (name: string): Expr => {
    const a = address.get(name);
    if (a === undefined) throw new Error(`no cell for ${name}`);
    return cell(a, sheet);
  };
  const rows: (string | number | boolean | null)[][] = [
    ...c.graph.inputs.map((s) => [r.values.get(inputNode(s.id)) ?? null]),
    ...c.graph.nodes.map((n) => [printFormula(n.expr, resolve)]),
  ];
  const hf = HyperFormula.buildFromSheets({ [sheet]: rows }, { licenseKey: 'gpl-v3' });
  try {
    const out = new Map<string, Value>();
    c.graph.nodes.forEach((n, i) => {
      const v = hf.getCellValue({ sheet: 0, col: 0, row: c.graph.inputs.length + i });
      if (v !== null && typeof v === 'object')
        throw new Error(`${n.name} ${printFormula(n.expr, resolve)} → ${v.value}`);
      out.set(n.name, v);
    });
    return out;
  } finally {
    hf.destroy();
  }
}

function checkSameAsFormulas(c: Case, r: UnitResult): void {
  const sheet = recalc(c, r);
  for (const n of c.graph.nodes) {
    const engine = r.values.get(n.name) ?? '';
    const cellValue = sheet.get(n.name) ?? '';
    if (typeof engine === 'number' && typeof cellValue === 'number') {
      if (Math.abs(engine - cellValue) > 1e-9) throw new Error(`${n.name}: engine ${engine}, formula ${cellValue}`);
    } else if (engine !== cellValue) {
      throw new Error(`${n.name}: engine ${JSON.stringify(engine)}, formula ${JSON.stringify(cellValue)}`);
    }
  }
}

describe('engine over random rubrics', () => {
  it('scores every complete valid unit: no throw, within bounds, totals add up, no errors', () => {
    fc.assert(
      fc.property(
        caseArb((g) => validEntriesArb(g)),
        (c) => {
          const r = score(c);
          expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
          expect(r.complete).toBe(true);
          checkBounds(c, r);
          checkTotals(c, r);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves a unit with gaps unscored where it must and never throws', () => {
    fc.assert(
      fc.property(
        caseArb((g) => validEntriesArb(g, true)),
        (c) => {
          const r = score(c);
          checkBounds(c, r);
          checkTotals(c, r);
          // Entries of an item answered 否 for 本年度有此项任务 are not needed.
          const naItems = new Set(
            c.graph.sections
              .flatMap((sec) => sec.items)
              .filter((it) =>
                it.extraInputs.some((x) => x.role === 'applicable' && r.values.get(inputNode(x.id)) === '否'),
              )
              .map((it) => it.item.id),
          );
          const missing = c.graph.inputs.filter(
            (s) =>
              c.entries[s.id] === undefined &&
              s.preset === undefined &&
              !naItems.has(c.graph.inputItem.get(s.id) ?? ''),
          );
          for (const s of missing)
            expect(r.findings.some((f) => f.code === 'not-filled' && f.input === s.id)).toBe(true);
          if (missing.some((s) => s.role === 'score')) expect(r.total).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports junk entries as findings and scores nothing from them', () => {
    fc.assert(
      fc.property(caseArb(junkEntriesArb), (c) => {
        const r = score(c);
        const bad = new Set(
          r.findings.filter((f) => f.severity === 'error' && f.input !== undefined).map((f) => f.input),
        );
        const known = new Set(c.graph.inputs.map((s) => s.id));
        for (const key of Object.keys(c.entries)) {
          if (!known.has(key))
            expect(r.findings.some((f) => f.code === 'unknown-input' && f.params.input === key)).toBe(true);
        }
        for (const s of c.graph.inputs) {
          if (!bad.has(s.id)) continue;
          // A junk void flag keeps its text, as its cell would; every other junk entry reads as blank.
          if (s.role === 'requires') expect(r.values.get(inputNode(s.id))).toBe(String(c.entries[s.id]));
          else expect(r.values.get(inputNode(s.id))).toBeNull();
          const itemId = c.graph.inputItem.get(s.id) ?? '';
          const naInput = c.graph.sections.flatMap((sec) => sec.items).find((it) => it.item.id === itemId)
            ?.extraInputs[0];
          const notApplicable = naInput !== undefined && r.values.get(inputNode(naInput.id)) === '否';
          if ((s.role === 'score' || s.role === 'requires') && !notApplicable) {
            const item = [...r.items, ...r.adjustments].find((i) => i.id === itemId);
            expect(item?.score).toBeNull();
            expect(r.total).toBeNull();
            expect(r.grade).toBeNull();
          }
          if (s.role === 'part') expect(r.composite).toBeNull();
        }
        checkBounds(c, r);
      }),
      { numRuns: 300 },
    );
  });

  it('computes what the printed formulas compute in a spreadsheet engine (HyperFormula)', () => {
    fc.assert(
      fc.property(
        caseArb((g) => validEntriesArb(g, true)),
        (c) => {
          checkSameAsFormulas(c, score(c));
        },
      ),
      { numRuns: 250 },
    );
  });
});

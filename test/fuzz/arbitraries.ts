import fc from 'fast-check';
import type { Entry } from '../../src/core/engine/entries';
import type { UnitGraph } from '../../src/core/engine/graph';
import type { InputSpec } from '../../src/core/rules/inputs';

/**
 * fast-check arbitraries for random VALID rubrics (every rule kind of src/core/rubric/schema.ts)
 * and for entries: valid ones drawn from each input's spec, and arbitrary junk.
 *
 * Rubrics are generated as plain JSON (what a rubric file holds); ids are assigned afterwards by a
 * counter so that every id is unique, as the loader requires.
 */

type Json = Record<string, unknown>;

export const CLASSES = ['一类', '二类'] as const;

/** Numbers a rubric author writes: whole points, halves, tenths. */
const pointsArb = fc.constantFrom(0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 20);
const perArb = fc.constantFrom(0.1, 0.2, 0.25, 0.4, 0.5, 1, 1.5, 2, 5);
const stepArb = fc.constantFrom(1, 1, 0.5, 2, 5, 10);
const steppingArb = fc.constantFrom('whole', 'exact');
const measureUnitArb = fc.constantFrom('%', '万元', '元', '户', '次');

/** A class-dependent number (`2` or `{ default: 2, 二类: 3 }`), drawn around a base value. */
function classNum(base: number, withClasses: boolean): fc.Arbitrary<unknown> {
  if (!withClasses) return fc.constant(base);
  return fc.oneof(
    fc.constant(base),
    fc.record({ default: fc.constant(base), 二类: fc.constantFrom(base, base / 2, Math.max(0, base - 1)) }),
  );
}

const input = (extra: Json = {}): Json => ({ id: '?', label: '录入', ...extra });

/** A rule of every kind, shaped so that no clause can earn more than its points. */
function ruleArb(points: number, withClasses: boolean): fc.Arbitrary<Json> {
  const deduct = fc
    .record({
      n: fc.integer({ min: 1, max: 3 }),
      pers: fc.array(perArb, { minLength: 3, maxLength: 3 }),
      max: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      ceiling: fc.option(fc.constantFrom(0, 1, 2, 5, 10), { nil: undefined }),
      floor: fc.constantFrom('zero', 'none', undefined),
    })
    .map(({ n, pers, max, ceiling, floor }) => ({
      kind: 'deduct',
      inputs: pers.slice(0, n).map((per) => input({ unit: '例', per, ...(max === undefined ? {} : { max }) })),
      ...(ceiling === undefined ? {} : { ceiling }),
      ...(floor === undefined ? {} : { floor }),
    }));
  const yesno = fc.constant({ kind: 'yesno', input: input() });
  const checklist = fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.constant({
      kind: 'checklist',
      inputs: Array.from({ length: n }, () => input({ points: points / n })),
    }),
  );
  const measureInput = (entry: string | undefined) =>
    fc
      .record({ unit: measureUnitArb, max: fc.option(fc.constantFrom(50, 100, 150, 1000), { nil: undefined }) })
      .map(({ unit, max }) =>
        input({ unit, ...(entry === undefined ? {} : { entry }), ...(max === undefined ? {} : { max }) }),
      );
  const shortfall = fc
    .record({
      entry: fc.constantFrom('achieved', 'shortfall', 'excess', undefined),
      target: fc.constantFrom(5, 20, 80, 95, 98, 110),
      withTarget: fc.boolean(),
      step: stepArb,
      per: perArb,
      stepping: steppingArb,
      cutoff: fc.option(fc.constantFrom(0, 20, 60, 95), { nil: undefined }),
      floor: fc.constantFrom('zero', 'none', undefined),
    })
    .chain((r) =>
      measureInput(r.entry).map((inp) => ({
        kind: 'shortfall',
        input: inp,
        // `achieved` (also the default) needs a target; the others may carry one.
        ...(r.entry === 'achieved' || r.entry === undefined || r.withTarget ? { target: r.target } : {}),
        step: r.step,
        per: r.per,
        stepping: r.stepping,
        ...(r.cutoff === undefined ? {} : { cutoff: r.cutoff }),
        ...(r.floor === undefined ? {} : { floor: r.floor }),
      })),
    );
  const excess = fc
    .record({
      entry: fc.constantFrom('achieved', 'excess', undefined),
      limit: fc.constantFrom(0, 10, 30, 50),
      step: stepArb,
      per: perArb,
      stepping: steppingArb,
    })
    .chain((r) =>
      measureInput(r.entry).map((inp) => ({
        kind: 'excess',
        input: inp,
        limit: r.limit,
        step: r.step,
        per: r.per,
        stepping: r.stepping,
      })),
    );
  const threshold = fc
    .record({
      cutoff: fc.constantFrom(0, 20, 60, 95),
      target: fc.option(fc.constantFrom(50, 90, 100, 120), { nil: undefined }),
      between: fc.constantFrom('full', 'proportional', undefined),
    })
    .chain((r) =>
      measureInput('achieved').map((inp) => ({
        kind: 'threshold',
        input: inp,
        cutoff: r.cutoff,
        ...(r.target === undefined ? {} : { target: r.target }),
        ...(r.between === undefined ? {} : { between: r.between }),
      })),
    );
  const proportional = fc.record({ full: fc.constantFrom(undefined, 90, 100, 50) }).chain((r) =>
    measureInput(undefined).map((inp) => ({
      kind: 'proportional',
      input: inp,
      ...(r.full === undefined ? {} : { full: r.full }),
    })),
  );
  const award = fc
    .record({
      items: fc.array(
        fc.record({
          per: perArb,
          step: fc.constantFrom(undefined, 1, 2, 0.5),
          unit: fc.constantFrom('次', '万元'),
          max: fc.option(fc.constantFrom(10, 100), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      stepping: fc.constantFrom('whole', 'exact', undefined),
    })
    .map((r) => ({
      kind: 'award',
      inputs: r.items.map((i) =>
        input({
          unit: i.unit,
          per: i.per,
          ...(i.step === undefined ? {} : { step: i.step }),
          ...(i.max === undefined ? {} : { max: i.max }),
        }),
      ),
      ...(r.stepping === undefined ? {} : { stepping: r.stepping }),
    }));
  const levelNames = ['优秀', '良好', '一般', '不合格', '差'];
  const levels = fc.integer({ min: 2, max: 5 }).chain((n) =>
    fc
      .tuple(
        ...Array.from({ length: n }, (_, i) =>
          classNum(Math.round(((points * (n - 1 - i)) / (n - 1)) * 10) / 10, withClasses && i > 0),
        ),
      )
      .map((pts) => ({
        kind: 'levels',
        input: input(),
        levels: pts.map((p, i) => ({ name: levelNames[i] as string, points: p })),
      })),
  );
  const judgement = fc.boolean().map((withBands) => ({
    kind: 'judgement',
    input: input(),
    ...(withBands
      ? {
          bands: [
            { name: '好', min: points / 2, max: points },
            { name: '一般', min: 0, max: points / 2 },
          ],
        }
      : {}),
  }));
  return fc.oneof(deduct, yesno, checklist, shortfall, excess, threshold, proportional, award, levels, judgement);
}

function clauseArb(withClasses: boolean, forBlock?: 'bonus' | 'penalty'): fc.Arbitrary<Json> {
  if (forBlock === 'penalty') {
    // A penalty block: 出现一次扣2分 as a deduction from zero, no floor.
    return fc.record({ per: perArb, ceiling: fc.option(fc.constantFrom(5, 10, 20), { nil: undefined }) }).map((r) => ({
      id: '?',
      text: '出现一次扣分',
      points: 0,
      rule: {
        kind: 'deduct',
        floor: 'none',
        inputs: [input({ unit: '次', per: r.per })],
        ...(r.ceiling === undefined ? {} : { ceiling: r.ceiling }),
      },
    }));
  }
  const pts = forBlock === 'bonus' ? fc.constantFrom(2, 5, 10) : pointsArb;
  return pts.chain((points) =>
    fc
      .record({
        rule:
          forBlock === 'bonus'
            ? fc.oneof(
                ruleArb(points, false).filter(
                  (r) => r.kind === 'award' || r.kind === 'yesno' || r.kind === 'checklist',
                ),
              )
            : ruleArb(points, withClasses),
        requires: fc.boolean(),
        points: classNum(points, withClasses && forBlock === undefined),
        reading: fc.option(fc.constant('按整步计'), { nil: undefined }),
      })
      .map((r) => {
        // Class-dependent clause points only where the rule reads no points of its own.
        const kind = r.rule.kind;
        const flexible =
          kind === 'deduct' ||
          kind === 'yesno' ||
          kind === 'shortfall' ||
          kind === 'excess' ||
          kind === 'threshold' ||
          kind === 'proportional' ||
          kind === 'award';
        return {
          id: '?',
          text: '条款原文',
          points: flexible ? r.points : points,
          rule: r.rule,
          ...(r.requires ? { requires: input({ label: '资料真实' }) } : {}),
          ...(r.reading === undefined ? {} : { reading: r.reading }),
        };
      }),
  );
}

const itemArb = (withClasses: boolean): fc.Arbitrary<Json> =>
  fc
    .record({
      clauses: fc.array(clauseArb(withClasses), { minLength: 1, maxLength: 3 }),
      maxDeduction: fc.option(fc.constantFrom(0, 1, 3, 5), { nil: undefined }),
      na: fc.constantFrom(undefined, undefined, 'rescale', 'moveTo'),
      group: fc.option(fc.constant('二级指标'), { nil: undefined }),
    })
    .map((r) => ({
      id: '?',
      name: '指标',
      text: '评分细则原文',
      method: '查阅资料',
      cap: 0, // filled in from the clauses
      clauses: r.clauses,
      ...(r.maxDeduction === undefined ? {} : { maxDeduction: r.maxDeduction }),
      ...(r.na === undefined ? {} : { notApplicable: { input: input({ label: '本年度有此项任务' }), mode: r.na } }),
      ...(r.group === undefined ? {} : { group: r.group }),
    }));

const adjustmentArb = fc.constantFrom('bonus', 'penalty').chain((role) =>
  fc
    .record({
      cap: fc.constantFrom(0, 2, 5, 10),
      clauses: fc.array(clauseArb(false, role as 'bonus' | 'penalty'), { minLength: 1, maxLength: 2 }),
    })
    .map((r) => ({
      id: '?',
      name: role === 'bonus' ? '加分' : '扣分',
      role,
      cap: r.cap,
      text: '加扣分规定',
      clauses: r.clauses,
    })),
);

const flag = (): Json => input({ label: '未发生' });

/** A random valid rubric file (JSON), covering every rule kind and every optional block. */
export const rubricJsonArb: fc.Arbitrary<Json> = fc
  .record({
    withClasses: fc.boolean(),
    sections: fc.integer({ min: 1, max: 3 }),
    seed: fc.nat(),
    grades: fc.constantFrom(
      [{ name: '不分等' }],
      [{ name: '优秀', min: 90 }, { name: '良好', min: 80 }, { name: '合格', min: 70 }, { name: '不合格' }],
      [
        { name: '合格', min: 60 },
        { name: '不合格', min: 0 },
      ],
    ),
    vetoes: fc.integer({ min: 0, max: 2 }),
    disqualifiers: fc.integer({ min: 0, max: 1 }),
    composite: fc.boolean(),
    ranking: fc.boolean(),
    sectionCaps: fc.boolean(),
  })
  .chain((top) =>
    fc
      .record({
        sections: fc.array(fc.array(itemArb(top.withClasses), { minLength: 1, maxLength: 3 }), {
          minLength: top.sections,
          maxLength: top.sections,
        }),
        adjustments: fc.array(adjustmentArb, { maxLength: 2 }),
      })
      .map((generated) => {
        // fast-check shares generated objects between values: copy before naming ids.
        const { sections, adjustments } = structuredClone(generated);
        let n = 0;
        const next = (p: string): string => `${p}${++n}`;
        const itemIds: string[] = [];
        const secs = sections.map((items) => ({
          id: next('s'),
          name: '一级指标',
          items: items.map((it) => {
            const id = next('i');
            itemIds.push(id);
            return { ...it, id };
          }),
        }));
        const nameInputs = (o: unknown): void => {
          // Every `id: '?'` below an item gets a fresh id; clause ids are local but unique too.
          if (Array.isArray(o)) o.forEach(nameInputs);
          else if (o !== null && typeof o === 'object') {
            const rec = o as Json;
            if (rec.id === '?') rec.id = next(rec.rule ? 'c' : 'x');
            Object.values(rec).forEach(nameInputs);
          }
        };
        nameInputs(secs);
        nameInputs(adjustments);
        adjustments.forEach((a) => ((a as Json).id = next('adj')));
        // moveTo points at another item; a lone item rescales instead.
        for (const s of secs) {
          for (const it of s.items as Json[]) {
            const clauses = it.clauses as Json[];
            const base = clauses.reduce(
              (sum, c) => sum + (typeof c.points === 'number' ? c.points : (c.points as { default: number }).default),
              0,
            );
            it.cap = base;
            const na = it.notApplicable as Json | undefined;
            if (na?.mode === 'moveTo') {
              const other = itemIds.find((x) => x !== it.id);
              if (other === undefined) na.mode = 'rescale';
              else na.to = other;
            }
          }
        }
        const total =
          Math.round(
            secs.reduce((a, s) => a + (s.items as Json[]).reduce((b, it) => b + (it.cap as number), 0), 0) * 100,
          ) / 100;
        const rubric: Json = {
          id: 'fuzz',
          title: '随机考核细则',
          total,
          sections: top.sectionCaps
            ? secs.map((s) => ({ ...s, cap: (s.items as Json[]).reduce((b, it) => b + (it.cap as number), 0) }))
            : secs,
          adjustments,
          grades: top.grades,
          vetoes: Array.from({ length: top.vetoes }, () => ({ ...flag(), id: next('veto') })),
          disqualifiers: Array.from({ length: top.disqualifiers }, () => ({ ...flag(), id: next('dq') })),
        };
        if (top.withClasses) {
          rubric.classes = CLASSES.map((id) => ({ id }));
          rubric.defaultClass = '一类';
        }
        if (top.composite) {
          rubric.composite = {
            text: '脱贫攻坚占80%',
            weight: 0.8,
            parts: [{ id: next('part'), label: '经济社会发展', weight: 0.2 }],
          };
        }
        if (top.ranking) {
          rubric.ranking = {
            id: 'rank',
            title: '排名',
            text: '前3名为好',
            top: { count: 3, name: '好' },
            bottom: { count: 2, name: '一般' },
            flagged: { name: '较差', input: { id: next('flag'), label: '无突出问题' } },
            rest: '较好',
            constraints: [{ id: next('con'), label: '约束条件' }],
          };
        }
        return rubric;
      }),
  );

/** A valid entry for one input, as a JSON file or a cell would hold it. */
export function validEntryArb(spec: InputSpec): fc.Arbitrary<Entry> {
  const tenths = (lo: number, hi: number): fc.Arbitrary<number> =>
    fc.integer({ min: Math.ceil(lo * 10), max: Math.floor(hi * 10) }).map((n) => n / 10);
  switch (spec.kind) {
    case 'yesno':
      return fc.constantFrom<Entry>(true, false, '是', '否', true);
    case 'level':
      return fc.constantFrom<Entry>(...(spec.levels ?? []));
    case 'count':
      return fc.integer({ min: 0, max: spec.max ?? 25 });
    case 'percent':
      return fc.oneof(fc.integer({ min: 0, max: spec.max ?? 100 }), tenths(0, spec.max ?? 100));
    case 'amount':
      return fc.oneof(
        fc.integer({ min: 0, max: Math.min(spec.max ?? 60, 1000) }),
        tenths(0, Math.min(spec.max ?? 60, 1000)),
      );
    case 'score': {
      const hi = spec.max ?? 10;
      if (spec.bands && spec.bands.length > 0) {
        return fc.oneof(fc.constant<Entry>(0), ...spec.bands.map((b) => tenths(b.min, Math.min(b.max, hi))));
      }
      return fc.oneof(fc.integer({ min: 0, max: Math.floor(hi) }), tenths(0, hi));
    }
  }
}

/** Valid entries for a whole unit; `gaps` leaves some inputs blank (尚未填写). */
export function validEntriesArb(graph: UnitGraph, gaps = false): fc.Arbitrary<Record<string, Entry>> {
  const model: Record<string, fc.Arbitrary<Entry>> = {};
  for (const s of graph.inputs) {
    model[s.id] = gaps
      ? fc.oneof({ weight: 5, arbitrary: validEntryArb(s) }, { weight: 1, arbitrary: fc.constant<Entry>(undefined) })
      : validEntryArb(s);
  }
  return fc.record(model).map((r) => {
    const out: Record<string, Entry> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
    return out;
  });
}

/** Text a spreadsheet would run as a formula. */
export const formulaLikeArb = fc.constantFrom(
  '=HYPERLINK("http://x","y")',
  "=cmd|' /c calc'!A1",
  '@SUM(1)',
  '+1+1',
  '-2+3',
  '=1+1',
  '=SUM(A1:A9)',
);

/** Junk an entries file or a cell may hold. */
export const junkArb: fc.Arbitrary<Entry> = fc.oneof(
  fc.string(),
  formulaLikeArb,
  fc.double(),
  fc.constantFrom<Entry>(
    1e308,
    -1e308,
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    -0.5,
    0.5,
    140,
    1e9,
    '',
    ' ',
    '１２',
    '12%',
    '五',
    'true',
    'null',
    '0x10',
    '1e3',
  ),
  fc.boolean(),
  fc.constant<Entry>(null),
);

/** Entries with junk in some inputs, and perhaps keys the rubric does not know. */
export function junkEntriesArb(graph: UnitGraph): fc.Arbitrary<Record<string, Entry>> {
  const model: Record<string, fc.Arbitrary<Entry>> = {};
  for (const s of graph.inputs) model[s.id] = fc.oneof(validEntryArb(s), junkArb);
  return fc
    .tuple(fc.record(model), fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), junkArb, { maxKeys: 2 }))
    .map(([known, extra]) => ({ ...extra, ...known }));
}

import { scoreUnit } from '../../src/core/engine/score';
import { loadRubric } from '../../src/core/rubric/load';
import type { Rubric } from '../../src/core/rubric/schema';

/** A one-item rubric around one clause, so each rule kind is scored alone. */
function oneClause(points: number, rule: unknown, extra: Record<string, unknown> = {}): Rubric {
  const r = loadRubric({
    id: 't',
    title: 't',
    total: typeof points === 'number' ? points : 10,
    classes: [{ id: '一类' }, { id: '二类' }],
    sections: [
      {
        id: 's',
        name: 's',
        items: [
          { id: '1', name: 'x', cap: points, text: 't', clauses: [{ id: 'a', text: 't', points, rule, ...extra }] },
        ],
      },
    ],
    grades: [{ name: '优秀', min: 90 }, { name: '不合格' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.rubric;
}
const score = (r: Rubric, values: Record<string, number | boolean | string>, cls?: string): number | null =>
  scoreUnit(r, 'u', { values, basis: {} }, cls).items[0]?.score ?? null;

test('deduct per occurrence, floor at zero: 计10分，出现不符的每1例扣1分，扣完为止 (002)', () => {
  const r = oneClause(10, { kind: 'deduct', inputs: [{ id: 'n', label: '不符例数', unit: '例', per: 1 }] });
  expect(score(r, { n: 3 })).toBe(7);
  expect(score(r, { n: 12 })).toBe(0);
});

test('several deductions in one clause: 少参加会议、培训1次扣0.2分，迟报资料1次扣0.5分 (002)', () => {
  const r = oneClause(5, {
    kind: 'deduct',
    inputs: [
      { id: 'a', label: '少参加', unit: '次', per: 0.2 },
      { id: 'b', label: '迟报', unit: '次', per: 0.5 },
    ],
  });
  expect(score(r, { a: 3, b: 1 })).toBe(3.9);
});

test('deduction ceiling: 本项各类单项扣分可累计，最高扣5分 (004)', () => {
  const r = oneClause(5, {
    kind: 'deduct',
    ceiling: 5,
    inputs: [
      { id: 'a', label: 'a', unit: '户', per: 1 },
      { id: 'b', label: 'b', unit: '户', per: 1 },
    ],
  });
  expect(score(r, { a: 4, b: 4 })).toBe(0);
});

test('negative allowed: 少一人扣1分，执行倒扣分 (000)', () => {
  const r = oneClause(2, { kind: 'deduct', floor: 'none', inputs: [{ id: 'a', label: '少人数', unit: '人', per: 1 }] });
  expect(score(r, { a: 5 })).toBe(-3);
});

test('percentage shortfall: 满意度达98%，计2分，少1个百分点扣0.1分 (002)', () => {
  const r = oneClause(2, {
    kind: 'shortfall',
    input: { id: 'p', label: '满意度', unit: '%' },
    target: 98,
    per: 0.1,
    stepping: 'exact',
  });
  expect(score(r, { p: 95 })).toBe(1.7);
  expect(score(r, { p: 99 })).toBe(2);
});

test('amount shortfall in whole steps: 每少完成10万元，扣1分 — 15万 loses 1 under the whole-step reading', () => {
  const r = oneClause(3, {
    kind: 'shortfall',
    input: { id: 'm', label: '少完成', unit: '万元', entry: 'shortfall' },
    step: 10,
    per: 1,
    stepping: 'whole',
  });
  expect(score(r, { m: 15 })).toBe(2);
  expect(score(r, { m: 30 })).toBe(0);
});

test('cut-off: 知晓度达100%,计2分，低于95%不计分 (002)', () => {
  const r = oneClause(2, { kind: 'threshold', input: { id: 'p', label: '知晓度', unit: '%' }, cutoff: 95 });
  expect(score(r, { p: 94.9 })).toBe(0);
  expect(score(r, { p: 95 })).toBe(2);
});

test('percentage excess: 超过30%每超过1%扣0.1分 (004)', () => {
  const r = oneClause(4, {
    kind: 'excess',
    input: { id: 'p', label: '比例', unit: '%' },
    limit: 30,
    per: 0.1,
    stepping: 'exact',
  });
  expect(score(r, { p: 45 })).toBe(2.5);
  expect(score(r, { p: 20 })).toBe(4);
});

test('proportional: 按抽查比例计分,90%的贫困户肯定回答不扣分 (004)', () => {
  const r = oneClause(4, { kind: 'proportional', input: { id: 'p', label: '肯定回答比例', unit: '%' }, full: 90 });
  expect(score(r, { p: 45 })).toBe(2);
  expect(score(r, { p: 95 })).toBe(4);
});

test('award per step, capped: 每达到1万元的得1分…最高得5分 (000)', () => {
  const r = oneClause(5, {
    kind: 'award',
    inputs: [{ id: 'm', label: '集体经济收入', unit: '万元', per: 1, step: 1 }],
  });
  expect(score(r, { m: 3.7 })).toBe(3);
  expect(score(r, { m: 9 })).toBe(5);
});

test('levels by unit class: 优秀等次得5分(二类单位7分) (000)', () => {
  const r = oneClause({ default: 5, 二类: 7 } as unknown as number, {
    kind: 'levels',
    input: { id: 'l', label: '评价' },
    levels: [
      { name: '优秀', points: { default: 5, 二类: 7 } },
      { name: '良好', points: { default: 3, 二类: 4 } },
      { name: '不合格', points: 0 },
    ],
  });
  expect(score(r, { l: '优秀' }, '一类')).toBe(5);
  expect(score(r, { l: '优秀' }, '二类')).toBe(7);
  expect(score(r, { l: '良好' }, '二类')).toBe(4);
});

test('judgement range: 效果好的得4-5分，一般的得2-3分 (000) — a score between bands is a finding', () => {
  const r = oneClause(5, {
    kind: 'judgement',
    input: { id: 'j', label: '评分' },
    bands: [
      { name: '好', min: 4, max: 5 },
      { name: '一般', min: 2, max: 3 },
    ],
  });
  expect(score(r, { j: 4.5 })).toBe(4.5);
  const res = scoreUnit(r, 'u', { values: { j: 3.5 }, basis: {} });
  expect(res.findings.map((f) => f.code)).toContain('out-of-band');
  expect(res.items[0]?.score).toBeNull();
});

test('a flag that voids the clause: 帮扶手册记录雷同，记为不真实，计0分 (004)', () => {
  const r = oneClause(
    6,
    { kind: 'deduct', inputs: [{ id: 'e', label: '错处', unit: '处', per: 0.5 }] },
    { requires: { id: 'real', label: '记录真实无雷同' } },
  );
  expect(score(r, { e: 2, real: true })).toBe(5);
  expect(score(r, { e: 2, real: false })).toBe(0);
});

test('an empty input is not yet filled, never silently scored', () => {
  const r = oneClause(10, { kind: 'deduct', inputs: [{ id: 'n', label: '不符例数', unit: '例', per: 1 }] });
  const res = scoreUnit(r, 'u', { values: {}, basis: {} });
  expect(res.total).toBeNull();
  expect(res.grade).toBeNull();
  expect(res.findings[0]).toMatchObject({ code: 'not-filled', input: 'n', severity: 'warning' });
});

test('results carry no float artefacts: 3 × 0.1 is 0.3', () => {
  const r = oneClause(1, { kind: 'deduct', inputs: [{ id: 'n', label: 'n', unit: '处', per: 0.1 }] });
  expect(score(r, { n: 3 })).toBe(0.7);
  expect(scoreUnit(r, 'u', { values: { n: 7 }, basis: {} }).items[0]?.lost).toBe(0.7);
});

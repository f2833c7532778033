import { builtinRubrics } from '../../src/core/builtin';
import type { Entry } from '../../src/core/engine/entries';
import { scoreUnit, type UnitResult } from '../../src/core/engine/score';

/**
 * 贫困村退出核查标准 (seed 003, 附件1) as shipped in rubrics/village-exit.json: a pass/fail checklist.
 * Each 标准 (一)…(十一) is one item of 1 point; 11 of 11 is 达标, anything less 未达标.
 */

const builtin = builtinRubrics().get('village-exit');
if (!builtin) throw new Error('village-exit is not a built-in rubric');
const rubric = builtin.rubric;

const allMet: Record<string, Entry> = {
  '1-rate': 1.5,
  '2-met': true,
  '3-met': true,
  '4-met': true,
  '5-met': true,
  '6-met': true,
  '7-met': true,
  '8-met': true,
  '9-met': true,
  '10-met': true,
  '11-met': true,
};
const run = (changes: Record<string, Entry> = {}): UnitResult =>
  scoreUnit(rubric, '黄花村', { values: { ...allMet, ...changes }, basis: {} });
const result = (changes: Record<string, Entry> = {}): [number | null, string | null] => {
  const r = run(changes);
  return [r.total, r.grade];
};

test('eleven 标准, one point each; the loader has nothing to warn about', () => {
  const items = rubric.sections.flatMap((s) => s.items);
  expect(items.map((i) => i.name)).toEqual([
    '贫困发生率降至2%以下',
    '有一条通村公路实现硬化',
    '具备条件的村实现通客运班车',
    '农村饮用水符合安全卫生评价指标体系要求',
    '基本满足生产生活用电需求',
    '广播电视户户通',
    '有综合性文化服务中心',
    '有标准化卫生室',
    '有合格乡村医生或执业(助理)医师',
    '基本实现通宽带',
    '统筹考虑贫困村产业发展和集体经济收入等因素',
  ]);
  expect(items.every((i) => i.cap === 1)).toBe(true);
  expect(rubric.total).toBe(11);
  expect(builtin.warnings).toEqual([]);
  expect(rubric.composite).toBeUndefined();
});

test('every 标准 met → 11, 达标', () => {
  expect(result()).toEqual([11, '达标']);
  expect(run().findings).toEqual([]);
});

describe('(一)贫困发生率降至2%以下 — 指贫困村建档立卡未脱贫人口占全村人口的比率下降至2%以下', () => {
  test('2% itself is 以下 (含本数): 达标', () => {
    expect(result({ '1-rate': 2 })).toEqual([11, '达标']);
    expect(result({ '1-rate': 0 })).toEqual([11, '达标']);
  });
  test('any rate above 2% as typed (2.01, 2.001, 2.5, 8) fails the standard: 10, 未达标', () => {
    for (const rate of [2.01, 2.001, 2.5, 8])
      expect([rate, ...result({ '1-rate': rate })]).toEqual([rate, 10, '未达标']);
  });
  test('a rate is a percentage: 120 is refused', () => {
    expect(run({ '1-rate': 120 }).findings).toContainEqual(
      expect.objectContaining({ code: 'over-max', input: '1-rate' }),
    );
  });
});

test('one unmet standard among (二)…(十一) is enough: 未达标', () => {
  for (const id of ['2-met', '4-met', '8-met', '11-met'])
    expect([id, ...result({ [id]: false })]).toEqual([id, 10, '未达标']);
  expect(result({ '3-met': '否', '1-rate': 3 })).toEqual([9, '未达标']);
});

test('an unanswered standard leaves the result open, never 达标', () => {
  const r = run({ '6-met': null });
  expect(r.total).toBeNull();
  expect(r.grade).toBeNull();
  expect(r.findings).toContainEqual(expect.objectContaining({ code: 'not-filled', input: '6-met' }));
});

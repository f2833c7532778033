import { builtinRankings, builtinRubrics } from '../../src/core/builtin';
import type { Entry } from '../../src/core/engine/entries';
import { rankUnits } from '../../src/core/engine/rank';
import { scoreUnit } from '../../src/core/engine/score';

/**
 * 羊楼司镇脱贫攻坚工作考核办法 (羊发〔2018〕7号, seed 001) as rubrics/rankings/yanglousi-2018.json:
 * “镇党委、政府对各村(社区)的考核结果取前3名为‘好’，成绩靠后的2名为‘一般’，扶贫领域发生突出问题的为
 * ‘较差’，其余的为‘较好’。” and 六、约束条件 → 取消年终评先资格.
 */

const rule = builtinRankings().get('yanglousi-2018');
if (!rule) throw new Error('yanglousi-2018 is not a built-in ranking rule');

const classes = (totals: readonly (number | null)[], flagged: readonly number[] = []): (string | null)[] =>
  rankUnits(
    totals.map((total, i) => ({ total, flagged: flagged.includes(i) })),
    rule,
  ).map((r) => r.rankClass);

test('the rule as shipped: 前3名 好, 靠后的2名 一般, 突出问题 较差, 其余 较好; five 约束条件', () => {
  expect(rule.top).toEqual({ count: 3, name: '好' });
  expect(rule.bottom).toEqual({ count: 2, name: '一般' });
  expect(rule.flagged?.name).toBe('较差');
  expect(rule.flagged?.input.label).toBe('扶贫领域未发生突出问题');
  expect(rule.rest).toBe('较好');
  expect(rule.constraints.map((c) => c.label)).toEqual([
    '已完成年度减贫计划任务',
    '未违反扶贫资金管理使用规定',
    '未弄虚作假、搞“数字脱贫”',
    '贫困人口识别和退出准确率、帮扶工作群众满意度不低',
    '纪检、监察、审计和社会监督未发现扶贫领域存在违纪违规问题',
  ]);
  // Quoted in simplified characters, without the seed's pinyin glosses.
  expect(rule.text).toContain('取前3名为“好”，成绩靠后的2名为“一般”');
  expect(rule.text).not.toMatch(/[鎮貧幫]|\(zh/);
  expect(rule.reading).toContain('繁体');
});

describe('rank classes over seven villages', () => {
  test('95, 90, 90, 88 (突出问题), 80, 70, 60 → 好 好 好 较差 较好 一般 一般', () => {
    // Ranks 1, 2, 2, 4, 5, 6, 7: the tie at 2nd shares the rank; 88 is 较差 whatever its rank.
    const ranked = rankUnits(
      [95, 90, 90, 88, 80, 70, 60].map((total, i) => ({ total, flagged: i === 3 })),
      rule,
    );
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 6, 7]);
    expect(ranked.map((r) => r.rankClass)).toEqual(['好', '好', '好', '较差', '较好', '一般', '一般']);
  });

  test('a tie at 3rd: all tied units are 好, so four 好', () => {
    expect(classes([95, 90, 85, 85, 80, 70, 60])).toEqual(['好', '好', '好', '好', '较好', '一般', '一般']);
  });

  test('two tied for last (rank 6 of 7) are both 一般', () => {
    expect(classes([95, 90, 85, 80, 75, 60, 60])).toEqual(['好', '好', '好', '较好', '较好', '一般', '一般']);
  });

  test('a tie across the line (two at 5th of 7, counted from the bottom 2nd) is 一般 with the 7th, as ties at 3rd are all 好', () => {
    expect(classes([95, 90, 85, 80, 70, 70, 60])).toEqual(['好', '好', '好', '较好', '一般', '一般', '一般']);
    expect(classes([95, 90, 85, 85, 70, 65, 60])).toEqual(['好', '好', '好', '好', '较好', '一般', '一般']);
  });

  test('the top scorer with 突出问题 is 较差 and still takes rank 1: only two 好', () => {
    expect(classes([95, 90, 85, 80, 75, 70, 60], [0])).toEqual(['较差', '好', '好', '较好', '较好', '一般', '一般']);
  });

  test('a village not yet scored has no rank and does not count', () => {
    const ranked = rankUnits(
      [95, null, 90, 85, 80, 75, 70].map((total) => ({ total, flagged: false })),
      rule,
    );
    expect(ranked[1]).toEqual({ rank: null, rankClass: null });
    expect(ranked.map((r) => r.rankClass)).toEqual(['好', null, '好', '好', '较好', '一般', '一般']);
  });
});

describe('fewer than five villages: 好 first, then 一般', () => {
  test('four: 好 好 好 一般', () => {
    expect(classes([90, 80, 70, 60])).toEqual(['好', '好', '好', '一般']);
  });
  test('three or fewer: all 好', () => {
    expect(classes([90, 80, 70])).toEqual(['好', '好', '好']);
    expect(classes([90])).toEqual(['好']);
  });
});

describe('the ranking inputs on a unit table (宜秀 乡镇 table used as the score)', () => {
  const township = builtinRubrics().get('yixiu-township')?.rubric;
  if (!township) throw new Error('yixiu-township is not a built-in rubric');
  // Every input blank except those changed: the requirements (veto, flags) are presumed met.
  const inputs = township.sections
    .flatMap((s) => s.items.flatMap((i) => i.clauses))
    .flatMap((c) =>
      ('inputs' in c.rule ? c.rule.inputs : [c.rule.input]).map((i) => ({ id: i.id, rule: c.rule.kind })),
    );
  const full: Record<string, Entry> = Object.fromEntries(
    inputs.map(({ id, rule: kind }) => {
      if (kind === 'shortfall') return [id, id === '1.1-pct' ? 110 : id === '3.2-pct' ? 95 : 100];
      if (kind === 'threshold') return [id, 100];
      if (kind === 'deduct') return [id, 0];
      if (kind === 'award') return [id, 2];
      if (kind === 'judgement') return [id, 2];
      return [id, true];
    }),
  );
  const score = (unit: string, changes: Record<string, Entry>) =>
    scoreUnit(township, unit, { values: { ...full, ...changes }, basis: {} }, undefined, rule);

  test('约束条件: 弄虚作假、搞“数字脱贫”的 → 取消年终评先资格, grade and points unchanged', () => {
    const ok = score('甲村', {});
    expect([ok.total, ok.disqualified]).toEqual([101.3, false]);
    const r = score('乙村', { 'c3-fake': false });
    expect(r.total).toBe(101.3);
    expect(r.grade).toBe('优秀');
    expect(r.disqualified).toBe(true);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: 'disqualified', params: { label: '未弄虚作假、搞“数字脱贫”' } }),
    );
    for (const c of rule.constraints) expect(score('丙村', { [c.id]: '否' }).disqualified).toBe(true);
  });

  test('扶贫领域发生突出问题 sets the flag that makes a village 较差', () => {
    expect(score('丁村', { 'rank-no-major-problem': false }).flagged).toBe(true);
    expect(score('丁村', {}).flagged).toBe(false);
  });

  test('seven villages scored and ranked: ties, a flagged village, and a disqualified one', () => {
    // 1.1 完成率 below 110 costs 0.5 a point: 100% → 96.3, 90% → 91.3, 80% → 86.3, 70% → 81.3.
    const villages = [
      score('一村', {}), // 101.3
      score('二村', { '1.1-pct': 100 }), // 96.3
      score('三村', { '1.1-pct': 100, 'rank-no-major-problem': false }), // 96.3, 突出问题
      score('四村', { '1.1-pct': 90 }), // 91.3
      score('五村', { '1.1-pct': 90, 'c1-plan': false }), // 91.3, 未完成年度减贫计划任务
      score('六村', { '1.1-pct': 80 }), // 86.3
      score('七村', { '1.1-pct': 70 }), // 81.3
    ];
    expect(villages.map((v) => v.total)).toEqual([101.3, 96.3, 96.3, 91.3, 91.3, 86.3, 81.3]);
    const ranked = rankUnits(villages, rule);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4, 4, 6, 7]);
    expect(ranked.map((r) => r.rankClass)).toEqual(['好', '好', '较差', '较好', '较好', '一般', '一般']);
    expect(villages.map((v) => v.disqualified)).toEqual([false, false, false, false, true, false, false]);
  });
});

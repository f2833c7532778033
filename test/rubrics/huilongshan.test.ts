import { builtinRubrics } from '../../src/core/builtin';
import type { Entry } from '../../src/core/engine/entries';
import { scoreUnit, type ItemResult, type UnitResult } from '../../src/core/engine/score';
import { fullMarks } from '../helpers/huilongshan';

/**
 * 会龙山街道扶贫开发工作目标管理考核细则 (seed 002) as shipped in rubrics/huilongshan.json.
 * Every figure below is worked out by hand from the quoted sentence of the source.
 */

const builtin = builtinRubrics().get('huilongshan');
if (!builtin) throw new Error('huilongshan is not a built-in rubric');
const rubric = builtin.rubric;


const run = (changes: Record<string, Entry> = {}, basis: Record<string, string> = {}): UnitResult =>
  scoreUnit(rubric, '会龙山村', { values: { ...fullMarks, ...changes }, basis });
const item = (r: UnitResult, id: string): ItemResult => {
  const found = [...r.items, ...r.adjustments].find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const clause = (r: UnitResult, itemId: string, clauseId: string): number | null =>
  item(r, itemId).clauses.find((c) => c.id === clauseId)?.score ?? null;

describe('loading 002', () => {
  test('item 1 is worth 10 but its clauses give 6 + 2: the loader warns and does not fix it', () => {
    const source = '1、 …计6分，每少一项扣5分，扣完为止。 2、 …计2分，每少一项扣0.4分，扣完为止。（分值 10）';
    expect(source).toContain('计6分');
    const warning = builtin.warnings.find((w) => w.code === 'parts-not-sum');
    expect(warning).toBeDefined();
    expect(warning?.params).toMatchObject({ item: '1', cap: 10, sum: 8 });
    expect(builtin.warnings.filter((w) => w.code === 'parts-not-sum')).toHaveLength(1);
  });
});

describe('full marks', () => {
  test('every clause at its points: 6 + 2 of item 1, then 25 + 5×3 + 10 + 10 + 10 + 10 = 98', () => {
    const r = run();
    expect(item(r, '1').score).toBe(8);
    expect(item(r, '1').cap).toBe(10);
    expect(r.base).toBe(98);
    expect(r.total).toBe(98);
    expect(r.grade).toBe('优秀');
    expect(r.findings).toEqual([]);
  });
});

describe('clauses worked from the source sentence', () => {
  test('计6分，每少一项扣5分，扣完为止 — two missing lose 10, floored at 0', () => {
    const r = run({ '1a-missing': 2 }, { '1': '缺档案管理员、扶贫专干' });
    expect(clause(r, '1', 'a')).toBe(0);
    expect(item(r, '1').score).toBe(2);
    expect(item(r, '1').lost).toBe(6);
    expect(r.total).toBe(92);
  });

  test('计6分，每少一项扣5分 — one missing: 6 − 5 = 1', () => {
    expect(clause(run({ '1a-missing': 1 }), '1', 'a')).toBe(1);
  });

  test('计3分，每少完成10万元，扣1分，扣完为止 — 15万元 short loses 1 (whole steps, the file’s reading)', () => {
    const r = run({ '3.3a-short': 15 });
    expect(clause(r, '3.3', 'a')).toBe(2);
    expect(item(r, '3.3').lost).toBe(1);
    expect(clause(run({ '3.3a-short': 9.5 }), '3.3', 'a')).toBe(3);
    expect(clause(run({ '3.3a-short': 40 }), '3.3', 'a')).toBe(0);
  });

  test('计2分，少1个百分点扣0.1分 (满意度达98%) — 95% loses 0.3 → 1.7', () => {
    expect(clause(run({ '6c-satisfaction': 95 }), '6', 'c')).toBeCloseTo(1.7, 10);
    expect(clause(run({ '6c-satisfaction': 99 }), '6', 'c')).toBe(2);
  });

  test('集体经济收入达5万元，计2分，少1万扣0.4分 — 3.5万元: 2 − 1.5 × 0.4 = 1.4', () => {
    expect(clause(run({ '6b-income': 3.5 }), '6', 'b')).toBeCloseTo(1.4, 10);
  });

  test('对退出程序的知晓度达100%,计2分，低于95%不计分 — 94.9% → 0, 95% → 2', () => {
    expect(clause(run({ '6d-awareness': 94.9 }), '6', 'd')).toBe(0);
    expect(clause(run({ '6d-awareness': 95 }), '6', 'd')).toBe(2);
  });

  test('50%贫困户得到新型经营组织扶持。计3分，低于20%的不计分 — 19% → 0, 40% → 3 × 40 ÷ 50 = 2.4', () => {
    expect(clause(run({ '3.2b-pct': 19 }), '3.2', 'b')).toBe(0);
    expect(clause(run({ '3.2b-pct': 40 }), '3.2', 'b')).toBeCloseTo(2.4, 10);
  });

  test('建立大病救助、急难救助对象台帐。计1分，未设立不计分，错漏每处扣0.1分', () => {
    expect(clause(run({ '3.1c-set': false, '3.1c-error': 0 }), '3.1', 'c')).toBe(0);
    expect(clause(run({ '3.1c-error': 3 }), '3.1', 'c')).toBeCloseTo(0.7, 10);
  });

  test('计4分，未制定方案扣2 分，未落实专账管理的扣2分 — no 专账: 2', () => {
    expect(clause(run({ '5a-account': false }), '5', 'a')).toBe(2);
  });

  test('出现一次加2分，加满至10分为止 / 出现一次扣2分，扣满至10分为止', () => {
    const r = run({ '7-times': 6, '8-times': 3 });
    expect(item(r, '7').score).toBe(10); // 6 × 2 = 12, capped at 10
    expect(item(r, '8').score).toBe(-6); // 3 × 2
    expect(r.total).toBe(102); // 98 + 10 − 6
    expect(item(run({ '8-times': 7 }), '8').score).toBe(-10); // 14, capped at 10
  });
});

describe('a mixed, realistic unit', () => {
  test('total 80.5, 良好', () => {
    const r = run(
      {
        '1b-missing': 1, // 2 − 0.4 = 1.6; item 1 = 6 + 1.6 = 7.6
        '2a-mismatch': 3, // 10 − 3 = 7
        '2b-household': 2, // 8 − 2×0.5 − 1×0.5 = 6.5
        '2b-map': 1,
        '2d-absent': 2, // 5 − 2×0.2 − 1×0.5 = 4.1; item 2 = 7 + 6.5 + 2 + 4.1 = 19.6
        '2d-late': 1,
        '3.1a-miss': 1, // 2 − 0.2 = 1.8
        '3.1c-error': 2, // 1 − 0.2 = 0.8; item 3.1 = 1.8 + 2 + 0.8 = 4.6
        '3.2b-pct': 40, // 3 × 40/50 = 2.4; item 3.2 = 2 + 2.4 = 4.4
        '3.3a-short': 15, // 3 − 1 = 2
        '3.3b-pct': 6, // 2 − 2×0.2 = 1.6; item 3.3 = 3.6
        '3.4a-miss': 1, // 4 − 0.5 = 3.5
        '3.4b-late': 1, // 3 − 0.5 = 2.5
        '3.4c-short': 2, // 3 − 1 = 2; item 3.4 = 8
        '3.5a-error': 2, // 5 − 1 = 4
        '3.5b-short': 1, // 5 − 1 = 4; item 3.5 = 8
        '4a-short': 1, // 8 − 1 = 7; item 4 = 7 + 2 = 9
        '5a-account': false, // 2
        '5b-unpublished': 1, // 3 − 0.5 = 2.5
        '5c-nosuper': 1, // 3 − 0.5 = 2.5; item 5 = 7
        '6b-income': 3.5, // 2 − 0.6 = 1.4
        '6c-satisfaction': 95, // 1.7
        '6d-awareness': 96, // 2
        '6e-low': 2, // 2 − 0.4 = 1.6; item 6 = 2 + 1.4 + 1.7 + 2 + 1.6 = 8.7
        '7-times': 1, // +2
        '8-times': 1, // −2
      },
      { '1': '缺年度脱贫计划' },
    );
    const scores = Object.fromEntries(r.items.map((i) => [i.id, i.score]));
    expect(scores).toEqual({
      '1': 7.6,
      '2': 19.6,
      '3.1': 4.6,
      '3.2': 4.4,
      '3.3': 3.6,
      '3.4': 8,
      '3.5': 8,
      '4': 9,
      '5': 7,
      '6': 8.7,
    });
    expect(r.sections.find((s) => s.id === 's3')?.score).toBe(28.6); // 4.6 + 4.4 + 3.6 + 8 + 8
    expect(r.base).toBe(80.5); // 7.6 + 19.6 + 28.6 + 9 + 7 + 8.7
    expect(r.total).toBe(80.5); // + 2 − 2
    expect(r.grade).toBe('良好');
    // Points lost without a written reason (扣分依据) are reported, item by item.
    const noBasis = r.findings.filter((f) => f.code === 'no-basis').map((f) => f.item);
    expect(noBasis).toEqual(['2', '3.1', '3.2', '3.3', '3.4', '3.5', '4', '5', '6', '8']); // the 扣分规定 block too
  });
});

describe('entries that cannot be scored', () => {
  test('a negative count: 出现不符的每1例扣1分 with −1 → negative, no total', () => {
    const r = run({ '2a-mismatch': -1 });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'negative', input: '2a-mismatch', item: '2' }));
    expect(item(r, '2').score).toBeNull();
    expect(r.total).toBeNull();
    expect(r.grade).toBeNull();
  });

  test('a fraction of a household: 漏保、错保1户扣0.2分 with 1.5 → not-whole', () => {
    const r = run({ '3.1a-miss': 1.5 });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'not-whole', input: '3.1a-miss' }));
    expect(r.total).toBeNull();
  });

  test('满意度达98% with 140 → over-max (a percentage is at most 100)', () => {
    const r = run({ '6c-satisfaction': 140 });
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        code: 'over-max',
        input: '6c-satisfaction',
        params: expect.objectContaining({ max: 100 }),
      }),
    );
    expect(r.total).toBeNull();
  });

  test('计6分，每少一项扣5分 — the five things listed bound the count: 6 missing → over-max', () => {
    expect(run({ '1a-missing': 6 }).findings).toContainEqual(
      expect.objectContaining({ code: 'over-max', input: '1a-missing' }),
    );
  });

  test('an empty entry → not-filled, and the total stays empty', () => {
    const r = run({ '4b-off': '' });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'not-filled', input: '4b-off', item: '4' }));
    expect(item(r, '4').score).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.total).toBeNull();
  });

  test('a yes/no answered with something else → not-yes-no', () => {
    expect(run({ '3.2a-org': '也许' }).findings).toContainEqual(
      expect.objectContaining({ code: 'not-yes-no', input: '3.2a-org' }),
    );
  });
});

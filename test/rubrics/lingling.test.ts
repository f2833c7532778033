import { builtinRubrics } from '../../src/core/builtin';
import type { Entry } from '../../src/core/engine/entries';
import { scoreUnit, type ItemResult, type UnitResult } from '../../src/core/engine/score';

/**
 * 零陵区脱贫攻坚9月非贫困村专项督查计分表 (seed 004) as shipped in rubrics/lingling-2018-09.json.
 * Every figure below is worked out by hand from the quoted sentence of the source.
 */

const builtin = builtinRubrics().get('lingling-2018-09');
if (!builtin) throw new Error('lingling-2018-09 is not a built-in rubric');
const rubric = builtin.rubric;

/** Every requirement met, nothing missing. */
const fullMarks: Record<string, Entry> = {
  '1.1a-pct': 100,
  '1.1b-present': true,
  '1.2a-missed': 0,
  '1.2b-errors': 0,
  '1.2b-genuine': true,
  '1.3-unvisited': 0,
  '1.4-campaign': true,
  '1.4-review': true,
  '1.4-records': true,
  '1.5-correct': 2,
  '2.1-missing': 0,
  '2.1-irregular': 0,
  '2.2-mismatch': 0,
  '2.3a-procedure': true,
  '2.3a-records': true,
  '2.3b-unresolved': 0,
  '2.4-unstarted': 0,
  '2.4-nohelp': 0,
  '2.4-untracked': 0,
  '2.5-uninsured': 0,
  '2.5-unsigned': 0,
  '2.5-unclaimed': 0,
  '2.5-untreated': 0,
  '2.6-unaided': 0,
  '2.6-dropout': 0,
  '2.6-nopersuade': 0,
  '2.7-omitted': 0,
  '2.7-unreported': 0,
  '2.8-untracked': 0,
  '2.9-group': true,
  '2.10-meeting': true,
  '2.10-plan': true,
  '2.10-ledger': true,
  '2.10-done': true,
  '2.11-unaided': 0,
  '3.1a-notice': 0,
  '3.1a-kit': 0,
  '3.1b-unissued': 0,
  '3.2a-pct': 100,
  '3.2b-training': true,
  '3.3-unreported': 0,
  '3.4-pct': 100,
  '3.5-pct': 100,
  '3.6-belowfull': 0,
  '3.6-unclaimed': 0,
  '3.7-pct': 20,
};

const run = (changes: Record<string, Entry> = {}, basis: Record<string, string> = {}): UnitResult =>
  scoreUnit(rubric, '珠山镇', { values: { ...fullMarks, ...changes }, basis });
const item = (r: UnitResult, id: string): ItemResult => {
  const found = r.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const score = (changes: Record<string, Entry>, id: string): number | null => item(run(changes), id).score;

describe('the table as shipped', () => {
  test('three sections 30 / 40 / 30; rows with their own 计分分值 are items', () => {
    expect(rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['责任落实', 30],
      ['工作落实', 40],
      ['政策落实', 30],
    ]);
    const ids = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toEqual([
      '1.1',
      '1.2a',
      '1.2b',
      '1.3',
      '1.4',
      '1.5',
      '2.1',
      '2.2',
      '2.3a',
      '2.3b',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '2.8',
      '2.9',
      '2.10',
      '2.11',
      '3.1a',
      '3.1b',
      '3.2a',
      '3.2b',
      '3.3',
      '3.4',
      '3.5',
      '3.6',
      '3.7',
    ]);
    const groups = rubric.sections.flatMap((s) => s.items.filter((i) => i.group).map((i) => [i.id, i.group]));
    expect(groups).toEqual([
      ['1.2a', '2.帮扶责任人是否到位(12分)'],
      ['1.2b', '2.帮扶责任人是否到位(12分)'],
      ['2.3a', '3.动态调整工作开展情况(5分)'],
      ['2.3b', '3.动态调整工作开展情况(5分)'],
      ['3.1a', '1.政策宣传到位情况(5分)'],
      ['3.1b', '1.政策宣传到位情况(5分)'],
      ['3.2a', '2.干部群众知晓率(5分)'],
      ['3.2b', '2.干部群众知晓率(5分)'],
    ]);
  });

  test('every clause and input quotes words of its own row', () => {
    const flat = (s: string): string => s.replace(/\s+/g, '');
    for (const it of rubric.sections.flatMap((s) => s.items)) {
      for (const c of it.clauses) {
        expect(flat(it.text)).toContain(flat(c.text));
        const rule = c.rule;
        const inputs = 'inputs' in rule ? rule.inputs : [rule.input];
        for (const i of inputs) if (i.text !== undefined) expect(flat(c.text)).toContain(flat(i.text));
        if (c.requires?.text !== undefined) expect(flat(c.text)).toContain(flat(c.requires.text));
      }
    }
  });

  test('3.1 lists 共3分 + 共2分 under a cell worth 4: the loader warns, and nothing else', () => {
    const source =
      '政策告知书是否发放到贫困户手中或张贴(共3分,每1户未落实扣0.3分),贫困户是否发放资料袋(…共2分,每1户未落实扣0.2分)。 | 4';
    expect(source).toContain('共3分');
    expect(builtin.warnings).toHaveLength(1);
    expect(builtin.warnings[0]).toMatchObject({
      code: 'parts-not-sum',
      params: expect.objectContaining({ item: '3.1a', cap: 4, sum: 5 }),
    });
  });
});

describe('full marks', () => {
  test('every other item earns its 计分分值', () => {
    const r = run();
    for (const it of r.items.filter((i) => i.id !== '3.1a')) expect([it.id, it.score]).toEqual([it.id, it.cap]);
    expect(r.sections.map((s) => s.score)).toEqual([30, 40, 30]); // 3.1a's clauses give 3 + 2, capped at 4
    expect(r.findings).toEqual([]);
  });

  // The 计分分值 column says 4, so 3.1a scores at most 4 and the table at most 100, though its clauses give 3 + 2.
  test('item 3.1a never exceeds its 计分分值 4, so full marks are 100', () => {
    const r = run();
    expect(item(r, '3.1a').score).toBe(4);
    expect(r.total).toBe(100);
  });
});

describe('clauses worked from the source sentence', () => {
  test('按抽查比例计分,90%的贫困户肯定回答不扣分 (4分) — 90% and 95% → 4; 81% → 4 × 81 ÷ 90 = 3.6; 72% → 3.2', () => {
    expect(score({ '1.1a-pct': 95 }, '1.1')).toBe(5);
    expect(score({ '1.1a-pct': 90 }, '1.1')).toBe(5);
    expect(score({ '1.1a-pct': 81 }, '1.1')).toBe(4.6); // 3.6 + 1
    expect(score({ '1.1a-pct': 72, '1.1b-present': false }, '1.1')).toBe(3.2); // 3.2 + 0
  });

  test('每少一人次计1分,扣完为止 (6分) — 2 人次 → 4; 8 人次 → 0', () => {
    expect(score({ '1.2a-missed': 2 }, '1.2a')).toBe(4);
    expect(score({ '1.2a-missed': 8 }, '1.2a')).toBe(0);
  });

  test('共6分,错一处,扣0.5分,帮扶手册记录雷同,记为不真实,记计0分 — 3 处 → 4.5; 雷同 → 0', () => {
    expect(score({ '1.2b-errors': 3 }, '1.2b')).toBe(4.5);
    expect(score({ '1.2b-errors': 0, '1.2b-genuine': false }, '1.2b')).toBe(0);
  });

  test('是否开展…突击月活动(2分),…督查评比活动(…2分),查方案及相关记录(1分) — no 评比 → 3', () => {
    expect(score({ '1.4-review': false }, '1.4')).toBe(3);
    expect(score({ '1.4-campaign': false, '1.4-review': false }, '1.4')).toBe(1);
  });

  test('随机询问2个问题,每题1.5分 — 1 right → 1.5; 0 → 0; a third question → over-max', () => {
    expect(score({ '1.5-correct': 1 }, '1.5')).toBe(1.5);
    expect(score({ '1.5-correct': 0 }, '1.5')).toBe(0);
    expect(run({ '1.5-correct': 3 }).findings).toContainEqual(
      expect.objectContaining({ code: 'over-max', input: '1.5-correct', params: expect.objectContaining({ max: 2 }) }),
    );
  });

  test('缺一项扣0.5分,管理不规范扣1分 (2分) — 1 missing and 不规范 → 0.5', () => {
    expect(score({ '2.1-missing': 1, '2.1-irregular': 1 }, '2.1')).toBe(0.5);
  });

  test('每1户有一项不一致扣0.2分,扣完为止 (3分) — 4 处 → 2.2; 20 处 → 0', () => {
    expect(score({ '2.2-mismatch': 4 }, '2.2')).toBe(2.2);
    expect(score({ '2.2-mismatch': 20 }, '2.2')).toBe(0);
  });

  test('本项各类单项扣分可累计,最高扣5分 (危房改造) — 1 + 1 + 1 lost → 2; 2 + 1 + 3 lost → 0', () => {
    expect(score({ '2.4-unstarted': 1, '2.4-nohelp': 1, '2.4-untracked': 1 }, '2.4')).toBe(2);
    expect(score({ '2.4-unstarted': 2, '2.4-nohelp': 1, '2.4-untracked': 3 }, '2.4')).toBe(0);
  });

  test('未建群的扣2分 — no group → 0', () => {
    expect(score({ '2.9-group': false }, '2.9')).toBe(0);
  });

  test('政策告知书…(共3分,每1户未落实扣0.3分) — 4 户 → 1.8; 资料袋(…共2分,每1户未落实扣0.2分) — 1 户 → 1.8', () => {
    const r = run({ '3.1a-notice': 4, '3.1a-kit': 1 });
    expect(item(r, '3.1a').clauses.map((c) => c.score)).toEqual([expect.closeTo(1.8, 10), expect.closeTo(1.8, 10)]);
    expect(item(r, '3.1a').score).toBe(3.6);
  });

  test('入户询问贫困户…扶贫政策了解情况(…按比例计分) (3分) — 75% → 2.25', () => {
    expect(score({ '3.2a-pct': 75 }, '3.2a')).toBe(2.25);
  });

  test('是否100%的贫困户子女落实了教育助学(按比例扣分) (4分) — 90% → 3.6', () => {
    expect(score({ '3.4-pct': 90 }, '3.4')).toBe(3.6);
  });

  test('医保未达到100%,扣1分,…住院应报账未报账(1户未落实扣1分) (4分) — both, 1 户 → 2', () => {
    expect(score({ '3.6-belowfull': 1, '3.6-unclaimed': 1 }, '3.6')).toBe(2);
  });

  test('是否超过30%(每超过1%扣0.1分) (4分) — 30% → 4; 35.5% → 4 − 0.55 = 3.45; 100% → 0', () => {
    expect(score({ '3.7-pct': 30 }, '3.7')).toBe(4);
    expect(score({ '3.7-pct': 35.5 }, '3.7')).toBe(3.45);
    expect(score({ '3.7-pct': 100 }, '3.7')).toBe(0); // 4 − 7, floored
  });
});

describe('a mixed, realistic unit', () => {
  test('total 71.1, 合格', () => {
    const r = run(
      {
        '1.1a-pct': 81, // 4 × 81/90 = 3.6; item 1.1 = 3.6 + 1 = 4.6
        '1.2a-missed': 2, // 6 − 2 = 4
        '1.2b-errors': 3, // 6 − 1.5 = 4.5
        '1.3-unvisited': 1, // 5 − 1 = 4
        '1.4-review': false, // 2 + 1 = 3
        '1.5-correct': 1, // 1.5    → 责任落实 4.6 + 4 + 4.5 + 4 + 3 + 1.5 = 21.6
        '2.1-missing': 1, // 2 − 0.5 = 1.5
        '2.2-mismatch': 4, // 3 − 0.8 = 2.2
        '2.3b-unresolved': 1, // 3 − 1 = 2 (2.3a 2)
        '2.4-unstarted': 2, // 2 + 1 + 3 = 6 lost, at most 5 → 0
        '2.4-nohelp': 1,
        '2.4-untracked': 3,
        '2.5-uninsured': 1, // 5 − 2 = 3
        '2.5-unsigned': 1,
        '2.6-unaided': 1, // 5 − 1 = 4
        '2.7-unreported': 1, // 2 − 1 = 1
        '2.8-untracked': 2, // 2 − 1 = 1 (2.9 2)
        '2.10-done': false, // 3
        '2.11-unaided': 3, // 5 − 1.5 = 3.5 → 工作落实 1.5+2.2+2+2+0+3+4+1+1+2+3+3.5 = 25.2
        '3.1a-notice': 4, // 3 − 1.2 = 1.8
        '3.1a-kit': 1, // 2 − 0.2 = 1.8; item 3.1a = 3.6
        '3.1b-unissued': 3, // 1 − 0.3 = 0.7
        '3.2a-pct': 75, // 3 × 0.75 = 2.25 (3.2b 2)
        '3.3-unreported': 1, // 4 − 0.5 = 3.5
        '3.4-pct': 90, // 3.6
        '3.5-pct': 80, // 3.2
        '3.6-belowfull': 1, // 4 − 1 − 1 = 2
        '3.6-unclaimed': 1,
        '3.7-pct': 35.5, // 4 − 0.55 = 3.45 → 政策落实 3.6+0.7+2.25+2+3.5+3.6+3.2+2+3.45 = 24.3
      },
      { '2.4': '2户危改未开工，1户未落实帮扶措施，3户无人跟踪服务' },
    );
    expect(r.sections.map((s) => s.score)).toEqual([21.6, 25.2, 24.3]);
    expect(item(r, '2.4').score).toBe(0);
    expect(item(r, '3.1a').score).toBe(3.6);
    expect(r.total).toBe(71.1); // 21.6 + 25.2 + 24.3
    expect(r.grade).toBe('合格');
    const noBasis = r.findings.filter((f) => f.code === 'no-basis').map((f) => f.item);
    expect(noBasis).not.toContain('2.4');
    expect(noBasis).toContain('3.7');
  });
});

describe('entries that cannot be scored', () => {
  test('有1户未落实扣1分 with −1 → negative', () => {
    const r = run({ '1.3-unvisited': -1 });
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: 'negative', input: '1.3-unvisited', item: '1.3' }),
    );
    expect(r.total).toBeNull();
  });

  test('每少一人次计1分 with 1.5 人次 → not-whole', () => {
    const r = run({ '1.2a-missed': 1.5 });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'not-whole', input: '1.2a-missed' }));
    expect(r.total).toBeNull();
  });

  test('90%的贫困户肯定回答 with 140 → over-max', () => {
    const r = run({ '1.1a-pct': 140 });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'over-max', input: '1.1a-pct' }));
    expect(r.total).toBeNull();
  });

  test('管理不规范扣1分 is once: 2 → over-max', () => {
    expect(run({ '2.1-irregular': 2 }).findings).toContainEqual(
      expect.objectContaining({ code: 'over-max', input: '2.1-irregular' }),
    );
  });

  test('an empty entry → not-filled, and no total', () => {
    const r = run({ '3.7-pct': null });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'not-filled', input: '3.7-pct', item: '3.7' }));
    expect(item(r, '3.7').score).toBeNull();
    expect(r.total).toBeNull();
    expect(r.grade).toBeNull();
  });

  test('帮扶手册记录雷同 left blank is presumed met (是) until found otherwise', () => {
    const { '1.2b-genuine': _omit, ...rest } = fullMarks;
    const r = scoreUnit(rubric, '珠山镇', { values: rest, basis: {} });
    expect(item(r, '1.2b').score).toBe(6);
    expect(r.findings).toEqual([]);
  });
});

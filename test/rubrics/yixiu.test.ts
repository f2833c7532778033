import { builtinRubrics } from '../../src/core/builtin';
import type { Entry } from '../../src/core/engine/entries';
import { scoreUnit, type ItemResult, type UnitResult } from '../../src/core/engine/score';

/**
 * 宜秀区 (seed 000, second half): 乡镇(街道) 考核指标 and 区直单位 考核指标, as shipped in
 * rubrics/yixiu-township.json and rubrics/yixiu-district.json. Every figure is worked out by hand
 * from the quoted sentence of the source.
 */

const load = (id: string): NonNullable<ReturnType<ReturnType<typeof builtinRubrics>['get']>> => {
  const b = builtinRubrics().get(id);
  if (!b) throw new Error(`${id} is not a built-in rubric`);
  return b;
};
const flat = (s: string): string => s.replace(/\s+/g, '');
const findItem = (r: UnitResult, id: string): ItemResult => {
  const found = [...r.items, ...r.adjustments].find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('乡镇(街道) 考核指标 (yixiu-township)', () => {
  const builtin = load('yixiu-township');
  const rubric = builtin.rubric;

  /** Every requirement met, every rate at its target. */
  const fullMarks: Record<string, Entry> = {
    '1.1-pct': 110,
    '1.2-pct': 100,
    '1.3-pct': 100,
    '2.1-new': true,
    '2.2-pct': 100,
    '2.3-procedure': true,
    '3.1-village': true,
    '3.1-household': true,
    '3.2-pct': 95,
    '3.3-score': 2,
    '4.1-paid': true,
    '4.1-used': true,
    '4.2-built': true,
    '4.2-managed': true,
    '5.1-link': true,
    '5.1-tech': true,
    '5.1-training': true,
    '5.1-oneproduct': true,
    '5.2-plan': true,
    '5.2-actions': true,
    '5.3-coverage': true,
    '5.3-effect': true,
    '5.4-targets': true,
    '5.5-missing': 0,
    '5.6-forest': true,
    '5.6-water': true,
    '5.6-projects': true,
    '5.6-creation': true,
    '5.6-rural': true,
    '5.7-aid': true,
    '5.7-standard': true,
    '5.7-quality': true,
    '5.7-vocational': true,
    '5.8-actions': true,
    '5.9-dibao': true,
    '5.9-tekun': true,
    '5.9-medical': true,
    '5.9-temporary': true,
    '5.10-short': 0,
    '5.11-visits': true,
    '5.11-insurance': true,
    '5.11-service': true,
    '5.12-done': true,
    '5.13-done': true,
    '5.14-pct': 100,
    '5.15-rating': 90,
    '5.15-loans': 30,
    '5.15-blank': 0,
    '5.16-fixed': true,
    '5.16-enterprise': true,
    '5.16-day': true,
    '5.16-ngo': true,
    '6.1-party': true,
    '6.1-hq': true,
    '6.2-meetings': true,
    '6.2-visits': true,
    '6.3-duty': true,
    '6.4-mechanism': true,
    '6.4-hq': true,
    '6.4-duty': true,
    '6.5-team': true,
    '6.5-rules': true,
    '7.1-innovations': 2,
    '7.2-media': true,
    '7.3-training': true,
    '7.4-daily': true,
    'econ-social': 90,
  };
  const run = (changes: Record<string, Entry> = {}): UnitResult =>
    scoreUnit(rubric, '罗岭镇', { values: { ...fullMarks, ...changes }, basis: {} });
  const score = (changes: Record<string, Entry>, id: string): number | null => findItem(run(changes), id).score;

  describe('loading', () => {
    test('every clause quotes words of its own row', () => {
      for (const it of rubric.sections.flatMap((s) => s.items)) {
        for (const c of it.clauses) expect(flat(it.text)).toContain(flat(c.text));
      }
    });

    test('the items whose points the scrape lost are named, each with its reason', () => {
      const gaps = builtin.warnings.filter((w) => w.code === 'source-gap').map((w) => w.params.item);
      expect(gaps).toEqual(['2.1', '3.1', '3.3', '5.7', '5.9', '5.10', '5.12', '6.4']);
      const detail = (id: string): string =>
        String(builtin.warnings.find((w) => w.code === 'source-gap' && w.params.item === id)?.params.detail);
      // 【从2017年度起,此项分值为4分】 and 【从2017年度起此项分值调整到新增贫困人口识别与纳入项。】
      expect(detail('2.1')).toContain('从2017年度起，此项分值为4分');
      expect(detail('2.1')).toContain('此项分值调整到新增贫困人口识别与纳入项');
      // 完成年度危房改造户数目标任务的得满分,每少┅户扣0.5 — 满分 has no number.
      expect(detail('5.10')).toContain('取2分');
      // 分别得110.50.5 — separators lost.
      expect(detail('5.7')).toContain('1、1、0.5、0.5');
    });

    test('the items add up to 101.3, not 100: the loader warns and nothing is scaled', () => {
      // 35 减贫成效 + 7 精准识别 + 6 精准帮扶 + 5 扶贫资金 + 38.8 措施落实 + 7 责任落实 + 2.5 工作开展
      expect(builtin.warnings).toContainEqual(
        expect.objectContaining({
          code: 'items-not-total',
          params: expect.objectContaining({ sum: 101.3, total: 100 }),
        }),
      );
      const r = run();
      expect(r.sections.map((s) => s.score)).toEqual([35, 7, 6, 5, 38.8, 7, 2.5]);
      expect(r.total).toBe(101.3);
      expect(r.grade).toBe('优秀');
      expect(r.findings).toEqual([]);
    });

    test('the readings state the 69–70 gap and the 2017 year', () => {
      const about = rubric.readings.map((r) => r.about);
      expect(about).toEqual(expect.arrayContaining(['等次', '年度', '分值缺失', '一票否决']));
      expect(rubric.readings.find((r) => r.about === '等次')?.text).toContain('69.5分不合格');
    });
  });

  describe('clauses worked from the source sentence', () => {
    test('农村贫困人口减少达到区下达的年度指标的110%[得]22分每减少1个百分点扣0.5分', () => {
      expect(score({ '1.1-pct': 120 }, '1.1')).toBe(22);
      expect(score({ '1.1-pct': 100 }, '1.1')).toBe(17); // 22 − 0.5 × 10
      expect(score({ '1.1-pct': 105.5 }, '1.1')).toBe(19.75); // 22 − 0.5 × 4.5
      expect(score({ '1.1-pct': 66 }, '1.1')).toBe(0); // 22 − 0.5 × 44
      expect(score({ '1.1-pct': 40 }, '1.1')).toBe(0); // 扣完为止
      // The input takes up to 200%: a rate above 100 is normal here.
      expect(run({ '1.1-pct': 201 }).findings).toContainEqual(
        expect.objectContaining({ code: 'over-max', input: '1.1-pct' }),
      );
    });

    test('新增致贫和返贫人口识别准确并及时纳入信息系统、实行动态管理的得2 【从2017年度起,此项分值为4分】', () => {
      expect(score({}, '2.1')).toBe(4);
      expect(score({ '2.1-new': false }, '2.1')).toBe(0);
    });

    test('准确率达到100%者得2分,每减1个百分点扣0.2 — 97% → 1.4; 90% → 0', () => {
      expect(score({ '2.2-pct': 97 }, '2.2')).toBe(1.4);
      expect(score({ '2.2-pct': 90 }, '2.2')).toBe(0);
    });

    test('每个贫困家庭中高职在校学生均获得补助的得2分少一人扣1分,执行倒扣分 — 3 人 → −1, and the total drops by 3', () => {
      const r = run({ '5.5-missing': 3 });
      expect(findItem(r, '5.5').clauses[0]?.score).toBe(-1); // 2 − 3, no floor
      expect(findItem(r, '5.5').score).toBe(-1);
      expect(findItem(r, '5.5').lost).toBe(3);
      expect(r.total).toBe(98.3); // 101.3 − 3
    });

    test('工作有创新的每项得0.5分,最高1分 — 1 项 → 0.5; 3 项 → 1', () => {
      expect(score({ '7.1-innovations': 1 }, '7.1')).toBe(0.5);
      expect(score({ '7.1-innovations': 0 }, '7.1')).toBe(0);
      expect(score({ '7.1-innovations': 3 }, '7.1')).toBe(1);
    });

    test('加强水环境保护、强化建设项目环境监管、大力开展生态创建、农村环境综合整治情况好的各得0.4分 — two not good → 1.2', () => {
      expect(score({ '5.6-water': false, '5.6-rural': false }, '5.6')).toBe(1.2);
    });

    test('完善最低生活保障制度1分、健全特困人员供养制度、强化医疗救助制度、规范临时救助制度的各得2 — 低保 only → 1', () => {
      expect(score({ '5.9-tekun': false, '5.9-medical': false, '5.9-temporary': false }, '5.9')).toBe(1);
    });

    test('评级授信率达80%以上的得1分…小额信贷的比例达20%以上得1分。每有1个扶贫小额信贷空白贫困村扣2', () => {
      expect(score({ '5.15-rating': 80 }, '5.15')).toBe(2); // 80% counts as 80%以上
      expect(score({ '5.15-rating': 79.9 }, '5.15')).toBe(1);
      expect(score({ '5.15-blank': 1, '5.15-rating': 79 }, '5.15')).toBe(0); // 0 + 1 − 2, floored at 0
      expect(score({ '5.15-blank': 1 }, '5.15')).toBe(0); // 1 + 1 − 2
      expect(score({ '5.15-blank': 3 }, '5.15')).toBe(0); // not 倒扣: the item stops at 0
    });

    test('实现贫困村中的自然村98%以上光纤覆盖的得1分 — 98 → 1; 97.9 → 0', () => {
      expect(score({ '5.14-pct': 98 }, '5.14')).toBe(1);
      expect(score({ '5.14-pct': 97.9 }, '5.14')).toBe(0);
    });
  });

  describe('grades: 90以上(含90)优秀, 80–89良好, 70–79合格, 69(含)以下不合格', () => {
    // 1.1 is the lever: each point of 完成率 under 110 costs 0.5 of the 101.3.
    const grade = (changes: Record<string, Entry>): [number | null, string | null] => {
      const r = run(changes);
      return [r.total, r.grade];
    };
    test('90 is 优秀; 89.99 is 良好', () => {
      expect(grade({ '1.1-pct': 87.4 })).toEqual([90, '优秀']); // 101.3 − 0.5 × 22.6
      expect(grade({ '1.1-pct': 87.38 })).toEqual([89.99, '良好']);
    });
    test('80 is 良好; 79.99 is 合格', () => {
      expect(grade({ '1.1-pct': 67.4 })).toEqual([80, '良好']); // 101.3 − 0.5 × 42.6
      expect(grade({ '1.1-pct': 67.38 })).toEqual([79.99, '合格']);
    });
    test('70 is 合格; 69.5, in the gap the source leaves open, is 不合格', () => {
      // 1.1 at 66% → 0, 1.3 at 90% → 0, 2.1 否 → 0: 101.3 − 22 − 5 − 4 = 70.3, then 3.3 (酌情 0–2).
      const low = { '1.1-pct': 66, '1.3-pct': 90, '2.1-new': false };
      expect(grade({ ...low, '3.3-score': 1.7 })).toEqual([70, '合格']);
      expect(grade({ ...low, '3.3-score': 1.2 })).toEqual([69.5, '不合格']);
    });
  });

  describe('一票否决 and 问题整改通知单', () => {
    test('对未能完成年度脱贫攻坚目标任务…一律实行“一票否决” — 不合格 whatever the points', () => {
      const r = run({ 'veto-target': false });
      expect(r.total).toBe(101.3);
      expect(r.grade).toBe('不合格');
      expect(r.veto).toBe(true);
      expect(r.disqualified).toBe(true);
      expect(r.findings).toContainEqual(expect.objectContaining({ code: 'veto-triggered' }));
    });

    test('对因弄虚作假搞“数字脱贫”…直接认定为不合格', () => {
      expect(run({ 'veto-fake': '否' }).grade).toBe('不合格');
      expect(run({ 'veto-discipline': '否' }).grade).toBe('不合格');
      expect(rubric.vetoes.map((v) => v.label)).toContain('已完成年度脱贫攻坚目标任务');
    });

    test('对考核结果为合格等次…下达问题整改通知单', () => {
      expect(rubric.noticeWhen?.grades).toEqual(['合格']);
      expect(rubric.noticeWhen?.text).toContain('由区脱贫攻坚指挥部下达问题整改通知单');
    });
  });

  test('乡(镇)经济社会发展占20%权重,脱贫攻坚工作占80%的权重 — 101.3 and 90 → 99.04; 80 and 60 → 76', () => {
    expect(rubric.composite?.weight).toBe(0.8);
    expect(run().composite).toBe(99.04); // 0.8 × 101.3 + 0.2 × 90
    expect(run({ '1.1-pct': 67.4, 'econ-social': 60 }).composite).toBe(76); // 0.8 × 80 + 0.2 × 60
  });
});

describe('区直单位 考核指标 (yixiu-district)', () => {
  const builtin = load('yixiu-district');
  const rubric = builtin.rubric;

  const fullMarks: Record<string, Entry> = {
    '1.1-group': true,
    '1.2-meetings': '3次以上',
    '1.3-plan': true,
    '1.4-split': true,
    '1.5-scheme': true,
    '1.6-leader': true,
    '1.7-visits': true,
    '2.1-visits': 12,
    '2.1-publicity': true,
    '2.2-plan': true,
    '2.2-year': true,
    '2.2-month': true,
    '2.3-measures': true,
    '2.3-tailored': true,
    '2.3-pairs': true,
    '2.4-score': 5,
    '2.5-pct': 40,
    '2.6-plan': '全面完成',
    '3-dispatch': 0,
    '3-weak': 0,
    '4-presence': true,
    '4-rules': true,
    '5.1-income': 5,
    '5.2-pct': 100,
    '5.2-paired': 0,
    '5.3-company': true,
    '5.3-link': true,
    '5.3-poor': true,
    '5.3-labour': true,
    '5.4.1-done': true,
    '5.4.2-done': true,
    '5.4.3-done': true,
    '5.4.4-level': '好',
    '5.5.1-school': true,
    '5.5.2-pct': 100,
    '5.5.2-clinic': true,
    '5.5.3-pct': 100,
    '5.5.4-dibao': true,
    '5.5.5-wubao': true,
    '6.1-missed': 0,
    '6.2-level': '好',
    '6.3-level': '好',
    '7.1-level': '优秀',
    '7.2-level': '优秀',
    '7.3-level': '优秀',
    'b1-national': 0,
    'b1-province-promoted': 0,
    'b1-province': 0,
    'b2-national': 0,
    'b2-city-gov': 0,
    'b2-province-dept': 0,
    'b3-score': 0,
    'p1-district': 0,
    'p1-city': 0,
  };
  const run = (cls: '一类' | '二类', changes: Record<string, Entry> = {}): UnitResult =>
    scoreUnit(
      rubric,
      cls === '一类' ? '区农业局' : '区审计局',
      { values: { ...fullMarks, ...changes }, basis: {} },
      cls,
    );
  const score = (cls: '一类' | '二类', changes: Record<string, Entry>, id: string): number | null =>
    findItem(run(cls, changes), id).score;

  describe('loading', () => {
    test('two classes, quoted from the 办法', () => {
      expect(rubric.classes.map((c) => c.id)).toEqual(['一类', '二类']);
      expect(rubric.classes[0]?.text).toContain('四项任务中二项以上任务的区直单位');
      expect(rubric.classes[1]?.text).toContain('仅承担包扶联系村任务的区直单位');
    });

    test('every clause quotes words of its own row', () => {
      for (const it of rubric.sections.flatMap((s) => s.items)) {
        for (const c of it.clauses) expect(flat(it.text)).toContain(flat(c.text));
      }
    });

    test('the scrape lost points: each class warns that its items do not reach 100 (一类 87, 二类 96)', () => {
      const totals = builtin.warnings
        .filter((w) => w.code === 'items-not-total')
        .map((w) => [w.params.cls, w.params.sum]);
      expect(totals).toEqual([
        ['一类', 87],
        ['二类', 96],
      ]);
      const gaps = builtin.warnings.filter((w) => w.code === 'source-gap').map((w) => w.params.item);
      expect(gaps).toEqual([
        '1.1',
        '1.3',
        '1.4',
        '1.5',
        '1.6',
        '1.7',
        '2.1',
        '2.5',
        '3',
        '4',
        '5.5.1',
        '5.5.3',
        '5.5.4',
        '5.5.5',
        '6.1',
      ]);
      for (const w of builtin.warnings.filter((x) => x.code === 'source-gap'))
        expect(String(w.params.detail)).not.toBe('');
    });

    test('full marks: 87 for an 一类 unit, 96 for a 二类 unit, nothing flagged', () => {
      const one = run('一类');
      const two = run('二类');
      expect(one.total).toBe(87);
      expect(two.total).toBe(96);
      expect(one.findings).toEqual([]);
      expect(two.findings).toEqual([]);
      expect(one.grade).toBe('良好');
      expect(two.grade).toBe('优秀');
    });
  });

  describe('一类 and 二类 score the same entries differently', () => {
    test('3次以上的得2(二类单位得3分)仅召开一次会议的得1(二类单位得1.5分),未召开的不得分', () => {
      expect(score('一类', {}, '1.2')).toBe(2);
      expect(score('二类', {}, '1.2')).toBe(3);
      expect(score('一类', { '1.2-meetings': '1至2次' }, '1.2')).toBe(1);
      expect(score('二类', { '1.2-meetings': '1至2次' }, '1.2')).toBe(1.5);
      expect(score('二类', { '1.2-meetings': '未召开' }, '1.2')).toBe(0);
    });

    test('优秀等次得5分(二类单位7分),良好等次得3分(二类单位4分),一般等次得1(二类单位得2分),不合格不得分', () => {
      expect(score('一类', { '7.1-level': '良好' }, '7.1')).toBe(3);
      expect(score('二类', { '7.1-level': '良好' }, '7.1')).toBe(4);
      expect(score('一类', { '7.2-level': '一般' }, '7.2')).toBe(1);
      expect(score('二类', { '7.2-level': '一般' }, '7.2')).toBe(2);
      expect(score('二类', { '7.2-level': '不合格' }, '7.2')).toBe(0);
      expect(run('一类', { '7.1-level': '很好' }).findings).toContainEqual(
        expect.objectContaining({ code: 'not-a-level', input: '7.1-level' }),
      );
    });

    test('one set of entries: 一类 87 − 1 − 2 − 0.5 = 83.5 (良好); 二类 96 − 1.5 − 3 − 1.5 = 90 (优秀)', () => {
      const entries = { '1.2-meetings': '1至2次', '7.1-level': '良好', '6.3-level': '一般' };
      const one = run('一类', entries);
      const two = run('二类', entries);
      expect([one.total, one.grade]).toEqual([83.5, '良好']);
      expect([two.total, two.grade]).toEqual([90, '优秀']);
    });

    test('牵头调度工作成效 is for 牵头单位 only: 二类 units score 0 of 0 there, and lose nothing', () => {
      expect(findItem(run('二类', { '3-dispatch': 2 }), '3')).toMatchObject({ cap: 0, score: 0, lost: 0 });
      expect(score('一类', { '3-dispatch': 2 }, '3')).toBe(1.5); // 1 − 0.25 × 2, plus 1
      expect(score('一类', { '3-dispatch': 4, '3-weak': 15 }, '3')).toBe(0); // 累计最多扣1分 each
    });
  });

  describe('clauses worked from the source sentence', () => {
    test('制订的帮扶措施全部落实且效果好的得4-5分，一般的得2-3分，未落实的不得分', () => {
      expect(score('一类', { '2.4-score': 4.5 }, '2.4')).toBe(4.5);
      expect(score('一类', { '2.4-score': 2 }, '2.4')).toBe(2);
      expect(score('一类', { '2.4-score': 0 }, '2.4')).toBe(0);
      for (const out of [3.5, 1]) {
        const r = run('一类', { '2.4-score': out });
        expect(r.findings).toContainEqual(expect.objectContaining({ code: 'out-of-band', input: '2.4-score' }));
        expect(findItem(r, '2.4').score).toBeNull();
        expect(r.total).toBeNull();
      }
    });

    test('村级集体经济收入每达到1万元的得1分每增加1万元加1分,最高得5分 — 3.6万 → 3; 7万 → 5', () => {
      expect(score('一类', { '5.1-income': 0.8 }, '5.1')).toBe(0);
      expect(score('一类', { '5.1-income': 3.6 }, '5.1')).toBe(3);
      expect(score('一类', { '5.1-income': 7 }, '5.1')).toBe(5);
    });

    test('全部如期脱贫的得5分每少脱贫1%[扣]0.5分;…不能如期脱贫的每例扣1分,执行倒扣分', () => {
      expect(score('一类', { '5.2-pct': 96 }, '5.2')).toBe(3); // 5 − 0.5 × 4
      const r = run('一类', { '5.2-paired': 7 });
      expect(findItem(r, '5.2').clauses.map((c) => c.score)).toEqual([5, -7]);
      expect(findItem(r, '5.2').score).toBe(-2); // 5 − 7: below zero
      expect(r.total).toBe(80); // 87 − 7
    });

    test('全年12次以上的得6分,每少1次扣0.5分 — 9 次 → 4.5 + 1', () => {
      expect(score('一类', { '2.1-visits': 9 }, '2.1')).toBe(5.5);
      expect(score('一类', { '2.1-visits': 30 }, '2.1')).toBe(7);
      expect(run('一类', { '2.1-visits': 9.5 }).findings).toContainEqual(
        expect.objectContaining({ code: 'not-whole' }),
      );
    });

    test('每少完成一次扣0.25分，累计最多扣1分 and 每发现1个单位帮扶成效不好扣0.1分,累计最多扣1', () => {
      expect(findItem(run('一类', { '3-weak': 3 }), '3').clauses.map((c) => c.score)).toEqual([1, 0.7]);
      expect(findItem(run('一类', { '3-weak': 30 }), '3').clauses.map((c) => c.score)).toEqual([1, 0]);
    });
  });

  describe('年度没有此项任务的,此项分值视情调整到5.4项其他类别分值上', () => {
    test('no 水利 task: its 3 points move to 环境整治 — full marks still 87', () => {
      const r = run('一类', { '5.4.1-task': false });
      expect(findItem(r, '5.4.1').score).toBe(0);
      expect(r.sections.find((s) => s.id === 's5')?.score).toBe(31);
      expect(r.total).toBe(87);
    });

    test('moved points are earned at 环境整治 rate: 一般 earns 1 of 2, so 2.5 of 2 + 3 — total 84.5', () => {
      const r = run('一类', { '5.4.1-task': false, '5.4.4-level': '一般' });
      expect(r.sections.find((s) => s.id === 's5')?.score).toBe(28.5); // 5 + 5 + 5 + 0 + 3 + 2 + 2.5 + 6
      expect(r.total).toBe(84.5);
    });

    test('for a 二类 unit 水利 is worth 5, and those 5 move: 好 keeps 96', () => {
      expect(run('二类', { '5.4.1-task': false }).total).toBe(96);
      expect(run('二类', { '5.4.1-task': false, '5.4.4-level': '差' }).total).toBe(89); // 96 − 2 − 5
    });
  });

  describe('加分 and 扣分 blocks', () => {
    test('国家级刊物发表的加1.5分;工作经验获省级推广的加1分…累计最高加分2分', () => {
      expect(findItem(run('一类', { 'b1-province': 1 }), 'b1').score).toBe(0.5);
      const r = run('一类', { 'b1-national': 1, 'b1-province-promoted': 1 });
      expect(findItem(r, 'b1').score).toBe(2); // 2.5, capped at 2
      expect(r.total).toBe(89);
    });

    test('表彰奖励 …累计最高加分2-3分 — read as 3: two 国家级 → 3', () => {
      expect(findItem(run('一类', { 'b2-national': 2 }), 'b2').score).toBe(3);
      expect(findItem(run('一类', { 'b2-city-gov': 1, 'b2-province-dept': 1 }), 'b2').score).toBe(1.5);
    });

    test('帮扶投入超过本类区直单位驻村工作队平均投入的加1-2 — 1.5 stands; 0.5 is out of band', () => {
      expect(findItem(run('一类', { 'b3-score': 1.5 }), 'b3').score).toBe(1.5);
      expect(run('一类', { 'b3-score': 0.5 }).findings).toContainEqual(
        expect.objectContaining({ code: 'out-of-band' }),
      );
    });

    test('每次扣5分;…每次扣2分。累计最多扣10 — 1 × 5 + 3 × 2 = 11 → −10', () => {
      expect(findItem(run('一类', { 'p1-city': 2 }), 'p1').score).toBe(-4);
      const r = run('一类', { 'p1-district': 1, 'p1-city': 3 });
      expect(findItem(r, 'p1').score).toBe(-10);
      expect(r.total).toBe(77);
      expect(run('一类', { 'p1-district': 3 }).total).toBe(77);
    });
  });

  test('一票否决 carried over from the 乡镇 办法: 二类 at 96 becomes 不合格', () => {
    const r = run('二类', { 'veto-fake': false });
    expect([r.total, r.grade, r.veto]).toEqual([96, '不合格', true]);
  });
});

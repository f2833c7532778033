import { parseNumber, toChinese } from '../../src/core/import/numerals';
import { parseRuleText, type Reading } from '../../src/core/import/parse';

/**
 * Each phrase of the scoring language, with sentences quoted from the source tables
 * (shared/seeds: 002 会龙山 考核细则, 004 零陵 计分表, 000 宜秀 考核指标, 003 评估方案).
 */

const read = (text: string, points?: number, role: 'base' | 'bonus' | 'penalty' = 'base'): Reading[] =>
  parseRuleText(text, { item: 't', points, role });
const only = (text: string, points?: number, role?: 'base' | 'bonus' | 'penalty'): Reading => {
  const r = read(text, points, role);
  expect(r).toHaveLength(1);
  const first = r[0];
  if (!first) throw new Error('no clause');
  return first;
};
const rule = (r: Reading): Record<string, unknown> => r.clause.rule as Record<string, unknown>;

describe('numerals', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百', 100],
    ['一百零五', 105],
    ['半', 0.5],
    ['一个半', 1.5],
    ['零点五', 0.5],
    ['0.25', 0.25],
    ['１０', 10],
    ['三千', 3000],
  ])('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n));
  it('rejects words that are not numbers', () => expect(parseNumber('户')).toBeUndefined());
  it.each([
    [0, '零'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [105, '一百零五'],
    [3500, '三千五百'],
  ])('%d → %s', (n, s) => expect(toChinese(n)).toBe(s));
});

describe('splitting into clauses', () => {
  it('splits numbered parts (002 item 1)', () => {
    const r = read(
      '1、 村（社区)成立“一把手”为组长的扶贫开发领导小组；有专门工作队伍，有专门的办公场地，有专门的档案管理员；明确扶贫专干。计6分，每少一项扣5分，扣完为止。\n2、 有精准扶贫总体规划和年度脱贫计划、脱贫责任书、实施方案和总结报告，并报街道扶贫办。计2分，每少一项扣0.4分，扣完为止。',
      10,
    );
    expect(r.map((c) => c.clause.points)).toEqual([6, 2]);
    expect(r[0]?.clause.text.startsWith('1、 村（社区)')).toBe(true);
  });
  it('splits at ； when each part carries 计N分 (002 item 6)', () => {
    const r = read(
      '1、\t按要求完成了贫困人口年度减贫计划，计2分，未完成计0分；贫困村集体经济 收入达5万元，计2分，少1万扣0.4分，扣完为止。\n2、\t脱贫农户对帮扶责任人及帮扶措施落实情况的满意度达98%，计2分，少1个百分点扣0.1分；对退出程序的知晓度达100%,计2分，低于95%不计分。',
    );
    expect(r.map((c) => c.clause.rule.kind)).toEqual(['yesno', 'shortfall', 'shortfall', 'threshold']);
  });
  it('splits between 共N分 at the top-level comma (004 3.1)', () => {
    const r = read(
      '政策告知书是否发放到贫困户手中或张贴(共3分,每1户未落实扣0.3分),贫困户是否发放资料袋(资料袋内政策口袋书、扶贫手册、收入明白卡、健康扶贫宣传资料等资料齐全,共2分,每1户未落实扣0.2分)。',
      4,
    );
    expect(r.map((c) => [c.clause.points, (rule(c).inputs as { per: number }[])[0]?.per])).toEqual([
      [3, 0.3],
      [2, 0.2],
    ]);
  });
  it('splits "1. … 4分。2. … 1分。" (004 1.1)', () => {
    const r = read(
      '1.工作队是否走遍全村所有贫困户(按抽查比例计分,90%的贫困户肯定回答不扣分)4分。2.询问村干部,核查工作队到位情况。1分。',
      5,
    );
    expect(r.map((c) => [c.clause.rule.kind, c.clause.points])).toEqual([
      ['proportional', 4],
      ['yesno', 1],
    ]);
  });
});

describe('per-occurrence deductions', () => {
  it('计N分，出现…每1例扣1分，扣完为止 (002)', () => {
    const r = only('计10分， 出现不符的每1例扣1分，扣完为止。');
    expect(r.readAs).toMatch(/^deduct/);
    expect(rule(r)).toMatchObject({ kind: 'deduct', floor: 'zero', inputs: [{ unit: '例', per: 1 }] });
    expect(r.clause.points).toBe(10);
  });
  it.each([
    ['每少一项扣5分，扣完为止', '项', 5],
    ['少一项扣0.5 分，扣完为止', '项', 0.5],
    ['漏保、错保1户扣0.2分，扣完为止', '户', 0.2],
    ['漏掉1 户扣0.2分，扣完为止', '户', 0.2],
    ['漏报1名扣0.5分，扣完为止', '名', 0.5],
    ['出现1例错误扣0.5分，扣完为止', '例', 0.5],
    ['出现1处没公示的扣 0.5分，扣完为止', '处', 0.5],
    ['少完成1项指标扣1分，扣完为止', '项', 1],
  ])('002: 计5分，%s', (s, unit, per) => {
    const r = only(`计5分，${s}。`);
    expect(rule(r)).toMatchObject({ kind: 'deduct', inputs: [{ unit, per }] });
  });
  it('several deductions in one clause → one deduct with several inputs (002 2.4)', () => {
    const r = only('计5分，少参加会议、培训1 次扣0.2分，迟报资料1次扣0.5分，扣完为止。');
    expect(rule(r)).toMatchObject({
      kind: 'deduct',
      inputs: [
        { unit: '次', per: 0.2 },
        { unit: '次', per: 0.5 },
      ],
    });
  });
  it('发现一户…扣1分 in brackets, with a ceiling: 本项各类单项扣分可累计最高扣5分 (004 2.5)', () => {
    const r = only(
      '贫困户是否参加城乡居民医保(每发现一户未参保扣1分);慢病签约服务是否落实(每发现一户未落实扣1分);贫困户住院是否报账(发现一户住院未报账扣1分);贫困户患重病大病没有能力医治,工作队是否落实帮扶措施(没出现一户有病不能治扣1分)本项各类单项扣分可累计最高扣5分。',
      5,
    );
    expect(rule(r)).toMatchObject({ kind: 'deduct', ceiling: 5 });
    expect(rule(r).inputs).toHaveLength(4);
  });
  it('累计最多扣X分 (000)', () => {
    const r = only(
      '调度推进:每季度开展一次调度推进工作,有调度会议记录和情况分析统计汇报,每少完成一次扣0.25分,累计最多扣1分。',
      1,
    );
    expect(rule(r)).toMatchObject({ kind: 'deduct', ceiling: 1, inputs: [{ unit: '次', per: 0.25 }] });
  });
  it('倒扣分 → floor none (000)', () => {
    const r = only('雨露计划实施情况:每个贫困家庭中高职在校学生均获得补助的得2分,少一人扣1分,执行倒扣分。');
    expect(rule(r)).toMatchObject({ kind: 'deduct', floor: 'none', inputs: [{ unit: '人', per: 1 }] });
    expect(r.clause.points).toBe(2);
  });
  it('"每少一人次计1分,扣完为止" is read as a deduction and says so (004 1.2)', () => {
    const r = only(
      '看扶贫手册是否由帮扶责任人本人填写(入户询问贫困户帮扶责任人近一个月来是否到家进行走访,每少一人次计1分,扣完为止)。',
      6,
    );
    expect(rule(r)).toMatchObject({ kind: 'deduct', inputs: [{ unit: '人次', per: 1 }] });
    expect(r.clause.reading).toMatch(/每少一次扣/);
  });
  it('记为不真实，计0分 → a void flag (004 1.2)', () => {
    const r = only(
      '扶贫手册是否记录真实、完整、准确(基本信息、帮扶措施、走访记录等,共6分,错一处,扣0.5分,帮扶手册记录雷同,记为不真实,记计0分,)。',
      6,
    );
    expect(rule(r)).toMatchObject({ kind: 'deduct', inputs: [{ unit: '处', per: 0.5 }] });
    expect(r.clause.requires).toBeDefined();
  });
  it('未设立不计分 before a deduction → a requirement (002 3.1)', () => {
    const r = only('3、建立大病救助、急难救助对象台帐。计1分，未设立不计分，错漏每处扣0.1分， 扣完为止。');
    expect(rule(r)).toMatchObject({ kind: 'deduct', inputs: [{ unit: '处', per: 0.1 }] });
    expect(r.clause.requires?.label).toBe('已设立');
  });
  it('无…的扣0.5分 ×3 that cannot reach the floor → counted occurrences (002 5)', () => {
    const r = only(
      '组织、监督扶贫项目的实施，保证工程进度、质量计3分，无项目实施方案的扣0.5分，无监督责任人的扣0.5分，无验收意见的扣0.5分，扣完为止。',
    );
    expect(rule(r)).toMatchObject({ kind: 'deduct', inputs: [{ per: 0.5 }, { per: 0.5 }, { per: 0.5 }] });
    expect(r.clause.reading).toMatch(/出现次数/);
  });
});

describe('yes/no and checklists', () => {
  it.each([
    ['有新型经营组织参与扶贫开发，带动贫困户增收成效明显。计2分，没有不计分。', 'yesno (未…不得分)'],
    ['按要求完成了贫困人口年度减贫计划，计2分，未完成计0分', 'yesno (未…不得分)'],
    ['农村道路畅通工程:年度任务按计划完成。完成的得3分,未完成不得分。', 'yesno (…的得N分，未…不得分)'],
  ])('%s', (s, readAs) => {
    const r = only(s);
    expect(r.clause.rule.kind).toBe('yesno');
    expect(r.readAs).toBe(readAs);
  });
  it('未建群的扣2分 in a 2-point row → yes/no (004 2.9)', () => {
    const r = only('查工作队长手机,是否建立贫困户微信工作群(未建群的扣2分)。', 2);
    expect(rule(r)).toMatchObject({ kind: 'yesno', input: { label: '已建群' } });
  });
  it('未制定…扣2分，未落实…扣2分 that add up to 计4分 → checklist (002 5)', () => {
    const r = only('按要求制定专项扶贫资金使用方案，并实行专账管理。计4分，未制定方案扣2 分，未落实专账管理的扣2分。');
    expect(rule(r)).toMatchObject({ kind: 'checklist', inputs: [{ points: 2 }, { points: 2 }] });
  });
  it('是否…(1分)；是否…(1分) → checklist (004 2.10)', () => {
    const r = only(
      '是否召开问题整改分析会,查会议记录、相关资料(1分);是否制定整改方案、落实责任(1分);是否建立整改台账(1分);是否整改到位(1分)。',
      4,
    );
    expect(rule(r)).toMatchObject({ kind: 'checklist' });
    expect((rule(r).inputs as { points: number }[]).map((i) => i.points)).toEqual([1, 1, 1, 1]);
  });
  it('a row with points and no rule → all or nothing, stated as a reading (004 3.2)', () => {
    const r = only('乡镇街道是否组织村干部参加脱贫攻坚轮训测试(询问村干部,查阅相关资料)。', 2);
    expect(r.clause.rule.kind).toBe('yesno');
    expect(r.confidence).toBeLessThan(0.8);
    expect(r.clause.reading).toMatch(/做到得全分/);
  });
});

describe('percentages', () => {
  it('满意度达98%，计2分，少1个百分点扣0.1分 → shortfall on the achieved %, exact (002)', () => {
    const r = only('脱贫农户对帮扶责任人及帮扶措施落实情况的满意度达98%，计2分，少1个百分点扣0.1分');
    expect(rule(r)).toMatchObject({
      kind: 'shortfall',
      target: 98,
      per: 0.1,
      step: 1,
      stepping: 'exact',
      input: { unit: '%' },
    });
    expect(r.clause.reading).toMatch(/exact/);
  });
  it('达到110%得22分，每减少1个百分点扣0.5分 (000, as DOMAIN quotes it)', () => {
    const r = only(
      '年度建档立卡贫困人口减贫计划完成率(%):农村贫困人口减少达到区下达的年度指标的110%得22分，每减少1个百分点扣0.5分。',
    );
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 110, per: 0.5 });
    expect(r.clause.points).toBe(22);
  });
  it('从中年受益达8%以上。计2分，少1个百分点扣0.2分 (002)', () => {
    const r = only(
      '信贷资金用于发展产业，贫困户间接或直接参与项目实施，从中年受益达8%以上。计2分，少1个百分点扣0.2分，扣完为止。',
    );
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 8, per: 0.2 });
  });
  it('超过30%(每超过1%扣0.1分) → excess (004 3.7)', () => {
    const r = only('全村既没有产业扶贫也没有劳务输出的贫困户占贫困户总数是否超过30%(每超过1%扣0.1分)。', 4);
    expect(rule(r)).toMatchObject({ kind: 'excess', limit: 30, per: 0.1, step: 1, stepping: 'exact' });
  });
  it('达100%,计2分，低于95%不计分 → threshold (002 6)', () => {
    const r = only('对退出程序的知晓度达100%,计2分，低于95%不计分。');
    expect(rule(r)).toMatchObject({ kind: 'threshold', cutoff: 95, between: 'full' });
  });
  it('50%…计3分，低于20%的不计分: 20%–50% is open → flagged, not guessed (002 3.2)', () => {
    const r = only('2、\t50%贫困户得到新型经营组织扶持。计3分，低于20%的不计分。');
    expect(r.flagged).toBe(true);
    expect(r.clause.rule.kind).toBe('judgement');
    expect(r.warnings[0]).toContain('“2、\t50%贫困户得到新型经营组织扶持。计3分，低于20%的不计分。”');
  });
  it('按抽查比例计分,90%的贫困户肯定回答不扣分 → proportional, full at 90 (004 1.1)', () => {
    const r = only('工作队是否走遍全村所有贫困户(按抽查比例计分,90%的贫困户肯定回答不扣分)4分。');
    expect(rule(r)).toMatchObject({ kind: 'proportional', full: 90 });
    expect(r.clause.points).toBe(4);
  });
  it('是否100%的…(按比例扣分) → proportional (004 3.4)', () => {
    const r = only('是否100%的贫困户子女落实了教育助学(按比例扣分)。', 4);
    expect(rule(r)).toMatchObject({ kind: 'proportional', full: 100 });
  });
});

describe('amounts and awards', () => {
  it('每少完成10万元，扣1分 → shortfall typed as the shortfall, whole steps, stated (002 3.3)', () => {
    const r = only('完成扶贫小额信贷目标任务。计3分，每少完成10万元，扣1分，扣完为止。');
    expect(rule(r)).toMatchObject({
      kind: 'shortfall',
      step: 10,
      per: 1,
      stepping: 'whole',
      input: { entry: 'shortfall', unit: '万元' },
    });
    expect(r.clause.reading).toMatch(/不足10万元的部分不扣/);
  });
  it('集体经济收入达5万元，计2分，少1万扣0.4分 → shortfall on the achieved amount (002 6)', () => {
    const r = only('贫困村集体经济 收入达5万元，计2分，少1万扣0.4分，扣完为止。');
    expect(rule(r)).toMatchObject({
      kind: 'shortfall',
      target: 5,
      per: 0.4,
      step: 1,
      stepping: 'exact',
      input: { unit: '万元' },
    });
  });
  it('每达到1万元的得1分，每增加1万元加1分，最高得5分 → award (000)', () => {
    const r = only('贫困村:帮扶的贫困村村级集体经济收入每达到1万元的得1分，每增加1万元加1分，最高得5分。');
    expect(rule(r)).toMatchObject({ kind: 'award', inputs: [{ unit: '万元', per: 1 }] });
    expect(r.clause.points).toBe(5);
  });
  it('随机询问2个问题,每题1.5分 → per question (004 1.5)', () => {
    const r = only('抽查村支书掌握全村扶贫工作基本情况(随机询问2个问题,每题1.5分)。', 3);
    expect(rule(r)).toMatchObject({ kind: 'award', inputs: [{ unit: '题', per: 1.5, max: 2 }] });
  });
});

describe('levels and judgement', () => {
  it('好的得2分，一般的得1分，差的不得分 → levels (000)', () => {
    const r = only('环境整治:村容村貌干净、整洁,垃圾处理规范。好的得2分,一般的得1分,差的不得分。');
    expect(rule(r)).toMatchObject({
      kind: 'levels',
      levels: [
        { name: '好', points: 2 },
        { name: '一般', points: 1 },
        { name: '差', points: 0 },
      ],
    });
  });
  it('优秀/良好/一般/不合格 with 二类单位 points in brackets → ClassNum (000)', () => {
    const r = only(
      '包扶村所在乡镇评价:评价情况分为优秀、良好、一般、不合格四个等次,优秀等次得5分(二类单位7分),良好等次得3分(二类单位4分),一般等次得1分(二类单位得2分),不合格不得分。',
    );
    expect(rule(r)).toMatchObject({
      kind: 'levels',
      levels: [
        { name: '优秀', points: { default: 5, 二类: 7 } },
        { name: '良好', points: { default: 3, 二类: 4 } },
        { name: '一般', points: { default: 1, 二类: 2 } },
        { name: '不合格', points: 0 },
      ],
    });
    expect(r.clause.points).toEqual({ default: 5, 二类: 7 });
  });
  it('效果好的得4-5分，一般的得2-3分 → judgement with bands (000)', () => {
    const r = only('帮扶措施落实到位情况:制订的帮扶措施全部落实且效果好的得4-5分,一般的得2-3分,未落实的不得分。', 5);
    expect(rule(r)).toMatchObject({
      kind: 'judgement',
      bands: [
        { name: '好', min: 4, max: 5 },
        { name: '一般', min: 2, max: 3 },
        { name: '未落实', min: 0, max: 0 },
      ],
    });
  });
  it('酌情 alone → a typed score', () => {
    const r = only('扶贫宣传工作成效明显的酌情给分。', 2);
    expect(r.readAs).toBe('judgement (酌情)');
    expect(r.flagged).toBe(false);
  });
});

describe('bonus, penalty, veto', () => {
  it('出现一次加2分，加满至10分为止 (002 +10)', () => {
    const r = only('工作出色的给予酌情加分。出现一次加2分，加满至10分为止。', 10, 'bonus');
    expect(rule(r)).toMatchObject({ kind: 'award', inputs: [{ unit: '次', per: 2 }] });
    expect(r.clause.points).toBe(10);
  });
  it('出现一次扣2分，扣满至10分为止 (002 −10)', () => {
    const r = only('在省、市、区重要活动和接待任务中出现失误的酌情扣分。出现一次扣2分，扣满至10分为止。', 0, 'penalty');
    expect(rule(r)).toMatchObject({ kind: 'deduct', ceiling: 10, floor: 'none', inputs: [{ unit: '次', per: 2 }] });
  });
  it('一票否决 → a veto', () => {
    const r = only('对未能完成年度脱贫攻坚目标任务的乡镇(街道),一律实行“一票否决”。');
    expect(r.veto).toBeDefined();
    expect(r.readAs).toMatch(/veto/);
  });
});

describe('never a silent guess', () => {
  it('a clause with scoring words it cannot place is flagged and quoted', () => {
    const r = only('资料齐全的得3分，资料不全的按1分计。');
    expect(r.flagged).toBe(true);
    expect(r.clause.rule.kind).toBe('judgement');
    expect(r.warnings.join()).toContain('资料不全的按1分计');
  });
  it('a clause with no points anywhere is flagged', () => {
    const r = only('驻村扶贫工作队队伍建设管理和工作开展情况。');
    expect(r.flagged).toBe(true);
  });
  it('every reading names itself and has a confidence', () => {
    for (const r of read('1、计5分，少一项扣1分。\n2、计3分，按比例计分。\n3、计2分，好的得2分，差的不得分。')) {
      expect(r.readAs).not.toBe('');
      expect(r.confidence).toBeGreaterThan(0);
    }
  });
});

describe('000 and 003 phrasing', () => {
  it('贫困发生率降至2%以下 → threshold, at most 2% (003)', () => {
    const r = only('(一)贫困发生率降至2%以下\n指贫困村建档立卡未脱贫人口占全村人口的比率下降至2%以下。', 1);
    expect(rule(r)).toMatchObject({ kind: 'threshold', cutoff: 2, direction: 'atMost' });
  });
  it('评级授信率达80%以上的得1分 → threshold at 80% (000)', () => {
    const r = only('贫困户(除五保户外)评级授信率达80%以上的得1分', 1);
    expect(rule(r)).toMatchObject({ kind: 'threshold', cutoff: 80 });
  });
  it('达到计划指标的得8分每减少1个百分点扣0.5分 → shortfall against 100% (000)', () => {
    const r = only('建档立卡贫困村出列情况:贫困村出列达到计划指标的得8分每减少1个百分点扣0.5分。', 8);
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 100, per: 0.5 });
  });
  it('…的得1分;…的得1分 stays one checklist (000)', () => {
    const r = only('财政专项扶贫资金全部按要求及时拨付到位的得1分;资金使用规范、监管有力、成效显著的得1分', 2);
    expect(rule(r)).toMatchObject({ kind: 'checklist', inputs: [{ points: 1 }, { points: 1 }] });
  });
  it('全面完成的得2分,完成一般的得1分未完成的不得分 → levels 2/1/0 (000)', () => {
    const r = only('《宜秀区脱贫攻坚工作计划》中明确的任务完成情况:全面完成的得2分,完成一般的得1分未完成的不得分。', 2);
    expect(rule(r)).toMatchObject({ kind: 'levels' });
    expect((rule(r) as { levels: { points: number }[] }).levels.map((l) => l.points)).toEqual([2, 1, 0]);
  });
  it('是否全面落实…1个百分点扣0.2 (每 and 分 lost in the scrape) → shortfall against 100%, not a count (000)', () => {
    const r = only('养老政策:是否全面落实新型农村社会养老保险做到老有所养。1个百分点扣0.2', 1);
    expect(r.flagged).toBe(false);
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 100, step: 1, per: 0.2 });
  });
  it('a percentage step with no target and nothing saying "all" is flagged (000 wording, target removed)', () => {
    expect(only('养老政策:落实新型农村社会养老保险做到老有所养。1个百分点扣0.2', 1).flagged).toBe(true);
  });
  it('全部如期脱贫的得5分每少脱贫1%0.5汾 (扣 left out, 汾 for 分) → shortfall against 100% (000)', () => {
    const r = only('贫困户:帮扶的贫困户发展能力明显增强,年度计划脱贫的贫困户全部如期脱贫的得5分每少脱贫1%0.5汾', 5);
    expect(r.flagged).toBe(false);
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 100, step: 1, per: 0.5 });
  });
  it('得2 in the text where the points column says 4 → flagged (000)', () => {
    const r = only('新增贫困人口识别与纳入:新增致贫和返贫人口识别准确并及时纳入信息系统、实荇动态管理的得2', 4);
    expect(r.flagged).toBe(true);
    expect(r.clause.points).toBe(4);
  });
  it('a topic only (…情况。) is flagged, not read as all-or-nothing (000)', () => {
    expect(only('驻村扶贫工作队队伍建设管理和工作開展情况。', 2).flagged).toBe(true);
  });
  it('several demands, several points, no split given → flagged (000)', () => {
    expect(only('单位包村、干部包户落实开展情况确保贫困村都有单位帮扶,贫困户都有干部联系', 2).flagged).toBe(true);
  });
  it('优秀等次得5分(二类单位7分)… → levels with 二类 points (000)', () => {
    const r = only(
      '包扶村所在乡镇评价:评价情况分为优秀、良好、一般、不合格四个等佽,优秀等次得5分(二类单位7分)良好等次得3分(二类单位4分),一般等次得1(二类单位得2分)不合格不得分。',
      5,
    );
    expect(rule(r)).toMatchObject({ kind: 'levels' });
  });
});

describe('characters as copied tables write them', () => {
  it('traditional forms and disguises read as the common character, quoted as written (000)', () => {
    const r = only('脫贫攻坚工作机制完善的嘚0.5分;设立脱贫攻坚指挥部的得0.5分;履行职责情況恏的得0.5分。', 1.5);
    expect(rule(r)).toMatchObject({ kind: 'checklist', inputs: [{ points: 0.5 }, { points: 0.5 }, { points: 0.5 }] });
    expect(r.clause.text).toContain('嘚0.5分');
    expect((rule(r) as { inputs: { label: string }[] }).inputs[2]?.label).toBe('履行职责情况好');
  });
  it('嘚 before 得 is 的 (…6次以上嘚得0.5), 汾 after a number is 分, ┅ is 一 (000)', () => {
    const r = only('贫困家庭每少┅户扣0.5汾,扣完为止', 2);
    expect(rule(r)).toMatchObject({ kind: 'deduct', inputs: [{ per: 0.5 }] });
    const r2 = only('每年党政一把手到村专题调研指导脱贫攻坚累计达到6次以上嘚得0.5', 0.5);
    expect(r2.flagged).toBe(false);
    expect(r2.clause.points).toBe(0.5);
  });
  it('汾 elsewhere (a place name) is left alone', () => {
    const r = only('汾阳片区工作开展好的得1分', 1);
    expect((rule(r) as { input: { label: string } }).input.label).toContain('汾阳');
  });
  it('完成的的3分 and …行动的0.4分 read as 得 (000 区直, 乡镇)', () => {
    expect(only('农村道路畅通工程:年度任务按计划完成。唍成的的3分未完成不得分。', 3).clause.rule.kind).toBe('yesno');
    const r = only(
      '乡村旅游扶贫实施情况:省旅游扶贫重点贫困村编制乡村旅游扶贫规划的得0.4分;加大重点村乡村旅游基础设施建设投入实施旅游扶贫增收致富行动、宣传推广行动和旅游扶贫人才培训行动的0.4分。',
      0.8,
    );
    expect(rule(r)).toMatchObject({ kind: 'checklist', inputs: [{ points: 0.4 }, { points: 0.4 }] });
  });
  it('扣除…的5分 is not read as 得 (a deduction stays a deduction)', () => {
    const r = only('资料不全的，扣除本项的2分。', 2);
    expect(r.clause.rule.kind).not.toBe('checklist');
    expect(JSON.stringify(rule(r))).not.toContain('"gain"');
  });
  it('10分钟 is minutes, not points (003)', () => {
    const r = only('取水往返时间不超过10分钟的得1分', 1);
    expect(r.clause.points).toBe(1);
    expect(r.warnings.join()).not.toContain('10分');
  });
});

describe('各得, 分别得 and 加N分', () => {
  it('A、B、C、D情况好的各得0.4分, after a 得0.4分 part → a five-part checklist (000 5.6)', () => {
    const r = only(
      '生态环境保护情况:推进生态工程建设、森林覆盖率达到目标要求的得0.4分;加强水环境保护、强化建设项目环境监管、大力开展生态创建、农村环境综合整治情况好的各得0.4分。',
      2,
    );
    const inputs = (rule(r) as { inputs: { label: string; points: number }[] }).inputs;
    expect(inputs.map((i) => i.points)).toEqual([0.4, 0.4, 0.4, 0.4, 0.4]);
    expect(inputs[1]?.label).toBe('加强水环境保护情况好');
    expect(r.readAs).toBe('checklist (各得N分)');
  });
  it('a part with its own points keeps them: 制度1分、…的各得2 (000 5.9)', () => {
    const r = only(
      '社保兜底脱贫工程各项政策措施落实情况:完善最低生活保障制度1分、健全特困人员供养制度、强化医疗救助制度、规范临时救助制度的各得2',
      7,
    );
    expect((rule(r) as { inputs: { points: number }[] }).inputs.map((i) => i.points)).toEqual([1, 2, 2, 2]);
  });
  it('…活动和引导…情况好的,各得0.5 splits the last 和 when the points say four parts (000 5.16)', () => {
    const r = only(
      '社会扶贫工作开展情况及取得成效:定点扶贫、村企结对共建、开展扶贫日活動和引导社会组织扶贫情况好的,各得0.5',
      2,
    );
    expect((rule(r) as { inputs: unknown[] }).inputs).toHaveLength(4);
    expect(
      only('定点扶贫、村企结对共建、开展扶贫日活动和引导社会组织扶贫情况好的,各得0.5', 1.5).clause.rule,
    ).toMatchObject({
      kind: 'checklist',
      inputs: [{}, {}, {}],
    });
  });
  it('各得 parts that do not add up to the points are flagged', () => {
    expect(only('定点扶贫、村企结对共建情况好的,各得0.5分', 3).flagged).toBe(true);
  });
  it('分别得1、1、0.5、0.5分 → a checklist in that order, with the shared 达到目标', () => {
    const r = only(
      '精准资助计划、全面达标计划、提升质量计划、职业培训计划等各项工作达到区委区政府规定目标的分别得1、1、0.5、0.5分',
      3,
    );
    const inputs = (rule(r) as { inputs: { label: string; points: number }[] }).inputs;
    expect(inputs.map((i) => i.points)).toEqual([1, 1, 0.5, 0.5]);
    expect(inputs[0]?.label).toBe('精准资助计划达到区委区政府规定目标');
  });
  it('分别得110.50.5 (separators lost) splits the one way that adds up, and says so (000 5.7)', () => {
    const r = only(
      '教育扶贫实施情况:精准资助计划、全面达标计劃、提升质量计划、职业培训计划等各项工作达到区委区政府规定目标的分别得110.50.5',
      3,
    );
    expect((rule(r) as { inputs: { points: number }[] }).inputs.map((i) => i.points)).toEqual([1, 1, 0.5, 0.5]);
    expect(r.clause.reading).toContain('1、1、0.5、0.5');
    // 1121 in three parts: 1、12、1 or 11、2、1 or 1、1、21; none adds up to 4, and without points it is open.
    expect(only('甲、乙、丙等各项工作达到目标的分别得1121', 4).flagged).toBe(true);
    expect(only('甲、乙、丙等各项工作达到目标的分别得1121').flagged).toBe(true);
  });
  it('…发表的加1.5分;…推广的加1分;…的加0.5分。累计最高加分2分 → award per event, capped (000 加分项)', () => {
    const r = only(
      '经验典型:调研材料、经验材料在国家级刊物发表的加1.5分;工作经验获省级推广的加1分;调研材料、经验材料在省级刊物发表的加0.5汾。累计最高加分2分(同一项材料不重复计分)',
      2,
      'bonus',
    );
    expect(rule(r)).toMatchObject({ kind: 'award', inputs: [{ per: 1.5 }, { per: 1 }, { per: 0.5 }] });
    expect(r.clause.points).toBe(2);
  });
  it('累计最高加分2-3分 takes the top of the range; 得N分 in a bonus row is an event too (000 加分项)', () => {
    const r = only(
      '表彰奖励:脱贫攻坚工作获国家级表彰的加1.5分,受到市级以上政府表彰的得1分受到省級以上部门表彰的得0.5分。累计最高加分2-3分(同一项表彰奖励不重复计分)',
      3,
      'bonus',
    );
    expect(rule(r)).toMatchObject({ kind: 'award', inputs: [{ per: 1.5 }, { per: 1 }, { per: 0.5 }] });
    expect(r.clause.points).toBe(3);
  });
  it('超过平均投入的加1-2 → judgement between 1 and 2 (000 加分项)', () => {
    const r = only('帮扶投入:帮扶投入(资金、项目)超过本类区直单位驻村工作隊平均投入的加1-2', 2, 'bonus');
    expect(rule(r)).toMatchObject({ kind: 'judgement', bands: [{ min: 1, max: 2 }] });
  });
});

describe('targets written other ways', () => {
  it('减少达到年度指标的110%22分每减少1个百分点扣0.5分 → shortfall at 110%, 22 points (000 1.1)', () => {
    const r = only(
      '年度建档立卡贫困人口减贫计划完成率(%):农村贫困人口减少达到区下達的年度指标的110%22分每减少1个百分点扣0.5分。',
      22,
    );
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 110, per: 0.5 });
    expect(r.clause.points).toBe(22);
  });
  it('实现…98%以上光纤覆盖的嘚1分 and 覆盖率95%以上的得1分 → thresholds (000 5.14)', () => {
    expect(rule(only('农村信息化建设实施情况:实现贫困村中的自然村98%以上光纤覆盖的嘚1分。', 1))).toMatchObject({
      kind: 'threshold',
      cutoff: 98,
    });
    expect(rule(only('行政村宽带覆盖率95%以上的得1分', 1))).toMatchObject({ kind: 'threshold', cutoff: 95 });
  });
  it('两个达到100%的要求、没有扣分办法 → one yes/no (003 五)', () => {
    const r = only('(五)基本满足生产生活用电需求\n指贫困村通动力电率达到100%,户户通电率达到100%。', 1);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind).toBe('yesno');
  });
  it('a standard 不低于95% in a yes/no requirement is part of the requirement, not a cut-off (003 四)', () => {
    const r = only('水量达到每人每天可获得的水量不低于40升;取水往返时间不超过10分钟;供水保证率不低于95%。', 1);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind).toBe('yesno');
  });
});

describe('what loses the points, and vetoes beside points (tables not seen while writing the parser)', () => {
  const requires = (r: Reading): string | undefined => r.clause.requires?.label;
  it('…的本项不得分 after an event: the question is 无“…”情形, so 是 keeps the points', () => {
    const r = only('发生一般生产安全事故的每起扣3分，发生较大事故的本项不得分。', 6);
    expect(rule(r)).toMatchObject({ kind: 'deduct', inputs: [{ per: 3 }] });
    expect(requires(r)).toBe('无“发生较大事故”情形');
  });
  it('一经查实本项不得分 takes its condition from the phrase before the comma', () => {
    const r = only('未备案检查的发现一次扣1分；对企业乱收费、乱罚款的，一经查实本项不得分。', 5);
    expect(requires(r)).toBe('无“企业乱收费、乱罚款”情形');
  });
  it('未完成 / 无制度 / 不按时 turn into 已完成 / 有制度 / 按时', () => {
    expect(requires(only('每少一人扣1分，未完成年度任务的不得分。', 4))).toBe('已完成年度任务');
    expect((rule(only('无管护制度的不得分。', 2)) as { input: { label: string } }).input.label).toBe('有管护制度');
    expect((rule(only('不按时上报的不得分。', 2)) as { input: { label: string } }).input.label).toBe('按时上报');
  });
  it('…每次扣5分；…实行一票否决 → a deduction and a veto, neither lost', () => {
    const r = read(
      '重大隐患被上级安委会挂牌督办的，每次扣5分；发生重大及以上生产安全事故的，实行一票否决。',
      0,
      'penalty',
    );
    expect(r).toHaveLength(2);
    expect(r[0]?.clause.rule).toMatchObject({ kind: 'deduct', floor: 'none', inputs: [{ per: 5 }] });
    expect((r[0]?.clause.rule as { inputs: { label: string }[] }).inputs[0]?.label).toContain('挂牌督办');
    expect(r[1]?.veto).toBeDefined();
  });
  it('达到90%(二类乡镇达到85%)…每降低1个百分点扣0.5分: two targets are not read as one', () => {
    const r = only('网上可办率达到90%（二类乡镇达到85%）的得满分，每降低1个百分点扣0.5分。', 5);
    expect(r.flagged).toBe(true);
  });
});

describe('scales, ranges and formulas (tables not seen while writing the parser)', () => {
  it('达到90%的得5分，80%-90%之间的得3分，低于80%的不得分 → levels by band', () => {
    const r = only('参训率达到90%的得5分，参训率在80%-90%之间的得3分，低于80%的不得分。', 5);
    expect(rule(r)).toMatchObject({
      kind: 'levels',
      levels: [
        { name: '90%及以上', points: 5 },
        { name: '80%–90%', points: 3 },
        { name: '低于80%', points: 0 },
      ],
    });
  });
  it('30%以上的得5分，25%—30%的得3分 / 80%（含）至90%的得3分；80%以下的不得分 → the same', () => {
    const a = only('村庄绿化覆盖率达到30%以上的得5分，25%—30%的得3分，低于25%的不得分。', 5);
    expect((rule(a) as { levels: { points: number }[] }).levels.map((l) => l.points)).toEqual([5, 3, 0]);
    const b = only('达到90%以上的得5分；80%（含）至90%的得3分；80%以下的不得分。', 5);
    expect((rule(b) as { levels: { points: number }[] }).levels.map((l) => l.points)).toEqual([5, 3, 0]);
  });
  it('bands that do not meet end to end are flagged', () => {
    expect(only('达到90%的得5分，70%-80%之间的得3分，低于70%的不得分。', 5).flagged).toBe(true);
  });
  it('酌情扣1-3分 → the assessor types the score', () => {
    const r = only('利用广播、标语等形式开展宣传，宣传氛围不浓的酌情扣1-3分。', 3);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind).toBe('judgement');
  });
  it('考核为优秀、良好、合格、不合格的，分别计5分、4分、3分、0分 → levels', () => {
    const r = only('意识形态工作责任制落实情况考核为优秀、良好、合格、不合格的，分别计5分、4分、3分、0分。', 5);
    expect(rule(r)).toMatchObject({
      kind: 'levels',
      levels: [
        { name: '优秀', points: 5 },
        { name: '良好', points: 4 },
        { name: '合格', points: 3 },
        { name: '不合格', points: 0 },
      ],
    });
  });
  it('评为省、市先进单位的分别加3分、2分，最高加3分 (a bonus row) → one award per event', () => {
    const r = only('被评为省、市安全生产先进单位的分别加3分、2分，最高加3分。', 3, 'bonus');
    expect(rule(r)).toMatchObject({ kind: 'award', inputs: [{ per: 3 }, { per: 2 }] });
    expect(r.clause.points).toBe(3);
  });
  it('得分＝实际新增数÷目标任务数×5，最高不超过5分 → proportional', () => {
    expect(rule(only('得分＝实际新增市场主体数÷目标任务数×5，最高不超过5分。', 5))).toMatchObject({
      kind: 'proportional',
      full: 100,
    });
  });
  it('专项资金不低于50万元，每少10万元扣1分 → shortfall against 50万元', () => {
    expect(rule(only('镇级财政安排专项资金不低于50万元，每少10万元扣1分。', 5))).toMatchObject({
      kind: 'shortfall',
      target: 50,
      step: 10,
      per: 1,
    });
  });
  it('完成任务的得6分（二类乡镇得4分），每少完成10%扣1分 → shortfall at 100% with 二类 points', () => {
    const r = only('完成招商引资到位资金任务的得6分（二类乡镇得4分），每少完成10%扣1分。', 6);
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 100, step: 10, per: 1 });
    expect(r.clause.points).toEqual({ default: 6, 二类: 4 });
  });
  it('每缺一份 / 每座 / 每块 are units; 逾期 is not one', () => {
    expect(rule(only('逐级签订责任书，每缺一份扣0.5分，扣完为止。', 5))).toMatchObject({
      inputs: [{ unit: '份', per: 0.5 }],
    });
    expect(rule(only('农村公厕有专人管护，每座不达标扣0.5分。', 4))).toMatchObject({
      inputs: [{ unit: '座', per: 0.5 }],
    });
    const late = only('信访件逾期未办结的每件扣1分。', 4);
    expect((rule(late) as { inputs: { label: string; unit: string }[] }).inputs[0]).toMatchObject({ unit: '件' });
    expect((rule(late) as { inputs: { label: string }[] }).inputs[0]?.label).toContain('逾期');
  });
  it('瞒报、谎报的扣5分 is a deduction (an event that loses points, without 未/不)', () => {
    const r = only('事故信息迟报一次扣1分，瞒报、谎报的扣5分。', 5);
    expect(rule(r)).toMatchObject({ kind: 'deduct', inputs: [{ per: 1 }, { per: 5 }] });
  });
});

describe('what the second blind tables showed (党风廉政, 乡村振兴, 综合治理)', () => {
  it('…每人次扣一分；报告内容空泛的，酌情扣分: a 酌情 after the rule is another way to lose points → flagged', () => {
    expect(only('述责述廉报告未按时报送的，每人次扣一分；报告内容空泛、查摆问题不深刻的，酌情扣分。', 4).flagged).toBe(
      true,
    );
    // …while 酌情扣分 before the rule that says how much is that rule (002 −10).
    expect(only('出现失误的酌情扣分。出现一次扣2分，扣满至10分为止。', 0, 'penalty').flagged).toBe(false);
  });
  it('一类…3000万元，二类…2000万元，每少100万元扣0.5分: two sums for one measure → flagged', () => {
    expect(
      only('一类乡镇全年农业招商引资到位资金3000万元，二类乡镇2000万元，每少100万元扣0.5分，扣完为止。', 8).flagged,
    ).toBe(true);
  });
  it('任务为5000万元…每少完成500万元扣1分 → shortfall against 5000万元 in whole steps of 500', () => {
    const r = only('年度招商引资实际到位资金任务为5000万元，完成任务的得6分；每少完成500万元扣1分，扣完为止。', 6);
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 5000, step: 500, per: 1, stepping: 'whole' });
  });
  it('每减少10人扣1分 → the shortfall typed, whole steps of 10 (not 1 point a person)', () => {
    const r = only('脱贫劳动力务工就业人数不低于上年的得5分，每减少10人扣1分。', 5);
    expect(rule(r)).toMatchObject({
      kind: 'shortfall',
      step: 10,
      per: 1,
      stepping: 'whole',
      input: { entry: 'shortfall' },
    });
  });
  it('控制在3个工作日以内，每超过1个工作日扣0.5分 → excess over 3 days; 每超一人扣5分 alone stays a count', () => {
    expect(rule(only('公文办理平均时限控制在3个工作日以内，每超过1个工作日扣0.5分。', 2))).toMatchObject({
      kind: 'excess',
      limit: 3,
      step: 1,
      per: 0.5,
    });
    expect(rule(only('死亡人数控制在县下达指标以内的得10分；超过控制指标的，每超一人扣5分。', 10))).toMatchObject({
      kind: 'deduct',
      inputs: [{ per: 5 }],
    });
  });
  it('开工率每低1个百分点扣0.2分，投资完成率每低1个百分点扣0.3分: two measures in one clause → flagged', () => {
    const r = only(
      '重点项目开工率、投资完成率分别达到100%、90%的得满分；开工率每低1个百分点扣0.2分，投资完成率每低1个百分点扣0.3分。',
      5,
    );
    expect(r.flagged).toBe(true);
  });
  it('按实际处置率占95%的比例计分 → proportional, full at 95%', () => {
    const r = only('问题线索处置率达到95%以上的得满分，未达到的按实际处置率占95%的比例计分。', 5);
    expect(rule(r)).toMatchObject({ kind: 'proportional', full: 95 });
  });
  it('95%以上的得满分，70%至95%之间的按比例得分，低于70%的不得分 → threshold, in proportion between', () => {
    const r = only('农村生活垃圾无害化处理率达到95%以上的得满分，在70%至95%之间的按比例得分，低于70%的不得分。', 3);
    expect(rule(r)).toMatchObject({ kind: 'threshold', cutoff: 70, target: 95, between: 'proportional' });
  });
});

describe('what the third blind tables showed (办学水平督导, 卫生院绩效, 林长制)', () => {
  it('得4分；…得2-3分；…不得分 → bands 4, 2–3, 0 (a fixed 得N分 is a band of one value)', () => {
    const r = only('制定学校章程并严格按章程办学的得4分；有章程但执行不到位的得2-3分；无章程的不得分。', 4);
    expect((rule(r) as { bands: { min: number; max: number }[] }).bands.map((b) => [b.min, b.max])).toEqual([
      [4, 4],
      [2, 3],
      [0, 0],
    ]);
  });
  it('优秀、良好、合格的分别得4分、3分、2分，不合格的不得分 → four levels, the last 0', () => {
    const r = only('校园文化建设经督导评估为优秀、良好、合格的，分别得4分、3分、2分，不合格的不得分。', 4);
    expect((rule(r) as { levels: { points: number }[] }).levels.map((l) => l.points)).toEqual([4, 3, 2, 0]);
  });
  it('小学达到25册、初中达到35册，每少1册扣0.2分: two counts to reach → flagged', () => {
    expect(only('生均图书小学达到25册、初中达到35册，每少1册扣0.2分。', 4).flagged).toBe(true);
  });
  it('全科医生数达到3名的得4分，每少0.5名扣1分 → shortfall against 3, steps of 0.5', () => {
    expect(rule(only('每万名服务人口全科医生数达到3名的得4分，每少0.5名扣1分。', 4))).toMatchObject({
      kind: 'shortfall',
      target: 3,
      step: 0.5,
      per: 1,
    });
  });
  it('目标300万元的得4分，每少完成20万元扣0.5分 → shortfall against 300万元', () => {
    expect(rule(only('完成年度业务收入目标300万元的得4分，每少完成20万元扣0.5分。', 4))).toMatchObject({
      kind: 'shortfall',
      target: 300,
      step: 20,
    });
  });
  it('一类任务为1000亩，二类任务为600亩，每少完成50亩扣0.5分 / 不少于20万元（二类乡镇10万元）→ flagged', () => {
    expect(
      only('完成年度植树造林任务，一类乡镇任务为1000亩，二类乡镇任务为600亩，每少完成50亩扣0.5分。', 8).flagged,
    ).toBe(true);
    expect(only('乡镇财政安排林业发展配套资金不少于20万元（二类乡镇10万元），每少2万元扣1分。', 4).flagged).toBe(true);
  });
  it('未足额拨付的按实际拨付比例计分 → proportional', () => {
    expect(only('生均公用经费足额拨付到位的得4分，未足额拨付的按实际拨付比例计分。', 4).clause.rule.kind).toBe(
      'proportional',
    );
  });
  it('两率均达到65%的各得3分 (各得 with no list it can see) → flagged, not one 6-point rule', () => {
    expect(
      only('高血压患者规范管理率、2型糖尿病患者规范管理率均达到65%的各得3分，每低1个百分点扣0.2分。', 6).flagged,
    ).toBe(true);
  });
  it('…按完成比例计分；无培训计划的不得分 → proportional, asked 有培训计划 beside it', () => {
    const r = only('完成年度培训计划的得4分；未完成的，按完成比例计分；无培训计划的不得分。', 4);
    expect(r.clause.rule.kind).toBe('proportional');
    expect(r.clause.requires?.label).toBe('有培训计划');
  });
  it('…每超过5个百分点扣1分；新增不合规债务的不得分 → excess, asked 无“新增不合规债务”情形 beside it', () => {
    const r = only('资产负债率不超过50%的得3分，超过50%的，每超过5个百分点扣1分；新增不合规债务的不得分。', 3);
    expect(rule(r)).toMatchObject({ kind: 'excess', limit: 50, step: 5, per: 1 });
    expect(r.clause.requires?.label).toBe('无“新增不合规债务”情形');
  });
});

describe('two measures in one cell, full points at the target, restated conditions', () => {
  it('…得3分，每低1个百分点扣0.3分；…得2分，未达到的按比例得分 → two clauses, the second full at 60%', () => {
    const r = read(
      '建档率达到90%以上得3分，每低1个百分点扣0.3分；档案动态使用率达到60%以上得2分，未达到的按比例得分。',
      5,
    );
    expect(r.map((x) => x.clause.rule.kind)).toEqual(['shortfall', 'proportional']);
    expect(r[1]?.clause.rule).toMatchObject({ full: 60 });
  });
  it('…的得1分；…的得2分 stays one checklist (no measure on either side)', () => {
    expect(read('资金全部按要求及时拨付到位的得1分；资金使用规范、监管有力的得2分。', 3)).toHaveLength(1);
  });
  it('达到62%的得满分，低于62%的按完成比例计分 → proportional, full at 62%', () => {
    expect(rule(only('65岁及以上老年人健康管理率达到62%的得满分，低于62%的按完成比例计分。', 4))).toMatchObject({
      kind: 'proportional',
      full: 62,
    });
  });
  it('优良率达到50%以上得2分，否则不得分 → a threshold that asks nothing else', () => {
    const r = only('优良率达到50%以上得2分，否则不得分。', 2);
    expect(rule(r)).toMatchObject({ kind: 'threshold', cutoff: 50 });
    expect(r.clause.requires).toBeUndefined();
  });
  it('达到98%以上的得满分；低于98%的，每低一个百分点扣一分 → a shortfall (低于98% restates the target)', () => {
    const r = only('矛盾纠纷调处成功率达到98%以上的得满分；低于98%的，每低一个百分点扣一分。', 4);
    expect(r.flagged).toBe(false);
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 98, per: 1 });
  });
  it('较上年每提高1个百分点得1分，最高得4分 → an award per point', () => {
    expect(rule(only('医疗服务收入占医疗收入比例较上年每提高1个百分点得1分，最高得4分。', 4))).toMatchObject({
      kind: 'award',
      inputs: [{ per: 1 }],
    });
  });
  it('分别加3分、2分、1分，同一项目按最高级别计，累计不超过5分 → an award capped at 5', () => {
    const r = only(
      '获得国家级、省级、市级教育行政部门表彰的，分别加3分、2分、1分，同一项目按最高级别计，累计不超过5分。',
      5,
      'bonus',
    );
    expect(rule(r)).toMatchObject({ kind: 'award', inputs: [{ per: 3 }, { per: 2 }, { per: 1 }] });
    expect(r.clause.points).toBe(5);
  });
});

describe('what the fourth blind tables showed (粮食安全, 信访工作, 统计工作)', () => {
  it('成立领导小组的得2分；…每少1次扣1分 (row 4): the 2 points are not swallowed by the deduction → flagged', () => {
    expect(only('成立粮食安全工作领导小组的得2分；每年专题研究不少于2次，每少1次扣1分。', 4).flagged).toBe(true);
  });
  it('按要求报送的得2分；…每条加0.5分，本项最高4分: the 2 points are not swallowed by the awards → flagged', () => {
    expect(only('按要求报送信访信息的得2分；信息被县级采用的每条加0.5分，本项最高4分。', 4).flagged).toBe(true);
  });
  it('每项1分，全部完成得5分 → an award per item up to 5 (得5分 is its top)', () => {
    expect(rule(only('按时完成各项专项调查任务，每项1分，全部完成得5分。', 5))).toMatchObject({ kind: 'award' });
  });
  it('…的得5分；达到80%（含）以上不足100%的得3分；低于80%的不得分 → levels 5 / 3 / 0', () => {
    const r = only('按时完成问题整改的得5分；整改销号率达到80%（含）以上不足100%的得3分；低于80%的不得分。', 5);
    expect((rule(r) as { levels: { points: number }[] }).levels.map((l) => l.points)).toEqual([5, 3, 0]);
  });
  it('达到100%的得3分，达到90%的得2分，90%以下不得分 → levels 3 / 2 / 0', () => {
    const r = only('信访事项按期办结率达到100%的得3分，达到90%的得2分，90%以下不得分。', 3);
    expect((rule(r) as { levels: { points: number }[] }).levels.map((l) => l.points)).toEqual([3, 2, 0]);
  });
  it('每少完成1%扣1分，少完成10%以上的不得分 → shortfall against 100%, nothing below 90%', () => {
    const r = only('完成县下达的粮食播种面积目标任务的得10分；每少完成1%扣1分，少完成10%以上的不得分。', 10);
    expect(rule(r)).toMatchObject({ kind: 'shortfall', target: 100, per: 1, cutoff: 90 });
  });
  it('…录入率100%的得3分，未达到的不得分；…得3分，每发现1件不规范的扣0.2分 → two clauses', () => {
    const r = read('信息录入率100%的得3分，未达到的不得分；录入信息规范完整的得3分，每发现1件不规范的扣0.2分。', 6);
    expect(r.map((x) => x.clause.rule.kind)).toEqual(['yesno', 'deduct']);
  });
  it('排名第一的加2分，排名前三的加1分: nested ranks in a bonus row → flagged', () => {
    expect(only('重点工作在全市排名第一的加2分，排名前三的加1分。', 2, 'bonus').flagged).toBe(true);
  });
});

describe('what the fifth blind tables showed (预算绩效, 消防安全, 养老服务)', () => {
  it('…的得4分；审核把关不严的，视情况扣分: a 视情况 after the rule → flagged', () => {
    expect(only('按规定对所属单位绩效目标进行审核的得4分；审核把关不严、流于形式的，视情况扣分。', 4).flagged).toBe(
      true,
    );
  });
  it('按期整改到位的得满分；未全部整改的，按整改率计分；未整改的不得分 → proportional, asking nothing more', () => {
    const r = only('对评价发现的问题按期整改到位的得满分；未全部整改的，按整改率计分；未整改的不得分。', 6);
    expect(rule(r)).toMatchObject({ kind: 'proportional', full: 100 });
    expect(r.clause.requires).toBeUndefined();
  });
  it('得2分；…酌情得1-2分: two parts, not one scale → flagged', () => {
    expect(only('制定火灾应急处置预案并每年修订的，得2分；预案可操作性强的，酌情得1-2分。', 4).flagged).toBe(true);
  });
  it('每迟发1个月扣1分；截留、挪用的，本项不得分，并实行一票否决 → a deduction voided by 截留, and a veto', () => {
    const r = read('特困供养金按时足额发放，每迟发1个月扣1分；截留、挪用、克扣的，本项不得分，并实行一票否决。', 5);
    expect(r).toHaveLength(1);
    expect(r[0]?.clause.rule).toMatchObject({ kind: 'deduct', inputs: [{ per: 1 }] });
    expect(r[0]?.clause.requires?.label).toBe('无“截留、挪用、克扣”情形');
    expect(r[0]?.veto).toBeDefined();
    expect(r[0]?.scoredToo).toBe(true);
  });
  it('完成任务的得5分，完成任务80%以上的得3分，60%以上的得2分，不足60%的不得分 → levels 5 / 3 / 2 / 0', () => {
    const r = only('完成市下达建设任务的得5分，完成任务80%以上的得3分，完成60%以上的得2分，完成不足60%的不得分。', 5);
    expect((rule(r) as { levels: { points: number }[] }).levels.map((l) => l.points)).toEqual([5, 3, 2, 0]);
  });
  it('每争取50万元加0.5分，最多加2分 → an award per 50万元', () => {
    expect(rule(only('争取上级养老服务项目资金，每争取50万元加0.5分，最多加2分。', 2, 'bonus'))).toMatchObject({
      kind: 'award',
      inputs: [{ per: 0.5, step: 50, unit: '万元' }],
    });
  });
});

describe('what the sixth blind tables showed (档案工作, 河湖长制, 食品安全)', () => {
  it('未经鉴定擅自销毁档案的，本项不得分 → asked as its absence, not as 已经鉴定擅自销毁', () => {
    const r = only('档案门类齐全，缺一项扣1分；未经鉴定擅自销毁档案的，本项不得分。', 5);
    expect(r.clause.requires?.label).toBe('无“未经鉴定擅自销毁档案”情形');
  });
  it('巡河率低于70%的本项不得分 → a cut-off of the shortfall, not a question beside it', () => {
    const r = only('河长巡河率达到100%的得满分，每低于5个百分点扣1分，巡河率低于70%的本项不得分。', 6);
    expect(rule(r)).toMatchObject({ kind: 'shortfall', cutoff: 70 });
    expect(r.clause.requires).toBeUndefined();
  });
  it('与互联网物理隔离，未隔离的不得分；涉密档案违规上网的，本项不得分 → one yes/no, the second condition asked beside', () => {
    const r = only('档案管理信息系统与互联网物理隔离，未隔离的不得分；涉密档案违规上网的，本项不得分。', 3);
    expect(r.clause.rule.kind).toBe('yesno');
    expect(r.clause.requires?.label).toBe('无“涉密档案违规上网”情形');
  });
  it('分解落实到村的得3分，未分解落实的不得分 / 控制在35以下的得3分，超过的不得分 → yes/no asking nothing more', () => {
    expect(only('将目标任务分解落实到村（社区）的得3分，未分解落实的不得分。', 3).clause.requires).toBeUndefined();
    expect(only('PM2.5年均浓度控制在35微克/立方米以下的得3分，超过的不得分。', 3).clause.requires).toBeUndefined();
  });
});

describe('what the seventh blind tables showed (文明创建, 退役军人服务, 招商引资)', () => {
  it('知晓率…每低1个百分点扣0.3分；群众支持率低于80%的，本项不得分: a cut-off of another rate → flagged', () => {
    const r = only('知晓率达到90%的得满分，每低1个百分点扣0.3分；群众支持率低于80%的，本项不得分。', 6);
    expect(r.flagged).toBe(true);
  });
  it('设施管护到位，组织开展祭扫活动的得4分；管护不到位的，每处扣1分: the 祭扫 demand is left unscored → flagged', () => {
    const r = only('辖区烈士纪念设施管护到位，清明节组织开展祭扫活动的得4分；纪念设施管护不到位的，每处扣1分。', 4);
    expect(r.flagged).toBe(true);
    // …while one demand and its failures is a deduction from the 得N分.
    expect(only('死亡人数控制在县下达指标以内的得10分；超过控制指标的，每超一人扣5分。', 10).flagged).toBe(false);
  });
  it('省级示范的加2分，市级的加1分（同一年度按最高级别计）→ levels; 同一事项按最高级别计，累计最高加5分 → awards', () => {
    const level = only('被评为省级示范型服务站的加2分，市级的加1分（同一年度按最高级别计，不重复加分）。', 3, 'bonus');
    expect((rule(level) as { levels: { points: number }[] }).levels.map((l) => l.points)).toEqual([2, 1, 0]);
    const awards = only(
      '工作经验被省级推广的加3分，被市级推广的加2分，被县级推广的加1分；同一事项按最高级别计，累计最高加5分。',
      5,
      'bonus',
    );
    expect(rule(awards)).toMatchObject({ kind: 'award', inputs: [{ per: 3 }, { per: 2 }, { per: 1 }] });
  });
  it('每次得0.5分；…发言或签约的，每次另加0.5分 → two awards, not one', () => {
    const r = only('参加县级以上招商推介活动，每次得0.5分；在活动中作推介发言或现场签约的，每次另加0.5分。', 4);
    expect(rule(r)).toMatchObject({ kind: 'award', inputs: [{ per: 0.5 }, { per: 0.5 }] });
  });
});

describe('what the eighth blind tables showed (机关效能, 医保基金监管, 防汛抗旱)', () => {
  it('…每次扣0.5分；培训效果不明显的，适当扣分 → flagged (the last way of losing points has no number)', () => {
    expect(only('每年开展培训不少于2次，每少一次扣2分；培训效果不明显的，适当扣分。', 6).flagged).toBe(true);
  });
  it('…每处扣0.5分；预警信息发布不及时的，每次扣1分，最高扣2分 → flagged (the cap may be the second part’s only)', () => {
    expect(only('隐患未整改的每处扣0.5分；预警信息发布不及时的，每次扣1分，最高扣2分。', 5).flagged).toBe(true);
    // …while 本项各类扣分可累计，最高扣5分 caps them all.
    expect(rule(only('发现一户未落实扣1分；发现一户辍学扣1分，本项各类单项扣分可累计，最高扣5分。', 5))).toMatchObject({
      kind: 'deduct',
      ceiling: 5,
    });
  });
  // Issue 14 asks that an exception never be dropped silently (可以不扣分 / 可暂不扣分: flagged or asked as
  // its own entry); this test pinned the reading that dropped it.
  it('…可暂不扣分 is an exception the reading cannot weigh: flagged, quoted', () => {
    const r = only('发现一户未处理到位扣1分，扣完为止。有处理台账标明正确处理意见的可暂不扣分。', 3);
    expect(r.flagged).toBe(true);
    expect(r.warnings.join()).toContain('可以不扣分的例外');
  });
});

describe('shapes flagged across the real tables already held (before fresh20)', () => {
  it('按优良中差分别记5、4、3、1分 → one ladder of four grades (系部 table)', () => {
    const r = only('教学系部内部管理制度健全,能落实。检查值班日志、系部例会会议记录,按优良中差分别记5、4、3、1分', 5);
    expect(r.flagged).toBe(false);
    expect(rule(r)).toMatchObject({
      kind: 'levels',
      levels: [
        { name: '优', points: 5 },
        { name: '良', points: 4 },
        { name: '中', points: 3 },
        { name: '差', points: 1 },
      ],
    });
    expect(rule(only('按优秀、良好、一般、较差四个等次分别得10分、8分、6分、3分', 10))).toMatchObject({
      levels: [{ name: '优秀' }, { name: '良好' }, { name: '一般' }, { name: '较差' }],
    });
  });
  it('不低于60%,每低5%扣0.5分 / 低于90%的,每低1个百分点扣0.5分 → a shortfall from the line it falls below', () => {
    expect(rule(only('一般缺陷消缺率不低于60%,每低5%扣0.5分', 5))).toMatchObject({
      kind: 'shortfall',
      target: 60,
      step: 5,
      per: 0.5,
    });
    expect(rule(only('知晓率低于90%的,每低1个百分点扣0.5分', 5))).toMatchObject({
      kind: 'shortfall',
      target: 90,
      step: 1,
    });
  });
  it('耳标佩戴率100%得5分,每降2%扣1分 → a shortfall from the rate that earns the row', () => {
    expect(rule(only('现场实查,耳标佩戴率100%得5分,每降2%扣1分,扣完为止。', 5))).toMatchObject({
      kind: 'shortfall',
      target: 100,
      step: 2,
      per: 1,
    });
  });
  it('建家率达70%得3分,60%得2分,50%得1分 → steps of the rate, nothing below the lowest', () => {
    for (const text of ['建家率达70%得3分,60%得2分,50%得1分', '建家率达70%以上得3分,60%以上得2分,50%以上得1分'])
      expect(rule(only(text, 3))).toMatchObject({
        kind: 'levels',
        levels: [{ points: 3 }, { points: 2 }, { points: 1 }, { name: '低于50%', points: 0 }],
      });
    // 达标 says no rate: still flagged.
    expect(only('集体合同建制率达标得4分,75%以上得3分,70%以上得2分,65%以上得1分', 4).flagged).toBe(true);
  });
});

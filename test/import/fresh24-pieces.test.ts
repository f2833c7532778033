import { clauses, grid, items, ok, only } from './real-grid';

/** The pieces the twenty-fourth round of unseen tables (tables/fresh24) taught, in the tables' own words. */

const flags = (r: ReturnType<typeof ok>) => r.blocks[0]?.clauses.map((c) => c.flagged) ?? [];
const adjustments = (r: ReturnType<typeof ok>) => r.rubric.adjustments ?? [];

describe('layouts of the twenty-fourth round', () => {
  it('标准 | 标准分 | 评分要点 under Ⅰ、… 500 / 一、建筑要求 200 / (一)… 50 / (二)… 50: the 评分要点 scores; (二) one pool (cssd)', () => {
    const r = ok(
      grid([
        ['标准', '标准分', '评分要点'],
        ['Ⅰ、消毒供应中心(CSSD)管理', '500', ''],
        ['一、建筑要求', '200', ''],
        ['(一)CSSD建筑设置应与医院的规模、功能和任务相适应', '50', ''],
        [
          '1、新建、扩建和改建CSSD应经安徽省重点部门卫生学审核专家组审核及验收。',
          '40',
          '未经卫生学审核及验收,各扣20分。',
        ],
        [
          '2、CSSD总面积与医院床位之比应达到1:0.7~0.9㎡,100张床位以下最小面积70㎡。',
          '10',
          'CSSD总面积小于要求30%,扣10分。',
        ],
        ['(二)地理位置及环境要求', '50', ''],
        [
          '1、区域相对独立,新建、改建的CSSD不应建在地下室或半地下室。',
          '',
          '选址位置不合适,在地下室或半地下室,扣20分。',
        ],
        ['2、周围环境清洁、无污染源,不应有垃圾集中地、公厕、煤堆、食堂、洗衣房、太平间。', '', '有一个污染源,扣10分。'],
        ['3、位置接近手术室、产房和临床科室,宜与手术室有物品直接传递专用通道。', '', '与手术室之间'],
      ]),
    );
    // The nearest heading over the two groups is the section (not Ⅰ、 over it, nor each group on its own).
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['建筑要求', 200]]);
    expect(items(r).map((i) => i.cap)).toEqual([50, 50]);
    // (一) holds its two standards with their points; (二)'s three only take off its 50.
    const [first, second] = items(r);
    expect(first?.clauses.map((c) => c.points)).toEqual([40, 10]);
    expect(second?.clauses.map((c) => c.rule.kind)).toEqual(['deduct', 'deduct', 'deduct']);
    // 未经卫生学审核及验收,各扣20分 is read from the 评分要点, not the standard's words.
    expect(first?.clauses[0]?.text).toContain('各扣20分');
  });

  it('项目(80分) merged | 标准 merged | 评分办法 per row | 备查材料及考核内容: one item of its parts, 减5分 a deduction (jigong)', () => {
    const r = ok(
      grid([
        ['编号', '项目', '标准', '评分办法', '备查材料及考核内容'],
        [
          '09',
          '实习设施(80分)',
          '标准:学校具备满足实习教学需要的实习场所和配套的实习设备,保证每生有实习工位。',
          '09评分办法(满分80分) ①各专业有满足需要的实习场所和配套的实习设备,记40分,每一专业不达标减5分。',
          '①实习教学计划 ②有关实习场所建筑面积图纸和资料',
        ],
        ['↑', '↑', '↑', '②保证实习时每人一个工位,记20分。每一专业不达标,减5分。', '↑'],
        ['↑', '↑', '↑', '③主要设备设施具有先进性,符合企业实际,记20分,每一专业不达标,减5分。', '↑'],
        [
          '10',
          '教具仪器(30分)',
          '标准:学校有适应专业特点,满足教学需要的专用教室和实验室。',
          '10评分办法(满分30分) ①每个专业都有满足需要的专用教室和实验室,并保证使用,记10分。',
          '①专用教室和实验室使用记录',
        ],
        ['↑', '↑', '↑', '②仪器、教具满足教学要求,记15分。', '↑'],
        ['↑', '↑', '↑', '③达到国内先进水平,记5分。', '↑'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['实习设施', 80],
      ['教具仪器', 30],
    ]);
    // (满分80分) titles the cell: the first part is worth its own 40, not the item's 80.
    expect(clauses(r).map((c) => c.points)).toEqual([40, 20, 20, 10, 15, 5]);
    expect(
      clauses(r)
        .slice(0, 3)
        .map((c) => c.rule.kind),
    ).toEqual(['deduct', 'deduct', 'deduct']);
    expect(flags(r).every((f) => !f)).toBe(true);
    // The papers to check are no part of any rule.
    expect(clauses(r).some((c) => c.text.includes('实习教学计划'))).toBe(false);
    // ②仪器… opens its cell: the ② numbers it, it is no 二 of the words.
    const second = clauses(r)[4];
    expect(second?.rule.kind === 'yesno' && second.rule.input.label).toBe('已做到：仪器、教具满足教学要求');
  });

  it('注:…基础得分为6分,扣完为止,加分无上限 below rows that deduct or add per piece: a base of 6 and bonus blocks (shenpixinxi)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '考核指标', '计分标准'],
        ['1', '报送情况', '报送及时', '信息报送不及时的,扣1分。'],
        ['2', '↑', '报送数量', '每季度报送数量不达标的,每少1篇,扣1分。'],
        ['3', '↑', '约稿任务', '根据两办要求,按要求完成专题约稿任务的,每篇计2分。'],
        ['4', '信息规范', '内容规范', '信息内容出现严重错误或用词不规范被上级部门通报的,每次扣2分。'],
        ['5', '录用情况', '录用率', '每季度稿件录用率低于30%的,扣1分。'],
        ['6', '↑', '领导批示', '被上级领导批示的稿件,区级每篇加10分,市级每篇加20分,省级及以上每篇加40分。'],
        ['注:各科室(含政务服务中心)基础得分为6分,扣完为止,加分无上限;季度综合得分低于6分的,视为不达标。'],
      ]),
    );
    expect(r.rubric.total).toBe(6);
    expect(items(r).map((i) => i.cap)).toEqual([6]);
    // 每篇计2分 adds to the base as 每篇加10分 does; what a piece adds is no limit of the block.
    expect(adjustments(r).map((a) => [a.name, a.role])).toEqual([
      ['约稿任务', 'bonus'],
      ['领导批示', 'bonus'],
    ]);
    expect(adjustments(r)[0]?.cap).not.toBe(2);
  });

  it('一、总则:服务规范基准分为100分。 over articles of 发现一次,扣基准分10分: the base, and 10 off it a time (kefu)', () => {
    const r = ok(
      grid([
        ['一、总则:服务规范基准分为100分。'],
        ['编号', '条文', '扣分'],
        ['1、', '通话期间,客户要求重报工号而拒报或者错报的,发现一次,扣基准分10分;', ''],
        ['2、', '错误登记或受理客户信息,造成客户争议,发现一次,扣基准分10分;', ''],
        ['3、', '反查用户资料的,发现一次,扣基准分10分。', ''],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    const rules = clauses(r).map((c) => c.rule);
    expect(rules.map((x) => x.kind === 'deduct' && x.inputs.map((i) => i.per))).toEqual([[10], [10], [10]]);
  });

  it('…设有减分的项目,最高得分为该项得分分数,最低得分可为负分 before the rows: their deductions go below nothing (wangdian)', () => {
    const r = ok(
      grid([
        ['编号', '内容'],
        [
          '本次竞赛活动检查总分设置100分,符合要求各项得满分,不符合要求不得分(未标明扣分项)、减分、或得负分,设有减分的项目,最高得分为该项得分分数,最低得分可为负分,具体评分标准如下:',
        ],
        ['(一)服务环境规范(总分10分)'],
        ['1、', '营业厅外部牌匾符合要求,得2分,不合格得-1分'],
        ['2、', '营业厅门前环境卫生符合要求,得2分'],
        ['3、', '营业厅内环境符合要求,得3分'],
        ['4、', '工作区域符合要求,得3分'],
        ['(一)服务设施规范(总分10分)'],
        ['1、', '营业厅内的利率牌、时钟、标识牌、宣传栏、监控录像等符合要求,得3分,一项不合格减1分'],
        ['2、', '单据、凭证、意见簿、投诉电话等符合要求,得1分'],
        ['3、', '大堂经理设置及业务处理情况等符合要求,得3分'],
      ]),
    );
    const lost = clauses(r).find((c) => c.text.includes('一项不合格减1分'));
    expect(lost?.rule.kind === 'deduct' && lost.rule.floor).toBe('none');
  });
});

describe('rule words of the twenty-fourth round', () => {
  it('控制率≦100%,计5分;每超过一个百分点扣0.5分 after 以100%为标准: the rate over its limit (kejizhichu)', () => {
    const c = only('以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。', 5);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule).toMatchObject({ kind: 'excess', limit: 100, step: 1, per: 0.5 });
  });

  it('安排率≥90%,计5分;80%(含)-90%,计4分;…低于60%不得分: one pick of the band (kejizhichu)', () => {
    const c = only('重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分。', 5);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule.kind === 'levels' && c.clause.rule.levels.map((l) => l.points)).toEqual([5, 4, 3, 2, 0]);
  });

  it('无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分: three states, the last worth nothing (kejizhichu)', () => {
    const c = only('无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。', 3);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule.kind === 'levels' && c.clause.rule.levels.map((l) => l.points)).toEqual([3, 2, 0]);
  });

  it('选址位置不合适,在地下室或半地下室,扣20分: the lapse said first, then where it is seen (cssd)', () => {
    const c = only('选址位置不合适,在地下室或半地下室,扣20分。', 20);
    expect(c.flagged).toBe(false);
    expect(JSON.stringify(c.clause.rule)).toContain('选址位置不合适');
  });

  it('…记40分,每一专业不达标减5分: 减 a number of points is 扣 it (jigong)', () => {
    const c = only('各专业有满足需要的实习场所和配套的实习设备,记40分,每一专业不达标减5分。', 40);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule.kind === 'deduct' && c.clause.rule.inputs.map((i) => i.per)).toEqual([5]);
  });
});

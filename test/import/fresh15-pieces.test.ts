import { grid, clauses, items, ok, warned, only } from './real-grid';

/** The pieces the fifteenth round of unseen tables (tables/fresh15) taught, in the tables' own words. */

describe('layouts of the fifteenth round', () => {
  it('grade columns 一 (1.0) | 二 (0.8) | … naming each row’s grades: levels of the row’s points; the header again at a page break with the same outer name goes on (youeryuan)', () => {
    const r = ok(
      grid([
        ['指标', '二级指标', '评估要素', '标准分', '一 (1.0)', '二 (0.8)', '三 (0.6)', '四 (0.4)', '评估方法'],
        [
          'A-1 领导与管理 (90分)',
          'B-1 办园指导思想 (8分)',
          '1.园领导对幼儿园的性质有明确的认识。',
          '4',
          '认识明确',
          '较明确',
          '一般',
          '不明确',
          '座谈',
        ],
        ['↑', '↑', '2.坚持保教结合,保教并重。', '4', '坚持得好', '能坚持', '一般', '较差', '实地查看'],
        ['↑', 'B-2 园风 (2分)', '1.有良好的园风,教职工之间团结协作。', '2', '良好', '较好', '尚可', '较差', '综合评价'],
        ['指标', '二级指标', '评估要素', '标准分', '一 (1.0)', '二 (0.8)', '三 (0.6)', '四 (0.4)', '评估方法'],
        [
          'A-1 领导与管理 (90分)',
          'B-3 班子建设 (2分)',
          '1.领导成员作风正派、民主。',
          '2',
          '作风正派',
          '较正派',
          '一般',
          '较差',
          '座谈',
        ],
      ]),
    );
    expect(r.blocks).toHaveLength(1);
    expect(clauses(r).map((c) => c.rule)).toMatchObject([
      { kind: 'levels', levels: [{ points: 4 }, { points: 3.2 }, { points: 2.4 }, { points: 1.6 }] },
      { kind: 'levels', levels: [{ points: 4 }, { points: 3.2 }, { points: 2.4 }, { points: 1.6 }] },
      { kind: 'levels', levels: [{ points: 2 }, { points: 1.6 }, { points: 1.2 }, { points: 0.8 }] },
      { kind: 'levels', levels: [{ name: '作风正派' }, {}, {}, {}] },
    ]);
  });

  it('1. | 组织领导方面,计10分。 over (1)…(2分): a heading with its points, not an item (yifeng)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['1.', '组织领导方面,计10分。'],
        ['(1)', '将移风易俗工作摆上了重要议事日程。(4分)'],
        ['(2)', '制定并下发了移风易俗工作方案。(6分)'],
        ['2.', '任务进展方面,计5分。'],
        ['(1)', '实现了村小组红白理事会全覆盖目标。(5分)'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['组织领导方面', 10],
      ['任务进展方面', 5],
    ]);
    expect(items(r).map((i) => i.cap)).toEqual([4, 6, 5]);
  });

  it('组织不健全、组织生活开展不正常的各扣1分: one deduction for each thing listed (laoganbu)', () => {
    expect(
      only('组织不健全、组织生活开展不正常的各扣1分;离退休干部党支部党费80%留给党支部不落实的扣1分', 4).clause.rule,
    ).toMatchObject({
      kind: 'deduct',
      inputs: [{ label: '组织不健全（出现次数）' }, { label: '组织生活开展不正常（出现次数）' }, { per: 1 }],
    });
  });

  it('编号 | 内容 over numbered lines that score: imported, 内容 the rules (banji); 加1至5分 is 1 to 5', () => {
    const r = ok(
      grid([
        ['编号', '内容'],
        ['1.', '考勤(10分)'],
        ['', '迟到、早退者,扣0.5分/人,没按照请假程序请假而旷课者,扣1分/人/节。'],
        ['2.', '文明礼仪(20分)'],
        ['(1)', '不戴校章,扣0.5分/人,头发不合要求,扣0.5分/人'],
        ['(2)', '不穿校服,扣1分/人,讲粗言滥语,扣1分/人'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['考勤', 10],
      ['文明礼仪', 20],
    ]);
    expect(only('拾到现金,酌情加1至5分,并通报学校广播表扬', 5).clause.rule).toMatchObject({
      kind: 'judgement',
      bands: [{ min: 1, max: 5 }],
    });
  });

  it('分项 | 分项分值 merged over rows of 考核内容: one item of the 分项; a last row with a name and no rule is cut (banzu)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '标准分值', '分项', '分项分值', '考核内容', '评分标准'],
        ['1', '班组安全管理', '35', '安全事故管理', '25', '1.“三违”情况', '“三违”一人次扣5分。'],
        ['↑', '↑', '↑', '↑', '↑', '2.轻伤事故', '轻伤事故按一人次扣10分。'],
        ['↑', '↑', '↑', '安全培训', '10', '1.班组长参加培训教育', '每缺一次扣4分'],
        ['↑', '↑', '↑', '↑', '↑', '2.每半月进行班', ''],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['安全事故管理', 25],
      ['安全培训', 10],
    ]);
    // (Nothing lost: the cut row is a clause the assessor scores, named.)
    expect(
      items(r)[1]
        ?.clauses.map((c) => c.text)
        .join(''),
    ).toContain('每半月进行班');
  });

  it('四、 | 考核办法 after the scored parts: what follows is how it is run, named, not items (gengbao); 得5分;…得5分 under (10分) are its two parts', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '卫星遥感监测执法检查(20分)'],
        ['', '“卫片”执法检查中,没有出现违法用地情况的,得20分;若出现违法用地情况的不得分。'],
        ['(二)', '专项资金的收缴使用(10分)'],
        [
          '',
          '按期足额缴纳耕地开垦费等资金,得5分;未足额缴纳的,按比例扣分。上年度的资金使用率达到90%的,得5分;不达90%的,按比例扣分。',
        ],
        ['四、', '考核办法'],
        ['', '考核采取自查、检查与核查相结合的方法。'],
        ['1、', '年度耕地,特别是基本农田保护责任的完成情况;'],
        ['2、', '经审批建设项目占用土地的利用情况;'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([20, 10]);
    expect(warned(r)).toContain('经审批建设项目占用土地的利用情况');
  });
});

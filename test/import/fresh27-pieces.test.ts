import { clauses, grid, items, ok, only } from './real-grid';

/** The pieces the twenty-seventh round of unseen tables (tables/fresh27) taught, in the tables' own words. */

describe('layouts of the twenty-seventh round', () => {
  it('序号 | 考核指标 | 分值 | 评分标准 closed by 小计 | | 100: the table’s total, no section of every row (zhaoqi)', () => {
    const r = ok(
      grid([
        ['序号', '考核指标', '分值', '评分标准'],
        ['1', '网点完工率', '30', '网点完工率达到100%的得30分,99%-90%的得27分,89%-80%的得24分,50%以下的不得分。'],
        ['2', '中央补助投资支出率', '10', '中央补助投资支出率达到100%的得10分,99%-80%的得5分, 80%以下的不得分。'],
        ['3', '用户签约率', '60', '用户签约率达到90%及以上的得60分,89%-80%的得50分,40%以下的不得分。'],
        ['小计', '', '100', ''],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(r.rubric.sections.every((s) => s.cap === undefined)).toBe(true);
  });

  it('…(一) 累计分值 | | | | | 100 below the rows: the total, no item (qingjie)', () => {
    const r = ok(
      grid([
        ['序号', '类别', '评估项目', '评估内容', '评分标准', '分值'],
        ['20', '环境管理', '环境保护管理', '有专职部门负责', '有专职部门负责环境保护管理', '5'],
        ['21', '↑', '环境保护设施运转情况', '设施运转正常', '设施运转正常', '5'],
        ['', '↑', '噪声', '厂界噪声全部符合国家标准', '厂界噪声全部符合国家标准', '3'],
        ['累计分值', '', '', '', '', '100'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 3]);
    expect(r.rubric.total).toBe(100);
  });

  it('a title merged across every column over 类别 | 评价指标 | 评价要点(分值): the title is no header (neikong)', () => {
    const title = '行政事业单位内部控制基础性评价指标评分表';
    const r = ok(
      grid(
        [
          [title, '', '', ''],
          ['单位名称:　　　　评价日期:', '', '', ''],
          ['类别', '评价指标', '评价要点(分值)', '评价得分'],
          ['单位层面(60分)', '1.内部控制建设启动情况(本指标14分)', '1.1成立内部控制领导小组(4分)', ''],
          ['↑', '↑', '1.2开展内部控制专题培训(3分)', ''],
          ['↑', '↑', '1.3开展内部控制风险评估(3分)', ''],
          ['↑', '↑', '1.4开展组织及业务流程再造(4分)', ''],
        ],
        [
          { top: 0, left: 0, bottom: 0, right: 3 },
          { top: 1, left: 0, bottom: 1, right: 3 },
        ],
      ),
    );
    expect(clauses(r).map((c) => c.points)).toEqual([4, 3, 3, 4]);
    expect(items(r).some((i) => /评价要点/.test(i.name))).toBe(false);
  });
});

describe('rule words of the twenty-seventh round', () => {
  it('达到100%的得30分,99%-90%的得27分,…,50%以下的不得分: bands from the top down (zhaoqi)', () => {
    const c = only(
      '网点完工率达到100%的得30分,99%-90%的得27分,89%-80%的得24分,79%-70%的得21分,69%-60%的得18分,59%-50%的得15分,50%以下的不得分。',
      30,
    );
    expect(c.flagged).toBe(false);
    expect(c.clause.rule.kind === 'levels' && c.clause.rule.levels.map((l) => l.points)).toEqual([
      30, 27, 24, 21, 18, 15, 0,
    ]);
  });

  it('…发现一次扣2分,10分扣完为止;…延误一次扣2分,10分扣完为止。(): two deductions, each its own limit (gonghuo)', () => {
    const c = only('未按要求准时送货发现一次扣2分,10分扣完为止。', 10);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule).toMatchObject({ kind: 'deduct', floor: 'zero' });
    const r = ok(
      grid([
        ['指标', '分值', '考核要素和评估内容及其标准'],
        [
          '准时送货',
          '20',
          '准时送达得20分;未按要求准时送货发现一次扣2分,10分扣完为止;非不可抗拒情况下延误一次扣2分,10分扣完为止。()',
        ],
        ['结算精准', '10', '由中标供应商按照结算方式的要求提供结算依据,未提供一次的扣3分,10分扣完为止。()'],
      ]),
    );
    // Two clauses for the first row (each with its own 10), not one limit of 10 for both lapses.
    expect(r.blocks[0]?.clauses.filter((x) => x.item === '1').length).toBe(2);
  });
});

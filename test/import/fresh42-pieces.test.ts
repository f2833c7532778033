import { readRule } from '../../src/core/import/rule-text';
import { clauses, grid, items, ok } from './real-grid';

/** The pieces the forty-second round of unseen tables (tables/fresh42) taught, in the tables' own words. */

describe('layouts of the forty-second round', () => {
  it('项目 | 说明 over 考勤(总5分) | 1、迟到扣1分…: a 说明 whose cells mostly score is the rule column (wuliusiji)', () => {
    const r = ok(
      grid([
        ['项目', '说明'],
        ['考勤(5分)', '1、迟到扣1分,事假1天扣1分;'],
        ['↑', '2、旷工1天扣2分。'],
        ['车辆维修保养(15分)', '1、不按规定进行各项保养操作,扣5分/次;'],
        ['↑', '2、车身及驾驶室不清洁的,每次扣2分;'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 15]);
    expect(clauses(r).every((c) => c.rule.kind === 'deduct')).toBe(true);
  });

  it('三级指标 | 指标说明 | 指标分值 | 县级评分: 指标分值 the points, 县级评分 a column filled in, 指标说明 the rule (caizhengjiangbu)', () => {
    const r = ok(
      grid([
        ['序号', '一级指标', '二级指标', '三级指标', '指标说明', '指标分值', '县级评分'],
        ['1', '决策(10)', '项目立项', '民主议事', '民主议事记录完整,得2分;不完整的每个项目扣1分', '2', '2'],
        ['2', '↑', '↑', '申报审批', '县级项目审批文件齐全,得2分;审核程序缺失,每个项目扣1分', '2', '2'],
        ['3', '↑', '资金投入', '预算安排', '县级财政按照人均不低于5元标准安排奖补资金,得4分', '4', '4'],
        ['4', '↑', '↑', '资金整合', '整合其他涉农财政资金支持农村公益事业的,得2分', '2', '0'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 4, 2]);
    expect(r.rubric.total).toBe(10);
    expect(clauses(r).some((c) => /^\d$/.test(c.text))).toBe(false);
  });

  it('总分值:100分/月 above the header over rows that only deduct: what they deduct from (guoshui)', () => {
    const r = ok(
      grid([
        ['市国税局目标管理考核内容及标准', '', ''],
        ['被考核单位:　　　　总分值:100分/月', '', ''],
        ['考核项目', '考核目标', '计扣分标准'],
        ['一、清理欠税', '1、当年新欠为零', '未达要求,每户扣10分'],
        ['↑', '2、无收过头税和有税不收现象', '每发现一起,扣10分'],
        ['二、税源预测', '1、自报季度计划准确率', '误差超过4%,扣2分'],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(clauses(r).filter((c) => c.rule.kind === 'deduct').length).toBeGreaterThanOrEqual(2);
  });

  it('2 .对新生儿访视进行抽查5人次…(K)分) | 2.得分=满意度合格率/85%*10分: the formula gives the points a scan lost (shaoerbaojian)', () => {
    const r = ok(
      grid([
        ['指标', '工作要求', '评分标准'],
        ['新生儿访视(25分)', '1 .年度辖区内新生儿访视率达到90以上。(15分)', '1.新生儿访视率90%以上得满分,每低1%扣1分'],
        ['↑', '2 .对新生儿访视进行抽查5人次。满意度合格率为%(K)分)', '2.得分=满意度合格率/85%*10分(85%以上得满分)'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([15, 10]);
  });
});

describe('words of the forty-second round', () => {
  const read = (text: string, points: number) => readRule('t', text, points, 'base').readings;

  it('纳入县级重点工作部署,得1分;党政领导有正面批示的,一个加1分,最多加2分: the 1 point, then a bonus beyond it (caizhengjiangbu)', () => {
    const r = read('纳入县级重点工作部署,得1分;党政领导对财政奖补工作有正面批示的,一个加1分,最多加2分', 1);
    expect(r.map((x) => [x.clause.rule.kind, x.flagged])).toEqual([
      ['yesno', false],
      ['award', false],
    ]);
  });

  it('每年支出经费≥1万元得2分,≥0.8万元得1.5分,≥1万元得2分,≥0.2万元得0.5分: the unit kept, the repeat dropped, nothing below the last (shuangchuang)', () => {
    const [only] = read('每年支出经费≥1万元得2分,≥0.8万元得1.5分,≥1万元得2分,≥0.2万元得0.5分。', 2);
    const rule = only?.clause.rule;
    expect(rule?.kind === 'levels' && rule.levels.map((l) => [l.name, l.points])).toEqual([
      ['每年支出经费1万元以上', 2],
      ['0.8万元以上', 1.5],
      ['0.2万元以上', 0.5],
      ['不足0.2万元', 0],
    ]);
  });

  it('有其中4项得1分,2-3项得0.5分: fewer than 2 earn nothing, a level of its own (shuangchuang)', () => {
    const [only] = read('有环境布置,配备电脑,设有网络,配备桌椅,配备简单工具,有其中4项得1分,2-3项得0.5分。', 1);
    const rule = only?.clause.rule;
    expect(rule?.kind === 'levels' && rule.levels.map((l) => l.points)).toEqual([1, 0.5, 0]);
  });

  it('↑ | 5、对小规模纳税人…应补申报征 | (nothing) as the last row under 总分值:100分/月: cut off, kept for the assessor, not dropped (guoshui)', () => {
    const r = ok(
      grid([
        ['考核部门:　总分值:100分/月　考核对象:', '', ''],
        ['考核项目', '考核目标', '计扣分标准'],
        ['一、税源预测', '1、自报季度计划准确率', '误差超过4%,扣2分'],
        ['↑', '2、自报年度计划准确率', '误差超过4%,扣2分'],
        ['二、清理欠税', '1、当年新欠为零', '未达要求,每户扣10分'],
        ['↑', '2、无收过头税和有税不收现象', '每发现一起,扣10分'],
        [
          '↑',
          '3、对小规模纳税人及个体户领用发票的检查,个体户开票应纳税额超出核定税额20%的部分应补税,企业实际应纳税额与申报不符的应补申报征',
          '',
        ],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(JSON.stringify(r.rubric)).toContain('对小规模纳税人');
  });
});

import { clauses, grid, items, ok, only } from './real-grid';

/** The pieces the forty-sixth round of unseen tables (tables/fresh46) taught, in the tables' own words. */

describe('layouts of the forty-sixth round', () => {
  it('完畢率到達100%旳得滿分,完畢率≥50%旳按比例得分,低于50%旳不得分: 旳 is 的 — full at 100%, in proportion down to 50% (jianguansuo)', () => {
    const r = only('完畢率到達100%旳得滿分,完畢率≥50%旳按比例得分,低于50%旳不得分。', 1.8);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule).toMatchObject({ kind: 'threshold', cutoff: 50, target: 100, between: 'proportional' });
  });

  it('价素 | 考核要求 | 评分标准 with the 考核要求 merged down, 每个扣N分 row by row, 说明:…满分100分,采用扣分制 under them: one pool of 100 (saixiangchenlie)', () => {
    const r = ok(
      grid([
        ['价素', '考核要求', '评分标准'],
        ['分区分类摆放', '1.分区域摆放药品与非药品;2.按药品作用用途分类摆放', '药品与非药品混放每个扣3分'],
        ['↑', '↑', '内服药与外用药混放每个扣3分'],
        ['↑', '↑', '处方药与非处方药混放每个扣3分'],
        ['整齐摆放', '1 .同一药品摆放在一起;2 .商品正面向前,不能倒置', '药品正面未向前每个扣1分'],
        ['↑', '↑', '药品倒置每个扣1分'],
        ['说明:药品陈列满分100分,采用扣分制,扣完为止,得分按8%计入成绩', '', ''],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    const all = clauses(r);
    expect(all).toHaveLength(5);
    expect(all.every((c) => c.rule.kind === 'deduct' && !/摆放在一起/.test(c.text))).toBe(true);
  });

  it('说明:…本申报项目为不合格 alone under the rows stays a veto; 评分标准:… alone stays the rule of the row above (linyeyanshou, gongxiaoshe)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['1、', '资料齐全得5分,缺一项扣1分。'],
        ['2、', '按时上报得5分,迟报一次扣1分。'],
        ['3、', '档案规范得5分,不规范扣2分。'],
        ['说明:项目一、二、三有一项没有达到要求的,本申报项目为不合格。', ''],
      ]),
    );
    expect((r.rubric.vetoes ?? []).length).toBe(1);
  });

  it('生产任务完成情况(20%) … 设备维护使用(17%) over grade columns, the shares making 100: each share the section’s points, the short one told (zhizaochejian)', () => {
    const r = ok(
      grid([
        ['考核项目', '考核内容', '优', '良', '中', '差'],
        ['生产任务完成情况(60%)', '生产计划完成率(A)', '30分', '20分', '10分', '0分'],
        ['↑', '生产定额完成率(B)', '30分', '20分', '10分', '0分'],
        ['设备维护使用(40%)', '使用设备工具的合理性', '20分', '15分', '10分', '5分'],
        ['↑', '设备维护保养', '10分', '8分', '6分', '2分'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.cap)).toEqual([60, 40]);
    expect(items(r).map((i) => i.cap)).toEqual([30, 30, 20, 10]);
  });
});

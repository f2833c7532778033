import { parseRuleText } from '../../src/core/import/parse';
import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the thirty-third round of unseen tables (tables/fresh33) taught, in the tables' own words. */

describe('layouts of the thirty-third round', () => {
  it('满分 merged over criteria | 单项分 on each: the criteria’s own points; 1.3人员数量 numbered 1.3 (shuguan)', () => {
    const r = ok(
      grid([
        ['项目', '验收内容', '满分', '评估标准', '单项分', '评分办法'],
        [
          '一、 机构、人员、制度(10分)',
          '1.1管理体制',
          '1',
          '学校把图书馆(室) 工作列入常规工作内容',
          '1',
          '查学校会议记录、文件,不合要求不记分',
        ],
        ['↑', '1.2常规管理', '2', '图书馆(室)工作年初有计划,年终有总结', '1', '查业务文档,不合要求不记分'],
        ['↑', '↑', '↑', '根据上级指示及时上报相关统计报表', '1', '未按要求及时上报者不记分'],
        ['↑', '1.3人员数量', '1', '12个班以上配专职1名,兼职1名', '1', '未达要求酌情扣分'],
        ['二、 图书馆经费(10分)', '2.1文献购置费', '5', '每年按学校经费比例划拨图书经费', '2', '未达要求不记分'],
        ['↑', '↑', '↑', '购书经费逐年按比例递增', '1', '查资料,未达要求不记分'],
        ['↑', '↑', '↑', '生均年图书经费5元/人,连续三年图书经费超过2万', '2', '查账目记录,未达要求不记分'],
        ['↑', '2.2设备经费', '2', '能根据', '', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([1, 1, 1, 1, 2, 1, 2, 2]);
    expect(items(r).some((i) => /^\./.test(i.name))).toBe(false);
    // (不记分 is 不计分: all or nothing.)
    expect(
      clauses(r)
        .slice(0, 3)
        .map((c) => c.rule.kind),
    ).toEqual(['yesno', 'yesno', 'yesno']);
  });

  it('※ 不予评定等级 a veto; lapse;扣2分 one clause; 游泳池 cut under a merged name, named apart (youyong)', () => {
    const r = ok(
      grid([
        ['项目', '评查内容', '分值', '评分标准'],
        ['卫生管理', '1.卫生许可证', '※', '有过期、伪造、涂改、转让、倒卖现象;不予评定等级。'],
        ['↑', '2.亮证经营', '2', '卫生许可证未悬挂在大厅、入口等醒目处;扣2分。'],
        ['↑', '5.应急处理预案', '4', '无突发公共卫生事件应急处理预案;扣4分。'],
        ['↑', '12.游泳衣裤出租', '6', '出租游泳衣裤;扣6分。'],
        ['功能区卫生要求', '13.池水循环消毒设备', '※', '无游泳池水循环消毒设备;不予评定等级。'],
        ['↑', '↑', '↑', '游泳池'],
      ]),
    );
    expect(r.rubric.vetoes).toHaveLength(2);
    expect(clauses(r).every((c) => c.rule.kind === 'yesno' || c.rule.kind === 'deduct')).toBe(true);
    expect(warned(r)).toMatch(/（13\.池水循环消毒设备）“游泳池”/);
  });
});

describe('words of the thirty-third round', () => {
  it('…2005年前的建筑,有逐步改造计划的得5分,已开始实施得5分: two of one worth, no ladder — flagged (changzhi)', () => {
    const read = parseRuleText(
      '2005年后新建的建筑,一户一表,水表出户率100%得10分,每降低二个百分点扣一分。2005年前的建筑,有逐步改造计划的得5分,已开始实施得5分',
      { item: 't', points: 10 },
    );
    const ladder = read.find((r) => r.clause.rule.kind === 'levels');
    expect(ladder).toBeUndefined();
    expect(read.some((r) => r.flagged)).toBe(true);
  });
});

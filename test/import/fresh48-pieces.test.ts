import { grid, items, ok, warned } from './real-grid';

/** The pieces the forty-eighth round of unseen tables (tables/fresh48) taught, in the tables' own words. */

describe('layouts of the forty-eighth round', () => {
  it('二级指标 | 打分标准 | 分值 | 总分 | 备注 | 类别 with a band a row, the 总分 merged down, the 备注 said once, 现场 down the 类别: one item of bands (xiaodai)', () => {
    const r = ok(
      grid([
        ['一级 指标', '二级 指标', '打分标准', '分值', '总分', '备注', '类别'],
        ['一、关联交易', '1、关联贷款', '未发放关联贷款', '12', '12', '有一项得0分,评级下调一级', '现场'],
        ['↑', '↑', '发放关联贷款,单户余额未超过标准50%', '9', '↑', '↑', '↑'],
        ['↑', '↑', '发放关联贷款,且未向监管部门备案', '0', '↑', '↑', '↑'],
        ['↑', '2、股东贷款', '未发放股东贷款', '12', '12', '↑', '现场'],
        ['↑', '↑', '发放股东贷款,且已向监管部门备案', '6', '↑', '↑', '↑'],
        ['↑', '↑', '发放股东贷款,未向监管部门备案', '0', '↑', '↑', '↑'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([12, 12]);
    expect(r.rubric.total).toBe(24);
    const rules = items(r).flatMap((i) => i.clauses.map((c) => c.rule));
    expect(rules[0]?.kind === 'levels' && rules[0].levels.map((l) => l.points)).toEqual([12, 9, 0]);
    expect(JSON.stringify(r.rubric)).not.toMatch(/评级下调一级|现场/);
  });

  it('一、 | 日常考核实行百分制 over (一)处罚 rules that only deduct, (二)奖励 cut off: from 100, the cut bonus row named apart (yintai)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '日常考核实行百分制'],
        ['(一)', '处罚'],
        ['1.', '违反仪容仪表规定每次扣1分。'],
        ['2.', '未使用普通话礼貌用语扣1分。'],
        ['3.', '长款、短款每次扣2分。'],
        ['(二)', '奖励'],
        ['1.', '拾金不昧每次加3分。'],
        ['2.', '发现条码、价格差异'],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(warned(r)).toMatch(/发现条码、价格差异/);
  });

  it('县(市、区)政府至少研究2次…的2分 — an item named 县政府至少研究2次…, not 县; …责任状的3分,未 where the copy stops: its 3 (chanpinjiujiang)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)、', '落实农产品质量安全属地管理责任'],
        ['1、', '成立了由县(市、区)政府牵头的农产品质量安全协调机构的得3分,未成立的不得分;'],
        ['2、', '县(市、区)政府至少研究2次农产品质量安全工作的2分,研究1次的1分,未研究不得分;'],
        ['3、', '县(市、区)政府将农产品质量安全纳入科学发展综合考核的得5分,未纳入的不得分;'],
        ['4、', '以县(市、区)政府对乡政府下达农产品质量安全责任状的3分,未'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([3, 2, 5, 3]);
    expect(items(r).every((i) => i.name.length >= 4)).toBe(true);
  });
});

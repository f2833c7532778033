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

  it('组织管理( 1.5 分) merged down | 指标说明 each row | A. …0.5分B. …0 分, the last grade 0 with no 分: three rows named by their 说明, none lost (shijingfang)', () => {
    const r = ok(
      grid([
        ['二级指标', '三级指标', '指标说明', '评分标准'],
        [
          '精神疾病患者管理(1.1)',
          '组织管理( 1.1 分)',
          '制订管理服务工作制度或工作流程。',
          'A. 制订了工作制度和工作流程 0.5分B. 既未制订工作制度又无工作流程 0 分',
        ],
        ['↑', '↑', '配备接受过相关培训的专 / 兼职人员。', 'A. 配备人员,且接受过专业培训 0.5分B. 未配备人员 0分'],
        [
          '↑',
          '↑',
          '定期与居(村)委会等相关工作人员沟通,互通患者信息工作记录。',
          'A. 有相关工作记录 0.1分B. 未能提供相关工作记录 0',
        ],
      ]),
    );
    const all = items(r);
    expect(all.map((i) => i.cap)).toEqual([0.5, 0.5, 0.1]);
    expect(all.map((i) => i.name)).toEqual([
      '制订管理服务工作制度或工作流程',
      '配备接受过相关培训的专/兼职人员',
      '定期与居委会等相关工作人员沟通',
    ]);
    expect(all.flatMap((i) => i.clauses.map((c) => c.rule.kind))).toEqual(['yesno', 'yesno', 'yesno']);
    expect(warned(r)).not.toMatch(/没有分值/);
  });

  it('(五)…(18分) over 1.…(6分)。 over (1)…记2分 paragraphs: the (五) the section, each 1. an item of its paragraphs (mubiaoxiaofang)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(五)', '社区、农村消防工作(12分)'],
        ['1.', '社区消防工作(6分)。'],
        ['(1)', '制定社区消防工作实施方案,记2分;否则,扣1-2分。'],
        ['(2)', '认真指导社区开展消防工作,记2分;否则,扣1-2分。'],
        ['(3)', '组织对社区消防工作进行验收,记2分;否则,扣1-2分。'],
        ['2.', '农村消防工作(6分)。'],
        ['(1)', '制定农村消防工作实施方案,记1分;未制定方案的,扣1分。'],
        ['(2)', '认真指导农村开展消防工作,记2分;效果不明显的,扣1-2分。'],
        ['(3)', '年内30%以上的行政村达到消防建设标准,记3分;未达到的不得分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['社区、农村消防工作', 12]]);
    expect(items(r).map((i) => [i.name, i.cap, i.clauses.length])).toEqual([
      ['社区消防工作', 6, 3],
      ['农村消防工作', 6, 3],
    ]);
    expect(r.rubric.total).toBe(12);
  });
});

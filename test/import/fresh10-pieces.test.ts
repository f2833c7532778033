import { flaggedIn, grid, items, ok } from './real-grid';

/** The pieces the tenth round of unseen tables (tables/fresh10) taught, in the tables' own words. */

describe('layouts of the tenth round', () => {
  it('考核序号 numbers the rows: 1 | 機構與組織管理 | 21分 heads 1.1, 1.2 (dangan)', () => {
    const r = ok(
      grid([
        ['考核序号', '考核内容', '分值', '考核细则及评分标准'],
        ['1', '机构与组织管理', '6分', ''],
        ['1.1', '确定了档案工作人员。', '4分', '档案人员由社区文书担任得4分,其他人员担任扣2分。'],
        ['1.2', '组织开展档案法的宣传和学习。', '2分', '未组织学习的不得分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => i.cap)])).toEqual([
      ['机构与组织管理', 6, [4, 2]],
    ]);
  });

  it('names carrying points before a column of requirements name the items; 按程度进行计分 is typed (jiaotong)', () => {
    const r = ok(
      grid([
        ['类别', '项目', '考核内容', '评分标准'],
        ['路面', '路面清洁(10分)', '路面无垃圾和泥石,保持清洁。', '发现一处垃圾扣1分。'],
        ['↑', '公路水害(15分)', '杜绝路面挖过水沟以及公路长期受积水浸泡', '每处扣5分直到扣完为止'],
        ['↑', '路肩(5分)', '路肩保持干净,无杂草丛生现象。', '按程度进行计分'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['路面清洁', 10],
      ['公路水害', 15],
      ['路肩', 5],
    ]);
    expect(items(r)[2]?.clauses[0]?.rule.kind).toBe('judgement');
  });

  it('类别分数 prices the sections (jiguan)', () => {
    const r = ok(
      grid([
        ['类别', '类别分数', '考评内容', '分数', '考评方法'],
        ['', '5', '1.成立效能建设工作机构,职责明确', '3', '机构未成立不得分。'],
        ['↑', '↑', '2.全年班子研究效能工作2次以上。', '2', '少一次扣1分'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.cap)).toEqual([5]);
  });

  it('总分按100分计 in an article over articles that only deduct: they deduct from it (shuili)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '做好大坝养护管理工作,如发现大坝未除杂草,每次扣2分。'],
        ['二、', '确保24个小时电话通畅,如出现调度水情无人接听,每次扣5分。'],
        ['三、', '总分按100分计,按50元每分计算考核补助工资。'],
        ['四、', '管理办法自2018年10月1日起执行,由农水办负责解释。'],
      ]),
    );
    expect([r.rubric.total, items(r).map((i) => [i.cap, i.clauses.length])]).toEqual([100, [[100, 2]]]);
    expect(r.warnings.some((w) => w.includes('农水办负责解释'))).toBe(true);
  });

  it('a heading naming the whole table with points gives the total (nongji)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '考核评比内容及评分标准(40分)'],
        ['(一)', '农业科技推广(20分)'],
        ['1.', '水改旱(10分):完成市政府下达项目指标任务计10分。'],
        ['2.', '两杂良种推广(10分):完成“两杂”良种备种任务计10分。'],
      ]),
    );
    expect(r.rubric.total).toBe(40);
    expect(r.warnings.some((w) => w.includes('20') && w.includes('40'))).toBe(true);
  });
});

describe('language of the tenth round', () => {
  it('a checklist of parts that make less than its clause is flagged (tongji)', () => {
    const text = '建立统计制度(2分);按要求上报统计报表(3分);推行全面质量管理,每年有统计数据质量评价报';
    expect(flaggedIn('统计调查', text, 10)).toEqual([true]);
  });
});

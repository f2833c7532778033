import { readRule } from '../../src/core/import/rule-text';
import { clauses, grid, items, ok } from './real-grid';

/** The pieces the thirty-ninth round of unseen tables (tables/fresh39) taught, in the tables' own words. */

describe('layouts of the thirty-ninth round', () => {
  const sideBySide = [
    ['食品卫生30分', '四不制度', '2', '留验制度', '4'],
    ['↑', '售饭工具', '7', '消毒', '2'],
    ['↑', '主副食卫生', '6', '半成、品成品分开', '5'],
    ['↑', '用具生熟分开', '2', '其他', '2'],
    ['生理卫生10分', '穿戴整齐', '3', '穿戴干净', '5'],
    ['↑', '其他', '2', '', ''],
  ];

  it('项目 | 具体项目 | 评分 | 具体项目 | 评分: two items to a row, read left then right under their 项目 (weishengjiancha)', () => {
    const r = ok(grid([['项目', '具体项目', '评分', '具体项目', '评分'], ...sideBySide]));
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['食品卫生', 30],
      ['生理卫生', 10],
    ]);
    expect(items(r).map((i) => `${i.name}${i.cap}`)).toEqual([
      '四不制度2',
      '留验制度4',
      '售饭工具7',
      '消毒2',
      '主副食卫生6',
      '半成、品成品分开5',
      '用具生熟分开2',
      '其他2',
      '穿戴整齐3',
      '穿戴干净5',
      '其他2',
    ]);
  });

  it('…and as a clerk keeps it, a 得分 after each 评分, with 续表 where the page breaks (weishengjiancha)', () => {
    const kept = sideBySide.map((row) => [
      row[0] ?? '',
      row[1] ?? '',
      row[2] ?? '',
      '',
      row[3] ?? '',
      row[4] ?? '',
      '',
    ]);
    const r = ok(
      grid([
        ['项目', '具体项目', '评分', '得分', '具体项目', '评分', '得分'],
        ...kept.slice(0, 4),
        ['续表', '', '', '', '', '', ''],
        ...kept.slice(4),
      ]),
    );
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['食品卫生', '生理卫生']);
    expect(items(r)).toHaveLength(11);
    expect(clauses(r).some((c) => c.text.includes('续表'))).toBe(false);
  });

  it('项 目 | 考核内容 | 分值 | 一项不合格扣分标准 with -2: the lapse and what it costs (quyaopin)', () => {
    const r = ok(
      grid([
        ['项 目', '考核内容', '分值', '一项不合格扣分标准'],
        ['药品管理', '1、药品由专人领取、保管,药物标签应明显。', '12', '-2'],
        ['↑', '4、外用、内服药分开放置。', '8', '-2'],
        ['↑', '3、无过期、变质、变色、发霉药品。', '10', '-2'],
        ['↑', '6、药品抽屉无混杂物。', '10', '-3'],
      ]),
    );
    expect(clauses(r).map((c) => (c.rule.kind === 'deduct' ? c.rule.inputs.map((i) => i.per) : c.rule.kind))).toEqual([
      [2],
      [2],
      [2],
      [3],
    ]);
  });

  it('组织领导 | 20 | (nothing) over four rows of 5 with their 考评办法: a heading, not an item (nenglijianshe)', () => {
    const r = ok(
      grid([
        ['指标体系', '分值', '考评办法'],
        ['组织领导', '20', ''],
        [
          '健全组织机构',
          '5',
          '查阅正式文件。健全了领导小组和相应工作机构的+5分;未发文成立领导小组的-2分,未成立工作机构的-1分',
        ],
        [
          '落实责任分工',
          '5',
          '查阅正式文件。对年度建设工程进行了任务分解并明确责任分工+5分;未进行建设工程任务分解和责任分工-5分',
        ],
        ['制定工作方案', '5', '查阅正式文件。制定并报送三年实施方案和年度工作方案+5分;未制定-5分'],
        [
          '落实工作措施',
          '5',
          '查阅文件资料。各业务科室目标任务有具体工作措施的+5分,有1个目标未落实具体措施-1分,扣完为止',
        ],
        ['工作机制', '20', ''],
        [
          '建立领导推进机制',
          '10',
          '查阅会议记录和文件资料。单位主要领导年初工作有部署,年中工作有检查,年底有总结表彰。每缺一项扣2分',
        ],
        ['建立督导检查机制', '10', '查阅相关资料。坚持督导检查机制,并对建设情况进行通报。每缺一次扣2分'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['组织领导', 20],
      ['工作机制', 20],
    ]);
    expect(items(r)).toHaveLength(6);
  });
});

describe('words of the thirty-ninth round', () => {
  it('…的+5分;未发文成立领导小组的-2分: the plus of what is done is 得, the minus 扣 (nenglijianshe)', () => {
    const [only] = readRule('t', '制定并报送三年实施方案和年度工作方案+5分;未制定-5分', 5, 'base').readings;
    expect(only?.flagged).toBe(false);
    expect(only?.clause.rule.kind).toBe('yesno');
    // (分+: 23分+10分 in a bracket is no 得.)
    const [two] = readRule(
      't',
      '健全了领导小组的+5分;未发文成立领导小组的-2分,未成立工作机构的-1分',
      5,
      'base',
    ).readings;
    expect(two?.flagged).toBe(false);
  });
});

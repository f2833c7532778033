import { grid, items, ok } from './real-grid';

/** The pieces the thirteenth round of unseen tables (tables/fresh13) taught, in the tables' own words. */

describe('layouts of the thirteenth round', () => {
  it('of two rule columns, one merged down over rows of the other names them; 1.…;1分(查看…) is worth 1 (lianzheng2)', () => {
    const r = ok(
      grid([
        ['项目', '考核要求', '抽查内容、评分标准及办法'],
        [
          '一、加强反腐倡廉(3分)',
          '(一)将党风廉政建设列入议事日程。(2分)',
          '1.召开班子会研究部署;1分(查看会议纪要,1次0.5分)',
        ],
        ['↑', '↑', '2.召开全体干部职工大会贯彻落实。1分(查看会议记录)'],
        ['↑', '(二)总结报告年度落实情况(1分)', '1.开展班子年度述廉述职;1分(查看工作记录)'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['加强反腐倡廉', 3]]);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['召开班子会研究部署', 1],
      ['召开全体干部职工大会贯彻落实', 1],
      // (A group of one row is named by the group.)
      ['总结报告年度落实情况', 1],
    ]);
    // (The 考核要求 merged over them is no rule of theirs.)
    expect(
      items(r)
        .flatMap((i) => i.clauses.map((c) => c.text))
        .join(''),
    ).not.toContain('议事日程');
  });

  it('小计 after a group’s rows is that group’s points, not the table’s total (canyin)', () => {
    const r = ok(
      grid([
        ['检查项目', '具体内容', '分值', '评分标准'],
        ['基本要求', '1.依法办理营业执照、卫生许可证', '2', '符合条件的,得2分;无其中任何一个证照,不得分。'],
        ['↑', '2.所售产品货真价实,买卖公平', '3', '符合条件的,得3分;发现任何不符合标准的,不得分。'],
        ['小计', '', '5'],
        ['经营要求', '3.字号和牌匾须醒目、美观', '4', '符合标准的,得4分;字号、牌匾不清晰的不得分。'],
        ['小计', '', '4'],
      ]),
    );
    expect(r.rubric.total).toBe(9);
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['基本要求', 5],
      ['经营要求', 4],
    ]);
  });
});

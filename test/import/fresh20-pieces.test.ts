import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the twentieth round of unseen tables (tables/fresh20) taught, in the tables' own words. */

describe('layouts of the twentieth round', () => {
  it('评分要点 merged over A | B | C rows with 20-30 分 ranges: one item, the grades its bands (shixisheng)', () => {
    const r = ok(
      grid([
        ['评分要点', '评价标准', '分值'],
        ['1. 工作技能(权重 30%)', 'A 具备实习岗位操作技能, 能很快适应且胜任岗位要求', '20-30 分'],
        ['↑', 'B 工作技能一般, 需加强培训力度方可胜任岗位要求', '10-19 分'],
        ['↑', 'C 实习期较短暂不能准确判断其技能水平', '0-9 分'],
        ['3. 工作态度(权重 10%)', 'A 能主动承担工作、任劳任怨、起到表率作用。', '8-10 分'],
        ['↑', 'B 能认真完成被安排工作,但很少主动要求承担更多。', '3-7 分'],
        ['↑', 'C 偶尔有迟到、早退现象, 工作态度较为被动。', '0-2 分'],
        ['总分合计', '', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([30, 10]);
    expect(clauses(r).map((c) => [c.rule.kind, (c.rule as { bands?: { min: number; max: number }[] }).bands])).toEqual([
      [
        'judgement',
        [
          expect.objectContaining({ min: 20, max: 30 }),
          expect.objectContaining({ min: 10, max: 19 }),
          expect.objectContaining({ min: 0, max: 9 }),
        ],
      ],
      [
        'judgement',
        [
          expect.objectContaining({ min: 8, max: 10 }),
          expect.objectContaining({ min: 3, max: 7 }),
          expect.objectContaining({ min: 0, max: 2 }),
        ],
      ],
    ]);
    // 总分合计 with no figure closes the table; it is no row cut off.
    expect(warned(r)).not.toContain('总分合计');
  });

  it('1)…(2) under (一)…(15分): points in bare brackets close each numbered task (quequan)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '7月底前完成前期准备阶段工作(15分)'],
        ['1)', '建立工作领导小组和工作班子(2)'],
        ['2)', '宣传动员培训:召开动员会,培训工作人员(3)'],
        ['3)', '收集二轮承包档案:承包合同、登记薄、土地流转台账以及分田方案、量田底稿等资料(10)'],
        ['(二)', '8月底前入户权属调查(45分)'],
        ['1)', '完成发包方、承包方、入户调查表调查工作(5)'],
        ['2)', '完成调查表填制、调查员和审核员对调查表签字审核(40)'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.cap, s.items.map((i) => i.cap)])).toEqual([
      [15, [2, 3, 10]],
      [45, [5, 40]],
    ]);
  });

  it('注:考核计分以100分为基础分 below rows that only deduct; rows that only add are bonus blocks (jianfang)', () => {
    const r = ok(
      grid([
        ['内容', '计分标准'],
        ['基础工作', '镇(街道、中心)未成立规划委员会扣5分'],
        ['↑', '无村民建房审批窗口扣3分'],
        ['集中建房', '未完成集中建房点建设任务的,每少1个扣5分,每增1个加2分'],
        ['↑', '规模50户以上每个另加3分,100户以上每个另加5分'],
        ['内容', '计分标准'],
        ['分散建房', '未批先建的,每户扣3分'],
        ['↑', '实际建房与审批不符的,每户扣2分'],
        ['加分', '典型推介(会议发言、党政内刊、新闻报道等),每篇(次)区级加1分,市级加2分;累计加分不超过20分。'],
        ['注:考核计分以100分为基础分,加分上不封顶,扣分下不保底。'],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(items(r)).toHaveLength(1);
    expect(items(r)[0]?.clauses).toHaveLength(5);
    // The header again (内容 | 计分标准) is no row.
    expect(
      clauses(r)
        .map((c) => c.text)
        .join(),
    ).not.toContain('计分标准');
    expect((r.rubric.adjustments ?? []).map((a) => [a.role, a.cap])).toEqual([
      ['bonus', 100],
      ['bonus', 20],
    ]);
  });

  it('…文史资料20分。 closes a task; the one task left with several figures is worth what is left (zhengxie)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '履职(80分)'],
        [
          '1、',
          '提出一件提案建议,被审查立案的第一提案人20分,联名提案人15分;被转作社情民意信息的,第一提案人15分,联名提案人10分。',
        ],
        ['2、', '反映一条社情民意信息或收集一篇文史资料20分。'],
        ['3、', '参与服务一个重点企业项目20分。'],
        ['4、', '独立或与其他委员联合结对帮扶一家困难群众20分。'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['提出一件提案建议', 20],
      ['反映一条社情民意信息或收集一篇文史资料', 20],
      ['参与服务一个重点企业项目', 20],
      ['独立或与其他委员联合结对帮扶一家困难群众', 20],
    ]);
    // Four ways of earning worth 60 in a task of 20 are not four things all done: flagged, typed.
    expect(r.blocks[0]?.clauses[0]?.flagged).toBe(true);
  });

  it('一、政协委员考核内容 … 二、…委员活动组考核内容: a table for each whom it assesses (zhengxie)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '政协委员考核内容'],
        ['(一)', '考勤(10分)参加政协全会迟到、早退一次扣1分,无故缺席小组讨论会议一次扣1.5分。'],
        ['(二)', '学习(10分)政协组织的学习培训活动有学习笔记本、有学习内容记录5分,有学习心得体会文章5分。'],
        ['二、', '镇办、市直界别委员活动组考核内容'],
        ['(一)', '自身建设(10分)'],
        ['1、', '有年度工作计划、总结5分。'],
        ['2、', '及时做好活动登记、建立完善委员履职档案5分。'],
      ]),
    );
    expect(r.blocks.map((b) => b.total)).toEqual([20, 10]);
    expect(r.blocks[0]?.clauses.map((c) => c.rule.kind)).toEqual(['deduct', 'checklist']);
  });

  it('做好本班活动室(2分)、寝室(1分)…的清洁工作。共5分 / …考勤制度.5分: the row’s points close it (baoyuyuan)', () => {
    const r = ok(
      grid([
        ['编号', '内容'],
        ['1.', '做好本班活动室(2分)、寝室(1分)、盥洗室(1分)、走廊(1分)的清洁工作。共5分'],
        ['2.', '按照保健医生的指导严格执行幼儿园的消毒制度,做好每日消毒工作。5分'],
        ['3.', '每天早上开窗换气,保持室内空气清新。5分'],
        ['4.', '保证幼儿的开水供应。5分'],
        ['10.', '每周五清洗玩具。4分'],
        ['18.', '遵守幼儿园考勤制度.5分'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 5, 5, 4, 5]);
    expect(warned(r)).not.toContain('原表未写本项分值');
  });
});

describe('readings of the twentieth round', () => {
  it('A…得20-30分;B…得10-19分: a lettered grade keeps its range (shixisheng)', () => {
    expect(
      only('A具备实习岗位操作技能,能很快适应且胜任岗位要求得20-30分;B工作技能一般得10-19分;C实习期较短得0-9分', 30)
        .clause.rule,
    ).toMatchObject({
      kind: 'judgement',
      bands: [
        { min: 20, max: 30 },
        { min: 10, max: 19 },
        { min: 0, max: 9 },
      ],
    });
  });
});

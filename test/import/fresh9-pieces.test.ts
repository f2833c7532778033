import { importTable } from '../../src/core/import/table';
import { grid, items, ok, only } from './real-grid';

/** The pieces the ninth round of unseen tables (tables/fresh9) taught, in the tables' own words. */

describe('layouts of the ninth round', () => {
  it('a column of long words under a head we do not know names the rows (jisheng)', () => {
    const r = ok(
      grid([
        ['类别', '序号', '条款', '分值'],
        ['组织健全10分', '1', '会长有能力,责任心强,热心计生事业,能指导协会全面工作', '5'],
        ['↑', '2', '秘书长熟悉协会各项业务,发挥会长的参谋作用,做好各项记录及档案工作', '5'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => [i.cap, i.text.slice(0, 5)])])).toEqual([
      [
        '组织健全',
        10,
        [
          [5, '会长有能力'],
          [5, '秘书长熟悉'],
        ],
      ],
    ]);
  });

  it('rows under a points cell merged with their item: their own names kept, their points from their words (fangxun)', () => {
    const r = ok(
      grid([
        ['项目', '考核内容', '标准分', '评分方法'],
        ['责任制落实', '组织机构健全、人员分工明确', '5分', '有文件和人员分工表得2分'],
        ['↑', '责任状签订', '↑', '层层签订得2分,少一个单位扣1分'],
        ['↑', '划定责任区、落实责任人', '↑', '有责任区和责任人划分表得1分,漏一处扣1分'],
        ['防火措施落实', '预案,各项规章制度健全', '4分', '有预案得2分,有制度或公开上墙得1分'],
        ['↑', '防火经费有保障、专款专用', '↑', '有材料可查得1分'],
      ]),
    );
    const [first, second] = items(r);
    expect(first?.clauses.map((c) => [c.points, c.text.split('：')[0]])).toEqual([
      [2, '组织机构健全、人员分工明确'],
      [2, '责任状签订'],
      [1, '划定责任区、落实责任人'],
    ]);
    // 有预案得2分,有制度或公开上墙得1分: two things had (2 + 1, with the 1 beside it the title's 4), not the better of two.
    expect(second?.clauses[0]?.rule).toMatchObject({ kind: 'checklist', inputs: [{ points: 2 }, { points: 1 }] });
  });

  it('the header again below the rows starts a second table (fangxun)', () => {
    const r = importTable(
      grid([
        ['项目', '考核内容', '标准分', '评分方法'],
        ['责任制落实', '组织机构健全', '5分', '有文件和人员分工表得5分。'],
        ['绩效考核评分细则(防汛抗旱)', '', '', ''],
        ['防汛抗旱专项工作', '考核内容', '标准分', '评分方法'],
        ['', '预案的落实', '8分', '未编制防汛应急预案的扣8分。'],
      ]),
      { id: 't' },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.blocks.map((b) => b.total)).toEqual([5, 8]);
  });

  it('…(基础分为100分) over rows that only deduct: one base they come off together (zhiyuan)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '测评内容及扣分细则(基础分为100分)'],
        ['(一)', '阵地建设。打造工作场所,有统一标识、制度上墙等。未设立工作场所的扣5分。'],
        ['(二)', '组织建设。健全工作体系,有完善的组织架构体系。未组建志愿队伍的扣3分。'],
      ]),
    );
    expect([r.rubric.total, items(r).map((i) => [i.cap, i.clauses.length])]).toEqual([100, [[100, 2]]]);
  });

  it('(一)…基础分30分 the row’s points; (二)加分、减分规则。… a heading; 1.加分规则 makes its rows bonuses (yingshang)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '每个部门每月基础分30分。按照“优、良、中、差”确定等次。'],
        ['(二)', '加分、减分规则。特殊情况加分扣分最多不超过20分,减分到0分为止。'],
        ['1.', '加分规则'],
        ['(1)', '创新经验加分(8分)。做法被全省、全国复制推广的,每项加4分。'],
      ]),
    );
    expect([r.rubric.total, items(r).map((i) => i.cap)]).toEqual([30, [30]]);
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap])).toEqual([['bonus', 8]]);
  });

  it('parts that make the row’s points, closed by …达到90%以上,加3分: a bonus beyond them (linzhang)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['1、', '组织领导(2分)。包村干部研究布置造林工作(2分)。'],
        ['2、', '造林(6分)。选用良种壮苗(3分);带足定根水(3分);补植成活率达到90%以上,加3分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 6]);
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap, a.clauses[0]?.rule.kind])).toEqual([
      ['bonus', 3, 'threshold'],
    ]);
  });

  it('a group’s points in its name against its rows’ (renju)', () => {
    const r = ok(
      grid([
        ['类别', '指标', '检查内容', '序号', '评分细则', '标准分值'],
        ['垃圾分类45分', '分类成效', '宣传2分', '13', '村内主要路段无环境卫生宣传标语的,每处扣1分。', '2'],
        ['↑', '↑', '基础设施13分', '14', '村内未设立投放点,每处扣1分。', '3'],
        ['↑', '↑', '↑', '15', '登记本少1种扣1分。', '2'],
      ]),
    );
    expect(r.warnings).toContain('“基础设施”标注 13 分，但所含各项合计 5 分');
  });
});

describe('language of the ninth round', () => {
  it('第一条 numbers; 考核内容和评分标准 names the whole table (dangyuan)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['第一条', '考核内容和评分标准'],
        ['1、', '坚定理想信念(5分)。自觉拥护党的路线方针政策。本人每有1项不符合要求扣1分。'],
        ['2、', '提高自身素质(5分)。认真学习党的路线方针政策。缺席1次教育培训扣0.5分。'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['坚定理想信念', 5],
      ['提高自身素质', 5],
    ]);
  });

  it('成活率达到90%以上,加3分 is a threshold, not per time (linzhang)', () => {
    expect(only('春季补植成活率达到90%以上,加3分。', 3).clause.rule).toMatchObject({ kind: 'threshold', cutoff: 90 });
  });
});

import { importTable } from '../../src/core/import/table';
import { parseRuleText } from '../../src/core/import/parse';
import { grid, items, ok, only } from './real-grid';

/** The pieces the twelfth round of unseen tables (tables/fresh12) taught, in the tables' own words. */

const kinds = (r: ReturnType<typeof ok>) => items(r).map((i) => [i.name, i.cap]);

describe('layouts of the twelfth round', () => {
  it('项目分值 holding names with points names the items; a 备注 merged down a block: per 条, or a bonus (anquan)', () => {
    const r = ok(
      grid([
        ['序号', '项目分值', '标准', '备注'],
        ['1', '责任意识(5分)', '建立完善的安全生产责任制度,做到制度上墙。(2.5)', '每条内容中缺项,扣除本条分值。'],
        ['↑', '↑', '企业主要负责人和分管副职有明确的安全生产职责。(2.5)', '↑'],
        [
          '2',
          '重视安全文化建设(6分)',
          '把安全文化纳入企业文化建设重要内容。(2)',
          '每有一项创新内容效果明显的追加0.5分,加分累计不超2分。',
        ],
        ['↑', '↑', '每年安排一定经费用于开展安全文化建设活动。(4)', '↑'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => i.cap)])).toEqual([
      ['责任意识', 5, [2.5, 2.5]],
      ['重视安全文化建设', 6, [2, 4]],
    ]);
    // 每条内容中缺项,扣除本条分值: each 条 met or not.
    expect(r.rubric.sections[0]?.items.map((i) => i.clauses[0]?.rule.kind)).toEqual(['yesno', 'yesno']);
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap, a.clauses[0]?.rule.kind])).toEqual([['bonus', 2, 'award']]);
  });

  it('a 备注 that only adds, merged down the first block, is that item’s bonus too (anquan, first rows)', () => {
    const r = ok(
      grid([
        ['序号', '项目分值', '标准', '备注'],
        [
          '1',
          '重视安全文化建设(6分)',
          '把安全文化纳入企业文化建设重要内容。(2)',
          '每有一项创新内容效果明显的追加0.5分,加分累计不超2分。',
        ],
        ['↑', '↑', '每年安排一定经费用于开展安全文化建设活动。(4)', '↑'],
      ]),
    );
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap])).toEqual([['bonus', 2]]);
    expect(r.warnings.some((w) => w.includes('说明栏'))).toBe(false);
  });

  it('rows over a 起评分 each naming its 条目 keep their names; a 备注 row is named, not read (duban)', () => {
    const r = ok(
      grid([
        ['督查工作考核细则(起评分100分)'],
        ['类别', '序号', '考核条目', '考核细则'],
        ['区政府重点工作', '1', '上报区政府重点工作实施方案。', '未报扣10分'],
        ['↑', '2', '区政府年度重点工作实施方案无阶段性目标。', '扣5分'],
        ['↑', '3', '未按要求参加有关会议和调研活动。', '每次扣5分'],
        ['备注', '', '仅有列督事项的部门和单位,考核扣分分值加倍。', '原扣5分-现扣10分'],
      ]),
    );
    expect(kinds(r)).toEqual([['起评分', 100]]);
    expect(items(r)[0]?.clauses.map((c) => c.text)).toEqual([
      '上报区政府重点工作实施方案：未报扣10分',
      '区政府年度重点工作实施方案无阶段性目标：扣5分',
      '未按要求参加有关会议和调研活动：每次扣5分',
    ]);
    expect(r.warnings.some((w) => w.includes('是备注') && w.includes('扣分分值加倍'))).toBe(true);
  });

  it('rows that only deduct with nothing said to deduct from are refused, asking for the 起评分 (duban 原表)', () => {
    const r = importTable(
      grid([
        ['类别', '序号', '考核条目', '考核细则'],
        ['区政府重点工作', '1', '上报区政府重点工作实施方案。', '未报扣10分'],
        ['↑', '2', '上报半年实施情况报告。', '未报扣10分'],
        ['↑', '3', '未按要求参加有关会议和调研活动。', '每次扣5分'],
        ['↑', '4', '区政府领导对实施情况的评价。', '占20分'],
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^3 行只写了扣分.*第 2 行“上报区政府重点工作实施方案.*起评分/);
  });

  it('按5、3、1评分。未按期改选扣2分。: the grades, then 2 off; 支委会建设30 merged down is a section of 30 (tuanjian)', () => {
    const r = ok(
      grid([
        ['项目', '具体目标要求', '分值', '评分标准'],
        ['支委会建设10', '1、组织健全,分工协作,每年进行民主改选。', '5', '按5、3、1评分。未按期改选扣2分。'],
        ['↑', '2、每学期至少召开两次支部大会。', '5', '少一次扣1分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['支委会建设', 10]]);
    expect(items(r)[0]?.name).toBe('组织健全,分工协作,每年进行民主改选');
    expect(items(r)[0]?.clauses.map((c) => c.rule.kind)).toEqual(['levels', 'deduct']);
  });

  it('一、…(小計11分,得分) | 評分 over unnumbered rows is a heading; one with nothing under it is named (wangluo)', () => {
    const r = ok(
      grid([
        ['项目', '分项及评分说明'],
        ['一、組織機構(小計8分,得分)', '評分'],
        ['協調小組(4分)', '1、成立和調整時的文件(1分)2、協調小組職責履行情況(3分)'],
        ['辦事機構(4分)', '1、成立和調整時的文件(1分)2、辦事機構職責履行情況(3分)'],
        ['二、風險評估(小計16分,得分)', '評分'],
        ['風險'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.length])).toEqual([['組織機構', 8, 2]]);
    expect(r.warnings.some((w) => w.includes('風險評估') && w.includes('没有读到任何评分条目'))).toBe(true);
  });

  it('测评项目 | 测评内容 | 测评标准 | 评分标准 | 测评方式 | 分值: the standards are what each row requires (wenming2)', () => {
    const r = ok(
      grid([
        ['测评项目', '测评内容', '测评标准', '评分标准', '测评方式', '分值'],
        [
          '创建活动(20分)',
          '组织领导',
          '每年召开专题会议,研究、部署创建工作。',
          '不符合标准的,本项即不得分。',
          '材料审核',
          '8',
        ],
        ['↑', '↑', '制定创建工作的长期规划和年度计划。', '不符合标准的,本项即不得分。', '材料审核', '12'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap, i.method])).toEqual([
      ['每年召开专题会议', 8, '材料审核'],
      ['制定创建工作的长期规划和年度计划', 12, '材料审核'],
    ]);
    // 不符合标准的,本项即不得分: asked as the standard met (not 无“本项即”情形).
    expect(items(r).map((i) => JSON.stringify(i.clauses[0]?.rule))).toEqual([
      expect.stringContaining('"label":"符合标准"'),
      expect.stringContaining('"label":"符合标准"'),
    ]);
    expect(items(r).flatMap((i) => i.clauses.map((c) => c.text))).toEqual([
      '不符合标准的,本项即不得分。',
      '不符合标准的,本项即不得分。',
    ]);
  });

  it('an article that is a sentence scoring nothing is named, not an item (renda)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '根据《代表法》等的规定,结合纯复乡实际,制定本办法。'],
        [
          '二、',
          '各代表小组组织代表参加人大会议,做到不缺席,不迟到,不早退(10分)。书面提出议案建议3条(10分),每增加1条加5分。',
        ],
        ['三、', '主席团根据以上标准评选先进代表小组3个,奖150元,合格代表小组4—6个,奖100元。'],
      ]),
    );
    expect(kinds(r)).toEqual([['各代表小组组织代表参加人大会议', 20]]);
    expect(r.warnings.some((w) => w.includes('制定本办法'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('奖150元'))).toBe(true);
  });

  it('单项基准为6分,…每多10天加分1.5分 is a row worth 6, not a bonus block (yanglao)', () => {
    const r = ok(
      grid([
        ['评定项目', '评定内容', '评分细则'],
        ['功能设施 (基准分12分)', '农村幸福院及各功能室有统一标识。', '单项基准2分,不符合要求,该单项基准分扣完为止。'],
        ['↑', '农村互助幸福院全年运营时长。', '单项基准为6分,全年运营240天不扣分,240天以上每多10天加分1.5分。'],
        ['↑', '服务老人数量。', '单项基准为4分,平均每日就餐老人人数为20人不扣分,20人以上每增10人加3分。'],
      ]),
    );
    expect(r.rubric.adjustments ?? []).toEqual([]);
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['功能设施', 12]]);
  });
});

describe('language of the twelfth round', () => {
  it('3千元以上记1分,2千—2.9千元记0.8分,…500元以下记0分 is one scale (maodun)', () => {
    expect(
      only('经费安排,3千元以上记1分,2千—2.9千元记0.8分,1千—1.9千元记0.5分,500元以下记0分。', 1).clause.rule,
    ).toMatchObject({ kind: 'levels', levels: [{ points: 1 }, { points: 0.8 }, { points: 0.5 }, { points: 0 }] });
  });

  it('每条内容中缺项,扣除本条分值 voids the 条; …的各扣1分 over a list is no checklist of two (anquan, tuanjian)', () => {
    expect(only('每条内容中缺项,扣除本条分值。', 2.5).clause.rule.kind).toBe('yesno');
    expect(
      only('未按规定做好年度团籍注册、花名册修订工作的各扣1分,注册修订工作不及时的扣1分。', 2).clause.rule.kind,
    ).toBe('deduct');
  });

  it('视主要工作的完成情况进行评分 leaves a part to the assessor: no yes/no checklist (wangluo)', () => {
    const r = parseRuleText(
      '1、正式印发年度工作安排文件(1分)2、检查督促相关工作落实情况(2分)(视主要工作的完成情况进行评分)',
      {
        item: 't',
        points: 3,
      },
    );
    expect(r.some((x) => x.clause.rule.kind === 'checklist' && !x.flagged)).toBe(false);
  });

  it('(N分) sentences each with a rule after them are a clause each (renda)', () => {
    const r = parseRuleText(
      '做到不缺席,不迟到,不早退(10分)。书面提出议案建议3条(10分),每增减1条增减5分。有1名代表作审议发言(10分),每增加1名加5分。',
      { item: 't', points: 30 },
    );
    expect(r).toHaveLength(3);
  });
});

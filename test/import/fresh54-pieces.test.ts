import { clauses, grid, items, ok, warned } from './real-grid';
import { readRule } from '../../src/core/import/rule-text';

/** The pieces the fifty-fourth round of unseen tables (tables/fresh54) taught, in the tables' own words. */

describe('layouts of the fifty-fourth round', () => {
  it('产地环境 merged over …认定之一 | 5, …评价报告 | 3, 无…报告 | 0: the cases of one item of 5 (caiyuan)', () => {
    const r = ok(
      grid([
        ['项目类别', '评分内容', '评分标准', '分值', '评分结果'],
        ['园地要求 (10分)', '产地环境', '有无公害农产品产地环境认定之一', '5', ''],
        ['↑', '↑', '提供权威机构出具的产地环境评价报告', '3', '↑'],
        ['↑', '↑', '无产地环境认定、评价报告', '0', '↑'],
        ['↑', '创建规模', '设施蔬菜标准园200亩以上,且集中连片', '5', ''],
        ['↑', '↑', '达到规模要求,但不集中连片', '3', '↑'],
        ['↑', '↑', '未达到规模要求。', '0', '↑'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['产地环境', 5],
      ['创建规模', 5],
    ]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['levels', 'levels']);
  });

  it('基本分 | 附加分 with 超过1次的,加5分 / 根据工作总体印象加10分: each row’s bonus a block of its own (jihuaxibu)', () => {
    const r = ok(
      grid([
        ['考核项目', '序号', '考核内容', '基本分', '附加分', '说明'],
        ['总体工作', '1', '完成总体工作任务', '10', '根据工作总体印象加10分', ''],
        ['↑', '2', '领导小组召开过全体会议2次以上', '5', '超过1次的,加5分', ''],
        ['↑', '3', '制定项目责任制度,按职责将项目实施工作分解落实到人', '5', '', ''],
        ['↑', '6', '召开过全省项目管理工作会议4次以上', '5', '每增加1次加1分,最高加5分', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([10, 5, 5, 5]);
    expect(r.rubric.adjustments?.map((a) => [a.name, a.role, a.cap])).toEqual([
      ['完成总体工作任务加分', 'bonus', 10],
      ['领导小组召开过全体会议2次以上加分', 'bonus', 5],
      ['召开过全省项目管理工作会议4次以上加分', 'bonus', 5],
    ]);
    expect(r.rubric.adjustments?.[0]?.clauses[0]?.rule.kind).toBe('judgement');
  });

  it('序号 | 检查项目 (across two) over 1 | 保证项目 | 扬尘防治责任制 | 未建立…,扣20分: the first item, no second header row (shigongyangchen)', () => {
    const g = grid([
      ['序号', '检查项目', '', '扣分标准', '应得分数', '扣减分数', '实得分数'],
      ['1', '保证项目', '扬尘防治责任制', '未建立扬尘防治责任制,扣20分', '20', '', ''],
      ['↑', '↑', '↑', '扬尘防治责任制未经责任人签字确认,扣5分', '↑', '', ''],
      ['2', '↑', '扬尘防治专项方案', '开工前未编制扬尘防治专项方案,扣15分', '15', '', ''],
      ['↑', '↑', '↑', '专项方案内容无针对性或可操作性,扣510分', '↑', '', ''],
    ]);
    const r = ok({ ...g, merges: [...g.merges, { top: 0, left: 1, bottom: 0, right: 2 }] });
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['扬尘防治责任制', 20],
      ['扬尘防治专项方案', 15],
    ]);
    expect(clauses(r)[0]?.text).toMatch(/^未建立扬尘防治责任制/);
    // 扣510分 in a pool of 15: a range that lost its dash as likely as a figure — typed, and said.
    const odd = r.blocks.flatMap((b) => b.clauses).find((c) => /扣510分/.test(c.text));
    expect(odd?.flagged).toBe(true);
    expect(warned(r)).toMatch(/一处扣 510 分，多于本项的 15 分/);
  });

  it('项目 | 要求 | 较好 | 一般 | 较差 over 20-25 | 10-19 | 0-9: grade columns of ranges (meishushuoke)', () => {
    const r = ok(
      grid([
        ['项目', '要求', '较好', '一般', '较差', '得分'],
        ['教材分析', '教学目标明确、具体、全面', '20-25', '10-19', '0-9', ''],
        ['学法指导', '指导适度、有效', '12-15', '6-11', '0-5', ''],
        ['板书设计', '工整、精当,美观、合理。', '5', '3-4', '0-2', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([25, 15, 5]);
    const [first] = clauses(r);
    expect(first?.rule.kind === 'judgement' ? first.rule.bands?.map((b) => [b.min, b.max]) : []).toEqual([
      [20, 25],
      [10, 19],
      [0, 9],
    ]);
  });

  it('评价 分值 heads points; | | | 1000 | 800 | 900 | 1000 under the header, nothing named: the total written first (zhiliangdengji)', () => {
    const r = ok(
      grid([
        ['评比内容', '', '服务质量标准', '评价 分值'],
        ['', '', '', '1000'],
        ['1.公共卫生间', '1.1 基础设施', '(1)便器数量与日常旅客峰值相匹配。', '25'],
        ['↑', '↑', '(2)重大节假日期间能及时开启临时卫生间。', '15'],
      ]),
    );
    expect(r.rubric.total).toBe(1000);
    expect(items(r).every((i) => i.cap !== 1000)).toBe(true);
  });
});

describe('bands in the words of the fifty-fourth round', () => {
  it('评价指标 | 评价内容 (merged over the same rows) | 评分说明 with 完成50%及以上(50) … 完成10%以下(0-19): one item of bands (chuangxin)', () => {
    const r = ok(
      grid([
        ['评价指标', '评价内容', '评分说明', '评分'],
        ['技术创新目标完成情况', '计划任务书中约定的技术创新目标各项指标完成数', '完成50%及以上(50)', ''],
        ['↑', '↑', '完成30%及以上(30-49)', '↑'],
        ['↑', '↑', '完成10%及以上(20-29)', '↑'],
        ['↑', '↑', '完成10%以下(0-19)', '↑'],
        ['论文专著情况', '计划任务书约定的收录、引用、出版专著数', '完成50%及以上(10)', ''],
        ['↑', '↑', '完成30%及以上(8-9)', '↑'],
        ['↑', '↑', '完成10%以下(0-7)', '↑'],
        ['技术标准制定完成情况', '计划任务书约定的国际标准、国家或行业标准、地方或企业标准数', '完成50%及以上(5)', ''],
        ['↑', '↑', '完成30%及以上(4)', '↑'],
        ['↑', '↑', '完成10%以下(0-2)', '↑'],
        ['人才培养目标', '计划任务书约定高端人才、职称晋升、学位人才、吸纳大学生就业数', '完成50%及以上(5)', ''],
        ['↑', '↑', '完成30%及以上(3-4)', '↑'],
        ['↑', '↑', '完成10%以下(0-2)', '↑'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['技术创新目标完成情况', 50],
      ['论文专著情况', 10],
      ['技术标准制定完成情况', 5],
      ['人才培养目标', 5],
    ]);
    const [first] = clauses(r);
    expect(first?.rule.kind === 'judgement' ? first.rule.bands?.map((b) => [b.min, b.max]) : []).toEqual([
      [50, 50],
      [30, 49],
      [20, 29],
      [0, 19],
    ]);
  });
});

describe('language of the fifty-fourth round', () => {
  it('酌情加10分 as a bonus: up to 10 as the assessor judges — no count of 酌情 (jihuaxibu)', () => {
    const [read] = readRule('1', '酌情加10分', 10, 'bonus').readings;
    expect(read?.clause.rule.kind).toBe('judgement');
  });
});

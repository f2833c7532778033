import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the fiftieth round of unseen tables (tables/fresh50) taught, in the tables' own words. */

describe('layouts of the fiftieth round', () => {
  it('项 目 | 内 容 | 分 值 with 好(5分) / 较好(3分) / 一般(1分) on rows of their own under …(5分), and …(加1分): bands of one item, and a bonus (jianchafuyi)', () => {
    const r = ok(
      grid([
        ['项 目', '内 容', '分 值', '得 分', '备 注'],
        ['一、领导重视情况(7分)', '1.主要领导每年听取行政复议工作的汇报(5分)', '好(5分)', '', ''],
        ['↑', '↑', '较好(3分)', '↑', '↑'],
        ['↑', '↑', '一般(1分)', '↑', '↑'],
        ['↑', '2.将行政复议纳入依法行政考核内容(2分)', '纳入(2分)', '', ''],
        ['↑', '↑', '未纳入(0分)', '↑', '↑'],
        ['↑', '3.主要领导出庭应诉(加1分)', '好(1分)', '', '此项为附加分'],
      ]),
    );
    const rules = items(r).map((i) => i.clauses[0]?.rule);
    expect(rules.map((x) => x?.kind)).toEqual(['levels', 'yesno']);
    expect(rules[0]?.kind === 'levels' && rules[0].levels.map((l) => l.points)).toEqual([5, 3, 1]);
    expect((r.rubric.adjustments ?? []).map((a) => a.role)).toEqual(['bonus']);
    expect(r.rubric.total).toBe(7);
  });

  it('(二)) | 寝室25分 over 1.…(…一次扣0.5分) and 一次口0.5分 / 一次口口2分: one pool of 25, 口 read as 扣 (qinshiweisheng)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(二))', '寝室25分'],
        ['1.', '定时开窗通风,按时消毒。(不定时通风消毒的,一次扣0.5分)'],
        ['2.', '地面清洁无灰尘、纸屑。(地面不干净,一次口00.5分)'],
        ['3.', '教师个人生活用品摆放合理。(教师个人生活用品乱放,一次口口2分)'],
      ]),
    );
    expect(items(r).map((i) => [i.cap, i.clauses.length])).toEqual([[25, 3]]);
    const pers = clauses(r).map((c) => (c.rule.kind === 'deduct' ? c.rule.inputs.map((i) => i.per) : c.rule.kind));
    expect(pers).toEqual([[0.5], [0.5], [2]]);
  });

  it('组 织 保 障 | 机构健全 / 人员落实 / 制度完善 | 未落实的,扣 1分 / 扣 2分 / 扣 2分 | 5 merged: each worth its cost (jinhuachengguan)', () => {
    const r = ok(
      grid([
        ['项目', '考核指标', '考核标准', '计分方法', '基本分'],
        ['组 织 保 障', '机构健全', '建立组织,健全机构,主要领导亲自抓。', '未落实的,扣 1分。', '5'],
        ['↑', '人员落实', '有专人进行问题的接受和反馈。', '未落实的,扣 2分。', '↑'],
        ['↑', '制度完善', '各项工作制度健全。', '未落实的,扣 2分。', '↑'],
        ['工 作 任 务', '结案率', '结案率', '结案率达 90%以上(含)的,得 20分;未达到 90%的,每少一个百分点扣 1分。', '20'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([1, 2, 2, 20]);
    expect(r.rubric.total).toBe(25);
  });

  it('安全生产评分细则 over rows that only deduct, then 以上事项扣完5分为止。, then 党建工作评分细则 over 一、…(10分): two tables, the first from 5 (xianshuqiye)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['安全生产评分细则', ''],
        ['一、', '事故指标控制'],
        ['1、', '年度内发生一般事故的,每发生一起扣0.5分。'],
        ['2、', '年度内发生较大以上事故的,每发生一起扣2分。'],
        ['二、', '上级工作要求落实情况'],
        ['1、', '不按时上报或故意迟报事故的,每次扣0.2分。'],
        ['2、', '未列入县考核的,由县国资办参照县考核文件要求进行考核。'],
        ['以上事项扣完5分为止。', ''],
        ['党建工作评分细则', ''],
        ['一、', '党建工作(10分)'],
        ['1、', '考核等级列第二档的扣0.3分,考核等级列第三档的扣0.5分。'],
      ]),
    );
    expect(r.blocks.map((b) => b.rubric.total)).toEqual([5, 10]);
    const first = r.blocks[0]?.rubric.sections.flatMap((s) => s.items.flatMap((i) => i.clauses)) ?? [];
    expect(first.some((c) => c.text.includes('由县国资办参照'))).toBe(true);
  });

  it('2、遵守各项规章制度40分 over (1)…(5) that deduct, then 以上五项扣完40分为止。 on its own: a note, no clause (baifenzuofeng)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '总分按50分进行考评'],
        ['1、', '政治理论学习10分'],
        ['(1)', '干部要有专门的学习记录本,没有扣5分;'],
        ['(2)', '积极参加集中学习,缺席一次扣1分。'],
        ['2、', '遵守各项规章制度40分'],
        ['(1)', '迟到、早退一次扣1分,不参加会议扣2分;'],
        ['(2)', '遵守各种值班制度,少一次扣2分;'],
        ['', '以上五项扣完40分为止。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([10, 40]);
    expect(clauses(r).some((c) => c.text.includes('以上五项'))).toBe(false);
    expect(r.rubric.total).toBe(50);
  });

  it('检查项目合计 | | 100 as the last row: the sum, no item (xianchangfanghu)', () => {
    const r = ok(
      grid([
        ['序号', '检查项目', '扣分标准', '应得分数'],
        ['1', '安全帽', '有一人不戴安全帽扣5分', '60'],
        ['2', '安全网', '在建工程外侧未用密目安全网封闭扣25分', '40'],
        ['检查项目合计', '', '100', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([60, 40]);
    expect(r.rubric.total).toBe(100);
  });

  it('PM2.5、PM10平均浓度(40分)考核… / 倒扣分(仅年终考核实施)。…总倒扣分值不超过10分: the name through its figures; a penalty of at most 10 (daqiwuran)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '空气质量改善目标考核指标(60分)'],
        ['1.', 'PM2.5、PM10平均浓度(40分)考核PM2.5、PM10两类污染物阶段性控制目标完成情况,两类污染物权重分别60%、40%。'],
        ['2', '空气质量优良天数比例(20分)考核环境空气质量优良天数比例改善目标完成情况。'],
        ['3', '倒扣分(仅年终考核实施)。对存在的突出空气质量问题进行倒扣分,总倒扣分值不超过10分。'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['PM2.5、PM10平均浓度', 40],
      ['空气质量优良天数比例', 20],
    ]);
    expect((r.rubric.adjustments ?? []).map((a) => [a.role, a.cap])).toEqual([['penalty', 10]]);
    // (考核…完成情况 with weights says what is looked at, not how it scores: left to the assessor, said.)
    expect(warned(r)).toMatch(/PM2\.5、PM10平均浓度”：未能有把握地读懂/);
  });
});

import { readRule } from '../../src/core/import/rule-text';
import { grid, items, ok } from './real-grid';

/** The pieces the thirty-eighth round of unseen tables (tables/fresh38) taught, in the tables' own words. */

const read = (text: string, points: number, role: 'base' | 'bonus' = 'base') =>
  readRule('t', text, points, role).readings.map((r) => ({ flagged: r.flagged, clause: r.clause }));

describe('layouts of the thirty-eighth round', () => {
  it('工作内容 | 工作要求 (…（2分）) | 考核方法 | 评分标准: the 工作要求 names the items; （2分，为奖励分） a bonus (shequxieguan)', () => {
    const r = ok(
      grid([
        ['工作内容', '工作要求', '考核方法', '评分标准', '考核结果'],
        [
          '组织领导、计划总结和项目公示（7分）',
          '有卫生监督协管年度工作计划、半年度总结和年度总结。（3分）',
          '查阅相关资料。',
          '无卫生监督协管年度工作计划、半年度总结和年度总结的，每一项扣1分。',
          '无卫生监督协管年度工作计划：有□、无□；',
        ],
        ['↑', '在门诊大厅公示开展的卫生监督服务项目。（4分）', '现场实地查看。', '未公示的扣4分。', '公示：有□、无□。'],
        [
          '其他任务（4分+5分）',
          '协助市卫生局、卫生监督所开展食物中毒等突发公共卫生事件调查处理。（4分）',
          '查阅台帐，核对数据。',
          '应当协助调查而未协助调查的，每一次扣1分。',
          '应协助调查 次，实协助调查 次。',
        ],
        [
          '↑',
          '完成市卫生局、卫生监督所交付的其他卫生监督协管任务。（2分，为奖励分）',
          '查阅台帐资料。',
          '根据考核情况，酌情奖分。',
          '具体记录： 。',
        ],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['组织领导、计划总结和项目公示', 7],
      ['其他任务', 4],
    ]);
    expect(items(r).map((i) => i.cap)).toEqual([3, 4, 4]);
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap])).toEqual([['bonus', 2]]);
  });

  it('一级指标 | 二级指标 | 三级指标 (1.1.1总床位数…) | 评估内容 | 评分标准 | 分值: the coded names the items (peixunjidi)', () => {
    const r = ok(
      grid([
        ['一级指标', '二级指标', '三级指标 ★为核心指标', '评估内容', '评分标准', '分值'],
        [
          '1.基本条件（20分）',
          '1.1专业基地所在医院条件',
          '1.1.1总床位数',
          '三级甲等综合医院外科床位总数≥200张',
          '符合标准，得满分 不达标准，不得分',
          '3',
        ],
        ['↑', '↑', '1.1.2年收治病人数', '≥3400人次', '符合标准，得1分 不达标准，不得分', '1'],
        ['↑', '↑', '1.1.3年门诊量', '≥95000人次', '符合标准，得1分 不达标准，不得分', '1'],
        ['↑', '↑', '1.1.4年急诊量', '≥9500人次', '符合标准，得1分 不达标准，不得分', '1'],
        [
          '↑',
          '1.2协同单位',
          '1.2.1协同数',
          '协同数量不应超过3个',
          '满足要求，得1分（无协同单位的专业基地，此处不失分）',
          '1',
        ],
        ['↑', '↑', '1.2.3轮转时间', '在协同亚专业(专科)轮转时间不超过3个月', '满足要求，得1分', '1'],
      ]),
    );
    // (Each named by its 三级指标, its code its number; the 评估内容, ≥3400人次, what it requires.)
    expect(items(r).map((i) => [i.id, i.name])).toEqual([
      ['1.1.1', '总床位数'],
      ['1.1.2', '年收治病人数'],
      ['1.1.3', '年门诊量'],
      ['1.1.4', '年急诊量'],
      ['1.2.1', '协同数'],
      ['1.2.3', '轮转时间'],
    ]);
  });

  it('(二) | 一票否决。…凡是存在下列情况之一的,一律不得参加先进村评选。 over 1、有新增村级债务的。: each a veto (cunxianjin)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '计分办法。先进村目标考核采取计分制,总分为50分。'],
        ['1、', '农村各项政策落实到位得30分。'],
        ['2、', '农业结构调整具有鲜明特点,特色产业占比重达50%的得20分,每增(减)1个百分点加(减)5分。'],
        ['(二)', '一票否决。先进村目标考核实行一票否决制,凡是存在下列情况之一的,一律不得参加先进村评选。'],
        ['1、', '有新增村级债务的。'],
        ['2、', '村级规范化建设没有达标的。'],
      ]),
    );
    expect((r.rubric.vetoes ?? []).map((v) => v.label)).toEqual([
      '未触发一票否决：有新增村级债务的。',
      '未触发一票否决：村级规范化建设没有达标的。',
    ]);
    expect(items(r).map((i) => i.cap)).toEqual([30, 20]);
    // 每增(减)1个百分点加(减)5分 beside 达50%: under it, 5 a point off; over it, 5 a point on.
    expect(items(r)[1]?.clauses.map((c) => c.rule.kind)).toEqual(['shortfall', 'award']);
  });

  it('11 | 火工品(5分) | 现场检查 over 扣分合计 / 实际得分=100-扣分合计=: the sums are no parts of the last item (tujian)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '考核方式', '评分标准'],
        ['1', '项目部驻地建设(10分)', '实地检查', '项目部驻地布局合理、方便工作,否则扣1~2分。'],
        ['2', '大型机械设备(5分)', '现场检查', ''],
        ['3', '火工品(5分)', '现场检查', ''],
        ['', '扣分合计', '', ''],
        ['实际得分=100-扣分合计='],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['项目部驻地建设', 10],
      ['大型机械设备', 5],
      ['火工品', 5],
    ]);
  });
});

describe('words of the thirty-eighth round', () => {
  it('≥90分得满分，≥80分得4分，…＜60分不得分 / 有…得满分 有…得2分 …无，不得分: ladders, the best the row’s (peixunjidi)', () => {
    const levels = (text: string, points: number) =>
      read(text, points).map((r) =>
        r.clause.rule.kind === 'levels' ? r.clause.rule.levels.map((l) => l.points) : r.clause.rule.kind,
      );
    expect(levels('教学查房评分表见附表2 ≥90分得满分，≥80分得4分，≥70分得2分，≥60分得1分，＜60分不得分', 6)).toEqual([
      [6, 4, 2, 1, 0],
    ]);
    expect(
      levels('有评价方案，原始记录详实，得满分 有评价记录无方案，得2分 有方案无记录，得1分 无，不得分', 3),
    ).toEqual([[3, 2, 1, 0]]);
    expect(levels('满意率≥90%，得满分 满意率≥80%，得2分 满意率＜80%，不得分', 4)).toEqual([[4, 2, 0]]);
  });

  it('…扣完为止,影响全省上报的取消评比资格: the deduction, and the veto beside it (kuaibao)', () => {
    const kinds = read(
      '按规定时间报送企业财务快纸质材料及电子文档。每迟报半天扣0.5分,扣完为止,影响全省上报的取消评比资格。',
      2,
    );
    expect(kinds.map((r) => [r.clause.rule.kind, r.flagged])).toEqual([['deduct', false]]);
    const all = readRule('t', '每处扣0.5分,扣完为止,影响全省汇总的取消评比资格。', 2, 'base').readings;
    expect(all.some((r) => r.veto !== undefined)).toBe(true);
  });

  it('给予加分,每项任务加3分: the 加分 said before its amount is read with it (kuaibao)', () => {
    const [bonus] = read('认真、及时地完成省国资委统一布置的临时统计任务给予加分,每项任务加3分。', 10, 'bonus');
    expect(bonus?.flagged).toBe(false);
    expect(bonus?.clause.rule.kind === 'award' && bonus.clause.rule.inputs.map((i) => i.per)).toEqual([3]);
    // (…给予加分。 with no amount stays unread.)
    expect(read('认真完成任务的给予加分。', 10, 'bonus')[0]?.flagged).toBe(true);
  });

  it('二、三产业税收较上年增长20%的得20分,每增(减)1个百分点加(减)5分: a shortfall under 20% and an award over it (cunxianjin)', () => {
    const r = read('二、三产业税收较上年增长20%的得20分,每增(减)1个百分点加(减)5分。', 20);
    expect(r.map((x) => [x.clause.rule.kind, x.flagged])).toEqual([
      ['shortfall', false],
      ['award', false],
    ]);
    const first = r[0]?.clause.rule;
    expect(first?.kind === 'shortfall' && [first.target, first.per]).toEqual([20, 5]);
  });

  it('否则扣1~3分: a cost the checker picks within the range, as 酌情 is (tujian)', () => {
    const [only] = read('项目部驻地布局合理、方便工作,否则扣1~3分。', 10);
    expect(only?.clause.rule.kind).toBe('judgement');
    expect(only?.flagged).toBe(false);
  });
});

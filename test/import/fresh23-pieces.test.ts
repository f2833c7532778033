import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the twenty-third round of unseen tables (tables/fresh23) taught, in the tables' own words. */

const flags = (r: ReturnType<typeof ok>) => r.blocks[0]?.clauses.map((c) => c.flagged) ?? [];

describe('layouts of the twenty-third round', () => {
  it('一综合管理(共90分) alone in 序号; 设备制度管理(5分) merged over rows that only take off: one item of 5 (shebei)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '具体要求和做法', '评分标准', '奖惩标准'],
        ['一综合管理(共90分)', '', '', '', ''],
        [
          '1',
          '设备制度管理(5分)',
          '1.1设备管理制度、电气、计量、检验',
          '1.1缺一项扣1分,缺两项以上者扣3分',
          '无考核无检查扣50元',
        ],
        ['↑', '↑', '1.2各分厂按时参加设备部组织的会议', '1.2迟到一次扣一分,缺席一次扣2分', '迟到扣10元'],
        [
          '2',
          '报表总结管理(10分)',
          '2.1对上报的各种材料和报表应做到及时',
          '2.1上报内容不真实扣2分内容不完整扣2分不报扣3分',
          '扣10元',
        ],
        ['↑', '↑', '2.2每月月底各班长所报月报表', '2.2上报不及时扣2分,不报扣2分', '不报扣50元'],
        ['4', '固定资产管理(15分)', '4.1', '', ''],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['综合管理', 90]]);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['设备制度管理', 5],
      ['报表总结管理', 10],
      ['固定资产管理', 15],
    ]);
    // The last, cut off before its rule: typed, its clause never empty.
    expect(clauses(r).every((c) => c.text.trim() !== '')).toBe(true);
    expect(warned(r)).toContain('综合管理');
  });

  it('消防安全职责(12分) over 1 | … | ★…直接判定为C,…扣2分 and …扣完2分为止;…扣完2分为止: one item, a veto, two limits (yiyuanxiaofang)', () => {
    const r = ok(
      grid([
        ['项目', '序号', '评分内容', '评分标准'],
        [
          '消防安全职责(12分)',
          '1',
          '建立消防安全管理体系;',
          '★未确定各级消防安全责任人和岗位消防安全责任人直接判定为C,未制定消防安全责任制的扣2分,制度不完善的扣1分',
        ],
        ['↑', '2', '确定单位专职消防安全管理人员', '未明确消防安全管理人员的扣1分'],
        [
          '↑',
          '4',
          '制定符合本单位实际的消防安全制度和操作规程',
          '消防安全制度和操作规程不齐全的每少1个扣1分,扣完2分为止;制度和规程内容不符合单位实际情况的每个扣1分,扣完2分为止。',
        ],
        ['↑', '5', '应参加火灾公众责任保险', '未参加火灾公众责任保险的扣2分'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([12]);
    expect(r.rubric.vetoes?.length ?? 0).toBeGreaterThan(0);
    const limits = clauses(r).flatMap((c) =>
      c.rule.kind === 'deduct' && c.rule.ceiling !== undefined ? [c.rule.ceiling] : [],
    );
    expect(limits).toEqual([2, 2]);
  });

  it('…项目超过80%、70%和60%,…分别得6分、4分和2分: each rate with its points; …本项指标不得分 voids the ladder (nongshui)', () => {
    const r = ok(
      grid([
        ['考评项目', '考评指标', '评分标准'],
        [
          '(三)资金管理(30分)',
          '9、县级资金整合(14分)',
          '1、重点县制定的资金整合计划全部落实,得8分。2、重点县整合资金规模占年度总投资的30%以上、20%以上和10%以上,分别得6分、4分和2分。3、重点县制定的资金整合计划未全部落实,本项指标不得分。',
        ],
        ['↑', '10、资金监管(10分)', '重点县建设资金使用规范,未发现任何违规违纪行为,得10分,否则不得分。'],
      ]),
    );
    const [whole, steps] = clauses(r);
    expect(steps?.rule.kind === 'levels' && steps.rule.levels.map((l) => l.points)).toEqual([6, 4, 2]);
    // The void (not a level of 0 named 本项指标, nor a clause apart) is a condition on the ladder: answered 否,
    // the 6/4/2 is lost; the 8 for the plan carried out needs none, being lost by the same answer.
    expect(steps?.requires?.label).toBe('重点县制定的资金整合计划全部落实');
    expect(whole?.requires).toBeUndefined();
    expect(clauses(r)).toHaveLength(3);
    expect(flags(r)).toEqual([false, false, false]);
  });

  it('编号 | 题目 over 晨会(满分5分):…评价标准:…此项不得分: the questions of a form (fuwuyuan)', () => {
    const r = ok(
      grid([
        ['编号', '题目'],
        ['1', '晨会(满分5分):指标说明:整理仪容仪表,按时参加晨会评价标准:仪容不整此项扣1分,无故不参加晨会此项不得分'],
        [
          '2',
          '餐前准备(满分5分):指标说明:负责包厢的服务员,提前搞好包厢卫生。评分标准:包厢卫生及餐具发现一次不合格扣1分,扣完为止',
        ],
        ['3', '餐前准备(满分5分):指标说明:卫生按培训标准检查合格评分标准:卫生打扫每不合格一处扣1分,扣完为止'],
        ['4', '餐前准备(满分5分):指标说明:工作柜内的餐具按照标准备进行整理和清洁评分标准:一处不合格扣1分,扣完为止'],
        ['5', '引领(满分5分):指标说明:包厢门口迎接顾客评分标准:站姿随意无引领手势,发现一次扣1分'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 5, 5, 5]);
  });

  it('第一条 各系会考核实行“百分制”,…总分100分,在此基础上加减分。 over articles that only deduct: their 起评分 (xihui)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['第一条', '各系会考核实行“百分制”,根据实际情况进行考核,各项考核总分100分,在此基础上加减分。'],
        ['第四条', '参加院学生会例会,迟到每人每次扣2分,旷会每人每次扣5分。'],
        ['第九条', '各系举办活动未按时交资料,以秘书处制定时限为准,每次扣1分。'],
        ['第十一条', '不积极配合其他系活动者,每次扣4分。'],
      ]),
    );
    expect(items(r).reduce((a, i) => a + (typeof i.cap === 'number' ? i.cap : 0), 0)).toBe(100);
  });
});

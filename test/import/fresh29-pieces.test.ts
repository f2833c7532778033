import { clauses, grid, items, ok, only } from './real-grid';

/** The pieces the twenty-ninth round of unseen tables (tables/fresh29) taught, in the tables' own words. */

describe('layouts of the twenty-ninth round', () => {
  it('考核项目 | 内容 | 扣分 with each lapse’s figure under 扣分 making the group’s points: each lapse its own cost (wuyelvhua)', () => {
    const r = ok(
      grid([
        ['考核项目', '内容', '扣分'],
        ['工作态度 与精神面 貌 (12 分)', '1、工作不主动', '2'],
        ['↑', '2、服务不热情', '2'],
        ['↑', '3、精神不饱满', '1'],
        ['↑', '4、态度不端正', '5'],
        ['↑', '5、岗位间不配合', '2'],
        ['工作纪律 (4 分)', '1、迟到', '1'],
        ['↑', '2、串岗', '1'],
        ['↑', '3、做其他事', '2'],
        ['特殊加分 (10 分)', '1、先进事迹', '5'],
        ['↑', '2、合理化建议', '5'],
      ]),
    );
    // The figures are each row's points (2 + 2 + 1 + 5 + 2 = 12): a lapse found loses them, read whatever its words.
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 1, 5, 2, 1, 1, 2]);
    // (A lapse costing all its row's points is the same read as a deduction or as not done.)
    expect(r.blocks.flatMap((b) => b.clauses).filter((c) => c.item.startsWith('s') === false && c.flagged)).toEqual([]);
    expect(clauses(r).every((c) => ['deduct', 'yesno'].includes(c.rule.kind))).toBe(true);
    expect(clauses(r)[6]?.text).toBe('2、串岗,扣1分');
    // 特殊加分 (10 分) over its rows: one bonus block of 10, each row what it adds.
    expect((r.rubric.adjustments ?? []).map((a) => [a.role, a.cap, a.clauses.length])).toEqual([['bonus', 10, 2]]);
  });

  it('项目 | 内容 | 分值 | 考核办法 with 51.各类报表 … 54. merged over two 内容: the 项目 are the items (yiliaocaiwu)', () => {
    const r = ok(
      grid([
        ['项目', '内容', '分值', '考核办法'],
        [
          '51.各类报表',
          '按要求做好每月各种数据统计、年报、月报、快报、决算等报表,并及时上报。',
          '20',
          '不能按时按量完成上报工作一次扣2分。',
        ],
        ['52.制度', '严格执行各项财务管理制度,会计资料完整真实,核算符合规定。', '20', '不规范一次扣2分。'],
        ['53.票据管理', '每月及时到局支付中心接报票据,做到票款相符,接报后及时发放。', '30', '有问题一次扣3分。'],
        ['54.收费管理', '执行收费管理制度和标准进行收费。', '10', '挪借公款1次扣5分。'],
        [
          '↑',
          '收费室及时记好做帐簿,每月与财务科核对发生额、余额,做到帐帐相符。',
          '10',
          '不及时填好记帐簿发现1次扣2分。',
        ],
        ['55.医保管理', '城乡居民和职工医保月月对账,有问题及时更正。', '10', '发现一次不及时扣1分。'],
      ]),
    );
    expect(r.rubric.sections.every((s) => s.cap === undefined)).toBe(true);
    // (The two 内容 under 54. each keep their own points: items of their own, named by their words.)
    expect(items(r).map((i) => i.name)).toEqual([
      '各类报表',
      '制度',
      '票据管理',
      '执行收费管理制度和标准进行收费',
      '收费室及时记好做帐簿',
      '医保管理',
    ]);
    expect(items(r).map((i) => i.cap)).toEqual([20, 20, 30, 10, 10, 10]);
  });

  it('评分办法和标准 | (no head) with 按协助情况得分 on each row: the headless column is how each row scores (huigui)', () => {
    const r = ok(
      grid([
        ['内容 (分值)', '指标', '分值', '评分办法和标准', '', '编码'],
        [
          '组织服务工作(26)',
          '牵线组织落实优质温商回归项目引进工作',
          '10',
          '由本商会准备相关材料,考核工作组调查核实,确定得分',
          '按牵线组织和衔接落实情况得分',
          'H1',
        ],
        ['↑', '组织或参与、配合开展重大经贸活动', '8', '↑', '按活动组织或参与、配合情况得分', 'H2'],
        ['↑', '协助各县(市、区)拓展产品市场空间', '8', '↑', '按协助情况得分', 'H3'],
      ]),
    );
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['judgement', 'judgement', 'judgement']);
    expect(clauses(r).map((c) => c.text)).toEqual([
      '按牵线组织和衔接落实情况得分',
      '按活动组织或参与、配合情况得分',
      '按协助情况得分',
    ]);
  });

  it('一、…(15分) over (一)…(4分) over 1.…(3分)考核:… beside (二)…(1分)…: (一) is an item of its rows (fazhi)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '完善法治政府建设保障措施(15分)'],
        ['(一)', '加强组织领导(4分)'],
        [
          '1.',
          '成立或及时调整法治政府建设领导小组,全年专题研究法治政府建设重点工作不少于3次。(3分)考核:未成立法治政府建设领导小组的扣0.5分;专题研究法治政府建设重点工作每少一次扣0.5分。',
        ],
        ['2.', '制定年度法治政府工作要点。(0.5分)考核:未制定年度法治政府工作要点的扣0.5分。'],
        ['3.', '每年12月向县政府报告本年度法治政府建设情况。(0.5分)考核:未按时报告的扣0.5分。'],
        [
          '(二)',
          '充实法制力量(1分)设立法制机构或指定法制机构,并充实人员。考核:未设立或指定法制机构的扣0.5分;人员不足2人的扣0.5分。',
        ],
        ['(三)', '落实法律顾问制度(1分)按要求聘用法律顾问。考核:未按要求聘用法律顾问的扣1分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['完善法治政府建设保障措施', 15]]);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['加强组织领导', 4],
      ['充实法制力量', 1],
      ['落实法律顾问制度', 1],
    ]);
    // Each part keeps its own points ((3分) / (0.5分) / (0.5分)), the deductions after 考核: read.
    expect(items(r)[0]?.clauses.map((c) => c.points)).toEqual([3, 0.5, 0.5]);
  });

  it('(一)包绿化美化。(200分) over 1.…(50分) and 2.…(50分), each over its deductions: the section is (一) (menqian)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '包绿化美化。(200分)'],
        ['1.', '搞好责任区内的绿化美化。(50分)'],
        ['(1)', '责任区绿化带内垃圾杂物清理不及时、不到位的,扣30分。'],
        ['(2)', '破坏、损害绿化带内花草树木的,扣20分。'],
        ['2.', '搞好责任区内树木花草的管理和保护。(50分)'],
        ['(1)', '树干悬挂、栓系广告条幅等物品,扣10分;'],
        ['(2)', '就树搭棚、架设电线等,扣20分。'],
        ['3.', '搞好责任区内乱贴、乱画的清理清除。(100分)沿街建(构)筑物、树干上有乱贴、乱画现象的,扣30分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['包绿化美化', 200]]);
    expect(items(r).map((i) => i.cap)).toEqual([50, 50, 100]);
  });

  it('日常工作考核(满分100分,占比60%) under 考核分类 over articles that only deduct, the last cut: one pool of 100 (xueshenggongzuo)', () => {
    const r = ok(
      grid([
        ['考核分类', '考核项目', '考核要素', '评分标准'],
        [
          '日常工作考核(满分100分,占比60%)',
          '一、工作纪律',
          '1.会议纪律',
          '各学院辅导员参加学校各类会议,无故缺勤每人次扣5分。',
        ],
        ['↑', '↑', '2.信息报送', '各学院报送各类数据及材料,要及时、准确。未做到者一次扣5分。'],
        ['↑', '二、队伍建设', '1.师德师风', '学工队伍无违反师德师风行为。有违反者每人次扣5分。'],
        [
          '↑',
          '↑',
          '2.辅导员工作落实情况',
          '各学院要组织好辅导员,每周巡查所有宿舍一次,排查和处置各类安全隐患;辅导员每学期至少对所有学生谈心谈话一次,问题',
        ],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(items(r).map((i) => i.cap)).toEqual([100]);
    // Each article keeps the name of what it checks.
    expect(clauses(r)[0]?.text).toMatch(/^1\.会议纪律：/);
  });

  it('二、否定指標 over articles alone in the name column, each 扣100分: a penalty block (shengchanzuzhi)', () => {
    const r = ok(
      grid([
        ['考核項目', '標準分 (100)', '扣 分 標 准'],
        ['生產準備', '50', '1.因人員、設備、證件、手續不全,而影響工作,發現一次扣5分。'],
        ['生產管理', '50', '1.無故不參加公司生產例會,每次扣5分。'],
        ['二、否定指標', '', ''],
        ['1、因措施不當或責任原因,造成填井返工和報廢井,每次扣100分。', '', ''],
        ['2、不執行調度指令,給公司生產造成嚴重影響扣100分。', '', ''],
      ]),
    );
    expect((r.rubric.adjustments ?? []).map((a) => a.role)).toContain('penalty');
    expect((r.rubric.adjustments ?? []).flatMap((a) => a.clauses).length).toBe(2);
  });

  it('(起评分100分) over a list of deductions, 平安三率(本项限扣5分) over two: a pool of 5 beside one of 95 (fumian)', () => {
    const r = ok(
      grid([
        ['(起评分100分)', '', ''],
        ['类别', '具体项目内容', '信息提供部门'],
        ['较大事故', '1.发生较大安全事故死亡3-5人的,每起扣5分;死亡6-9人的,每起扣10分。', '市平安办'],
        ['平安三率(本项限扣5分)', '1.群众安全感低于96%的,每降低1个百分点扣0.25分。', '↑'],
        ['↑', '2.群众知晓率、参与度低于前一年度全省平均数的,每低1个百分点扣0.25分。', '↑'],
        ['平安暗访', '1.被省平安办组织的暗访发现问题的,每个问题点扣0.25分。', '↑'],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(items(r).map((i) => [i.name, i.cap, i.clauses.length])).toEqual([
      ['起评分', 95, 2],
      ['平安三率', 5, 2],
    ]);
  });

  it('类别 | 具体项目内容 | 信息提供部门 over deductions, no 起评分: refused, asking for it (fumian)', () => {
    expect(() =>
      ok(
        grid([
          ['类别', '具体项目内容', '信息提供部门'],
          ['一票否决事项', '发生省《考核评审条件》规定的平安建设“一票否决”重特大事项的,扣30分。', '市平安办'],
          ['较大事故', '1.发生较大安全事故死亡3-5人的,每起扣5分;死亡6-9人的,每起扣10分。', '↑'],
          ['平安暗访', '1.被省平安办组织的暗访发现问题的,每个问题点扣0.25分。', '↑'],
          ['↑', '2.被市委政法委综合督查发现问题经通报仍整改不到位的,每个问题点扣0.1分。', '↑'],
        ]),
      ),
    ).toThrow(/只写了扣分.*起评分/);
  });
});

describe('rule words of the twenty-ninth round', () => {
  it('1、植保有病害、虫害,扣5分 — the whole clause a phrase and its cost: the phrase is the lapse (wuyelvhua)', () => {
    const c = only('1、植保有病害、虫害,扣5分', 10);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule).toMatchObject({ kind: 'deduct', inputs: [{ per: 5 }] });
  });

  it('发生…“一票否决”重特大事项的,扣30分 costs 30; 一律实行“一票否决”。 is the veto (fumian)', () => {
    const c = only('发生省《考核评审条件》规定的平安建设“一票否决”重特大事项的,扣30分。', 100);
    expect(c.veto).toBeUndefined();
    expect(c.clause.rule).toMatchObject({ kind: 'deduct', inputs: [{ per: 30 }] });
    expect(only('对未能完成年度任务的乡镇,一律实行“一票否决”。').veto).toBeDefined();
  });

  it('…其他单起应扣5分以上的严重…事件…,按…规定的相 (cut): no cost of 5 read from the kind of case (fumian)', () => {
    const c = only('发生《考核评审条件》规定的其他单起应扣5分以上的严重意识形态事件等的,按《考核评审条件》规定的相', 5);
    expect(c.clause.rule.kind === 'deduct' && c.clause.rule.inputs.some((i) => i.per === 5)).toBe(false);
  });

  it('按协助情况得分 / 按落实相关机构: 按…情况得分 is the assessor’s; 按… cut short is not a requirement (huigui)', () => {
    expect(only('按协助情况得分', 8).clause.rule.kind).toBe('judgement');
    expect(only('按协助情况得分', 8).flagged).toBe(false);
    expect(only('按落实相关机构', 8).flagged).toBe(true);
  });
});

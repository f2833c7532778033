import { importTable } from '../../src/core/import/table';
import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the thirty-first round of unseen tables (tables/fresh31) taught, in the tables' own words. */

describe('layouts of the thirty-first round', () => {
  it('类别 | 基本要求 | 计分细则 | 分值 with 是4;否0: the 基本要求 name the items, the answers are yes / no (shaojian)', () => {
    const r = ok(
      grid([
        ['类别', '基本要求', '计分细则', '分值', '检查方法'],
        ['一、组织管理(20分)', '建立校长为第一责任人制度', '是4;否0', '4', '查阅相关文件资料,实地查看'],
        ['↑', '建立保健室或卫生室', '是4;否0', '4', '↑'],
        ['↑', '卫生专业技术人员(或保健教师)配比达到标准', '是4;否0', '4', '↑'],
        ['↑', '建立学生因病缺勤记录', '记录全4;记录不全1;无0', '4', '↑'],
      ]),
    );
    expect(items(r).map((i) => i.name)).toEqual([
      '建立校长为第一责任人制度',
      '建立保健室或卫生室',
      '卫生专业技术人员(或保健教师)配比达到标准',
      '建立学生因病缺勤记录',
    ]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['yesno', 'yesno', 'yesno', 'levels']);
    // (No second question beside the yes / no: 否 is only its answer.)
    expect(clauses(r)[0]?.requires).toBeUndefined();
    const ladder = clauses(r)[3]?.rule;
    expect(ladder?.kind === 'levels' ? ladder.levels.map((l) => l.points) : []).toEqual([4, 1, 0]);
    // (The 检查方法 column is how the assessor looks: none of its words in a clause.)
    expect(clauses(r).some((c) => c.text.includes('查阅'))).toBe(false);
  });

  it('a 类别 written again after a note, same name and points: a section of its own, both kept (shaojian)', () => {
    const r = ok(
      grid([
        ['类别', '基本要求', '计分细则', '分值'],
        ['二、传染病、常见病防控及健康教育(45分)', '建立晨检记录', '是3;否0', '3'],
        ['↑', '专人负责疫情报告', '是3;否0', '3'],
        ['注:请各学校认真做好学校环境卫生、食堂卫生等工作,认真自查自评。', '', '', ''],
        ['三、传染病、常见病防控及健康教育(45分)', '新生入学接种卡、证查验记录', '记录全4;记录不全1;无0', '4'],
      ]),
    );
    expect(items(r)).toHaveLength(3);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['yesno', 'yesno', 'levels']);
  });

  it('A1组织机构 in 评估要素, the header again with its part’s figures (分值(38分)): one table, A1 the number (putonghua)', () => {
    const r = ok(
      grid([
        ['检查项目', '评估要素', '评分标准', '分值', '自评得分', '备注'],
        [
          '综合管理(27分)',
          'A1组织机构',
          '有工作机构,1.5分;有专兼职工作人员,1.5分;有工作网络,1分;有工作计划并按计划开展工作,2分。',
          '6',
          '6',
          '',
        ],
        ['↑', 'A4资料档案', '有关语言文字工作的文件、计划、总结等资料齐全,2分,管理妥善,2分。', '4', '4', ''],
        ['检查项目', '评估要素', '评分标准', '分值(38分)', '自评得分(34分)', '备注'],
        [
          '普及普通话(38分)',
          'B1教学语言',
          '普通话成为教学语言,所有课程均使用普通话,6分,课堂上有一教师或者学生用方言扣0.5分。',
          '6',
          '5',
          '',
        ],
        ['↑', 'B3教师普通话培训测试', '适龄教师100%参加培训和测试,6分,培训或测试率每降5个百分点扣1分。', '6', '6', ''],
      ]),
    );
    expect(r.blocks).toHaveLength(1);
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['综合管理', '普及普通话']);
    expect(items(r).map((i) => [i.id, i.name])).toEqual([
      ['A1', '组织机构'],
      ['A4', '资料档案'],
      ['B1', '教学语言'],
      ['B3', '教师普通话培训测试'],
    ]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['checklist', 'checklist', 'deduct', 'shortfall']);
    const shortfall = clauses(r)[3]?.rule;
    expect(shortfall?.kind === 'shortfall' ? [shortfall.target, shortfall.step, shortfall.per] : []).toEqual([
      100, 5, 1,
    ]);
  });

  it('项目 | 序号 | 考评要求 | 扣分标准 | 分值: the 考评要求 is what each row asks and names it (tongxing)', () => {
    const r = ok(
      grid([
        ['项目', '序号', '考评要求', '扣分标准', '分值'],
        ['规范服 务(55 分)', '1', '着装统一、规范,仪容仪表端庄,持证上岗。', '每出现一次不达标扣2分。', '4'],
        ['↑', '2', '坚持微笑服务,讲普通话,使用文明用语,肢体语言规范。', '每出现一车/次不达标扣0. 5分。', '6'],
        ['↑', '3', '内保值勤按规定着装,发现问题2分钟内赶到及时处理、及时上报。', '每出现一次不达标扣2分。', '6'],
        ['↑', '8', '收费站服务质量调査满意率达标90%。', '不达标每次扣2分。', '5'],
      ]),
    );
    expect(items(r).map((i) => i.name)).toEqual([
      '着装统一、规范',
      '坚持微笑服务',
      '内保值勤按规定着装',
      '收费站服务质量调査满意率达标90%',
    ]);
    expect(clauses(r).every((c) => c.rule.kind === 'deduct')).toBe(true);
  });

  it('评价指标 | 分值 | 评价标准 over 前期工作 | 任务分解 (2分) | …: the 分值 column holds the items’ names (biaozhunnongtian)', () => {
    const r = ok(
      grid([
        ['评价指标', '分值', '评价标准', '评价依据'],
        [
          '前期工作',
          '任务分解 (2分)',
          '按要求将年度任务分解落实到项目区的,得2分;未完成的,不得分。',
          '监测监管平台数据',
        ],
        [
          '↑',
          '项目储备 (2分)',
          '根据有关规划和要求,明确目标任务和建设时序布局,建立项目储备库的,得2分,否则不得分。',
          '自评报告',
        ],
        [
          '建设面积 与质量',
          '项目开工率 (4分)',
          '立项且开工建设(含建成)的高标准农田面积达到年度任务90%及以上的,得4分;比例不足90%时,每减少5%,扣1分,扣完为止。',
          '监测监管平台数据',
        ],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['前期工作', '建设面积与质量']);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['任务分解', 2],
      ['项目储备', 2],
      ['项目开工率', 4],
    ]);
    // (The 90% said again — 比例不足90%时 — is the same target, no percentage left unread.)
    expect(clauses(r)[2]?.rule.kind).toBe('shortfall');
  });

  it('标號 1 / 11 / 111 codes, steps 4000↑ | 30 on rows of their own, a lone 0-20, per piece by value (gongtu)', () => {
    const r = ok(
      grid([
        ['標號', '指 標', '標準與因素', '分值', '備 注'],
        ['1', '辦館條件', '', '240', ''],
        ['11', '設施', '', '100', ''],
        ['111', '館舍建筑面積(平方米)', '4000↑', '30', '不含職工宿舍及臨時性房屋。'],
        ['↑', '↑', '3000↑', '20', '↑'],
        ['↑', '↑', '2000↑', '15', '↑'],
        ['114', '聲像室與設施', '有專門的聲像室并配有由中央控制的不少于20臺(套)的收視或收聽設備', '0-20', ''],
        ['115', '設備(元/種、套)', '每種(或每套)設備價值', '', '累計得分不得超過30分。'],
        ['↑', '↑', '50000↑', '10', '↑'],
        ['↑', '↑', '25000↑', '8', '↑'],
        ['12', '經費', '', '70', ''],
        ['121', '總經費(萬元)', '80↑', '35', '指財政正常撥款。'],
        ['↑', '↑', '70↑', '30', '↑'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name.replace(/\s/g, ''), s.cap])).toEqual([
      ['設施', 100],
      ['經費', 70],
    ]);
    expect(items(r).map((i) => [i.id, i.cap])).toEqual([
      ['111', 30],
      ['114', 20],
      ['115', 30],
      ['121', 35],
    ]);
    const [area, room, pieces, money] = clauses(r);
    // (…and below the last minimum nothing, a level the assessor can pick — added with fresh42's 50m2以上/30m2以上.)
    expect(area?.rule.kind === 'levels' ? area.rule.levels.map((l) => l.points) : []).toEqual([30, 20, 15, 0]);
    expect(room?.rule.kind).toBe('judgement');
    expect(pieces?.rule.kind === 'award' ? pieces.rule.inputs.map((i) => i.per) : []).toEqual([10, 8]);
    expect(money?.rule.kind === 'levels' ? money.rule.levels.map((l) => l.points) : []).toEqual([35, 30, 0]);
    // (What the 備注 defines is no clause's words.)
    expect(clauses(r).some((c) => c.text.includes('職工宿舍'))).toBe(false);
  });

  it('标准 | 等级 | 说明 | 评估细则: 等级 the points, 说明 the rule, 评估细则 how it is checked (guanshe)', () => {
    const r = ok(
      grid([
        ['标号', '项目', '标准', '等级', '说明', '评估细则'],
        ['11', '设施建设', '', '170', '', ''],
        ['112', '室外活动场地使用面积(平方米)', '1200', '20', '', ''],
        ['↑', '↑', '1000', '15', '', ''],
        ['↑', '↑', '800', '10', '', ''],
        [
          '113',
          '群众文化活动用房使用面积达到总使用面积的65%。',
          '',
          '20',
          '群众文化活动用房的使用面积低于65%不得分;低于55%的扣10分。',
          '以馆内群众文化活动用房的实际使用面积为标准。需提供《群众文化活动用房使用面积一览表》,实地丈量。',
        ],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([20, 20]);
    const steps = clauses(r)[0]?.rule;
    expect(steps?.kind === 'levels' ? steps.levels.map((l) => l.points) : []).toEqual([20, 15, 10, 0]);
    expect(clauses(r).some((c) => c.text.includes('实地丈量'))).toBe(false);
  });

  it('检查的主要数据 | | 600 first, the rows below making 600: the total, not an item; 好路率X120 a rate × points (daoluyanghu)', () => {
    const r = ok(
      grid([
        ['具体内容', '细项', '总评分', '评定标准'],
        ['检查的主要数据', '', '600', '检查路况指标、体制改革、日常工作、路政管理等'],
        ['路况指标', '县道养护质量综合值', '60', '以实际评定的综合值为准。'],
        ['↑', '乡道好路率', '120', '以实际评定的好路率X120。'],
        ['↑', '村道好路率', '60', '以实际评定的好路率x60°'],
        [
          '管理养护工作',
          '日常工作',
          '360',
          '养护计划执行情况(72分):未编制养护执行计划并上报的扣9分,未执行养护计划的扣72分',
        ],
        ['↑', '↑', '↑', '作风建设(18分):发生违法违纪行为。发现1例扣3.6分,扣完为止。'],
        ['↑', '↑', '↑', '养护质量巡查制度(18分):开展季度检查工作,未开展的,1次扣4.5分,扣完为止。'],
      ]),
    );
    expect(r.rubric.total).toBe(600);
    expect(items(r).map((i) => i.name)).toEqual(['县道养护质量综合值', '乡道好路率', '村道好路率', '日常工作']);
    expect(clauses(r).map((c) => [c.rule.kind, c.points])).toEqual([
      ['judgement', 60],
      ['proportional', 120],
      ['proportional', 60],
      ['deduct', 72],
      ['deduct', 18],
      ['deduct', 18],
    ]);
  });

  it('10分 alone in the 项目 cell merged down its rows: that part’s points, no name (shouweisheng)', () => {
    const r = ok(
      grid([
        ['项目', '考评内容', '分值', '评分标准'],
        ['10分', '1、水龙头功能良好,能正常使用。', '2', '洗手设施不符合要求扣1分'],
        ['↑', '2、有擦纸或干手设施(设备),能满足工作需要。', '2', '白服擦拭或一巾多用扣2分'],
        ['25分', '1、无菌纱布、棉球、棉签等一经打开24小时内使用,注明开启时间。', '2', '未做到扣2分。'],
        ['↑', '2、药物现用现配,配制的无菌液不得超过2小时。', '3', '未做到扣3分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.cap)).toEqual([10, 25]);
  });

  it('序号 | 项目 | 细项 | 违规事项说明 | 扣分标准 of 10分/次 and 5分(1分/项), no 起评分: refused, asking for one (tuijin)', () => {
    const rows = [
      ['序号', '项目', '细项', '违规事项说明', '扣分标准'],
      ['1', '6S检查', '月6S检査计划', '未拟定计划;未在28日前拟订6S月计划', '10分/次'],
      ['2', '↑', '↑', '计划不完整(未按总厂拟订标准格式执行)', '5分(1分/项)'],
      ['3', '↑', '检查计划执行', '未执行(任何一项未实施视为未执彳亍)', '10分(2分/项)'],
      ['4', '↑', '↑', '展开后和应记录不全', '5分(1分/项)'],
    ];
    const refused = importTable(grid(rows), { id: 't' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/只写了扣分.*起评分/);
    const r = ok(grid([['起评分100分', '', '', '', ''], ...rows]));
    const [one] = items(r);
    expect(one?.cap).toBe(100);
    // 5分(1分/项): 1 a thing, at most 5.
    const second = one?.clauses[1]?.rule;
    expect(second?.kind === 'deduct' ? second.inputs.map((i) => i.per) : []).toEqual([1]);
    expect(warned(r)).not.toMatch(/未读懂的计分用语/);
  });
});

describe('words of the thirty-first round', () => {
  it('有一教师或者学生用方言扣0.5分: each one found costs 0.5 (putonghua)', () => {
    const r = only('普通话成为教学语言,所有课程均使用普通话,6分,课堂上有一教师或者学生用方言扣0.5分。', 6);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind === 'deduct' ? r.clause.rule.inputs.map((i) => i.per) : []).toEqual([0.5]);
  });

  it('把…内容1分;作为…条件,1分;…,3分: three demands, each closed by its points (putonghua)', () => {
    const r = only(
      '把普通话达标列入教师业务考核内容1分;作为教师评优的条件,1分;作为录用教师的资格条件并己实施,3分。',
      5,
    );
    expect(r.clause.rule.kind === 'checklist' ? r.clause.rule.inputs.map((i) => i.points) : []).toEqual([1, 1, 3]);
  });

  it('以实际评定的好路率xl800 (a scan’s ×180): flagged, not a requirement met (daoluyanghu)', () => {
    expect(only('以实际评定的好路率xl800', 180).flagged).toBe(true);
  });
});

import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the eighteenth round of unseen tables (tables/fresh18) taught, in the tables' own words. */

describe('layouts of the eighteenth round', () => {
  it('考核明细 | 分值 | 扣分明细: the 明细 that score are the rules; 本周得分 totals; 否决项: is a veto; 加5-20分 a bonus (huoshituan)', () => {
    const r = ok(
      grid([
        ['学校伙食团工作人员考核细则'],
        ['考核明细', '分值', '扣分明细'],
        ['5、未经允许,工作时间不得离岗,不得带外来人员进入操作区,违者发现一次扣1分。', '5'],
        ['6、随时关好门窗,发现一次扣1分。', '5'],
        ['8、做好食堂各项迎接工作,不得出现纰漏,发现一次错误扣2分。', '10'],
        ['10.完成学校安排的食堂临时性工作,视完成情况加5-20分。'],
        ['本周得分', '20'],
        ['否决项:严格按照食品加工程序操作,并做好食堂食品安全。若出现事故,扣除当月全部工资。并按相关程序追究其法律责任'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 10]);
    expect(r.rubric.total).toBe(20);
    expect(clauses(r).every((c) => c.rule.kind === 'deduct')).toBe(true);
    expect((r.rubric.adjustments ?? []).map((a) => [a.role, a.cap])).toEqual([['bonus', 20]]);
    expect((r.rubric.vetoes ?? []).map((v) => v.label)).toEqual([expect.stringContaining('食品加工程序')]);
  });

  it('1分2分1分 beside three numbered steps: each step its points, the row their sum (kefang)', () => {
    const r = ok(
      grid([
        ['项目', '做房程序', '分数'],
        ['A.进房程序', '1 .进房前的准备工作;2 .敲门程序;3 .开门填写进房时间及房态;', '1分2分1分'],
        ['C.铺床', '按要求铺床,不使用有污迹破损布草,时间为8分钟;', '15分'],
        ['H.自查填写工作单', '1 .检查是否有不符合标准的地方;2 .填写工作单及完成时间;', '2分1分'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([4, 15, 3]);
    // (Each step a part of its own: done or not, for its points.)
    expect(items(r)[0]?.clauses.map((c) => [c.rule.kind, c.points])).toEqual([
      ['yesno', 1],
      ['yesno', 2],
      ['yesno', 1],
    ]);
    expect(items(r)[0]?.text).toBe('1 .进房前的准备工作(1分);2 .敲门程序(2分);3 .开门填写进房时间及房态(1分);');
  });

  it('编号 | 指标 over names carrying their points in brackets, (5): a table; a rate to reach is read (shiyanshi)', () => {
    const r = ok(
      grid([
        ['编号', '指标', '得分'],
        ['1.', '消防管理(10)'],
        ['1.1', '消防器材放置合理,按期检查,保管良好。(5)'],
        ['1.2', '无火灾、溺水、爆炸。(5)'],
        ['2.', '仪器设备管理(10)'],
        ['2.1', '仪器设备放置合理,按期检查,排出隐患,保管良好。(5)'],
        ['2.2', '仪器设备的完好率在80%以上(5)'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 5, 5]);
    expect(r.rubric.total).toBe(20);
    expect(items(r)[3]?.clauses[0]?.rule.kind).toBe('yesno');
  });

  it('…人手一册6分,每缺一项扣2分 with no points column: the row’s 6, read without them (falvfuwu)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '制度建设20分'],
        ['1、', '实行所务公开,开展承诺服务;收费标准上墙公布;规章制度做到人手一册6分,每缺一项扣2分。'],
        ['2、', '建立收案、结案审批登记制度和公函使用登记制度8分,每缺一项扣3分。'],
        ['3、', '所务会议或合伙人会议每月一次,并有详细记录6分,缺一次扣1分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([6, 8, 6]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'deduct', 'deduct']);
    expect(r.blocks[0]?.clauses.map((c) => c.flagged)).toEqual([false, false, false]);
    expect(warned(r)).not.toContain('未读懂的计分用语');
  });
});

describe('language of the eighteenth round', () => {
  it('1、…得10分;2、…得6分;3、…得0分: numbered grades falling to nothing are one ladder (biaozhunhua)', () => {
    expect(
      only('1、工作机制健全,运行良好,得10分;2、工作机制不健全,运行一般,得 6分;3、工作机制未建立,运行差,得0分。', 10)
        .clause.rule,
    ).toMatchObject({ kind: 'levels', levels: [{ points: 10 }, { points: 6 }, { points: 0 }] });
  });

  it('出现一例扣3分,不封顶 / 发现一次扣3分,实行倒扣法: no floor (falvfuwu)', () => {
    expect(
      only('全年所内无败诉、裁定驳回等损害当事人的利益,得5分。出现一例扣3分,不封顶。', 5).clause.rule,
    ).toMatchObject({
      kind: 'deduct',
      floor: 'none',
    });
    expect(
      only('所内人员无违法违纪现象,在社会上有较好声誉和形象,发现一次扣3分,实行倒扣法。', 4).clause.rule,
    ).toMatchObject({
      kind: 'deduct',
      floor: 'none',
    });
  });

  it('完成得2分,没有0分: done or not (renshiju)', () => {
    const r = only('传达贯彻会议精神并形成贯彻意见得3分,没有0分。', 3);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind).toBe('yesno');
  });

  it('…的得2分,…得2分;…计2分,…计2分 worth 8: things earned that add up — one checklist; 再加3分 earns (xinxihua)', () => {
    const r = ok(
      grid([
        ['考评项目', '具体内容', '分值', '评分细则'],
        [
          '主体建设(14分)',
          '宣传发动',
          '8',
          '宣传、发动、组织、激励农民群众工作措施得力有效的得2分,社会各界对农村信息化工作满意度高得2分;组织干部到村开展宣传发动计2分,在当地主要媒体有宣传报道计2分。',
        ],
        [
          '↑',
          '信息员履职',
          '6',
          '有专人(兼职)具体负责日常维护工作得3分,信息员能够帮助和指导农村客户进行网上信息发布再加3分。',
        ],
      ]),
    );
    expect(clauses(r).map((c) => c.rule)).toMatchObject([
      { kind: 'checklist', inputs: [{ points: 2 }, { points: 2 }, { points: 2 }, { points: 2 }] },
      { kind: 'checklist', inputs: [{ points: 3 }, { points: 3 }] },
    ]);
  });
});

import { readRule } from '../../src/core/import/rule-text';
import { clauses, grid, items, ok } from './real-grid';

/** The pieces the thirty-seventh round of unseen tables (tables/fresh37) taught, in the tables' own words. */

const read = (text: string, points: number, role: 'base' | 'bonus' = 'base') =>
  readRule('t', text, points, role).readings.map((r) => ({ flagged: r.flagged, clause: r.clause }));

describe('layouts of the thirty-seventh round', () => {
  it('项目 | 标准分 | 扣 分 原 因 | 应扣分: the lapses under each 项目, each beside its cost, a pool of its 标准分 (pubeiyongchuang)', () => {
    const r = ok(
      grid([
        ['项目', '标准分', '扣 分 原 因', '应扣分'],
        ['着装仪表', '3', '衣服、鞋、帽不整洁或头发不符合要求、浓装、戴装饰品', '各1'],
        ['备物齐全', '5', '缺一件', '2'],
        ['↑', '↑', '被服放置顺序零乱', '2'],
        ['移开床桌椅 翻床垫及床褥', '8', '少移一件', '2'],
        ['↑', '↑', '动作粗重', '2'],
        ['铺底单', '20', '中线不正', '5'],
        ['↑', '↑', '角松(1个)', '3'],
        ['操作熟练 步骤正确接力', '10', '酌情扣分', ''],
        ['时间:5分钟 (从打单至放枕)', '4', '每超过30秒扣1分', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([3, 5, 8, 20, 10, 4]);
    const read = clauses(r).map((c) =>
      c.rule.kind === 'deduct'
        ? ['deduct', ...c.rule.inputs.map((i) => `${i.unit}${i.per}`)]
        : c.rule.kind === 'excess'
          ? ['excess', c.rule.input.entry, c.rule.step, c.rule.per]
          : [c.rule.kind],
    );
    expect(read).toEqual([
      ['deduct', '次1'],
      ['deduct', '件2'],
      ['deduct', '次2'],
      ['deduct', '件2'],
      ['deduct', '次2'],
      ['deduct', '次5'],
      ['deduct', '个3'],
      ['judgement'],
      ['excess', 'excess', 30, 1],
    ]);
    expect(r.blocks.flatMap((b) => b.clauses).filter((c) => c.flagged)).toEqual([]);
  });

  it('考核指标 | 考核目标 (85%, 100%) | 分值 | 评分标准: the targets a column of their own, not names (zhangwu)', () => {
    const r = ok(
      grid([
        ['考核项目', '考核指标', '指标定义', '考核目标', '分值', '评分标准'],
        ['满意度', '财务满意度', '相关部门对财务部门工作的满意度', '85%', '5', '每少3个百分点扣1分,每增3个百分点加1分'],
        ['合法性', '工作合法性', '财务审批合法单据/财务审批全部单据*100%', '100%', '10', '每少1个百分点扣1分'],
        ['↑', '资金管理', '资金管理制度严密,资金安全有保障,', '100%', '10', '直接上级的评价'],
        ['团队管理', '下属满意度', '下级对上级考核表', '100%', '5', '每低5%扣1分'],
      ]),
    );
    // (Named by the 指标定义 beside them — not by 85% / 100%.)
    expect(items(r).map((i) => i.name)).toEqual([
      '相关部门对财务部门工作的满意度',
      '财务审批合法单据/财务审批全部单据*100%',
      '资金管理制度严密,资金安全有保障,',
      '下级对上级考核表',
    ]);
    expect(
      clauses(r).map((c) =>
        c.rule.kind === 'shortfall'
          ? ['shortfall', c.rule.target, c.rule.step, c.rule.per]
          : c.rule.kind === 'award'
            ? ['award', ...c.rule.inputs.map((i) => [i.step, i.per])]
            : [c.rule.kind],
      ),
    ).toEqual([
      ['shortfall', 85, 3, 1],
      ['award', [3, 1]],
      ['shortfall', 100, 1, 1],
      ['judgement'],
      ['shortfall', 100, 5, 1],
    ]);
  });

  it('编号 | 条文: 1、商品销售总额标准分60分、 an item of 60; the inner 1、…标准分50分 the item under 二、…(140分) (gongxiaoshe)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '综合经济指标(200分)'],
        ['1、', '商品销售总额标准分60分、'],
        ['2、', '农产品购进额标准分30分、'],
        [
          '',
          '评分标准:实现销售总额、农产品购进额增长率达到市社下达预期目标数的,各得80%标准分;每增加或减少1个百分点,相应增加或扣减得分0.5分。',
        ],
        ['二、', '经营服务网络建设(140分)'],
        ['1、', '新网工程建设标准分50分。'],
        [
          '',
          '评分标准:其中新建农资、日用品网点标准分各25分;完成目标任务数各得标准分,超额完成的每增加一个加3分,未完成任务数的每减少一个减3分。',
        ],
        ['2、', '项目建设标准分30分'],
        [
          '',
          '评分标准:(1)重点项目指标标准分20分,列入省级重点项目数指标的得标准分10分,未完成的按实际完成率乘以标准分计分',
        ],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['综合经济指标', 200],
      ['经营服务网络建设', 140],
    ]);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['商品销售总额标准分', 60],
      ['农产品购进额标准分', 30],
      ['新网工程建设标准分', 50],
      ['项目建设标准分', 30],
    ]);
    // Each 评分标准 read with the item above it (typed where it cannot be read); none left as a note.
    expect(items(r)[3]?.clauses[0]?.text).toContain('重点项目指标');
  });

  it('(一) | 党务工作(15分) 1、…情况 2、…工作 3、…工作 over A、B、…: a heading naming its parts (cunjikaohe)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '党务工作(15分) 1、重大决策贯彻落实执行情况 2、农村党员村级远程教育管理工作 3、组织建设工作'],
        ['A、', '做好党费收缴工作,按组织部门核定数额收缴上交的记5分,未完成不记分。'],
        ['B、', '做好党员发展工作记5分,全年未发展党员或未按要求发展党员的不记分。'],
        ['C、', '每村有一个固定宣传栏并经常更换宣传内容的记5分,否则不记分;'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['党务工作', 15]]);
    expect(items(r)).toHaveLength(3);
  });

  it('(五) | 九项工作主要考核…,由…按…情况打分。 over 1、…(8分): a heading named 九项工作; 项目4分,… a title and its points (jiuxiang)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['', '招商引资项目考核'],
        ['1、', '项目4分,全年新增(市级部门三堂会审合格)低于5个项目本项不计分;'],
        ['2、', '签约项目6分,在省、市举办的大型招商引资活动中,参加两次以上签约活动,得3分。'],
        ['(五)', '九项工作主要考核工作任务的完成情况,由市商务局相关业务科室按完成工作任务的情况打分。'],
        ['1、', '商业改革发展工作主要考核(8分):现代流通2分,酒类市场管理2分,餐饮服务业 2分;再生资源利用2分;'],
        ['2、', '成品油市场管理 (8分):有无违规建设和整顿情况5分,年审合格率1分,运行监测2分;'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['招商引资项目考核', '九项工作']);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['项目', 4],
      ['签约项目', 6],
      ['商业改革发展工作主要考核', 8],
      ['成品油市场管理', 8],
    ]);
  });

  it('考核内容 (维护人员未能按规定时限到达现场 / …接通率90%) | 评分标准 (每次扣1 分): the cost read with what is required (yunwei)', () => {
    const r = ok(
      grid([
        ['序号', '考核事项', '考核内容', '评分标准'],
        ['1', '服务咨询及故障受理', '服务台热线电话的接通率90%', '每降低 1 个百分点扣0.5 分'],
        ['2', '图像在线时长', '单路图像月故障时长高于8 小时', '每一路,扣1 分'],
        ['3', '故障受理响应时间', '维护人员未能按规定时限到达现场', '每次扣1 分'],
        ['6', '特殊保障', '按要求提供特殊保障', '1 次保障无法提供扣 3分;如无保障需求,则不予扣分'],
        ['总分', '', '', '100'],
      ]),
    );
    expect(
      clauses(r).map((c) =>
        c.rule.kind === 'shortfall'
          ? ['shortfall', c.rule.target, c.rule.per]
          : c.rule.kind === 'deduct'
            ? ['deduct', ...c.rule.inputs.map((i) => `${i.unit}${i.per}`)]
            : [c.rule.kind],
      ),
    ).toEqual([
      ['shortfall', 90, 0.5],
      ['deduct', '路1'],
      ['deduct', '次1'],
      ['deduct', '次3'],
    ]);
    expect(clauses(r)[2]?.text).toContain('到达现场');
  });
});

describe('words of the thirty-seventh round', () => {
  it('未建立组织和无组织活动的不记分 / 每缺一项不计分 / 未订阅不记分: the gain not met, no other thing asked (cunjikaohe)', () => {
    for (const [text, kind] of [
      ['青年工作有序进行,有团组织,积极开展团员、青年活动的记5分,未建立组织和无组织活动的不记分;', 'yesno'],
      ['老协工作做到“四有”(有机构、有场所、有活动、有牌子),达到要求的记5分,每缺一项不计分;', 'yesno'],
      ['完成乡下达的报刊订阅任务记5分,未完成的酌情扣分,未订阅不记分。', 'judgement'],
    ] as const) {
      const [only] = read(text, 5);
      expect(only?.clause.rule.kind).toBe(kind);
      expect(only?.clause.requires).toBeUndefined();
    }
    // (…a condition of its own is still asked: 无专职干部不记分 beside the activities.)
    expect(read('积极开展妇女工作活动的记5分,无专职干部不记分。', 5)[0]?.clause.requires?.label).toBe('有专职干部');
  });

  it('每参加1 次计2分 in a bonus block: 2 a time added, not taken off (jiuxiang)', () => {
    const [only] = read('积极参加国家、省、市组织的各项招商引资活动每参加1 次计2分。', 10, 'bonus');
    expect(only?.clause.rule.kind === 'award' && only.clause.rule.inputs.map((i) => i.per)).toEqual([2]);
    expect(only?.flagged).toBe(false);
  });

  it('角松(1个),扣3分 counted; 每超过30秒扣1分 the time over, 30 seconds a step (pubeiyongchuang)', () => {
    const [corner] = read('角松(1个),扣3分', 20);
    expect(corner?.clause.rule.kind === 'deduct' && corner.clause.rule.inputs.map((i) => [i.unit, i.per])).toEqual([
      ['个', 3],
    ]);
    const [time] = read('每超过30秒扣1分', 4);
    expect(time?.clause.rule).toMatchObject({
      kind: 'excess',
      input: { entry: 'excess', unit: '秒' },
      step: 30,
      per: 1,
    });
  });
});

import { parseRuleText } from '../../src/core/import/parse';
import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the thirty-fifth round of unseen tables (tables/fresh35) taught, in the tables' own words. */

describe('layouts of the thirty-fifth round', () => {
  it('保证项目 merged | 小计 | | 60 a subtotal; 1 | 保证项目 | … under 序号 | 检查项目 (across two) the first item (xianchang)', () => {
    const rows = [
      ['1', '保证项目', '安全生产责任制', '未建立安全责任制的,扣10分各级各部门未执行责任制的,扣10分', '10'],
      ['2', '↑', '目标管理', '未制定安全管理目标的,扣10分无责任目标考核规定的,扣10分', '10'],
      ['', '↑', '小计', '', '20'],
      ['3', '般项目', '班前安全活动', '未建立班前安全活动制度,扣10分', '10'],
    ];
    const given = ok(grid([['序号', '类别', '检查项目', '扣罚标准', '应得分数'], ...rows]));
    expect(given.rubric.sections.map((s) => [s.name, s.cap])[0]).toEqual(['保证项目', 20]);
    expect(items(given).map((i) => i.name)).toEqual(['安全生产责任制', '目标管理', '班前安全活动']);
    const kept = ok(
      grid([['序号', '检查项目', '', '扣罚标准', '应得分数'], ...rows], [{ top: 0, left: 1, bottom: 0, right: 2 }]),
    );
    expect(items(kept).map((i) => i.name)).toEqual(['安全生产责任制', '目标管理', '班前安全活动']);
  });

  it('注:…总分为100分,分项无基准分值,实行累计扣减 below rows of 2分/基, 0.3分/火: they deduct from 100 (zhaoming)', () => {
    const r = ok(
      grid([
        ['考评项目', '扣分标准', '备注'],
        ['路灯整基不亮', '2分/基', ''],
        ['2火双臂灯1火不亮', '0.5分/基', ''],
        ['3火(含3火)以上路灯1火不亮;', '0.3分/火', ''],
        ['检查井无盖、灯杆检查门门锁失效', '1分/处', ''],
        ['注:本项考评市路灯管理处,总分为100分,分项无基准分值,实行累计扣减。'],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(r.blocks.flatMap((b) => b.clauses).filter((c) => c.flagged)).toEqual([]);
    expect(
      clauses(r).map((c) => (c.rule.kind === 'deduct' ? c.rule.inputs.map((i) => [i.unit, i.per]) : c.rule.kind)),
    ).toEqual([[['基', 2]], [['基', 0.5]], [['火', 0.3]], [['处', 1]]]);
  });

  it('财务管理 merged over 1、…得15分。 and rows taking from 本项: one item of 15 (riqing)', () => {
    const r = ok(
      grid([
        ['编号', '项目', '考核内容与计分', '评估办法'],
        ['五、', '财务管理', '1、财务管理规范、无假发票、无小金库得15分。', ''],
        ['↑', '↑', '2、私设小金库或票据不真实或资产未按规定进行管理的不得分。', ''],
        ['↑', '↑', '3、有票据不规范一例扣减5分,直至本项分数扣完为止。', ''],
        ['↑', '↑', '4、审批手续不完备一例扣减5分,直至本项分数扣完为止。', ''],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([['财务管理', 15]]);
    expect(warned(r)).not.toMatch(/未作为考核项目导入/);
  });

  it('*4 / *2 points, 一机构能力建设︵15分︶ upright brackets, an unheaded column between names (shijikong)', () => {
    const r = ok(
      grid([
        ['目标考核指标', '', '分值', '考核内容', '单项分', '考核方法', '考核标准'],
        [
          '一机构能力建设︵15分︶',
          '(一)公共卫生投入',
          '*4',
          '财政总投入',
          '*2',
          '查账目',
          '地方财政对疾控机构投入费用逐年增长,增长比例不低于本级财政收入增长率得2分',
        ],
        ['↑', '↑', '↑', '疾控机构事业费', '*2', '查账目', '疾控机构年事业费不低于人员费用得2分'],
        [
          '↑',
          '(二)公共卫生机构建设',
          '*3',
          '基础设施建设',
          '*1.5',
          '查现场',
          '完成上级安排的疾控机构基础设施建设并全面投入使用得1.5分',
        ],
        ['↑', '↑', '↑', '人力建设', '*1.5', '查档案', '疾控机构人员数合理得1.5分'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['一机构能力建设', 15]]);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['财政总投入', 2],
      ['疾控机构事业费', 2],
      ['基础设施建设', 1.5],
      ['人力建设', 1.5],
    ]);
  });
});

describe('words of the thirty-fifth round', () => {
  const read = (text: string, points: number) => parseRuleText(text, { item: 't', points });

  it('扣IO分 is 10; 扣K)分 a cost a scan lost — flagged, not dropped; 每有一人… a lapse of its own (xianchang)', () => {
    const io = read('未按规定配备专(兼)职安全员的,扣IO分管理人员责任考核不合格的,扣10分', 10);
    expect(io.map((x) => x.flagged)).toEqual([false]);
    expect(io[0]?.clause.rule.kind === 'deduct' ? io[0].clause.rule.inputs.map((i) => i.per) : []).toEqual([10, 10]);
    const lost = read('未进行安全责任目标分解的,扣K)分无责任目标考核规定的,扣10分', 10);
    expect(lost.some((x) => x.flagged)).toBe(true);
    const each = read('变换工种时未进行安全教育,扣10分每有一人不懂本工种安全技术操作规程,扣10分', 10);
    expect(each[0]?.clause.rule.kind === 'deduct' ? each[0].clause.rule.inputs.length : 0).toBe(2);
  });

  it('…上墙率达100%计15分,缺一项得7分,缺两项得4分,缺三项不得分: a ladder from 15 (riqing)', () => {
    const [only] = read(
      '学校财务制度、学生食堂财务管理制度等制度制订并上墙率达100%计15分,缺一项得7分,缺两项得4分,缺三项不得分,',
      15,
    );
    expect(only?.flagged).toBe(false);
    expect(only?.clause.rule.kind === 'levels' ? only.clause.rule.levels.map((l) => l.points) : []).toEqual([
      15, 7, 4, 0,
    ]);
  });

  it('…报帐得25分;不按时记10分,…不得分: one row of 25, not 35; one clause (riqing)', () => {
    const r = ok(
      grid([
        ['编号', '项目', '考核内容与计分'],
        [
          '二、',
          '报帐工作',
          '按要求成立理财小组,学校帐务做到日清月结,并在每月6号前报帐(节假日顺延)得25分;不按时记10分,每月在10号后(不含10日)报帐不得分。',
        ],
        [
          '三、',
          '贫困寄宿生生活补助发放',
          '及时发放到学生或家长手中并及时公示记8分;未按程序操作不得分;发放不及时扣4分,未公示的扣4分。',
        ],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([25, 8]);
    expect(items(r)[0]?.clauses).toHaveLength(1);
  });
  it('较好得2分,一般得1分,较差不得分 beside 3分: the best, 好, the row’s 3; 达到95%以上 | 达到90%以上,得3分;低于90%不得分 three levels (laodongzhongcai)', () => {
    const [ladder] = read('案件审结后30日内立卷归档。较好得2分,一般得1分,较差不得分', 3);
    expect(ladder?.flagged).toBe(false);
    expect(
      ladder?.clause.rule.kind === 'levels' ? ladder.clause.rule.levels.map((l) => [l.name, l.points]) : [],
    ).toEqual([
      ['好', 3],
      ['较好', 2],
      ['一般', 1],
      ['较差', 0],
    ]);
    const [rates] = read('案件结案率达到95%以上。达到90%以上,得3分;低于90%不得分', 4);
    expect(rates?.flagged).toBe(false);
    expect(rates?.clause.rule.kind === 'levels' ? rates.clause.rule.levels.map((l) => l.points) : []).toEqual([
      4, 3, 0,
    ]);
  });
});

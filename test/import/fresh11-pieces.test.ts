import { grid, items, ok, only } from './real-grid';

/** The pieces the eleventh round of unseen tables (tables/fresh11) taught, in the tables' own words. */

const kinds = (r: ReturnType<typeof ok>) => items(r).map((i) => [i.name, i.cap]);

describe('layouts of the eleventh round', () => {
  it('the header repeated at a page break, the numbering going on, is the same table (tezhong)', () => {
    const r = ok(
      grid([
        ['序号', '项目', '标准分', '考核内容和要求', '扣分标准'],
        ['1', '安全组织机构', '2', '查是否行文确定机构人员。', '未行文或行文未报质监局扣2分。'],
        ['2', '操作规程', '3', '查是否建立各类设备的操作规程。', '无操作规程每项扣1分。'],
        ['目标考核表'],
        ['序号', '项目', '标准分', '考核内容和要求', '扣分标准'],
        ['3', '安全附件检验', '3', '日常检查。', '超期未检,每次扣2分。'],
      ]),
    );
    expect(r.blocks).toHaveLength(1);
    expect(r.rubric.total).toBe(8);
    // 项目 names each row (none repeated): 考核内容和要求 is what the item requires, not its name.
    expect(kinds(r)).toEqual([
      ['安全组织机构', 2],
      ['操作规程', 3],
      ['安全附件检验', 3],
    ]);
    expect(r.warnings.some((w) => w.includes('目标考核表'))).toBe(true);
  });

  it('the header again with the numbering starting at 1 again is still a second table', () => {
    const r = ok(
      grid([
        ['序号', '项目', '标准分', '扣分标准'],
        ['1', '安全组织机构', '2', '未行文扣2分。'],
        ['2', '操作规程', '3', '无操作规程每项扣1分。'],
        ['序号', '项目', '标准分', '扣分标准'],
        ['1', '安全附件检验', '3', '超期未检,每次扣2分。'],
      ]),
    );
    expect(r.blocks).toHaveLength(2);
  });

  it('考核采用百分制 with its grades, then 采取倒扣分制…分别进行扣分: articles of lapses deduct from 100 (jiegan2)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['二、', '考核内容和标准'],
        ['', '考核采用百分制,80分(不含)以下为不合格,80分(含)以上90分(不含)以下为合格,90分(含)以上为优秀。'],
        ['', '镇禁烧办负责考核具体业务,根据镇秸秆禁烧巡查组日志,采取倒扣分制,即有以下情况的分别进行扣分:'],
        ['(一)', '秸秆禁烧重点时期未按要求设立检查站的扣5分。'],
        ['(二)', '市、县、镇巡查组查处群众违规焚烧时,村(社区)干部未及时赶到现场的,每次扣3分。'],
        [
          '(三)',
          '被镇督查组巡查发现的火点,每个扣2分;被市督查组发现的火点,每个扣5分。村(社区)自行发现的火点,及时上报的,给予加分。(每个火点加2分)',
        ],
      ]),
    );
    expect([r.rubric.total, kinds(r)]).toEqual([100, [['起评分', 100]]]);
    // The row that takes off far more than it gives back is no bonus block.
    expect(r.rubric.adjustments ?? []).toEqual([]);
    expect(items(r)[0]?.clauses).toHaveLength(3);
    expect(r.warnings.some((w) => w.includes('考核采用百分制'))).toBe(true);
    // Its grades are the table's own: 80分(含)以上90分(不含)以下为合格.
    expect(r.rubric.grades).toEqual([{ name: '优秀', min: 90 }, { name: '合格', min: 80 }, { name: '不合格' }]);
  });

  it('a figure merged over rows whose names carry their points is their section; (100分制) above is the total (saohei)', () => {
    const r = ok(
      grid([
        ['平安乡镇创建考核标准'],
        ['(100分制,80分以上合格)'],
        ['实现目标', '考核分值', '扣分说明'],
        ['1、建立治安形势分析制度(1分)', '27', '无制度或有但形同虚设均扣1分。'],
        ['2、开展国家安全教育活动(2分)', '↑', '教育、组织工作不力各扣1分。'],
        ['4、无严重影响稳定的重大恶性案件。(2分)', '↑', '未破的,每起扣2分。'],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(r.rubric.sections.map((s) => [s.cap, s.items.map((i) => i.cap)])).toEqual([[27, [1, 2, 2]]]);
    expect(r.warnings.some((w) => w.includes('27') && w.includes('5'))).toBe(true);
  });

  it('A级指标 | B级指标 | C级指标 alone is a header: the last level holds the rules (shitang)', () => {
    const r = ok(
      grid([
        ['A级指标', 'B级指标', 'C级指标'],
        [
          'A1健康与卫生管理(2分)',
          'B1.健康检查(2分)',
          'C1.每日开展健康检查并做好记录。(1分)缺一人次扣0.1分,本项扣完为止。',
        ],
        ['↑', '↑', 'C2.从业人员持有有效的健康证明。(1分)无健康证明的,每人次扣0.1分,本项扣完为止。'],
      ]),
    );
    expect(r.rubric.total).toBe(2);
    expect(items(r).map((i) => i.cap)).toEqual([1, 1]);
  });

  it('title:(55分) then what holds below, over 1、…每起扣2分: the rows deduct from the 55 (weijian)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '建立查处“二违”工作责任制:(10分)各村必须守好违法建设查处第一关。不建立不得分。'],
        ['(二)', '建立违法建筑巡查发现机制:(55分)各村对违法建筑应建立巡查发现机制,被举报等发现的,按照以下情况扣分。'],
        ['1、', '已建好基础且墙体在1米以下的,每起扣2分;'],
        ['2、', '墙体在1米以上的,每起扣5分;'],
      ]),
    );
    expect(kinds(r)).toEqual([
      ['建立查处“二违”工作责任制:', 10],
      ['建立违法建筑巡查发现机制', 55],
    ]);
    expect(items(r)[1]?.clauses).toHaveLength(2);
  });

  it('…考核内容:what it means, over numbered demands with points, is a heading (yishi)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '积极参与构建大宣传格局考核内容:树立大宣传理念,把交通领域的行政管理同宣传思想工作紧密结合。'],
        ['1、', '有专门的工作机构和工作人员(2分);'],
        ['2、', '将意识形态工作列入单位年度工作计划(5分);'],
        ['二、', '切实加强本部门本系统意识形态工作考核内容:'],
        ['1、', '局党组专题研究意识形态工作(5分);'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.items.length])).toEqual([
      ['积极参与构建大宣传格局', 2],
      ['切实加强本部门本系统意识形态工作', 1],
    ]);
  });

  it('扣完20分为止 under 一、(20分): the rows share the heading’s points; a name with points over an unnumbered row is one item (zhucun)', () => {
    const r = ok(
      grid([
        ['编号', '考核内容', '分值及评分标准'],
        ['一、', '组织领导(20分)', ''],
        ['1、', '建立有扶贫工作组织机构,制定了相关工作计划。', '(6分)每缺少一项扣2分,扣完20分为止。'],
        ['2、', '有独立的扶贫工作室,扶贫档案柜不少于2个。', '(4分)每缺少一项扣2分,扣完20分为止。'],
        ['3、', '每月定期召开扶贫专题工作会议。', '(10分)每缺少一项扣2分,扣完20分为止。'],
        ['二、', '扶贫工作队管理(10分)', ''],
        ['', '驻村工作队管理规范,每月在岗不少于20天。', '(10分)“十个一”有一个完成不了,扣10分。'],
      ]),
    );
    expect(kinds(r)).toEqual([
      ['组织领导', 20],
      ['扶贫工作队管理', 10],
    ]);
    // (One pool: the item's 20 the first clause's, the rows' own 6, 4, 10 in their words.)
    expect(items(r)[0]?.clauses.map((c) => c.points)).toEqual([20, 0, 0]);
  });
});

describe('language of the eleventh round', () => {
  it('直至负分 lets the deductions pass zero; 扣全分 voids the item (tezhong)', () => {
    expect(only('未及时办理注册登记每一台设备扣1分,直至负分。', 2).clause.rule).toMatchObject({
      kind: 'deduct',
      floor: 'none',
    });
    const r = ok(
      grid([
        ['项目', '分值', '扣分标准'],
        ['上报事故', '5', '未及时上报扣2分,未真实上报事故扣全分。'],
      ]),
    );
    expect(r.blocks[0]?.clauses.map((c) => c.flagged)).toEqual([false]);
    expect(only('未及时上报扣2分,未真实上报事故扣全分。', 5).readAs).toMatch(/void/);
  });

  it('超过平均值5个点以内扣1分,5个点以外扣2分 is a choice of three bands (saohei)', () => {
    expect(only('持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分。', 2).clause.rule).toMatchObject({
      kind: 'levels',
      levels: [{ points: 2 }, { points: 1 }, { points: 0 }],
    });
  });
});

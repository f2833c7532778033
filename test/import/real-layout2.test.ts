import { importTable } from '../../src/core/import/table';
import { grid, items, ok } from './real-grid';

/** More layouts of the real tables (shared/tables), each quoted in a few of its own rows. */

describe('layouts of real tables (2)', () => {
  it('reads a one-column outline of names and points as two tables, with points by kind of unit and a veto (jisheng)', () => {
    const r = ok(
      grid([
        ['指标(分值)'],
        ['一、人口出生率(10分)'],
        ['二、投入指标(30分)'],
        ['(一)计划生育事业费(乡镇10分、农场15分)'],
        ['(三)组信息员报酬(该项农场不考核)(10分)'],
        ['八、“一票否决”'],
        ['一、优选节育率(乡镇5分、农场10分)'],
        ['十二、“关爱女孩”行动取得明显成效(乡镇5分,农场10)'],
      ]),
    );
    expect(
      r.blocks.map((b) => [b.rubric.id, b.total, b.rubric.classes?.map((c) => c.id), b.rubric.defaultClass]),
    ).toEqual([
      ['t-1', 40, ['乡镇', '农场'], '乡镇'],
      ['t-2', 10, ['乡镇', '农场'], '乡镇'],
    ]);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['人口出生率', 10],
      ['计划生育事业费', { default: 10, 农场: 15 }],
      ['组信息员报酬', { default: 10, 农场: 0 }],
    ]);
    expect(r.rubric.sections.find((s) => s.name === '投入指标')?.cap).toBe(30);
    expect(r.rubric.vetoes?.map((v) => v.label)).toEqual(['未触发一票否决：一票否决']);
    const second = r.blocks[1]?.rubric.sections.flatMap((s) => s.items).map((i) => i.cap);
    expect(second).toEqual([
      { default: 5, 农场: 10 },
      { default: 5, 农场: 10 },
    ]);
    // No rule anywhere: the assessor types each score, and the report says so once, plainly.
    expect(r.clauses.every((c) => c.readAs === 'judgement (no rule in the table)' && !c.flagged)).toBe(true);
  });

  it('reads a header cell over three columns, blank 具体项目 as one item worth the section, and rows under a merged rule (wenzhou)', () => {
    const r = ok(
      grid(
        [
          ['项目名称及分值', '', '', '赋分办法', '总牵头单位', '考核责任单位'],
          ['(一)重点工作 (500分)', '1.', '', '按实绩赋分', '县委办、县府办', '县考核办'],
          ['↑', '2.', '', '↑', '↑', '↑'],
          ['↑', '……', '', '↑', '↑', '↑'],
          ['(二)“五型”机关创建 (100分)', '1.责任型和服务型机关创建(30分)', '', '按排名赋分', '县直机关工委', '县委办'],
          ['↑', '2.学习型机关创建(20分)', '', '↑', '↑', '县委宣传部'],
          ['总分', '1000分', '', '', '', ''],
        ],
        [{ top: 0, left: 0, bottom: 0, right: 2 }],
      ),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => [i.name, i.cap])])).toEqual([
      ['重点工作', 500, [['重点工作', 500]]],
      [
        '“五型”机关创建',
        100,
        [
          ['责任型和服务型机关创建', 30],
          ['学习型机关创建', 20],
        ],
      ],
    ]);
    expect(r.total).toBe(1000);
    expect(r.clauses.map((c) => c.readAs)).toEqual(['judgement (酌情)', 'judgement (酌情)', 'judgement (酌情)']);
  });

  it('reads 考核内容 rows with their own (10分) under a 考核要点 merged with its 分值, and a 加分项 in the rule as a bonus (dingyuan)', () => {
    const r = ok(
      grid([
        ['考核项目', '考核对象', '考核要点', '分值', '考核内容', '评分标准'],
        [
          '1.政府组织工作与保障(75分)',
          '食安办',
          '1.1食品安全工作纳入政府目标考核',
          '20',
          '1.1.1食品安全工作纳入政府目标考核。(10分)',
          '有纳入考核的文件得10分,否则不得分;',
        ],
        ['↑', '↑', '↑', '↑', '1.1.2有考核,有考核结果。(10分)', '没有考核扣10分,无考核结果扣5分。'],
        [
          '↑',
          '↑',
          '1.2研究解决食品安全实际问题情况',
          '5',
          '1.2.3县政府领导现场调研(5分)注:该项设有加分项(最多加5分)',
          '全年县政府分管领导参加不少于四次,每少一次扣1.25分。加分项:县主要领导参加一次加2.5分;',
        ],
      ]),
    );
    expect(items(r).map((i) => [i.id, i.cap, i.clauses.map((c) => [c.points, c.rule.kind])])).toEqual([
      [
        '1.1',
        20,
        [
          [10, 'yesno'],
          [10, 'deduct'],
        ],
      ],
      ['1.2', 5, [[5, 'deduct']]],
    ]);
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap, a.text, a.clauses[0]?.rule.kind])).toEqual([
      ['bonus', 5, '县主要领导参加一次加2.5分;', 'award'],
    ]);
  });

  it('reads a two-row header (分值 over 标准分值 | 得分), section points at the end of a name and a 合計 row (xidian, sanyuan)', () => {
    const r = ok(
      grid(
        [
          ['西店镇行政村环境卫生和垃圾分类考核评分表', '', '', ''],
          ['行政村:　　　检查人员:', '', '', ''],
          ['类别', '评分细则', '分值', ''],
          ['↑', '↑', '标准分值', '得分'],
          ['农村村庄环境卫生考核评分45分', '有明显垃圾或杂物堆积,每发现1处扣0.5分。', '4', ''],
          ['↑', '露天粪缸、简易棚厕,每发现1处扣3分。', '9', ''],
          ['合計', '', '50', ''],
        ],
        [
          { top: 0, left: 0, bottom: 0, right: 3 },
          { top: 1, left: 0, bottom: 1, right: 3 },
          { top: 2, left: 2, bottom: 2, right: 3 },
        ],
      ),
    );
    expect(r.rubric.title).toBe('西店镇行政村环境卫生和垃圾分类考核评分表');
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => i.cap)])).toEqual([
      ['农村村庄环境卫生考核评分', 45, [4, 9]],
    ]);
    expect(r.total).toBe(50);
  });

  it('says in Chinese which columns are missing and what was found, never a schema path', () => {
    const r = importTable(
      grid([
        ['序号', '考核项目', '负责考核部门'],
        ['1', '组织领导', '县委办'],
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe(
      '找不到表头：第1行只认出 “序号”（序号）、“考核项目”（名称）、“负责考核部门”（考核方式），缺少分值列（分值、分数、标准分、各项分值等）或评分列（评分标准、评分细则、计分办法、考核内容等）',
    );
  });
});

describe('layouts of real tables (held out, taught after their second run)', () => {
  const credit = [
    ['信息属性', '信息类别', '信息层级', '评价标准', '信用赋分'],
    ['失信信息', '党建领域', '区村级', '承诺的年度目标完不成的，或者是触 碰农村干部“负面清单”的', '-10'],
    ['↑', '↑', '↑', '村“两委”干部出现违纪违法行为的,每有1人，党组织书记扣分', '-5'],
    ['↑', '↑', '区级', '“两委”干部之间不团结，甚至相互拆 台、上访造成恶劣影响的，责任双方 分别扣分', '降B级'],
  ];

  it('says plainly why a table of deductions alone cannot be scored (wendeng)', () => {
    const r = importTable(grid(credit));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe(
      '表中没有总分，也没有得分的项目：“信用赋分”一栏只有扣分（-10、-5）和降级等，算不出得分。若从起评分扣起，请在表中加一行“起评分”并填上分数（如 100）后再导入',
    );
  });

  it('reads a 起评分 row as what every row deducts from, each its amount in the points column (wendeng)', () => {
    const r = ok(grid([...credit, ['起评分', '', '', '', '100']]));
    const [item] = items(r);
    expect([r.total, items(r).length, item?.cap, item?.maxDeduction]).toEqual([100, 1, 100, 100]);
    expect(
      item?.clauses.map((c) => [c.points, c.rule.kind === 'deduct' && c.rule.inputs.map((i) => [i.unit, i.per])]),
    ).toEqual([
      [100, [['次', 10]]],
      [0, [['次', 5]]],
      [0, [['分', 1]]],
    ]);
  });

  it('reads a total written first, and headings with 13项 and their own points as sections, never items (tuopin)', () => {
    const r = ok(
      grid([
        ['考核指标', '评价内容', '评价标准', '计分条件', '计分分值', '数据来源', '考核部门(单位)'],
        ['4个一级指标、7个二级指标', '21项', '-', '-', '100', '-', '-'],
        ['一、减贫成效', '13项', '-', '-', '65', '-', '-'],
        ['(一)贫困人口脱贫', '7项', '-', '-', '40', '-', '-'],
        [
          '1.省下达年度计划完成情况',
          '(2)义务教育保障',
          '达标率(%)。',
          '达标率100%计满分;每减少0.1个百分点扣1分,扣完为止。',
          '4',
          '部门考核结果',
          '市教育局',
        ],
      ]),
    );
    expect([r.total, r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => [i.name, i.cap])])]).toEqual([
      100,
      [['贫困人口脱贫', 40, [['义务教育保障', 4]]]],
    ]);
  });

  it('flags a row with no rule under a name whose other row has one (helan 免疫质量: 牛 / 羊)', () => {
    const r = ok(
      grid([
        ['项目', '内容', '细节', '分值'],
        [
          '三、强制免疫项 目',
          '免疫质量',
          '牛检测2个指标:口蹄疫0型、A型免疫抗体。每项指标为5分,检测 合格率270%得满分, 每少5%扣1分,以我 县抽查为准。',
          '10',
        ],
        ['↑', '↑', '羊检测2个指标:口蹄疫0型和小反刍兽疫免疫抗体。', '10'],
      ]),
    );
    const sheep = r.clauses.find((c) => c.text.startsWith('羊检测'));
    expect([sheep?.flagged, sheep?.readAs]).toEqual([true, 'judgement (unread)']);
    expect(sheep?.warnings[0]).toContain('同一项目下的其他行有');
  });

  it('takes the innermost heading with points as the section ((一)考核内容与分值 over 1、组织保障(20分)) (liyang)', () => {
    const r = ok(
      grid([
        ['项目(分值)', '考核要求及扣分'],
        ['(一)考核内容与分值', ''],
        ['1、组织保障(20分)', ''],
        ['(1)做好秸秆禁烧宣传工作(2分)。', '自然村张贴公告每少1张扣0.5分,群众不知晓禁烧工作的发现一次扣0.5分。'],
      ]),
    );
    expect([r.total, r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => [i.name, i.cap])])]).toEqual([
      20,
      [['组织保障', 20, [['做好秸秆禁烧宣传工作', 2]]]],
    ]);
  });
});

describe('layouts issue 14 quotes from real tables', () => {
  it('reads a 六、奖扣分项目 block whose amounts are in the words: bonuses and penalties, not 0–0分', () => {
    const r = ok(
      grid(
        [
          ['序号', '考核项目', '分值', '评分标准'],
          ['1', '组织领导', '10', '未成立领导小组的扣5分,未研究部署的扣5分。'],
          ['六、奖扣分项目', '', '', ''],
          ['1', '经验推广', '', '工作经验在省、市县得到肯定和推广的，分别加5分、3分、2分,累计最高加5分。'],
          ['2', '通报批评', '', '被市级以上通报批评的,每次扣3分。'],
        ],
        [{ top: 2, left: 0, bottom: 2, right: 3 }],
      ),
    );
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap, a.clauses[0]?.rule.kind])).toEqual([
      ['bonus', 5, 'award'],
      ['penalty', 10, 'deduct'],
    ]);
    expect(r.clauses.some((c) => c.warnings.join().includes('0–0分'))).toBe(false);
    expect(r.warnings).toContain('第 p1 项“通报批评”原表未写加（扣）分上限，按总分 10 分为限');
  });

  it('asks whether an item applies where the words say 没有年度任务的按缺项考核计分', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '分值', '评分标准'],
        ['1', '重点项目', '5', '完成年度任务的得5分,未完成不得分;没有年度任务的按缺项考核计分。'],
        ['2', '信息报送', '5', '每少报一篇扣1分。'],
      ]),
    );
    expect(items(r)[0]?.notApplicable).toMatchObject({ mode: 'rescale', input: { label: '本项适用（有此项任务）' } });
  });
});

describe('layouts issue 14 quotes from real tables (2)', () => {
  it('reads the only name column written again on every row, 班子和党风廉建设(20分), as one section', () => {
    const r = ok(
      grid([
        ['考核内容', '分值', '评分标准'],
        ['班子和党风廉建设(20分)', '10', '班子成员被查处违纪违法的,每人次扣5分。'],
        ['班子和党风廉建设(20分)', '10', '未签订党风廉政建设责任书的扣5分,未开展警示教育的扣5分。'],
        ['作风建设(10分)', '10', '被通报批评的,每次扣2分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.length])).toEqual([
      ['班子和党风廉建设', 20, 2],
      ['作风建设', 10, 1],
    ]);
    expect(r.warnings.filter((w) => /标注|不符/.test(w))).toEqual([]);
  });

  it('reads blocks per department (按部门分值各60分考核) as one rubric each, and says so', () => {
    const rows = (dept: string): string[][] => [
      [dept, '工作落实', '40', '每少完成一项扣5分。'],
      ['↑', '信息报送', '20', '每少报一篇扣1分。'],
    ];
    const r = ok(
      grid(
        [
          ['县直部门目标考核细则（按部门分值各60分考核）', '', '', ''],
          ['考核部门', '考核项目', '分值', '评分标准'],
          ...rows('县委办'),
          ...rows('县政府办'),
          ...rows('县财政局'),
        ],
        [{ top: 0, left: 0, bottom: 0, right: 3 }],
      ),
    );
    expect(r.blocks.map((b) => [b.rubric.title, b.total, b.rubric.sections.flatMap((s) => s.items).length])).toEqual([
      ['县直部门目标考核细则（按部门分值各60分考核）（县委办）', 60, 2],
      ['县直部门目标考核细则（按部门分值各60分考核）（县政府办）', 60, 2],
      ['县直部门目标考核细则（按部门分值各60分考核）（县财政局）', 60, 2],
    ]);
    expect(r.warnings[0]).toBe('本表按部门分块，各60分：分为 3 张细则（县委办、县政府办、县财政局），这是“县委办”一张');
  });
});

describe('layouts issue 14 quotes from real tables (3)', () => {
  it('keeps a 说明 merged down a block out of its rows’ clauses, and says so', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '分值', '评分标准', '说明'],
        ['1', '隐患排查', '10', '每发现一处隐患未整改扣2分。', '本部分各项扣分累计不超过10分,由县应急局考核'],
        ['2', '宣传培训', '5', '每少开展一次扣1分。', '↑'],
        ['3', '应急演练', '5', '未开展演练的扣5分。', '↑'],
      ]),
    );
    expect(r.clauses.map((c) => c.text)).toEqual([
      '每发现一处隐患未整改扣2分。',
      '每少开展一次扣1分。',
      '未开展演练的扣5分。',
    ]);
    expect(r.warnings).toContain(
      '说明栏“本部分各项扣分累计不超过10分,由县应急局考核”合并在多行，未计入各条评分，请核对是否适用于整块',
    );
  });

  it('reads a table that starts from 起评分100分 and only deducts as one block of shared points', () => {
    const r = ok(
      grid(
        [
          ['安全生产目标考核细则（起评分100分，扣完为止）', ''],
          ['序号', '评分标准'],
          ['1', '发生一般安全事故的,每起扣20分。'],
          ['2', '隐患整改不到位的,每处扣2分。'],
        ],
        [{ top: 0, left: 0, bottom: 0, right: 1 }],
      ),
    );
    const [item] = items(r);
    expect([r.total, items(r).length, item?.cap, item?.clauses.map((c) => c.points)]).toEqual([100, 1, 100, [100, 0]]);
  });
});

import { grid, items, ok, only, warned } from './real-grid';

/** The pieces the forty-first round of unseen tables (tables/fresh41) taught, in the tables' own words. */

describe('layouts of the forty-first round', () => {
  const rows = [
    ['供气质量', '1', '供应的燃气应符合GB50494的规定;', '1、查阅资料;2、现场查看。'],
    ['↑', '2', '向用户公布所供应燃气的种类、组分、热值和供气压力等质量信息。', '↑'],
    ['新增用户', '3', '制定和公布燃气用户用气条件;', '1、查阅资料;2、现场查看。'],
    ['↑', '4', '与用户签订合同,合同内容符合国家相关规定。', '↑'],
  ];
  const head = ['检查项目', '序号', '检查内容', '检查要求'];

  it('满分100分每项2分 alone on the first row: every item worth 2, the total 100 said against what is seen — no item of its own (zipingranqi)', () => {
    const r = ok(grid([head, ['满分100分每项2分', '', '', ''], ...rows]));
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 2, 2]);
    expect(items(r).some((i) => i.name.includes('满分'))).toBe(false);
    // (The one name merged down over numbered rows: the section, the rows its items.)
    expect(r.rubric.sections.map((s) => [s.name, s.items.length])).toEqual([
      ['供气质量', 2],
      ['新增用户', 2],
    ]);
    expect(warned(r)).toMatch(/8[^0-9].*100|100[^0-9].*8/);
  });

  it('the same said above the header (zipingranqi as a clerk keeps it)', () => {
    const r = ok(
      grid([['瓶装燃气企业规范服务考核评价表', '', '', ''], ['满分100分每项2分', '', '', ''], head, ...rows]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 2, 2]);
  });
});

describe('more layouts of the forty-first round', () => {
  const head = ['項 目', '內 容', '評 分 標 準', '分值'];

  it('a rule and its points merged down together over rows of requirements under one name: one item, its pool (pingshenyake)', () => {
    const r = ok(
      grid([
        head,
        ['牙椅', '至少設有4臺牙科治療椅', '達不到要求不得分', '10'],
        ['人員', '每牙椅至少配備1.03名衛生技術人員', '有一項達不到標準扣5分,扣完為止。', '15'],
        ['↑', '至少有2名口腔科醫生(牙椅超過4臺的,每增設4臺牙椅,至少增加1名口腔科醫生)', '↑', '↑'],
        ['↑', '醫生與護理人員之比不低于1:1', '↑', '↑'],
        ['注冊資金', '13萬元', '達不到要求不得分', '10'],
        ['規章制度', '各項規章制度齊全', '相見制度規程評分表', '10'],
        ['↑', '人員崗位責任制', '↑', '↑'],
      ]),
    );
    expect(r.rubric.total).toBe(45);
    expect(items(r).map((i) => i.cap)).toEqual([10, 15, 10, 10]);
    const staff = items(r)[1];
    expect(staff?.clauses).toHaveLength(3);
    expect(staff?.clauses.every((c) => c.rule.kind === 'deduct')).toBe(true);
    // (至少增加1名口腔科醫生 adds no points: the requirement keeps its words.)
    expect(staff?.clauses[1]?.text).toContain('至少有2名口腔科醫生');
    // (牙椅 | 至少設有4臺牙科治療椅: a row alone under its name keeps what it requires.)
    expect(items(r)[0]?.clauses[0]?.text).toContain('至少設有4臺牙科治療椅');
    // (13萬元: a sum of money, not a number before a name.)
    expect(JSON.stringify(r.rubric)).toContain('13萬元');
  });

  it('有1人達不到要求不予執業許可 / 直接评定为不符合要求: the outcome settled whatever the points, a veto (pingshenyake, jiguanbaomi)', () => {
    expect(only('有1人達不到要求不予執業許可').veto).toBeDefined();
    expect(only('发生严重泄密案件,依法移送司法机关处理的:直接评定为不符合要求。').veto).toBeDefined();
  });

  it('在市、区教研活动中作中心发言 | 加5分/每人次 under 分值, 备注 empty: the points cell says how it scores, nothing lost (pingjiaoyan)', () => {
    const r = ok(
      grid([
        ['项目', '考核细目', '分值', '备注'],
        ['组内建设', '教研组学期工作有计划、有总结、有详细的活动记录。', '15', '每项5分'],
        ['↑', '5年以下青年教师有对应的指导教师,开展相互听课。', '5', ''],
        ['市区教研活动', '在市、区教研活动中作中心发言', '加5分/每人次', ''],
        ['↑', '承担全市、区公开课或专题研讨课', '加5分/每人次', ''],
      ]),
    );
    const all = JSON.stringify(r.rubric);
    expect(all).toContain('作中心发言');
    expect(all).toContain('专题研讨课');
    // (有计划、有总结、有详细的活动记录 | 15 | 每项5分: three things, 5 each.)
    const plan = items(r)[0]?.clauses[0]?.rule;
    expect(plan?.kind === 'checklist' && plan.inputs.map((i) => i.points)).toEqual([5, 5, 5]);
  });

  it('(一)对委局相关室的考核内容 … (二)对派驻纪检组…的信访考核内容: a table for each; 抓信访工作3分。未成立…扣1分 the points (jijianxinfang)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '考核对象及内容'],
        ['(一)', '对委局相关室的考核内容'],
        ['1、', '按期回复已办结信访件计2分,少1件次扣0.5分。'],
        ['2、', '对交办的信访件及时办理计3分,每少一件扣1分。'],
        ['(二)', '对派驻纪检组、监察室和乡镇纪委的信访考核内容'],
        [
          '1、',
          '成立信访领导小组和工作机构,落实专(兼)职人员抓信访工作3分。未成立领导小组的,扣1分;无专门机构的,扣1分。',
        ],
        ['2、', '按期回复已办结信访件计5分,少1件次扣2分。'],
      ]),
    );
    expect(r.blocks).toHaveLength(2);
    expect(r.blocks.map((b) => b.rubric.sections.flatMap((s) => s.items.map((i) => i.cap)))).toEqual([
      [2, 3],
      [3, 5],
    ]);
  });
});

describe('words of the forty-first round', () => {
  it('㈠项目监理管理资料三十分 over items of 0.6 + 1.0 + 0.1 + 0.1 + 3.0 + 0.3: the section’s 30 in words, the items’ 5.1 exact (xiangmujianli)', () => {
    const r = ok(
      grid([
        ['类别', '序号', '考核项目', '考核及检查内容', '标准分数'],
        ['㈠项目监理管理资料三十分', '1', '上墙资料', '按规定上墙资料(六项)每项0.1分', '0.6'],
        ['↑', '2', '上岗证件', '监理人员上岗证件齐全(十项)每项0.1分', '1.0'],
        ['↑', '3', '检查工具', '常规检查工具应齐全;(1 项)', '0.1'],
        ['↑', '4', '必备资料', '监理表格准备应齐全(1 项)', '0.1'],
        ['↑', '5', '监理台帐', '材料及试块见证取样台帐(十项)每项0.3分', '3.0'],
        ['↑', '6', '办公用品台帐', '办公用品领用管理台帐(三项)每项0.1分', '0.3'],
      ]),
    );
    expect(r.rubric.sections[0]?.name).toBe('项目监理管理资料');
    expect(warned(r)).toMatch(/30/);
    expect(items(r).reduce((a, i) => a + Number(i.cap), 0)).toBeCloseTo(5.1, 9);
    expect(String(r.rubric.total)).toMatch(/^(?:5\.1|30)$/);
  });

  it('落实好…监察员和…信息员,配合…巡回监察工作(5分)。未落实监察人员的扣2分: a title with commas, its own 5 — not its section’s 45 (cunguotu)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '耕地保护(20分)'],
        ['1、', '严格执行土地利用总体规划(5分)。发现1起违反规划的扣5分。'],
        ['2、', '无抛荒土地(15分)。发现1宗扣2分,扣完为止。'],
        ['(二)', '土地执法监察、土地信访工作(45分)'],
        [
          '1、',
          '落实好村组土地执法监察员和土地监察信息员,配合政府部门开展土地巡回监察工作(5分)。未落实监察人员的扣2分;不配合巡',
        ],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 15, 5]);
  });
});

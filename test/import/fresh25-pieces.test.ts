import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the twenty-fifth round of unseen tables (tables/fresh25) taught, in the tables' own words. */

describe('layouts of the twenty-fifth round', () => {
  it('考核标准 …(2分) | 扣分/加分情况 …发现一次扣1分: the deductions are the rule, the (2分) the row’s points (weiminfuwu)', () => {
    const r = ok(
      grid([
        ['考核内容', '考核标准', '扣分/加分情况', '考核办法'],
        [
          '场所设施设备(10分)',
          '1.“为民服务中心”标识醒目,办事引导、停车等标志标牌易于识别。(2分)',
          '标识不醒目,发现一次扣1分;标识标牌不宜识别,发现一次扣0.5分。',
          '看现场',
        ],
        [
          '↑',
          '2.科学划分咨询导服、窗口服务、自助服务、政务公开、休息等候等功能区域。(2分)',
          '未科学划分功能区域的,每发现一处扣0.5分。',
          '看现场',
        ],
        ['↑', '3.窗口配备办公电话、电脑、高拍仪、打印机等必要的办公设备。(2分)', '每缺一项扣0.2分。', '看现场'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 2]);
    const rules = clauses(r).map((c) => c.rule);
    expect(rules.map((x) => x.kind)).toEqual(['deduct', 'deduct', 'deduct']);
    // 发现一次扣1分: the lapse is the phrase before 发现.
    const [first] = rules;
    expect(first?.kind === 'deduct' && first.inputs.map((i) => i.label)).toEqual([
      '标识不醒目（次数）',
      '标识标牌不宜识别（次数）',
    ]);
  });

  it('一 | 队伍建设好 | 100 | (empty) over 1 | 项目部班子建设 | 20 | (empty) over 1-1 …: titles, the outer’s 100 said (xiangmubu)', () => {
    const r = ok(
      grid([
        ['序号', '考核内容及标准', '标准分数', '评分规定'],
        ['一', '队伍建设好', '100', ''],
        ['1', '项目部班子建设', '20', ''],
        [
          '1-1',
          '项目班子健全,配备得力,成员称职,职责清楚,分工明确。',
          '6',
          '1、班子不健全,不符合合同规定和项目法施工规范的要求,扣3分。2、班子成员分工不明确,职责不清扣3分。',
        ],
        [
          '1-2',
          '项目班子团结敬业,整体功能发挥好。',
          '5',
          '1、班子成员有不团结现象扣3分。2、管理出现盲点,影响工作扣2分。',
        ],
        ['1-3', '项目部有工作制度和议事制度,并能严格执行。', '9', '1、没有工作制度和议事制度扣3分。'],
        ['2', '项目部党工团作用的发挥', '35', ''],
        ['2-1', '坚持党建工作“三同时”、“三基本”原则。', '5', '1、项目部党组织不健全扣2分。2、党组织分工不明确扣2分。'],
        [
          '1-4',
          '项目班子建设获奖加分项(不在基础分以内;仅就最高级别加分,不作累加)。',
          '',
          '1、项目部班子成员因在本项目上表现突出被评为业主单位、集团、省(部)、国家级优秀项目经理的,分别加3分、5分、8分、10分。',
        ],
      ]),
    );
    // No title is an item; the 100 over 55 is said, never dropped.
    expect(items(r).map((i) => i.cap)).toEqual([6, 5, 9, 5]);
    expect(warned(r)).toContain('“队伍建设好”标注 100 分，但其下各部分合计 55 分');
    // 管理出现盲点,影响工作扣2分 is a lapse as 不团结 is.
    expect(r.blocks[0]?.clauses.filter((c) => c.item.startsWith('1')).every((c) => !c.flagged)).toBe(true);
    // 仅就最高级别加分: the highest level won, one pick, at most 10.
    const [bonus] = r.rubric.adjustments ?? [];
    expect(bonus?.cap).toBe(10);
    const rule = bonus?.clauses[0]?.rule;
    expect(rule?.kind === 'levels' && rule.levels.map((l) => l.points)).toEqual([3, 5, 8, 10, 0]);
  });

  it('晨间接待(2分: / 晨间活动5分: as names: their points, the bracket left open (yirichanggui)', () => {
    const r = ok(
      grid([
        ['编号', '项目', '要求及扣分'],
        ['一、', '教师日常工作督查常规(40分)', ''],
        ['(一)', '晨间接待(2分:', '值班教师在活动室门口精神饱满的迎接孩子入园,(不在门口迎接家长一次扣0.5分)。'],
        ['(二)', '晨间活动5分:', '为幼儿准备充足的活动材料,并按活动计划开展相关活动。(不合理安排者一次扣1分)'],
        ['(三)', '盥洗及入厕3分:', '盥洗及入厕时有序组织幼儿。(入厕不组织拥挤混乱扣1分,洗手幼儿衣服、头发打湿扣1分)'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['晨间接待', 2],
      ['晨间活动', 5],
      ['盥洗及入厕', 3],
    ]);
    // …扣1分,洗手幼儿衣服、头发打湿扣1分: the second lapse of the list, read.
    expect(r.blocks[0]?.clauses.every((c) => !c.flagged)).toBe(true);
  });
});

describe('rule words of the twenty-fifth round', () => {
  it('…:得满分;发现桌椅凌乱:每次扣0.5分;…垃圾未及时清理:扣2分: several lapses, one deduction (banzhuren)', () => {
    const c = only(
      '每周按时检查两次,桌椅摆放整齐、无垃圾:得满分;发现桌椅凌乱:每次扣0.5分;地面有纸眉、杂物:每次扣1分;墙面有灰尘或涂鸦:每次扣1分;垃圾未及时清理:扣2分;若长期未清理,每次扣3分。',
      10,
    );
    expect(c.flagged).toBe(false);
    expect(c.clause.rule.kind === 'deduct' && c.clause.rule.inputs.map((i) => i.per)).toEqual([0.5, 1, 1, 2, 3]);
  });

  it('教师不在午睡室内扣1分,睡着扣2分,尿床扣1分: the list’s later lapses (yirichanggui); 2人次重修扣4分 is no lapse of it', () => {
    const c = only('(教师不在午睡室内扣1分,睡着扣2分,尿床扣1分)', 5);
    expect(c.clause.rule.kind === 'deduct' && c.clause.rule.inputs.map((i) => i.per)).toEqual([1, 2, 1]);
    const steps = only('一学年中支委中有1人次重修扣2分,2人次重修扣4分,3人次重修扣5分。', 5);
    expect(steps.clause.rule.kind === 'deduct' && steps.clause.rule.inputs.length).not.toBe(3);
  });

  it('每位未佩戴校牌:扣0.5分,累计扣分上限为5分: the 5 is a ceiling (banzhuren)', () => {
    const c = only('每位未佩戴校牌:扣0.5分,累计扣分上限为5分。', 12);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule).toMatchObject({ kind: 'deduct', ceiling: 5 });
  });
});

import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the nineteenth round of unseen tables (tables/fresh19) taught, in the tables' own words. */

describe('layouts of the nineteenth round', () => {
  it('(5分) in the points column; a 注 below numbering rows ⑷⑺ gives them its rule (beikezu)', () => {
    const r = ok(
      grid([
        ['考核项目', '考核内容', '考核分数'],
        ['集体备课', '⑷每周一次集体备课活动正常开展,没有无故缺席者;', '(5分)'],
        ['↑', '⑸有详实的集体备课活动记载;', '(5分)'],
        ['↑', '⑹有统一的主体参与课堂模式教学案,体现二次备课和分层教学,重视课后反思。', '(5分)'],
        ['课堂教学', '⑺教师能熟练运用主体参与教学模式进行教学,且常态化;', '(5分)'],
        ['注:考核内容中⑷⑺以学校平时检查为依据,发现违规一次扣1分。⑸⑹根据期中、期末教学工作检查发现一人次违规,即扣1分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 5, 5]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'deduct', 'deduct', 'deduct']);
    expect(warned(r)).not.toContain('原表是否到此不完整');
  });

  it('評分標準:1.不達標準該項不得分 below rows that only say what they ask: met or not (yaojike)', () => {
    const r = ok(
      grid([
        ['質量項目指標', '分值'],
        ['1.無過期失效藥品。', '8'],
        ['2.無發霉、變質藥品。', '8'],
        ['13.無責任事故。', '5'],
        ['評分標準:1.不達標準該項不得分。2.達標項目按該得分比率計分。'],
      ]),
    );
    expect(clauses(r).map((c) => [c.rule.kind, c.points])).toEqual([
      ['yesno', 8],
      ['yesno', 8],
      ['yesno', 5],
    ]);
  });

  it('财政财务管理计30分: over paragraphs with their own points: a title, not an item (xiangcaizhengsuo)', () => {
    const r = ok(
      grid([
        ['条文'],
        ['财政财务管理计30分:'],
        ['加强乡、村两级资金管理,严格控制支出,确保乡、村两级的正常运转计4分,未做到的,本项不计分。'],
        ['及时将上级会议精神和财政部门的文件向乡党委政府汇报、批阅(以文字记录为准),计2分,未按要求做到的,每次扣0.5分。'],
        ['b、农村综合改革,计20分。'],
        ['村级一事一议程序规范,项目通过村民会议或村民代表决议,计2分,否则不计分;'],
        ['建立一事一议财政奖补项目库,及时做好项目申报、验收、资金拨付及财务处理等工作,计2分,否则不计分;'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['财政财务管理', 30],
      ['农村综合改革', 20],
    ]);
    expect(items(r).map((i) => i.cap)).toEqual([4, 2, 2, 2]);
  });

  it('类别 | 分数 merged | 内容 with (3分) each: the merged figure is the group’s, each row an item (shengxian)', () => {
    const r = ok(
      grid([
        ['序號', '類別', '分數', '內容', '扣分標準'],
        [
          '1',
          '商品陳列',
          '14',
          '1、商品陳列量標準化(陳列量少,有露邊、露底超過10%)(3分)',
          '2支商品扣1分,3-5支商品扣2分',
        ],
        ['2', '↑', '↑', '2、商品臺面殘次品挑選標準化(4分)', '3支商品扣2分,4-6支商品扣3分'],
        ['3', '↑', '↑', '3、商品陳列安全性標準化(是否易滑落、易壓傷)(3分)', '1支商品扣1分'],
        ['4', '↑', '↑', '4、商品大小果陳列標準化(2分)', '2支商品扣1分,2支商品以上扣2分'],
        ['5', '↑', '↑', '5、季節性商品陳列面積標準化(銷量大,陳列面積?。?分)', '1支商品扣1分'],
      ]),
    );
    // (5、…(?分): its figure lost, it has none — not the group's 14.)
    expect(items(r).map((i) => i.cap)).toEqual([3, 4, 3, 2, 0]);
    expect(r.rubric.sections.map((s) => s.cap)).toEqual([14]);
    // (The group's 14 against its rows' 12: said, not made up.)
    expect(warned(r)).toContain('“商品陳列”标注 14 分，但所含各项合计 12 分');
  });

  it('分类 names the groups; 考核依据 is how it is checked (kepuxiaoqu)', () => {
    const r = ok(
      grid([
        ['分类', '序号', '测评内容', '考核依据', '分值'],
        ['科普组织', '1', '有完善的科普工作网络,并能定期开展活动', '名册、活动记录', '5'],
        ['↑', '2', '建立健全的科普工作档案且分类设置、有电脑资料信息库', '档案资料检查', '5'],
        ['科普设施', '3', '建有科普活动室(可兼用)每周开放不少于10小时', '统计资料、实查', '4'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['科普组织', '科普设施']);
    expect(items(r).map((i) => i.method)).toEqual(['名册、活动记录', '档案资料检查', '统计资料、实查']);
  });
});

describe('language of the nineteenth round', () => {
  it('在市级、省级、国家级杂志上发表…(1、3、5分) / 获得市、省、国家表彰。(1、3、5分): levels (jiaxiaohezuo)', () => {
    for (const text of [
      '家庭教育或家校合作论文(文章)或研究成果在市级、省级、国家级杂志上发表或会议上交流。(1、3、5分)',
      '家长学校获得市、省、国家表彰。(1、3、5分)',
    ])
      expect(only(text, 5).clause.rule).toMatchObject({
        kind: 'levels',
        levels: [{ points: 1 }, { points: 3 }, { points: 5 }],
      });
  });

  it('有4 分, 没有的扣4分: had or not; 配备较好…加3分,有电教设备加2分 worth 5: two things earned (feigongzhendi)', () => {
    expect(only('有4 分, 没有的扣4分', 4).flagged).toBe(false);
    const r = ok(
      grid([
        ['序号', '项目', '分值', '评分标准'],
        [
          '4',
          '要有匹配的桌椅板凳橱,有条件的企业要配备电教设备',
          '5',
          '看现场, 配备较好、整洁排放, 加3分,有电教设备加2分。',
        ],
      ]),
    );
    expect(clauses(r)[0]?.rule).toMatchObject({ kind: 'checklist', inputs: [{ points: 3 }, { points: 2 }] });
  });
});

describe('what the nineteenth round still taught after its first fixes (shetuan, back in the suite after fresh21)', () => {
  it('A1 社团制度齐全 (7分) over 1. 社团有完整章程(7分) 2. 社团章程不完整(3分): one of two states, worth 7', () => {
    const r = ok(
      grid([
        ['一级指标', '二级指标', '观测点及分值'],
        ['A社团运行情况 (30分)', 'A1 社团制度齐全 (7分)', '1. 社团有完整章程(7分) 2. 社团章程不完整(3分)'],
        [
          '↑',
          'A2 社团换届工作 (8分)',
          '1. 换届前一周向组织部备案,提交换届登记表(4分) 2. 换届后一周内向组织部提交社团干部表(4分)',
        ],
        [
          '↑',
          'A4 社团活动开展 (15分)',
          '1. 活动数量每学期3个及以上(12分) 2. 活动数量不足3个,每个活动按1分计 3. 活动开展前,1次活动审批计3分',
        ],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([7, 8, 15]);
    expect(clauses(r)[0]?.rule).toMatchObject({ kind: 'levels', levels: [{ points: 7 }, { points: 3 }] });
    expect(clauses(r)[1]?.rule).toMatchObject({ kind: 'checklist', inputs: [{ points: 4 }, { points: 4 }] });
    // …每个活动按1分计 3. 活动开展前…: the 3 numbers the next part; no deduction of 3 per activity.
    expect(
      clauses(r)
        .slice(2)
        .some((c) => c.rule.kind === 'deduct' && (c.rule as { inputs: { per: number }[] }).inputs[0]?.per === 3),
    ).toBe(false);
  });
});

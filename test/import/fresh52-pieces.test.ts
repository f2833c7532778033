import { clauses, grid, items, ok } from './real-grid';
import { splitName } from '../../src/core/import/names';
import { readRule } from '../../src/core/import/rule-text';

/** The pieces the fifty-second round of unseen tables (tables/fresh52) taught, in the tables' own words. */

describe('layouts of the fifty-second round', () => {
  it('指标 | 分值 | 考评主要内容及具体分值 (over two columns) | 扣分标准: the section’s points, the content, its own points (nanchangkaodian)', () => {
    const g = grid([
      ['指标', '分值', '考评主要内容及具体分值', '', '扣分标准', '扣分'],
      [
        '组织领导',
        '15分',
        '领导重视,机构健全,分工合理,职责分明。',
        '5分',
        '领导不重视,机构不健全或职责不明各扣2分。',
        '',
      ],
      ['↑', '↑', '认真选聘监考人员,开好考前监考人员培训会。', '6分', '不认真选聘监考人员扣2分。', ''],
      [
        '↑',
        '↑',
        '认真总结经验,考前有布置、考后有考评和工作小结。',
        '4分',
        '考前不认真布置或考后不认真考评、小结各扣1分。',
        '',
      ],
    ]);
    const r = ok({ ...g, merges: [...g.merges, { top: 0, left: 2, bottom: 0, right: 3 }] });
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['组织领导', 15]]);
    expect(items(r).map((i) => i.cap)).toEqual([5, 6, 4]);
  });

  it('一 栏舍 10 分 over its rows where the outer name is cut away: that name is the section (yangzhuchang)', () => {
    const r = ok(
      grid([
        ['验收项目', '考核内容', '考核具体内容及评分标准', '满分'],
        ['一 选址与布局 15 分', '一 选址 6 分', '水源充足 通风良好得 1 分 供电稳定得 1 分', '2'],
        ['↑', '↑', '距离居民区 500 米以上 得 2 分', '2'],
        ['↑', '↑', '每头能繁母猪占地 40m2 以上 每减少 2m2扣 1 分', '2'],
        ['', '一 栏舍 10 分', '每头能繁母猪配套建设 12m2栏舍 任一项减少 0.5 m2扣 1 分', '8'],
        ['', '↑', '有独立的后备猪隔离舍,无隔离舍扣 2 分', '2'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      [expect.stringMatching(/选址与布局$/), 15],
      [expect.stringMatching(/栏舍$/), 10],
    ]);
  });

  it('必备条件(任一项不符合不得验收) merged over conditions, then the scored part under its own header: vetoes of one table (yangzhuchang)', () => {
    const r = ok(
      grid([
        ['验收项目', '考核内容', '考核具体内容及评分标准', '满分'],
        ['必备条件(任一项不符合不得验收)', '1 场址不得位于畜牧法明令禁止区域', '', ''],
        ['↑', '2 具备动物防疫条件合格证', '', ''],
        ['↑', '可以验收 不予验收', '', ''],
        ['验收项目', '考核内容', '考核具体内容及评分标准', '满分'],
        ['选址', '水源', '水源充足 通风良好得 1 分 供电稳定得 1 分', '2'],
        ['↑', '距离', '距离居民区 500 米以上 得 2 分', '2'],
      ]),
    );
    expect(r.blocks).toHaveLength(1);
    expect(r.rubric.vetoes?.map((v) => v.label)).toEqual([
      expect.stringMatching(/明令禁止区域/),
      expect.stringMatching(/动物防疫条件合格证/),
    ]);
    expect(r.rubric.total).toBe(4);
  });

  it('| | 100 closing rows whose first two share a merged 20: the total, not an item (chubanpishu)', () => {
    const r = ok(
      grid([
        ['考核项目', '考核指标', '分值', '评分细则'],
        ['社会效益 (40分)', '国内主要媒体的报道情况', '20', '新华社报道加2分。'],
        ['↑', '地方皮书在当地媒体的报道情况', '↑', '每报道一篇加1分。'],
        ['↑', 'Baidu检索网页数量', '20', '每1万篇网页加1分。'],
        ['经济效益 (60分)', '单书利润', '60', '每增加5000元加1分。'],
        ['', '', '100', ''],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(items(r).some((i) => i.cap === 100)).toBe(false);
  });

  it('存在左列四种情况之一的，为不合格档案 | 1: a veto that keeps its 1 point (ganbudangan)', () => {
    const r = ok(
      grid([
        ['编号', '评分标准', '总分', '评分方法'],
        ['1', '《干部履历表》所填信息应真实准确', '1', '存在左列四种情况之一的，为不合格档案。'],
        ['2', '新任干部任命后两个月内报送档案', '3', '逾期报送的，扣 3 分'],
      ]),
    );
    expect(r.rubric.total).toBe(4);
    expect(items(r).map((i) => i.cap)).toEqual([1, 3]);
    expect(r.rubric.vetoes).toHaveLength(1);
    expect(clauses(r)[0]?.rule.kind).toBe('yesno');
  });
});

describe('language of the fifty-second round', () => {
  it('考场外围无警戒线和未公布《考生守则》、《违纪处罚规定》、《考场分布图》各扣1分: four lapses, the first two joined by 和 (nanchangkaodian)', () => {
    const [read] = readRule(
      '1',
      '考场外围无警戒线和未公布《考生守则》、《违纪处罚规定》、《考场分布图》各扣1分。',
      5,
      'base',
    ).readings;
    expect(read?.clause.rule.kind).toBe('deduct');
    const rule = read?.clause.rule;
    expect(rule?.kind === 'deduct' ? rule.inputs.map((x) => x.per) : []).toEqual([1, 1, 1, 1]);
  });

  it('青年比例少于60%扣2分,…年龄大于35周岁扣2分: two lines crossed, 2 each — no step of 60% (wenminghao)', () => {
    const [read] = readRule('1', '青年比例少于60%扣2分,创建集体主要负责人年龄大于35周岁扣2分。', 4, 'base').readings;
    expect(read?.flagged).toBe(false);
    expect(JSON.stringify(read?.clause.rule)).toMatch(/青年比例少于60%/);
    expect(JSON.stringify(read?.clause.rule)).toMatch(/年龄大于35周岁/);
  });

  it('重点出版物(产品)印刷情况(0-10分): a range from nothing, its top the points (baozhangqiye)', () => {
    expect(splitName('重点出版物(产品)印刷情况(0-10分)')).toEqual({ name: '重点出版物(产品)印刷情况', cap: 10 });
  });
});

import { clauses, grid, items, ok } from './real-grid';
import { readRule } from '../../src/core/import/rule-text';

/** The pieces the fifty-third round of unseen tables (tables/fresh53) taught, in the tables' own words. */

describe('layouts of the fifty-third round', () => {
  it('考核项目 | 扣分情形 | 扣分标准 with 每发生一项扣3分,扣满6分止: the lapse beside it is what is counted (caikuaijiandu)', () => {
    const r = ok(
      grid([
        ['考核项目', '扣分情形', '扣分标准'],
        ['(三)执行财务会计核算管理(8分)', '未按规定对住房公积金增值收益进行分配', '扣3分'],
        ['↑', '未按财政部门批准的管理费用预算执行', '扣5分'],
        ['↑', '未按规定实行管理费用收支两条线管理', '扣5分'],
        ['↑', '未按规定的会计科目进行会计核算', '每发生一项扣3分,扣满6分止'],
      ]),
    );
    const cs = clauses(r);
    expect(cs[cs.length - 1]?.text).toMatch(/^未按规定的会计科目进行会计核算/);
    expect(r.warnings.join('\n')).not.toMatch(/扣满6分止/);
  });

  it('序号 | 考核内容 | 评分要素 | 配分 | 评分标准: 配分 the points, 评分要素 the items (dianrong)', () => {
    const r = ok(
      grid([
        ['序号', '考核内容', '评分要素', '配分', '评分标准', '检测结果', '扣分', '得分'],
        ['2', '穿戴工作服', '安全帽', '3', '未戴安全帽扣3分。', '', '', ''],
        ['↑', '↑', '手套', '2', '未戴手套扣2分。', '', '', ''],
        ['3', '自然冷却', '自然冷却不得受力', '5', '未按要求操作扣5分', '', '', ''],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['安全帽', 3],
      ['手套', 2],
      ['自然冷却不得受力', 5],
    ]);
  });

  it('考核 內容 | 量化指標 | 時間、地點、內容摘要 (empty): the points and how each earns them, in the 量化指標 (shixuehui)', () => {
    const r = ok(
      grid([
        ['考核內容', '量化指標', '時間、地點、內容摘要', '自評分'],
        ['一、組織建設(5分)', '1、有健全的理事會、常務理事會(2分,每項1分)', '', ''],
        ['↑', '2、有固定辦公地點、學會辦事機構、專職干部(3分,每項1分)', '', ''],
      ]),
    );
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['award', 'award']);
  });

  it('分类 | 考评项目 | 支部自评得分 over …的,一次5分 / …(5分): the 考评项目 holds the rules — a table, not 找不到表头 (mingezhibu)', () => {
    const r = ok(
      grid([
        ['分类', '考评项目', '支部自评得分', '考评组审核得分'],
        ['组织建设', '支部工作年初有计划、年终有总结(5分)', '', ''],
        ['↑', '支部每年开展组织活动不少于3次,一次5分', '', ''],
        ['思想宣传', '开展或参与省委会组织的思想宣传活动的, 一次3分', '', ''],
        ['↑', '向省委会报送理论研究文章并被采用的,一篇5分', '', ''],
      ]),
    );
    expect(r.rubric.sections.length).toBeGreaterThan(0);
  });
});

describe('language of the fifty-third round', () => {
  it('举办国际学术活动18分或学术年会17分或学术报告15分(总分18分): the best of three done (shixuehui)', () => {
    const [read] = readRule(
      '1',
      '举办国际(国内)学术活动18分或学术年会(学术沙龙)17分或学术报告(讲座)15分(总分18分)',
      18,
      'base',
    ).readings;
    const rule = read?.clause.rule;
    expect(rule?.kind === 'levels' ? rule.levels.map((l) => l.points) : []).toEqual([18, 17, 15]);
  });

  it('优10分、良 8分、合6分、差4分: four grades, each its points (yiyuanshixi)', () => {
    const [read] = readRule('1', '优10分、良 8分、合6分、差4分;', 10, 'base').readings;
    const rule = read?.clause.rule;
    expect(rule?.kind === 'levels' ? rule.levels.map((l) => [l.name, l.points]) : []).toEqual([
      ['优', 10],
      ['良', 8],
      ['合', 6],
      ['差', 4],
    ]);
  });

  it('出现任何一项,操作失败扣100分: the test failed — a veto (dianrong)', () => {
    const [read] = readRule('1', '出现任何一项,操作失败扣100分。', undefined, 'base').readings;
    expect(read?.veto).toBeTruthy();
  });

  it('开展或参与…活动的, 一次3分: each one done earns 3 (mingezhibu)', () => {
    const [read] = readRule('1', '开展或参与省委会组织的思想宣传活动的, 一次3分', 3, 'base').readings;
    const rule = read?.clause.rule;
    expect(rule?.kind === 'award' ? rule.inputs.map((x) => [x.unit, x.per]) : []).toEqual([['次', 3]]);
  });
});

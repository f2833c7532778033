import { clauses, grid, items, ok } from './real-grid';

/** The pieces the fifty-fifth round of unseen tables (tables/fresh55) taught, in the tables' own words. */

describe('layouts of the fifty-fifth round', () => {
  it('项目 | 要求 | 扣分 over 一、板报主题(1分) | 要求:… | 扣分:1、…(扣1 分): the 扣分 column is the rule — a table (heibanbao)', () => {
    const r = ok(
      grid([
        ['项目', '要求', '扣分'],
        ['一、 板报主题( 1 分)', '要求:与学校规定要求相符,主题鲜明。', '扣分:1、不符合主题思想(扣1 分)'],
        ['↑', '↑', '2、符合主题思想,但不明确(扣0.5分)'],
        ['二、刊头设计(1分)', '要求:刊头醒目,新颖,突出主题。', '扣分:1、无刊头、刊头过大或过小(扣0.5分)'],
        ['↑', '↑', '2、缺少黑板报期数,无出刊班级(扣0.5分)'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([1, 1]);
    expect(r.blocks.flatMap((b) => b.clauses).filter((c) => c.flagged)).toEqual([]);
  });

  it('A级 | B级 | C级 in words beside 目标权重 | 折合权重: the grades are the rule, each row worth its 折合权重 (duihuodong)', () => {
    const r = ok(
      grid([
        ['项目', '活动', 'A级', 'B级', 'C级', '目标权重', '折合权重', '评价'],
        [
          '庆祝建党90周年系列',
          '“党在我心中”故事比赛',
          '认真组织优秀学生参与比赛,获得奖项',
          '能组织优秀学生参与比赛,无奖项',
          '没有组织参与活动',
          '7',
          '2',
          '',
        ],
        [
          '↑',
          '“穿越红色之旅”午间广播',
          '认真收集并及时上缴资料,按时广播',
          '能收集并上缴资料,按时广播,效果一般',
          '没有组织参与活动',
          '↑',
          '2',
          '',
        ],
        [
          '↑',
          '寻访爱国主义教育基地',
          '认真组织学生参与学校统一的巡访活动',
          '能组织学生参与学校统一的巡访活动',
          '没有组织参与活动',
          '↑',
          '3',
          '',
        ],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 3]);
    expect(clauses(r)[0]?.text).toMatch(/^A级：认真组织优秀学生参与比赛,获得奖项/);
  });

  it('序号 | 攻坚工程任务及评分值 | 具体考核指标 | 评分标准: the 任务 column names the tasks, with their points — no words of it left unread (zhiaigongjian)', () => {
    const r = ok(
      grid([
        ['序号', '攻坚工程任务及评分值', '2011年攻坚工程具体考核指标', '考评方法', '评分标准'],
        ['二、攻坚工程保障措施(30分)', '组织保障(10分)', '成立防艾委员会,实体化运作。', '查看资料', '未实体化扣10分。'],
        ['↑', '经费保障(20分)', '按辖区人口数1元/人的标准落实专项经费。', '↑', '没有按要求落实的按比例扣分。'],
        ['↑', '宣传活动(20分)', '市本级组织开展1次大型防艾宣传活动。', '↑', '未开展的扣20分'],
      ]),
    );
    expect(items(r).map((i) => i.name)).toEqual(['组织保障', '经费保障', '宣传活动']);
  });
});

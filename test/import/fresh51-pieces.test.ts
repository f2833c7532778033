import { clauses, grid, items, ok } from './real-grid';
import { importTable } from '../../src/core/import/table';

/** The pieces the fifty-first round of unseen tables (tables/fresh51) taught, in the tables' own words. */

describe('layouts of the fifty-first round', () => {
  it('类别及分值 | 优秀(占比90-100%) | 优良(占比70-90%) | 合格(占比60-70%) | 不合格(占比60%以下): each grade a band of the row’s points (pujiaojidi)', () => {
    const r = ok(
      grid([
        [
          '序号',
          '类别及分值',
          '优秀(占比90-100%)',
          '优良(占比70-90%)',
          '合格(占比60-70%)',
          '不合格(占比60%以下)',
          '自评分',
        ],
        [
          '场馆建设(15分)',
          '科普展示空间(10分)',
          '1000平方米以上',
          '500-1000平方米',
          '150-500平方米',
          '150平方米以下',
          '',
        ],
        ['↑', '科普展项更新(5分)', '更新内容达15%以上', '更新内容达10%以上', '更新内容达5%以上', '未更新', ''],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['科普展示空间', 10],
      ['科普展项更新', 5],
    ]);
    const [first] = clauses(r);
    expect(first?.text).toBe(
      '1000平方米以上得9-10分；500-1000平方米得7-9分；150-500平方米得6-7分；150平方米以下得0-6分',
    );
  });

  it('(一) | 安全防事故(5条,7分) … listed under 一、 before the articles: contents, no items (jinnongjianli)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '评价考核指标项目(共2项,3分)'],
        ['(一)', '安全防事故(2条,2分)'],
        ['(二)', '安全宣传教育(1条,1分)'],
        ['二、', '任务指标内容及要求'],
        ['(一)', '安全防事故(2分)'],
        ['1、', '每季度至少召开一次防范农机重、特大事故的专题会议,有会议记录和照片,记1分。'],
        ['2、', '修订完善本区县《农机事故应急处理预案》,记1分。'],
        ['(二)', '宣传教育(1分)'],
        ['3、', '在区县级以上的报纸上刊登反映本地区农机监理工作的文章,记1分。'],
      ]),
    );
    expect(items(r).every((i) => !/\d条/.test(i.name))).toBe(true);
    expect(clauses(r)).toHaveLength(3);
  });

  it('7岁以下儿童系统管理率 98% as a name: the 7 an age, no number (nongcunfuyou)', () => {
    const r = ok(
      grid([
        ['项目', '考核指标', '考核方法', '分值', '评分标准'],
        ['儿童保健', '0-3岁儿童体检率 90%', '查看体检表', '8', '每降低 1%扣1 分'],
        ['↑', '7岁以下儿童系统管理率 98%', '查看儿童保健管理卡', '8', '资料零乱扣 2分'],
      ]),
    );
    expect(items(r)[1]?.name).toMatch(/^7岁以下儿童系统管理率/);
  });

  it('记分内容 | 分值 over lapses (信用记分) with nothing to take them from: refused, the 起评分 asked for (gangkouxinyong)', () => {
    const g = grid([
      ['序号', '记分内容', '分值', '说明'],
      ['1', '港口经营许可证到期不换证,继续开展作业的;', '20', ''],
      ['2', '变更经营范围未办理许可手续的;', '10', ''],
      ['3', '变更法定代表人未办理备案手续的;', '5', ''],
    ]);
    const r = importTable(g, { id: 't' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/起评分/);
  });
});

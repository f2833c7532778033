import { readRule } from '../../src/core/import/rule-text';
import { grid, items, ok } from './real-grid';

/** The pieces the fortieth round of unseen tables (tables/fresh40) taught, in the tables' own words. */

describe('layouts of the fortieth round', () => {
  it('5-4.5 | 4.4-4 | 3.9-3.5 | 3.4-3 | 2.9及以下 across a row: bands of marks, the best band’s top the row’s points (zhanguanbaojie)', () => {
    const band5 = ['5-4.5', '4.4-4', '3.9-3.5', '3.4-3', '2.9及以下'];
    const band3 = ['3-2.7', '2.6-2.4', '2.3-2.1', '2-1.8', '1.7及以下'];
    const r = ok(
      grid(
        [
          ['序号', '检查项目', '分值', '检查标准', '评分标准', '', '', '', '', '特殊说明'],
          [
            '1',
            '综合管理',
            '15',
            '1.工作中配合物业和地产的工作要求,不推诿扯皮,不消极怠工',
            ...band5,
            '发现消极怠工、严重推诿扯皮的,本项为0分',
          ],
          [
            '↑',
            '↑',
            '↑',
            '2.按公司规定统一着装,作业工具不得摆放在客户可见地点',
            ...band5,
            '发现作业工具摆放在客户可见地点的,本项为0分',
          ],
          ['↑', '↑', '↑', '3.作业时礼让客户,向客户微笑致意', ...band5, '与客户发生争吵的,本项为0分'],
          ['2', '展示大厅', '6', '2.地面无积尘、无污渍、无积水、无杂物、无垃圾', ...band3, '发现明显污渍,本项为0分'],
          ['↑', '↑', '↑', '4.垃圾桶表面无污渍,无异味,桶内垃圾不超过容积的2/3', ...band3, '发现1处不合格本项为0分'],
          ['3', '公共洗手间', '15', '1、门窗、墙身、天花、镜面、洗手'],
        ],
        [{ top: 0, left: 4, bottom: 0, right: 8 }],
      ),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['综合管理', 15],
      ['展示大厅', 6],
      ['公共洗手间', 15],
    ]);
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 5, 3, 3, 15]);
    const [first] = items(r)[0]?.clauses ?? [];
    expect(first?.rule.kind === 'judgement' && first.rule.bands?.map((b) => [b.min, b.max])).toEqual([
      [4.5, 5],
      [4, 4.4],
      [3.5, 3.9],
      [3, 3.4],
      [0, 2.9],
    ]);
  });
});

describe('words of the fortieth round', () => {
  it('第1档得4.5-5分;…第5档得0-2.9分。发现…的,本项为0分: bands down to nothing, the 0分 what a lapse found sets (zhanguanbaojie)', () => {
    const [only] = readRule(
      't',
      '第1档得4.5-5分;第2档得4-4.4分;第3档得3.5-3.9分;第4档得3-3.4分;第5档得0-2.9分。发现消极怠工、严重推诿扯皮的,本项为0分',
      5,
      'base',
    ).readings;
    expect(only?.flagged).toBe(false);
    expect(only?.clause.rule.kind).toBe('judgement');
  });
});

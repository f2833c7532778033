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

describe('more layouts of the fortieth round', () => {
  const pairsHead = ['项目', '内容', '评分指标', '评价得分', '评分标准', '评价得分', '评分标准', '评价得分'];
  it('评分指标 | 评价得分 | 评分标准 | 评价得分 …: one row’s levels, each its points; a row filling only the first pair is its formula (dapeng)', () => {
    const r = ok(
      grid([
        pairsHead,
        ['执行情况评价(80分)', '种植率(30分)', '得分值=种植率(超过100%以100%计算)×30', '', '', '', '', ''],
        [
          '技术服务(10分)',
          '技术入户率(4分)',
          '入户指导率100%,每年20次以上',
          '4',
          '入户指导率80-99%',
          '3',
          '入户指导率<80%',
          '1',
        ],
        ['↑', '标准化生产(2分)', '取得无公害认证', '2', '没有取得无公害认证', '1.5', '没有生产技术规程', '0'],
        [
          '↑',
          '培训覆盖率(4分)',
          '培训资料全面,培训层次全面',
          '4',
          '培训资料全面,培训层次较全面',
          '3',
          '培训资料不全面',
          '1',
        ],
      ]),
    );
    const got = items(r).map((i) => [i.cap, i.clauses[0]?.rule.kind]);
    expect(got[0]).toEqual([30, 'proportional']);
    expect(got.slice(1).every(([cap]) => cap === 4 || cap === 2)).toBe(true);
    const std = items(r).find((i) => i.name.startsWith('标准化生产'))?.clauses[0]?.rule;
    expect(std?.kind === 'levels' && std.levels.map((l) => l.points)).toEqual([2, 1.5, 0]);
  });

  it('目标管理事项 | 分值 | 一级指标 | 分值 | 评分标准: two levels of names with their points, not level pairs (chanyehua)', () => {
    const r = ok(
      grid([
        ['目标管理事项', '分值', '一级指标', '分值', '评分标准'],
        ['龙头企业培育', '2', '农产品加工值', '0.5', '增幅达10%,得0.5分;负增长不得分。'],
        ['↑', '↑', '带动贫困户', '1', '比例达到50%,得1分;低于30%不得分。'],
        ['↑', '↑', '示范个体', '0.5', '新增一家,得0.5分;未达到不得分。'],
        ['基地建设', '1', '产品基地', '0.5', '完成任务得0.5分;完成率低于60%不得分。'],
        ['↑', '↑', '产业示范区', '0.5', '建有示范区得0.5分;未达到不得分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['龙头企业培育', '基地建设']);
    expect(items(r).map((i) => i.cap)).toEqual([0.5, 1, 0.5, 0.5, 0.5]);
  });

  it('考核内容 over two columns, the second filled only beside a post merged down over its items (wuyekefu)', () => {
    const r = ok(
      grid(
        [
          ['序号', '考核内容', '', '评分标准', '应得分'],
          ['1', '考勤管理工作纪律', '', '无故迟到一次扣2分。', '5'],
          ['2', '仪容仪表', '', '不按规定着装一次扣5分。', '10'],
          ['3', '礼节礼貌', '', '与客户发生争吵,发生一次扣10分。', '10'],
          ['8', '前台客服助理', '快递管理', '收、取快递未与业主核实,发生一次扣5分。', '10'],
          ['9', '↑', '联系单', '联系单发单不清晰,一次扣2分。', '10'],
        ],
        [{ top: 4, left: 1, bottom: 5, right: 1 }],
      ),
    );
    expect(items(r).map((i) => i.name)).toEqual(['考勤管理工作纪律', '仪容仪表', '礼节礼貌', '快递管理', '联系单']);
    expect(r.rubric.total).toBe(45);
  });

  it('（编号，未见）| （项目，未见）| （分值，未见）| 考核内容 | 满分 | 评分细则: heads lost, the columns told by what they hold (shequjianjiao)', () => {
    const r = ok(
      grid([
        ['（编号，未见）', '（项目，未见）', '（分值，未见）', '考核内容', '满分', '评分细则'],
        ['1.2.3', '健康教育资料', '9', '不少于12种内容的印刷资料', '9', '资料齐全得9分,少1种扣0.5分。'],
        ['1.2.4', '健康教育宣传栏', '8', '全年宣传栏更换内容次数', '4', '≥4次,得4分;少1次扣1分。'],
        ['↑', '↑', '↑', '健教宣传栏记录是否完整', '4', '记录完整得4分,1次不符合要求扣1分。'],
        ['1.2.5', '健康知识讲座', '6', '健康讲座记录', '6', '记录完整得6分,1次不符合要求扣1分。'],
      ]),
    );
    expect(r.rubric.total).toBe(23);
    expect(JSON.stringify(r.rubric)).toContain('健康教育宣传栏');
    expect(JSON.stringify(r.rubric)).not.toContain('未见');
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

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

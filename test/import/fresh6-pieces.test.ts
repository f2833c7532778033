import type { Reading } from '../../src/core/import/parse';
import { readRule } from '../../src/core/import/rule-text';
import { grid, items, ok, only } from './real-grid';

/** The pieces the sixth round of unseen tables (tables/fresh6) and the flag review taught, in the tables' words. */

const pers = (r: Reading): number[] | false =>
  r.clause.rule.kind === 'deduct' && r.clause.rule.inputs.map((i) => i.per);

describe('layouts of the sixth round', () => {
  it('reads titles with their points leading the rule: 资金代管15分: and (计30分)。 (jingguan, zhengwu)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '村级财务“四代管”工作25分'],
        ['1、', '资金代管15分:其余资金应在三天内交中心代管,发现一笔未按要求代管扣2分。'],
        ['2、', '部门政务公开制度建设情况(计10分)。是否建立政务公开人员管理制度,有得10分,无扣2分。'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['资金代管', 15],
      ['部门政务公开制度建设情况', 10],
    ]);
    // 有得10分,无扣2分: the one absence costs 2, once.
    const last = items(r)[1]?.clauses[0];
    expect([last?.rule.kind, last?.rule.kind === 'deduct' && last.rule.ceiling]).toEqual(['deduct', 2]);
  });

  it('names words that say what is assessed, under 考核对象 or leading into numbered rows; 评分标准 alone is a label (zhengwu)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '考核对象'],
        ['', '乡镇人民政府、县政府组成部门以及其他依法行使行政职能的单位。'],
        ['二、', '考核内容及评分标准(总分值30分)'],
        ['', '考核内容各乡镇、各部门政务公开制度建设情况、政府信息公开平台信息上传情况。'],
        ['', '评分标准'],
        ['(一)', '基础得分项(计30分)'],
        [
          '1、',
          '制度建设情况(计30分)。主要考评:(1)是否建立管理制度,有得10分,无扣2分;(2)是否上会部署,有得10分,无扣2分;(3)信息更新的质量,没有问题',
        ],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap, i.clauses.length])).toEqual([['制度建设情况', 30, 3]]);
    expect(r.warnings.filter((w) => /是表前的说明/.test(w))).toHaveLength(2);
    // The third part, cut off, is typed at what the others leave, and says so.
    expect(r.warnings.join('\n')).toMatch(/本项 30 分，原文写明分值的各条共 20 分，本条按余下的 10 分/);
  });

  it('reads 三、票据领销4分 over a paragraph as an item of 4 (jingguan)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '民主理财10分'],
        ['1、', '民主理财10分:每年组织两次民主理财,每少一次扣5分。'],
        ['二、', '票据领销4分'],
        ['', '票据由村会计到中心领销,发现村自印自购收据的扣2分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([10, 4]);
  });

  it('takes (总分值100分) in a title as its points (caishui)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['三、', '考核方法(总分值100分)'],
        ['(1)', '财政收入任务考核(60分)。完成财政收入任务得分,每少一个百分点扣1分,扣完为止。'],
        ['(2)', '实有税源增幅状况(40分)。按成效系数法计算。'],
      ]),
    );
    expect(r.total).toBe(100);
    expect(items(r)[0]?.clauses[0]?.rule).toMatchObject({ kind: 'shortfall', target: 100, per: 1 });
  });

  it('names a paragraph under a title that only says what is assessed, and reads the other as the rule (huanzhi)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '组织机构(20分)'],
        ['', '考核内容:村制定方案、组织机构,明确保洁员,明确人员分工并细化工作内容。'],
        ['', '考核办法及分值:制定具体治理方案得5分;人员分工明确得5分;制定户考核办法得5分;指定保洁员得5分。'],
      ]),
    );
    expect(items(r).map((i) => i.clauses.map((c) => [c.rule.kind, c.points]))).toEqual([[['checklist', 20]]]);
    expect(r.warnings.join('\n')).toMatch(/“考核内容:村制定方案.*只说明考核什么，没有评分办法/);
  });
});

describe('language of the sixth round and the flag review', () => {
  it('每做到一项得0.5分 counts the items done (shuangyong)', () => {
    const r = only('每做到一项得0.5分。', 2);
    expect([r.flagged, r.clause.rule.kind]).toEqual([false, 'award']);
  });

  it('扣完20分为止 and 计零分 are read, not left (cunwu, jingguan)', () => {
    const a = only('每少公開一次扣5分;每發現一處不是逐筆逐項公開的,扣2分,扣完20分為止。', 20);
    expect([a.flagged, pers(a)]).toEqual([false, [5, 2]]);
    const b = only('发现一笔未按要求代管扣2分,有主要干部坐收坐支现象的计零分。', 15);
    expect([b.flagged, pers(b), b.clause.requires?.label]).toEqual([false, [2], expect.stringMatching(/坐收坐支/)]);
  });

  it('a bracket inside a lapse’s condition, and a lapse said earlier in the sentence (zhengwu, zhaoshang)', () => {
    const a = only('是否制定相关制度,有得10分,如没有制定(或向上级越级反映问题的)扣2分;', 10);
    expect([a.flagged, pers(a)]).toEqual([false, [2]]);
    const b = only('对照目标任务和工作要求,未制定工作方案、成立领导机构、落实责任分工(扣5分)。', 10);
    expect([b.flagged, pers(b)]).toEqual([false, [5]]);
  });

  it('领导小组1分,组织开展活动1分,计划0.5分… is a checklist (jiating)', () => {
    const r = only(
      '领导小组 1 分,组织开展活动 1 分,计划 0.5 分、点评 1 分、总结 0.5 分,及时上报统计数据 1 分,经验材料 1 分。',
      6,
    );
    expect(r.clause.rule.kind === 'checklist' && r.clause.rule.inputs.map((i) => i.points)).toEqual([
      1, 1, 0.5, 1, 0.5, 1, 1,
    ]);
  });

  it('numbered matters that say nothing of points are one typed list, not four shares (cunwu)', () => {
    const r = readRule(
      't',
      '①年度工作计划及实施;②公益事业的发展规划及实施;③计划生育工作应当公开的内容;④各级人民政府',
      10,
      'base',
    );
    expect(r.readings).toHaveLength(1);
  });

  it('收缴率未达100%的,每低1个百分点扣1分 restates the target; 2分工明确 numbers a part (shuili, kunshan)', () => {
    const a = only('实现水费收缴全覆盖并对农户收缴达100%。收缴率未达100%的,每低1个百分点扣1分,扣完为止。', 10);
    expect([a.flagged, a.clause.rule.kind]).toEqual([false, 'shortfall']);
    expect(only('2分工明确,责任落实,得4分。', 4).warnings.join('')).not.toMatch(/未读懂/);
  });
});

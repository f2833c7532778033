import { parseRuleText, type Reading } from '../../src/core/import/parse';
import { readRule } from '../../src/core/import/rule-text';
import { grid, items, ok } from './real-grid';

/** The pieces the fifth round of unseen tables (tables/fresh5) taught, each in the table's own words. */

const read = (text: string, points?: number): Reading[] => parseRuleText(text, { item: 't', points });

describe('heads and layouts of the fifth round', () => {
  it('reads the column whose cells score as the rule when the known one does not (aiwei)', () => {
    const r = ok(
      grid([
        ['考核内容', '考核标准', '检查办法及其他', '分值'],
        [
          '组织管理(10分)',
          '爱国卫生组织健全,有领导、有机构、有经费。',
          '无爱卫组织,扣2分;无分管领导,扣2分;无专项经费,扣1分。',
          '5',
        ],
        ['↑', '建立了工作责任制。', '组织不到位扣2分,工作无计划、无检查、无总结,每项扣1分。', '5'],
      ]),
    );
    const [first] = items(r);
    // 无…扣2分;无…扣2分;无…扣1分 in a row of 5: a deduction of each, or the three as a checklist (2+2+1).
    expect(first?.clauses.map((c) => ['deduct', 'checklist'].includes(c.rule.kind))).toEqual([true]);
    expect(r.warnings.join('\n')).not.toMatch(/原表没有写评分办法/);
  });

  it('reads heads written with pinyin, and a lone label over numbered rows as a sub-heading (wenming)', () => {
    const r = ok(
      grid([
        ['考核項目', '原則及規(guī)定', '計分措施', '分值'],
        ['鄉(xiāng)村夜話', '1、文藝團體成建制,必須抵達八個以上。', '八個文藝團體少一種扣1分。', '15'],
        ['精神文明創立', '區(qū)直', '', ''],
        ['↑', '1、開展文明單位創立活動。', '無規劃扣3分,無創立氣氛扣3分。', '8'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.items.map((i) => i.cap)])).toEqual([
      ['鄉(xiāng)村夜話', [15]],
      ['區(qū)直', [8]],
    ]);
  });

  it('reads a headless column of names after 考核内容, and the level below one title as the section (gengdi)', () => {
    const r = ok(
      grid([
        ['类别', '考核内容', '', '考核标准及评分方法'],
        [
          '自然资源保护和利用(100分)',
          '资源保护(40分)',
          '耕地保护(20分)',
          '1、未完成耕地保护目标任务的扣5分。2、有违法用地的,有一宗扣3分。',
        ],
        ['↑', '↑', '林政管理(10分)', '1、发生盗砍滥伐的,有一宗扣3分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => [i.name, i.cap])])).toEqual([
      [
        '资源保护',
        40,
        [
          ['耕地保护', 20],
          ['林政管理', 10],
        ],
      ],
    ]);
  });

  it('reads 该项分值为N分 as the row’s points, a 总分为N分 title as the total, 扣除考核分 as a penalty and 考核分不得分 as a veto (zhengbing)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['', '责任制考核评分规定(总分为2分)'],
        ['1.', '报名率:登记率为100%,该项分值为0.5分每少一人扣0.1分,扣完为止'],
        ['2.', '上站率:该项基础分值为1.5分未完成任务数的村,每少一人扣0.2分。'],
        ['3.', '退兵率:出现退换兵的村,不能及时有效配合处置的扣除考核分1分'],
        ['4.', '空白村:空白村当年度考核分不得分。'],
      ]),
    );
    expect(r.total).toBe(2);
    expect(items(r).map((i) => i.cap)).toEqual([0.5, 1.5]);
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap])).toEqual([['penalty', 1]]);
    expect(r.rubric.vetoes).toHaveLength(1);
  });

  it('takes 采取百分制考核形式 as the total and 考核奖惩办法 as no block of bonuses (zongzhi)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['五、', '考核奖惩办法'],
        ['', '采取百分制考核形式。'],
        ['1、', '互知互晓情况(20分)。每发现一户不知道的扣2分。'],
        ['2、', '人员管理情况(30分)。每发现一户漏管的扣10分;化解矛盾纠纷的每起加10分。'],
      ]),
    );
    expect(r.total).toBe(100);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['互知互晓情况', 20],
      ['人员管理情况', 30],
    ]);
    expect(r.rubric.adjustments).toEqual([]);
  });
});

describe('language of the fifth round', () => {
  it('该项不得分 among deductions voids the one deduction; 上述情况扣分,直到扣完为止 closes the list (gengdi)', () => {
    const [c, ...rest] = readRule(
      't',
      '1、未完成耕地保护目标任务的扣5分。2、未建立管控制度的,有一项扣5分。3、隐报、瞒报或对违法用地行为袒护、说情的,该项不得分。上述情况扣分,直到扣完为止。',
      20,
      'base',
    ).readings;
    expect(rest).toEqual([]);
    expect([c?.flagged, c?.clause.rule.kind === 'deduct' && c.clause.rule.inputs.map((i) => i.per)]).toEqual([
      false,
      [5, 5],
    ]);
    expect(c?.clause.requires?.label).toMatch(/^无“隐报、瞒报或对违法用地行为袒护、说情”情形$/);
  });

  it('flags 记0.3分 where the points column says 3 (kexie)', () => {
    const [c] = read('3.年内召开专题会议1次以上记0.3分(以会议记录为准);', 3);
    expect([c?.flagged, c?.warnings.join('')]).toEqual([true, expect.stringMatching(/0\.3分.*3分.*不符/)]);
  });

  it('reads 综合考评 as the assessor’s score (zhengbing)', () => {
    const [c] = read('按参加会议、外出培训、材料报送、工作落实等情况综合考评,该项基础分值为0.4分', 0.4);
    expect(c?.clause.rule.kind).toBe('judgement');
  });
});

import { parseRuleText } from '../../src/core/import/parse';
import { clauses, grid, items, ok } from './real-grid';

/** The pieces the thirty-sixth round of unseen tables (tables/fresh36) taught, in the tables' own words. */

describe('layouts of the thirty-sixth round', () => {
  it('序号 | 考核内容 | 完成任务及评分标准(满分100分): the head’s 100 the total (chanye)', () => {
    const r = ok(
      grid([
        ['序号', '考核内容', '完成任务及评分标准(满分100分)'],
        ['1', '参加学习培训时间', '满分10分.集中学习培训不少于15天的得10分,少于15天的每少1天扣1分,扣完为止.'],
        [
          '2',
          '制定落实产业技术及基地实施方案情况',
          '满分10分.按要求制定落实产业技术及基地实施方案得10分,未制定落实产业技术及基地实施方案不得分.',
        ],
        [
          '4',
          '对示范基地组织指导及落实情况',
          '满分10分.对示范基地认真组织指导及落实得10分,组织指导及落实不到位的不得分.',
        ],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(items(r).map((i) => i.cap)).toEqual([10, 10, 10]);
  });

  it('(起评分100分) above 考核項(xiàng)目 | 主要內(nèi)容 | 扣分值 over 扣20分 / 每人次扣2分: a header, a pool of 100 (jiedusuo)', () => {
    const r = ok(
      grid([
        ['(起评分100分)　被考核单位:　　　　　　　　考评时间:', '', ''],
        ['考核項(xiàng)目', '主要內(nèi)容', '扣分值'],
        ['一、 六防工作', '1、在職人員受到刑事處分(考核期以案發(fā)當(dāng)年為準(zhǔn))的;', '扣20分'],
        ['↑', '2、發(fā)生“六防”事故的;', '扣20分'],
        ['↑', '5、民警在院內(nèi)打牌的;', '每人次扣2分'],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'deduct', 'deduct']);
  });
});

describe('words of the thirty-sixth round', () => {
  it('…认真组织指导及落实得10分,组织指导及落实不到位的不得分: the lapse after the thing negates it — plain yes/no (chanye)', () => {
    for (const [text, points] of [
      ['对示范基地认真组织指导及落实得10分,组织指导及落实不到位的不得分.', 10],
      ['按要求认真指导填写手册的得5分,填写不完整的不得分.', 5],
    ] as const) {
      const [only] = parseRuleText(text, { item: 't', points });
      expect(only?.clause.rule.kind).toBe('yesno');
      expect(only?.clause.requires).toBeUndefined();
    }
  });
});

import { only } from './real-grid';

/**
 * Shapes the real tables already in the suite had flagged for a typed score (the flagged list of every
 * 台账 sheet, read again), now read, in the tables' own words.
 */

describe('flagged shapes of the real tables, read', () => {
  it('与上年度相比持平得15分,每下降一个百分点扣7.5分: the points fallen from last year are typed (dingyuan)', () => {
    const r = only('与上年度相比持平得15分,每下降一个百分点扣7.5分;', 15);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule).toMatchObject({
      kind: 'shortfall',
      input: { entry: 'shortfall' },
      step: 1,
      per: 7.5,
    });
    expect(r.clause.rule).not.toHaveProperty('target');
    // (A step with neither target nor base is still not read.)
    expect(only('每下降一个百分点扣7.5分;', 15).flagged).toBe(true);
  });

  it('每出一期得0.5分 is 0.5 an issue, up to the row’s points (tongzhan)', () => {
    const r = only('橱窗、板报内容定期更新,一年不少于4次,每出一期得0.5分。', 2);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule).toMatchObject({ kind: 'award', inputs: [{ unit: '期', per: 0.5 }] });
    expect(r.clause.points).toBe(2);
  });

  it('…的,计20分 / 1次以上记0.3分 is earned by doing it (liangshi, kexie)', () => {
    for (const [text, points] of [
      ['全年沒有稻田拋荒的,計20分。', 20],
      ['3.年内召开专题会议1次以上记0.3分(以会议记录为准);', 0.3],
    ] as const) {
      const r = only(text, points);
      expect(r.confidence).toBeGreaterThanOrEqual(0.9);
      expect(r.clause.rule.kind).toBe('yesno');
    }
    // (A 不得分 in brackets after the points is their note, not a second demand.)
    const noted = only('6.每年向八角飘香科普栏目提供科技稿件1件以上记2分(不投稿不得分);', 2);
    expect(noted.clause.rule).toMatchObject({ kind: 'yesno' });
    expect(noted.clause).not.toHaveProperty('requires');
    // (A ladder of 记N分 is one scale still.)
    expect(only('3千元以上记1分,2千—2.9千元记0.8分,1千—1.9千元记0.5分,500元以下记0分。', 1).clause.rule.kind).toBe(
      'levels',
    );
  });
});

import { splitClauses } from '../../src/core/import/clauses';
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

  it('1分(查看“三会一课”记录): the points, then where to look (lianzheng2)', () => {
    const r = only('2.主要领导上廉政党课;1分(查看“三会一课”记录)', 1);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind).toBe('yesno');
    // (A bracket with points of its own is not only where to look.)
    expect(only('1.召开班子会研究部署;1分(查看会议纪要,1次0.5分)', 1).flagged).toBe(true);
  });

  it('满分8分。…最高的8分,最低的0分 is the assessor’s score between them (canyin)', () => {
    const r = only('满分8分。按照店堂整洁程度不同,最高的8分,最低的0分。', 8);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule).toMatchObject({ kind: 'judgement', bands: [{ min: 0, max: 8 }] });
  });

  it('…没有明示的,分别扣2.5分 takes 2.5 for each lapse listed (canyin); 各扣 likewise (laoganbu)', () => {
    const r = only('满分5分。符合标准的,得5分;字号、牌匾不清晰或营业时间等没有明示的,分别扣2.5分。', 5);
    expect(r.flagged).toBe(false);
    // (Each thing listed a lapse of its own, as with 各扣.)
    expect(r.clause.rule).toMatchObject({
      kind: 'deduct',
      inputs: [
        { label: '字号（出现次数）', per: 2.5 },
        { label: '牌匾不清晰或营业时间等没有明示（出现次数）', per: 2.5 },
      ],
    });
    expect(only('未建立制度、未开展培训的,各扣1分。', 2).clause.rule).toMatchObject({
      kind: 'deduct',
      inputs: [
        { label: '未建立制度（出现次数）', per: 1 },
        { label: '未开展培训（出现次数）', per: 1 },
      ],
    });
  });
});

describe('deductions written without 扣', () => {
  it('…发现问题每宗0.3分,未及时整改的扣1分,同样问题连续通报二次的扣2分: three deductions (chengguan2)', () => {
    const r = only('市文明办督查组巡查发现问题每宗0.3分,未及时整改的扣1分,同样问题连续通报二次的扣2分', 10);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule).toMatchObject({
      kind: 'deduct',
      inputs: [
        { unit: '宗', per: 0.3 },
        { label: '未及时整改（出现次数）', per: 1 },
        { label: '同样问题连续通报二次（出现次数）', per: 2 },
      ],
    });
  });

  it('…模糊不清、—1分/处: the dash after a list is the minus of 扣 too (gongdian)', () => {
    expect(only('现场配电设备标志缺、漏、模糊不清、—1分/处', 5).clause.rule).toMatchObject({
      kind: 'deduct',
      inputs: [{ unit: '处', per: 1 }],
    });
  });
});

describe('ladders of 计N分', () => {
  it('…完成情况好计4分,一般计3分,差计2分;…好计3分,一般计2分,差计1分: one ladder a part, never parted within (nongji)', () => {
    const text =
      '发展农产品名、特、优,新品种、新技术示范推广完成情况好计4分,一般计3分,差计2分;农业科技下乡服务活动开展情况好计3分,一般计2分,差计1分。';
    expect(splitClauses(text)).toHaveLength(2);
    expect(
      only('发展农产品名、特、优,新品种、新技术示范推广完成情况好计4分,一般计3分,差计2分;', 4).clause.rule,
    ).toMatchObject({
      kind: 'levels',
      levels: [
        { name: '好', points: 4 },
        { name: '一般', points: 3 },
        { name: '差', points: 2 },
      ],
    });
  });
});

import { only } from './real-grid';

/**
 * How far short of a task, in bands each losing what it says (比下达任务低5%以内的扣2分,低5%-10%的扣4分,低超过10%的扣6分):
 * seen in two earlier rounds' tables (fresh25 laodongli, fresh3 tuanjian), flagged there until this reading.
 */

const levelsOf = (text: string, points: number): { name: string; points: unknown }[] | false => {
  const c = only(text, points);
  expect(c.flagged).toBe(false);
  return c.clause.rule.kind === 'levels' && c.clause.rule.levels.map((l) => ({ name: l.name, points: l.points }));
};

describe('bands of how far short', () => {
  it('低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的扣6分 in a row of 5: 5 / 3 / 1 / 0 (laodongli)', () => {
    expect(levelsOf('比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的扣6分', 5)).toEqual([
      { name: '完成（未低于）', points: 5 },
      { name: '低5%以内', points: 3 },
      { name: '低5%–10%', points: 1 },
      { name: '低10%以上', points: 0 },
    ]);
  });

  it('低5%以内是扣1分,低超过5%的扣3分 in a row of 3: 3 / 2 / 0 (laodongli)', () => {
    expect(levelsOf('比招生指标低5%以内是扣1分,低超过5%的扣3分', 3)).toEqual([
      { name: '完成（未低于）', points: 3 },
      { name: '低5%以内', points: 2 },
      { name: '低5%以上', points: 0 },
    ]);
  });

  it('低于标准10%以内的扣2分,低于标准20%以内的扣4分,低于标准20%以上的扣6分 in a row of 7: 7 / 5 / 3 / 1 (tuanjian)', () => {
    const got = levelsOf('低于标准10%以内的扣2分,低于标准20%以内的扣4分,低于标准20%以上的扣6分', 7);
    expect(got && got.map((l) => l.points)).toEqual([7, 5, 3, 1]);
    expect(got && got.map((l) => l.name)).toContain('低10%–20%');
  });

  it('bands that leave a gap, or stop before the last runs on, are not read as bands', () => {
    expect(only('低5%以内的扣2分,低10%-20%的扣4分,低超过20%的扣6分', 7).clause.rule.kind).not.toBe('levels');
    expect(only('低5%以内的扣2分,低5%-10%的扣4分', 7).clause.rule.kind).not.toBe('levels');
  });

  it('每低1个百分点扣1分 is still a step per point, not a band', () => {
    const c = only('达到95%得5分,每低1个百分点扣1分', 5);
    expect(c.clause.rule.kind).toBe('shortfall');
  });
});

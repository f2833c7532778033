import { all, one, short, type Composed, type Ctx } from './compose';
import { bandValues } from './phrase-kit';

/**
 * Points by place among the units ranked (舟山: 按从高到低排序,分别得10、8、6、4分), with a 得N分 before it
 * for those that reach a mark (高于或等于市平均的得10分,低于市平均的按从高到低得8、6、4分; 达到85%得10分;
 * 低于85%的…分别得8、6、4、2分): one scale of levels, the mark first. Pure.
 */
export function rankRule(c: Ctx): Composed | undefined {
  const ranks = all(c, 'ranks');
  const [list] = ranks;
  if (!list || ranks.length > 1) return undefined;
  const before = c.facts.slice(0, c.facts.indexOf(list));
  const marks = before.filter((f) => f.t === 'gain' && typeof f.n === 'number');
  if (marks.length > 1) return undefined;
  const mark = marks[0]?.t === 'gain' && typeof marks[0].n === 'number' ? marks[0] : undefined;
  const levels = [
    ...(mark ? [{ name: short(mark.label, '达到要求'), points: mark.n as number }] : []),
    ...list.values.map((points, i) => ({ name: `${mark ? '其余' : ''}第${i + 1}名`, points })),
  ];
  const top = Math.max(...levels.map((l) => l.points));
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '所在名次（或达到的档次）' }, levels },
    readAs: 'levels (by rank)',
    confidence: c.points === undefined || Math.abs(c.points - top) < 1e-9 ? 0.85 : 0.5,
    uses: ['ranks', 'gain', 'pctTarget', 'points', 'zero'],
    points: top,
    percents: all(c, 'pctTarget').map((t) => t.x),
    reading: `按名次计分：${levels.map((l) => `${l.name}得${l.points}分`).join('，')}。`,
  };
}

/**
 * 满意度在90分以上满分,90分以下扣1分;80分以下扣5分: a score in bands, each band below the mark losing
 * what it says (not added up): the assessor picks the band.
 */
export function scoreBandRule(c: Ctx): Composed | undefined {
  const top = all(c, 'scoreTop')[0];
  const bands = all(c, 'scoreBand').sort((a, b) => b.below - a.below);
  if (!top || bands.length === 0 || c.points === undefined || bands[0]?.below !== top.x) return undefined;
  const points = c.points;
  const levels = [
    { name: `${top.x}分及以上`, points },
    ...bands.map((b, i) => {
      const next = bands[i + 1];
      return { name: next ? `${next.below}–${b.below}分` : `${b.below}分以下`, points: Math.max(0, points - b.per) };
    }),
  ];
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '得分所在分数段' }, levels },
    readAs: 'levels (score bands)',
    confidence: 0.8,
    uses: ['scoreTop', 'scoreBand', 'points', 'floorZero'],
    reading: `按分数段计分：${levels.map((l) => `${l.name}得${l.points}分`).join('，')}（各段扣分不累加）。`,
  };
}

/**
 * ≥90分得满分，≥80分得4分，≥70分得2分，≥60分得1分，＜60分不得分 (a 评分表's score): each score band earning less than the
 * one above, the best the row's points — the assessor picks the band.
 */
export function scoreLadder(c: Ctx): Composed | undefined {
  const top = all(c, 'scoreTop')[0];
  const gains = all(c, 'gain').map((g) => ({ at: /^(\d+(?:\.\d+)?)分(?:及)?以上$/.exec(g.label)?.[1], n: g.n }));
  const floor = all(c, 'scoreFloor')[0];
  if (c.points === undefined || gains.length < 2 || all(c, 'scoreBand').length > 0) return undefined;
  if (c.facts.some((f) => !['scoreTop', 'gain', 'zero', 'points', 'scoreFloor', 'floorZero'].includes(f.t)))
    return undefined;
  const steps = [
    ...(top ? [{ at: top.x, n: c.points }] : []),
    ...gains.map((g) => ({ at: Number(g.at), n: typeof g.n === 'number' ? g.n : Number.NaN })),
  ];
  const falling = steps.every(
    (s, i) =>
      Number.isFinite(s.at) &&
      Number.isFinite(s.n) &&
      (i === 0 || (s.at < (steps[i - 1]?.at ?? 0) && s.n < (steps[i - 1]?.n ?? 0))),
  );
  const last = steps[steps.length - 1];
  if (!falling || !last || Math.abs((steps[0]?.n ?? 0) - c.points) > 1e-9) return undefined;
  if (floor && floor.x !== last.at) return undefined;
  const levels = [
    ...steps.map((s, i) => ({
      name: i === 0 ? `${s.at}分及以上` : `${s.at}–${steps[i - 1]?.at ?? ''}分`,
      points: s.n,
    })),
    { name: `低于${last.at}分`, points: 0 },
  ];
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '得分所在分数段' }, levels },
    readAs: 'levels (score ladder)',
    confidence: 0.85,
    uses: ['scoreTop', 'gain', 'zero', 'points', 'scoreFloor', 'floorZero'],
    reading: `按分数段计分：${levels.map((l) => `${l.name}得${l.points}分`).join('，')}。`,
  };
}

/**
 * 持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分: how far past a mark, in two bands each losing what it
 * says (not per point): the assessor picks the band — not past it, within, or beyond.
 */
export function overBandRule(c: Ctx): Composed | undefined {
  const bands = all(c, 'overBand');
  const within = bands.find((b) => !b.beyond);
  const beyond = bands.find((b) => b.beyond);
  if (bands.length !== 2 || !within || !beyond || within.x !== beyond.x || c.points === undefined) return undefined;
  if (beyond.per < within.per) return undefined;
  const points = c.points;
  const past = `${within.x}${within.unit || beyond.unit}`;
  const levels = [
    { name: '未超过（持平）', points },
    { name: `超过${past}以内`, points: Math.max(0, points - within.per) },
    { name: `超过${past}以外`, points: Math.max(0, points - beyond.per) },
  ];
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '超过的幅度' }, levels },
    readAs: 'levels (how far past)',
    confidence: 0.8,
    uses: ['overBand', 'points', 'floorZero'],
    reading: `按超过的幅度计分：${levels.map((l) => `${l.name}得${l.points}分`).join('，')}。`,
  };
}

/**
 * 3千元以上记1分,2千—2.9千元记0.8分,1千—1.9千元记0.5分,500—900元记0.3分,500元以下记0分: bands of one measure,
 * each worth less than the one before: the assessor picks the band.
 */
export function bandsRule(c: Ctx): Composed | undefined {
  // (Bands of a percentage, 80%(含)-90%,计4分, are read as such: measure-bands.)
  if (one(c, 'pctBand')) return undefined;
  const worth = bandValues(c.text);
  const values = (worth ?? []).map((m) => Number(m[1]));
  const top = values[0];
  if (!worth || top === undefined || c.points === undefined || Math.abs(top - c.points) > 1e-9) return undefined;
  let from = 0;
  const levels = worth.map((m, i) => {
    const said = c.text.slice(from, m.index).replace(/^[,，;；。\s]+|[,，;；。的\s]+$/g, '');
    from = (m.index ?? 0) + m[0].length;
    // (The first band's words may follow what is checked: 经费安排,查…复印件,3千元以上.)
    const name = (i === 0 ? said.split(/[,，;；]/).pop() : said) ?? '';
    return { name: short(name, `第${i + 1}档`), points: values[i] ?? 0 };
  });
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '所在档次' }, levels },
    readAs: 'levels (bands)',
    confidence: 0.8,
    uses: ['points', 'money', 'zero', 'pctTarget', 'countTarget', 'countGoal', 'floorZero'],
    reading: `分档计分：${levels.map((l) => `${l.name}得${l.points}分`).join('，')}。`,
  };
}

/** 按5、3、1评分: the assessor gives one of these grades, the best the row's points. */
export function gradesRule(c: Ctx): Composed | undefined {
  const grades = all(c, 'grades');
  const [g] = grades;
  if (!g || grades.length > 1 || c.facts.some((f) => !['grades', 'points', 'discretion'].includes(f.t)))
    return undefined;
  const top = Math.max(...g.values);
  if (c.points !== undefined && Math.abs(c.points - top) > 1e-9) return undefined;
  const levels = [...g.values].sort((a, b) => b - a).map((points) => ({ name: `${points}分档`, points }));
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '评定的档次' }, levels },
    readAs: 'levels (grades)',
    confidence: 0.85,
    uses: ['grades', 'points', 'discretion'],
    points: top,
    reading: `按档评分：${levels.map((l) => `${l.points}分`).join('、')}，由评分人评定。`,
  };
}

/**
 * 比下达任务低5%以内的扣2分,低5%-10%的扣4分,低超过10%的扣6分: how far short of the task, in bands that meet end
 * to end from nothing short to past the last, each losing what it says (not per point, not added up): the
 * assessor picks the band. Read only where the bands are whole and lose more the further short.
 */
export function shortBandRule(c: Ctx): Composed | undefined {
  const said = all(c, 'shortBand');
  if (said.length < 2 || c.points === undefined) return undefined;
  const points = c.points;
  const bands: { lo: number; hi?: number; per: number }[] = [];
  for (const b of said) {
    const lo = bands.length ? bands[bands.length - 1]?.hi : 0;
    // (Each band starts where the one before ends; only the last runs on past its number.)
    if (lo === undefined || (b.lo !== undefined && Math.abs(b.lo - lo) > 1e-9)) return undefined;
    if (b.hi !== undefined && b.hi <= lo) return undefined;
    bands.push({ lo, ...(b.hi === undefined ? {} : { hi: b.hi }), per: b.per });
  }
  const last = bands[bands.length - 1];
  if (!last || last.hi !== undefined || bands.some((b, i) => i > 0 && b.per < (bands[i - 1]?.per ?? 0)))
    return undefined;
  const levels = [
    { name: '完成（未低于）', points },
    ...bands.map((b) => ({
      name: b.hi === undefined ? `低${b.lo}%以上` : b.lo === 0 ? `低${b.hi}%以内` : `低${b.lo}%–${b.hi}%`,
      points: Math.max(0, points - b.per),
    })),
  ];
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '比任务低的幅度' }, levels },
    readAs: 'levels (how far short)',
    confidence: 0.8,
    uses: ['shortBand', 'points', 'floorZero'],
    reading: `按比任务低的幅度计分：${levels.map((l) => `${l.name}得${l.points}分`).join('，')}（各档扣分不累加）。`,
  };
}

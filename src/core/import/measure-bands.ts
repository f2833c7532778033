import { all, one, type Composed, type Ctx } from './compose';

/**
 * 达到90%的得5分，80%-90%之间的得3分，低于80%的不得分: a scale of bands; the assessor picks the
 * band the measured rate falls in. Read only when the bands meet end to end.
 */
export function bandRule(c: Ctx): Composed | undefined {
  // (99%-90%的得27分: a band written from the top down is the same band.)
  const bands = all(c, 'pctBand')
    .map((b) => (b.lo > b.hi ? { ...b, lo: b.hi, hi: b.lo } : b))
    .sort((a, b) => b.hi - a.hi);
  if (bands.length === 0) return stepsRule(c);
  const top = bands[0];
  // 按时完成整改的得5分；销号率80%(含)以上不足100%的得3分: with no target said, the top band ends at 100%.
  const target = one(c, 'pctTarget') ?? (top?.hi === 100 ? { x: 100 } : undefined);
  const gains = all(c, 'gain').filter((g): g is typeof g & { n: number } => typeof g.n === 'number');
  // (安排率≥90%,计5分;80%(含)-90%,计4分…: the top band's points said as 计N分.)
  const said = all(c, 'points');
  const topGain = gains.length === 1 ? gains[0]?.n : gains.length === 0 && said.length === 1 ? said[0]?.n : undefined;
  const bottom = one(c, 'cutoff');
  const low = bands[bands.length - 1];
  // (…99%-90%,89%-80%…: whole percentages written apart by one still meet end to end.)
  const meets = (upper: number | undefined, lower: number): boolean =>
    upper !== undefined && upper - lower >= 0 && upper - lower <= 1;
  const joined = bands.every((b, i) => i === 0 || meets(bands[i - 1]?.lo, b.hi));
  if (!target || topGain === undefined || !bottom || !top || !low || !joined) return undefined;
  if (!meets(target.x, top.hi) || bottom.x !== low.lo) return undefined;
  const topPoints = topGain;
  const levels = [
    { name: `${target.x}%及以上`, points: topPoints },
    ...bands.map((b) => ({ name: `${b.lo}%–${b.hi}%`, points: b.n })),
    { name: `低于${bottom.x}%`, points: 0 },
  ];
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '实际百分比所在档次' }, levels },
    readAs: 'levels (bands of a percentage)',
    confidence: 0.8,
    uses: ['pctBand', 'pctTarget', 'gain', 'cutoff', 'points', 'zero'],
    points: c.points ?? topPoints,
    reading: `按实际百分比选档：${levels.map((l) => `${l.name}得${l.points}分`).join('，')}。`,
  };
}

/**
 * 达到100%的得3分，达到90%的得2分，90%以下不得分: targets each with its points, down to a cut-off;
 * the assessor picks the step the rate reached.
 */
function stepsRule(c: Ctx): Composed | undefined {
  const steps: { x: number; n: number }[] = [];
  let pending: number | undefined;
  let bareSteps = false;
  for (const f of c.facts) {
    if (f.t === 'pctTarget') pending = f.x;
    else if (f.t === 'gain' && pending === undefined && steps.length === 0) {
      // 完成任务的得5分，完成80%以上的得3分…: the top step is all of it; any other lone 得N分 is not a step.
      if (!/完成|达到|全部|全面/.test(f.label)) return undefined;
      const n = f.n === 'full' ? c.points : typeof f.n === 'number' ? f.n : undefined;
      if (n === undefined) return undefined;
      steps.push({ x: 100, n });
    } else if (f.t === 'gain' && pending === undefined && typeof f.n === 'number') {
      // 建家率达70%得3分,60%得2分,50%得1分: a bare percentage after the first step is the next step.
      const bare = /^(\d+(?:\.\d+)?)%(?:及以上|以上)?的?$/.exec(f.label)?.[1];
      if (bare === undefined) return undefined;
      steps.push({ x: Number(bare), n: f.n });
      bareSteps = true;
    } else if (f.t === 'gain' && pending !== undefined) {
      if (steps.length > 0 && /^\d+(?:\.\d+)?%(?:及以上|以上)?的?$/.test(f.label)) bareSteps = true;
      const n = f.n === 'full' ? c.points : typeof f.n === 'number' ? f.n : undefined;
      if (n === undefined) return undefined;
      steps.push({ x: pending, n });
      pending = undefined;
    }
  }
  const lowest = steps[steps.length - 1];
  // With the steps said as a list of bare percentages, below the lowest earns nothing unsaid.
  const implied = bareSteps && !one(c, 'cutoff') && steps[0]?.n === c.points && lowest ? { x: lowest.x } : undefined;
  const bottom = one(c, 'cutoff') ?? implied;
  if (steps.length < 2 || !bottom || !lowest || bottom.x !== lowest.x) return undefined;
  if (steps.some((s, i) => i > 0 && (steps[i - 1]?.n ?? 0) < s.n)) return undefined;
  if (steps.some((s, i) => i > 0 && (steps[i - 1]?.x ?? 0) <= s.x)) return undefined;
  const levels = [
    ...steps.map((s, i) => ({ name: i === 0 ? `${s.x}%及以上` : `${s.x}%–${steps[i - 1]?.x ?? 100}%`, points: s.n })),
    { name: `低于${bottom.x}%`, points: 0 },
  ];
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '实际百分比所在档次' }, levels },
    readAs: 'levels (steps of a percentage)',
    confidence: 0.8,
    uses: ['pctTarget', 'gain', 'cutoff', 'points', 'zero'],
    points: c.points ?? steps[0]?.n ?? 0,
    reading: `按实际百分比选档：${levels.map((l) => `${l.name}得${l.points}分`).join('，')}。`,
  };
}

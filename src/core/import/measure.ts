import { all, asRequirement, one, restates, wholeGain, type Composed, type Ctx } from './compose';
import type { Fact } from './phrases';

/**
 * Readings of clauses about a measured value: a percentage or an amount against a target
 * (shortfall), over a limit (excess), a cut-off, proportional scoring, and awards per step.
 */

const pctInput = (c: Ctx, label: string): { id: string; label: string; unit: string } => ({
  id: c.id(1),
  label,
  unit: '%',
});

/**
 * 达到90%的得5分，80%-90%之间的得3分，低于80%的不得分: a scale of bands; the assessor picks the
 * band the measured rate falls in. Read only when the bands meet end to end.
 */
function bandRule(c: Ctx): Composed | undefined {
  const bands = all(c, 'pctBand').sort((a, b) => b.hi - a.hi);
  if (bands.length === 0) return stepsRule(c);
  const top = bands[0];
  // 按时完成整改的得5分；销号率80%(含)以上不足100%的得3分: with no target said, the top band ends at 100%.
  const target = one(c, 'pctTarget') ?? (top?.hi === 100 ? { x: 100 } : undefined);
  const gains = all(c, 'gain').filter((g): g is typeof g & { n: number } => typeof g.n === 'number');
  const bottom = one(c, 'cutoff');
  const low = bands[bands.length - 1];
  const joined = bands.every((b, i) => i === 0 || bands[i - 1]?.lo === b.hi);
  if (!target || gains.length !== 1 || !bottom || !top || !low || !joined) return undefined;
  if (target.x !== top.hi || bottom.x !== low.lo) return undefined;
  const topPoints = gains[0]?.n ?? 0;
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
 * 每少1个百分点扣0.5分 / 少1万扣0.4分: a part of a step counts in proportion (exact). 每少10万元扣1分 /
 * 每少5个百分点扣1分: only a full step counts (whole), as 会龙山 reads 每少完成10万元.
 */
const stepping = (step: number): 'exact' | 'whole' => (step > 1 ? 'whole' : 'exact');
const steppingNote = (step: number, unit: string): string =>
  step > 1
    ? `每满${step}${unit}扣一次，不足${step}${unit}的部分不扣（whole）`
    : `不足${step}${unit}的按实际差额折算（exact）`;

/**
 * A measure's clause that also says what loses everything (…按完成比例计分；无培训计划的不得分 /
 * …每超过5个百分点扣1分；新增不合规债务的不得分) asks that as a requirement beside the measure;
 * 未达到的不得分 only restates the measure and asks nothing.
 */
/**
 * 达到100%的得3分，达到90%的得2分，90%以下不得分: targets each with its points, down to a cut-off;
 * the assessor picks the step the rate reached.
 */
function stepsRule(c: Ctx): Composed | undefined {
  const steps: { x: number; n: number }[] = [];
  let pending: number | undefined;
  for (const f of c.facts) {
    if (f.t === 'pctTarget') pending = f.x;
    else if (f.t === 'gain' && pending === undefined && steps.length === 0) {
      // 完成任务的得5分，完成80%以上的得3分…: the top step is all of it; any other lone 得N分 is not a step.
      if (!/完成|达到|全部|全面/.test(f.label)) return undefined;
      const n = f.n === 'full' ? c.points : typeof f.n === 'number' ? f.n : undefined;
      if (n === undefined) return undefined;
      steps.push({ x: 100, n });
    } else if (f.t === 'gain' && pending !== undefined) {
      const n = f.n === 'full' ? c.points : typeof f.n === 'number' ? f.n : undefined;
      if (n === undefined) return undefined;
      steps.push({ x: pending, n });
      pending = undefined;
    }
  }
  const bottom = one(c, 'cutoff');
  const lowest = steps[steps.length - 1];
  if (steps.length < 2 || !bottom || !lowest || bottom.x !== lowest.x) return undefined;
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

export function measureRule(c: Ctx): Composed | undefined {
  const r = measureOnly(c);
  const zero = one(c, 'zero');
  if (!r || !zero || !['shortfall', 'excess', 'proportional', 'threshold'].includes(r.rule.kind)) return r;
  if (restates(zero.label)) return r;
  // 按期整改到位的得满分；…按整改率计分；未整改的不得分: 未整改 is the measure at nothing.
  const done = /^(?:未|没有|没)(.{2,6}?)(?:的|者)?$/.exec(zero.label)?.[1];
  if (done && (all(c, 'gain').some((g) => g.label.includes(done)) || c.text.includes(`${done}率`))) return r;
  return { ...r, readAs: `${r.readAs} + void flag`, requires: asRequirement(zero.label, c.text) };
}

function measureOnly(c: Ctx): Composed | undefined {
  const banded = bandRule(c);
  if (banded || one(c, 'pctBand')) return banded;
  const target = one(c, 'pctTarget');
  const step = one(c, 'pctStep');
  const cutoff = one(c, 'cutoff');
  const base: Fact['t'][] = ['points', 'gain', 'floorZero', 'zero'];
  // 达到90%(二类乡镇达到85%): two targets for one measure are not one rule; read neither.
  const targets = new Set(all(c, 'pctTarget').map((t) => t.x));
  if (step && targets.size > 1) return undefined;
  // 知晓率…每低1个百分点扣0.3分；群众支持率低于80%的，本项不得分: a cut-off of another rate is not this one's.
  const rates = new Set([...c.text.matchAll(/([\u4e00-\u9fff]{2})率/g)].map((m) => m[1]));
  if ((step || cutoff) && rates.size > 1 && one(c, 'cutoff')) return undefined;
  // 开工率每低1个百分点扣0.2分，投资完成率每低1个百分点扣0.3分: two measures are not one rule.
  if (all(c, 'pctStep').length > 1 || all(c, 'excessStep').length > 1) return undefined;
  if (step) {
    // 出列达到计划指标的得8分，每减少1个百分点扣0.5分: the plan itself is 100%.
    // 全部如期脱贫的得5分，每少脱贫1%扣0.5分 / 是否全面落实…1个百分点扣0.2: all of it is 100%.
    const planned =
      all(c, 'gain').some((g) => /(?:达到|完成)[^,;。]*(?:指标|计划|目标|任务)|全部|全面/.test(g.label)) ||
      (!all(c, 'gain').length && /全部|全面/.test(c.text));
    const t = target ?? (planned ? { x: 100 } : undefined);
    if (!t) return undefined;
    const shortCut = one(c, 'shortCut');
    return {
      rule: {
        kind: 'shortfall',
        input: pctInput(c, `实际达到的百分比（目标${t.x}%）`),
        target: t.x,
        step: step.step,
        per: step.per,
        stepping: stepping(step.step),
        ...(cutoff ? { cutoff: cutoff.x } : shortCut ? { cutoff: t.x - shortCut.n } : {}),
      },
      readAs: `shortfall (achieved %, target ${t.x}%)`,
      confidence: target ? 0.9 : 0.8,
      uses: [
        ...base,
        'pctTarget',
        'pctStep',
        'cutoff',
        'shortCut',
        ...(all(c, 'pctBelow').every((b) => b.x === t.x) ? (['pctBelow'] as const) : []),
      ],
      reading: `填实际百分比；低于${t.x}%的，每少${step.step}个百分点扣${step.per}分，${steppingNote(step.step, '个百分点')}${cutoff ? `；低于${cutoff.x}%本条不得分` : ''}。`,
    };
  }
  const over = one(c, 'countExcess');
  const days = one(c, 'countLimit');
  if (over && days && !one(c, 'excessLimit')) {
    const ex = over;
    return {
      rule: {
        kind: 'excess',
        input: { id: c.id(1), label: `实际${days.unit}数（不超过${days.x}${days.unit}）`, unit: days.unit },
        limit: days.x,
        step: ex.step,
        per: ex.per,
        stepping: 'exact',
      },
      readAs: `excess (limit ${days.x}${days.unit})`,
      confidence: 0.85,
      uses: [...base, 'countExcess', 'countLimit', 'deduct'],
      reading: `填实际${days.unit}数；超过${days.x}${days.unit}的，每超过${ex.step}${days.unit}扣${ex.per}分，不足的按实际超出折算（exact），扣完为止。`,
    };
  }
  const ex = one(c, 'excessStep');
  const limit = one(c, 'excessLimit');
  if (ex && limit) {
    return {
      rule: {
        kind: 'excess',
        input: pctInput(c, `实际百分比（上限${limit.x}%）`),
        limit: limit.x,
        step: ex.step,
        per: ex.per,
        stepping: 'exact',
      },
      readAs: `excess (limit ${limit.x}%)`,
      confidence: 0.9,
      uses: [...base, 'excessStep', 'excessLimit'],
      reading: `填实际百分比；超过${limit.x}%的，每超过${ex.step}个百分点扣${ex.per}分，不足${ex.step}个百分点的按实际超出折算（exact），扣完为止。`,
    };
  }
  // 95%以上的得满分，70%至95%之间的按比例得分，低于70%的不得分: full above, in proportion between, 0 below.
  if (one(c, 'proportional') && cutoff && target && target.x > cutoff.x) {
    return {
      rule: {
        kind: 'threshold',
        input: pctInput(c, '实际百分比'),
        cutoff: cutoff.x,
        target: target.x,
        between: 'proportional',
      },
      readAs: `threshold (${cutoff.x}%–${target.x}% in proportion)`,
      confidence: 0.85,
      uses: [...base, 'proportional', 'pctTarget', 'cutoff', 'pctBand'],
      percents: [cutoff.x, target.x],
      reading: `${target.x}%及以上得本条分值；${cutoff.x}%–${target.x}%之间按比例（分值×实际÷${target.x}%）；低于${cutoff.x}%得0分。`,
    };
  }
  if (one(c, 'proportional') || one(c, 'propFull')) {
    // 达到62%的得满分，低于62%的按完成比例计分: full points at the target.
    const fullAtTarget = target && all(c, 'gain').some((g) => wholeGain(g, c.points)) ? target.x : undefined;
    const full = one(c, 'propFull')?.x ?? fullAtTarget ?? 100;
    return {
      rule: { kind: 'proportional', input: pctInput(c, '实际比例'), full },
      readAs: `proportional (full at ${full}%)`,
      confidence: 0.85,
      uses: [...base, 'proportional', 'propFull', 'pctTarget'],
      reading: `填实际比例；${full === 100 ? '' : `达到${full}%及以上得满分，`}得分=分值×比例÷${full}%。`,
      percents: [full],
    };
  }
  const atMost = all(c, 'atMost');
  if (atMost.length > 0 && atMost.every((a) => a.x === atMost[0]?.x) && !target && !cutoff) {
    const x = atMost[0]?.x ?? 0;
    return {
      rule: { kind: 'threshold', input: pctInput(c, '实际百分比'), cutoff: x, between: 'full', direction: 'atMost' },
      readAs: `threshold (at most ${x}%)`,
      confidence: 0.85,
      uses: [...base, 'atMost'],
      reading: `${x}%及以下得本条分值，高于${x}%得0分。`,
    };
  }
  // 评级授信率达80%以上的得1分: one award for reaching a percentage, nothing below it.
  const gains = all(c, 'gain');
  if (target?.above && !cutoff && gains.length === 1 && typeof gains[0]?.n === 'number') {
    return {
      rule: { kind: 'threshold', input: pctInput(c, '实际百分比'), cutoff: target.x, between: 'full' },
      readAs: `threshold (达到${target.x}%以上得N分)`,
      confidence: 0.85,
      uses: [...base, 'pctTarget'],
      reading: `${target.x}%及以上得本条分值，低于${target.x}%得0分。`,
    };
  }
  // 达到100%的得3分，达到90%的得2分，90%以下不得分: more than one 得N分 is a scale, not a cut-off.
  if (cutoff && all(c, 'gain').length > 1) return undefined;
  if (cutoff) {
    const open = target !== undefined && target.x < 100 && target.x !== cutoff.x;
    return {
      rule: { kind: 'threshold', input: pctInput(c, '实际百分比'), cutoff: cutoff.x, between: 'full' },
      readAs: `threshold (cut-off ${cutoff.x}%)`,
      confidence: open ? 0.4 : 0.8,
      uses: [...base, 'cutoff', 'pctTarget'],
      reading: `${cutoff.x}%及以上得本条分值，低于${cutoff.x}%得0分。`,
    };
  }
  return amountRule(c) ?? awardRule(c);
}

function amountRule(c: Ctx): Composed | undefined {
  const base: Fact['t'][] = ['points', 'gain', 'floorZero', 'money'];
  // 一类…3000万元，二类…2000万元，每少100万元扣0.5分: the sums other than the step are targets; two of them are not one rule.
  const steps = new Set([...all(c, 'amountStep'), ...all(c, 'amountPer')].map((s) => s.step));
  const sums = new Set(
    all(c, 'money')
      .map((m) => m.x)
      .filter((x) => !steps.has(x)),
  );
  if (sums.size > 1) return undefined;
  const target = one(c, 'amountTarget');
  const stepped = one(c, 'amountStep');
  // 全科医生数达到3名的得4分，每少0.5名扣1分: a count to reach in the step's unit is the target.
  const goals = [
    ...new Set(
      all(c, 'countGoal')
        .filter((g) => g.unit === stepped?.unit)
        .map((g) => g.x),
    ),
  ];
  if (stepped && !target && goals.length === 1) {
    const x = goals[0] ?? 0;
    return {
      rule: {
        kind: 'shortfall',
        input: { id: c.id(1), label: `实际数（目标${x}${stepped.unit}）`, unit: stepped.unit },
        target: x,
        step: stepped.step,
        per: stepped.per,
        stepping: stepping(stepped.step),
      },
      readAs: `shortfall (achieved count, target ${x}${stepped.unit})`,
      confidence: 0.85,
      uses: [...base, 'amountStep', 'countGoal'],
      reading: `填实际数；少于${x}${stepped.unit}的，每少${stepped.step}${stepped.unit}扣${stepped.per}分，${steppingNote(stepped.step, stepped.unit)}。`,
    };
  }
  if (stepped && !target && goals.length > 1) return undefined;
  if (stepped && !target) {
    return {
      rule: {
        kind: 'shortfall',
        input: { id: c.id(1), label: `少完成的金额（${stepped.unit}）`, unit: stepped.unit, entry: 'shortfall' },
        step: stepped.step,
        per: stepped.per,
        stepping: 'whole',
      },
      readAs: `shortfall (entry: shortfall in ${stepped.unit}, whole steps of ${stepped.step})`,
      confidence: 0.8,
      uses: [...base, 'amountStep', 'amountTarget'],
      reading: `填少完成的金额（${stepped.unit}）；每满${stepped.step}${stepped.unit}扣${stepped.per}分，不足${stepped.step}${stepped.unit}的部分不扣（whole）。`,
    };
  }
  const per = one(c, 'amountPer') ?? stepped;
  if (per && target) {
    return {
      rule: {
        kind: 'shortfall',
        input: { id: c.id(1), label: `实际金额（目标${target.x}${target.unit}）`, unit: target.unit },
        target: target.x,
        step: per.step,
        per: per.per,
        stepping: stepping(per.step),
      },
      readAs: `shortfall (achieved amount, target ${target.x}${target.unit})`,
      confidence: 0.9,
      uses: [...base, 'amountPer', 'amountStep', 'amountTarget'],
      reading: `填实际金额（${target.unit}）；少于${target.x}${target.unit}的，每少${per.step}${per.unit}扣${per.per}分，${steppingNote(per.step, per.unit)}。`,
    };
  }
  const countTarget = one(c, 'countTarget');
  const counts = all(c, 'deduct');
  const d = counts[0];
  if (countTarget && d && counts.length === 1) {
    return {
      rule: {
        kind: 'shortfall',
        input: { id: c.id(1), label: `实际完成数（目标${countTarget.x}${countTarget.unit}）`, unit: countTarget.unit },
        target: countTarget.x,
        step: 1,
        per: d.per,
        stepping: 'whole',
      },
      readAs: `shortfall (achieved count, target ${countTarget.x}${countTarget.unit})`,
      confidence: 0.8,
      uses: [...base, 'countTarget', 'deduct'],
      reading: `填实际完成数；少于${countTarget.x}${countTarget.unit}的，每少1${d.unit}扣${d.per}分。`,
    };
  }
  return undefined;
}

function awardRule(c: Ctx): Composed | undefined {
  const awards = all(c, 'award');
  if (awards.length === 0) return undefined;
  // 每达到1万元的得1分，每增加1万元加1分: one rule said twice (a sum, said again); two events that earn
  // the same (每次得0.5分；…发言的，每次另加0.5分) are two.
  const distinct = awards.filter(
    (a, i) =>
      awards.findIndex(
        (b) => b.step === a.step && b.unit === a.unit && b.per === a.per && (b.unit === '万元' || b.unit === '元'),
      ) === i || !['万元', '元'].includes(a.unit),
  );
  const cap = one(c, 'awardMax')?.n;
  const ask = one(c, 'askCount');
  const inputs = distinct.map((a, i) => ({
    id: c.id(i + 1),
    label: `${a.label || '达到'}的${a.unit === '万元' || a.unit === '元' ? `金额（${a.unit}）` : `${a.unit}数`}`,
    unit: a.unit,
    per: a.per,
    ...(a.step === 1 ? {} : { step: a.step }),
    ...(ask && distinct.length === 1 ? { max: ask.n } : {}),
  }));
  const points =
    c.points !== undefined && c.points > 0 ? c.points : (cap ?? (ask ? ask.n * (distinct[0]?.per ?? 0) : undefined));
  return {
    rule: { kind: 'award', inputs, stepping: 'whole' },
    readAs: `award (per step${cap === undefined ? '' : `, max ${cap}`})`,
    confidence: points === undefined ? 0.5 : 0.85,
    // 每项1分，全部完成得5分: a 得N分 worth all the points is the awards' top; 按要求报送的得2分；…每条加0.5分:
    // one worth less is a part of its own the awards do not explain.
    uses: [
      'award',
      'awardMax',
      'askCount',
      'points',
      'discretion',
      ...(all(c, 'gain').every((g) => wholeGain(g, points)) ? (['gain'] as const) : []),
    ],
    ...(points === undefined ? {} : { points: cap === undefined ? points : Math.min(points, cap) }),
    reading: `填${inputs.map((i) => i.label).join('、')}；按整档计分（whole），以${cap ?? points ?? '本条分值'}分为限。`,
  };
}

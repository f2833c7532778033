import { all, asRequirement, one, restates, wholeGain, type Composed, type Ctx } from './compose';
import type { Fact } from './phrases';
import { amountRule, awardRule } from './measure-amount';
import { bandRule } from './measure-bands';
import { pctInput, stepping, steppingNote } from './measure-kit';

/**
 * Readings of clauses about a measured value: a percentage or an amount against a target
 * (shortfall), over a limit (excess), a cut-off, proportional scoring, and awards per step.
 */

/**
 * A measure's clause that also says what loses everything (…按完成比例计分；无培训计划的不得分 /
 * …每超过5个百分点扣1分；新增不合规债务的不得分) asks that as a requirement beside the measure;
 * 未达到的不得分 only restates the measure and asks nothing.
 */
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
      (!all(c, 'gain').length && /全部|全面/.test(c.text)) ||
      // 完成财政收入任务得分,每少一个百分点扣1分: the task done scores; the plan is 100%.
      /(?:完成|达到)[^,;。]{0,14}?(?:指标|计划|目标|任务)的?得(?:满)?分/.test(c.text);
    // 消缺率不低于60%,每低5%扣0.5分 / 低于90%的,每低1个百分点扣0.5分: the line it falls below is the target.
    const below = all(c, 'pctBelow');
    const line = below.length === 1 && below[0] ? { x: below[0].x } : undefined;
    // 耳标佩戴率100%得5分,每低1个百分点扣1分: the rate that earns the row's points is the target.
    const earned = all(c, 'gain')
      .filter((g) => wholeGain(g, c.points))
      .map((g) => /率(?:达到?)?(\d+(?:\.\d+)?)%(?:及以上|以上)?$/.exec(g.label)?.[1])
      .find((x) => x !== undefined);
    const t = target ?? line ?? (earned ? { x: Number(earned) } : planned ? { x: 100 } : undefined);
    if (!t) return againstBase(c, step);
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
  // 时间:5分钟 | 每超过30秒扣1分: a step of time (or of several) over a limit the row does not restate — the time over
  // is typed, each step of it costing so much.
  if (over && !days && !one(c, 'excessLimit') && (over.step !== 1 || /秒|分钟/.test(over.unit)))
    return {
      rule: {
        kind: 'excess',
        input: { id: c.id(1), label: `超出的${over.unit}数`, unit: over.unit, entry: 'excess' },
        limit: 0,
        step: over.step,
        per: over.per,
        stepping: 'whole',
      },
      readAs: `excess (${over.unit} over typed)`,
      confidence: 0.85,
      uses: [...base, 'countExcess'],
      claims: ['countExcess'],
      reading: `填超出的${over.unit}数；每超过${over.step}${over.unit}扣${over.per}分，不足${over.step}${over.unit}的不扣，扣完为止。`,
    };
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
      rule: { kind: 'proportional', input: pctInput(c, one(c, 'proportional')?.of ?? '实际比例'), full },
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

/**
 * 与上年度相比持平得15分,每下降一个百分点扣7.5分: the full points for holding last year's figure and a step
 * for each point below it — no target to type against, so the points it fell are typed.
 */
function againstBase(c: Ctx, step: { step: number; per: number }): Composed | undefined {
  const gains = all(c, 'gain');
  const held = gains.length === 1 && gains.every((g) => wholeGain(g, c.points) && /持平|上年|去年|基数/.test(g.label));
  // (达到当年土地流转率得5分,每下降5个百分点扣1分: a rate set elsewhere, no figure given — the points below it typed.)
  const rate = /^达到(?:当年|当期|本年度?|规定|要求|下达)的?([^,;。\d%]{1,12}率)$/.exec(gains[0]?.label ?? '')?.[1];
  const set = gains.length === 1 && gains.every((g) => wholeGain(g, c.points)) && rate !== undefined;
  if ((!held && !set) || !/下降|降低|减少/.test(c.text)) return undefined;
  return {
    rule: {
      kind: 'shortfall',
      input: { ...pctInput(c, held ? '比上年下降的百分点数' : `低于${rate ?? ''}的百分点数`), entry: 'shortfall' },
      step: step.step,
      per: step.per,
      stepping: stepping(step.step),
    },
    readAs: 'shortfall (entry: points fallen from the base)',
    confidence: 0.85,
    uses: ['points', 'gain', 'floorZero', 'pctStep'],
    reading: `填${held ? '比上年下降' : `低于${rate ?? ''}`}的百分点数；每下降${step.step}个百分点扣${step.per}分，${steppingNote(step.step, '个百分点')}。`,
  };
}

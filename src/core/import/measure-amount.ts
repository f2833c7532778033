import { all, one, wholeGain, type Composed, type Ctx } from './compose';
import type { Fact } from './phrases';
import { stepping, steppingNote } from './measure-kit';

/** Readings of clauses about an amount or a count against a target, and awards per step. */

export function amountRule(c: Ctx): Composed | undefined {
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

export function awardRule(c: Ctx): Composed | undefined {
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

import type { Fact } from './phrases';

/** What the facts of a clause say beside its rule: rival targets, the words of unused phrases, a stated (N分). */

/** Two different counts to reach in the unit a deduction counts in: targets by class or kind, not one rule. */
export function rivalTargets(facts: readonly Fact[]): boolean {
  const units = new Set(
    facts.flatMap((f) => (f.t === 'deduct' || f.t === 'amountStep' || f.t === 'amountPer' ? [f.unit] : [])),
  );
  const xs = new Set(facts.flatMap((f) => (f.t === 'countGoal' && units.has(f.unit) ? [f.x] : [])));
  return xs.size > 1;
}

/** Phrases left unused, named for the user (the rest by their kind). */
export const factWords: Partial<Record<Fact['t'], string>> = {
  deduct: '每…扣N分',
  bare: '…扣N分',
  zero: '不得分',
  highestOnly: '仅就最高级别',
  gain: '得N分',
  check: '（N分）',
  exception: '可以不扣分的例外',
  na: '按缺项计分',
  discretion: '酌情',
  award: '每…加N分',
  add: '加N分',
  pctTarget: '达到N%',
  ranks: '按名次得分',
};

/** Kinds of fact that say how a clause scores (beside them, a (N分) states its points). */
export const RULED = new Set<Fact['t']>([
  'deduct',
  'bare',
  'pctStep',
  'amountStep',
  'amountPer',
  'discretion',
  'excessStep',
  'cutoff',
  'proportional',
  'award',
  'zero',
  'void',
]);

/**
 * 认真参加县级组织的业务培训和会议(2分),缺席一次扣0.5分 / …酌情打分(5分): one (N分) beside a way of scoring
 * states the clause's points, it is no part to tick.
 */
export function statedByCheck(facts: readonly Fact[]): Fact[] {
  const checks = facts.filter((f) => f.t === 'check');
  const [only] = checks;
  if (checks.length !== 1 || only?.t !== 'check' || !facts.some((f) => RULED.has(f.t))) return [...facts];
  return facts.map((f) => (f === only ? { t: 'points', n: only.n, how: '(N分)' } : f));
}

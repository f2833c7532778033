import { type Expr, div, eq, iff, max, min, mul, num, str, sub, sumOf, times, call, bin } from '../formula/ast';
import type { Rule } from '../rubric/schema';
import { type InputSpec, atClass, measureKind, NO, YES } from './inputs';

type Of<K extends Rule['kind']> = Extract<Rule, { kind: K }>;

/** How a clause's rule reads its inputs: a symbolic reference per input id. */
export type Ref = (inputId: string) => Expr;

/**
 * One rule kind: the entries it takes (and so what is valid), and the expression that scores them.
 * The engine evaluates that expression; the sheet prints it. There is no third copy of the rule.
 */
interface KindDef<R extends Rule> {
  inputs(rule: R, cls: string | undefined, clauseText: string): InputSpec[];
  expr(rule: R, points: number, ref: Ref, cls: string | undefined): Expr;
}

const floorAt = (floor: 'zero' | 'none', e: Expr): Expr => (floor === 'zero' ? max(num(0), e) : e);
const steps = (gap: Expr, step: number, stepping: 'whole' | 'exact'): Expr => {
  const ratio = step === 1 ? gap : div(gap, num(step));
  return stepping === 'whole' ? call('INT', ratio) : ratio;
};
/** A numeric entry (count, percentage, amount): at least 0, whole when counted, capped where known. */
function numeric(
  input: { id: string; label: string; text?: string | undefined; unit: string; max?: number | undefined },
  clauseText: string,
  defaultMax?: number,
): InputSpec {
  const kind = measureKind(input.unit);
  const limit = input.max ?? (kind === 'percent' ? (defaultMax ?? 100) : undefined);
  return {
    id: input.id,
    kind,
    label: input.label,
    text: input.text ?? clauseText,
    unit: input.unit,
    min: 0,
    ...(limit === undefined ? {} : { max: limit }),
    whole: kind === 'count',
    role: 'score',
  };
}

const deduct: KindDef<Of<'deduct'>> = {
  // Counts of occurrences (户, 例, 次…): whole numbers whatever the unit says.
  inputs: (r, _cls, text) => r.inputs.map((i) => ({ ...numeric(i, text), kind: 'count', whole: true })),
  expr: (r, points, ref) => {
    const lost = sumOf(r.inputs.map((i) => times(i.per, ref(i.id))));
    const capped = r.ceiling === undefined ? lost : min(num(r.ceiling), lost);
    return floorAt(r.floor, sub(num(points), capped));
  },
};

const yesno: KindDef<Of<'yesno'>> = {
  inputs: (r, _cls, text) => [
    { id: r.input.id, kind: 'yesno', label: r.input.label, text: r.input.text ?? text, role: 'score' },
  ],
  expr: (r, points, ref) => iff(eq(ref(r.input.id), str(YES)), num(points), num(0)),
};

const checklist: KindDef<Of<'checklist'>> = {
  inputs: (r, _cls, text) =>
    r.inputs.map((i) => ({ id: i.id, kind: 'yesno', label: i.label, text: i.text ?? text, role: 'score' })),
  expr: (r, _points, ref, cls) =>
    sumOf(r.inputs.map((i) => iff(eq(ref(i.id), str(YES)), num(atClass(i.points, cls)), num(0)))),
};

const shortfall: KindDef<Of<'shortfall'>> = {
  inputs: (r, _cls, text) => [numeric(r.input, text, r.target !== undefined && r.target > 100 ? 200 : 100)],
  expr: (r, points, ref) => {
    const x = ref(r.input.id);
    const gap = r.input.entry === 'achieved' ? max(num(0), sub(num(r.target ?? 0), x)) : x;
    const score = floorAt(r.floor, sub(num(points), times(r.per, steps(gap, r.step, r.stepping))));
    return r.cutoff === undefined ? score : iff(bin('<', x, num(r.cutoff)), num(0), score);
  },
};

const excess: KindDef<Of<'excess'>> = {
  inputs: (r, _cls, text) => [numeric(r.input, text)],
  expr: (r, points, ref) => {
    const x = ref(r.input.id);
    const gap = r.input.entry === 'excess' ? x : max(num(0), sub(x, num(r.limit)));
    return max(num(0), sub(num(points), times(r.per, steps(gap, r.step, r.stepping))));
  },
};

const threshold: KindDef<Of<'threshold'>> = {
  inputs: (r, _cls, text) => [numeric(r.input, text)],
  expr: (r, points, ref) => {
    const x = ref(r.input.id);
    if (r.direction === 'atMost') return iff(bin('>', x, num(r.cutoff)), num(0), num(points));
    const above =
      r.between === 'proportional' && r.target !== undefined
        ? mul(num(points), min(num(1), div(x, num(r.target))))
        : num(points);
    return iff(bin('<', x, num(r.cutoff)), num(0), above);
  },
};

const proportional: KindDef<Of<'proportional'>> = {
  inputs: (r, _cls, text) => [numeric(r.input, text)],
  expr: (r, points, ref) => mul(num(points), min(num(1), div(ref(r.input.id), num(r.full)))),
};

const award: KindDef<Of<'award'>> = {
  inputs: (r, _cls, text) => r.inputs.map((i) => numeric(i, text)),
  expr: (r, points, ref) =>
    min(num(points), sumOf(r.inputs.map((i) => times(i.per, steps(ref(i.id), i.step, r.stepping))))),
};

const levels: KindDef<Of<'levels'>> = {
  inputs: (r, _cls, text) => [
    {
      id: r.input.id,
      kind: 'level',
      label: r.input.label,
      text: r.input.text ?? text,
      levels: r.levels.map((l) => l.name),
      role: 'score',
    },
  ],
  expr: (r, _points, ref, cls) => {
    const x = ref(r.input.id);
    // Nested IFs from the last level up; the last level is the fallback.
    const last = r.levels[r.levels.length - 1];
    return r.levels
      .slice(0, -1)
      .reduceRight<Expr>(
        (rest, l) => iff(eq(x, str(l.name)), num(atClass(l.points, cls)), rest),
        num(last ? atClass(last.points, cls) : 0),
      );
  },
};

const judgement: KindDef<Of<'judgement'>> = {
  inputs: (r, _cls, text) => [
    {
      id: r.input.id,
      kind: 'score',
      label: r.input.label,
      text: r.input.text ?? text,
      unit: '分',
      min: 0,
      ...(r.bands ? { bands: r.bands } : {}),
      role: 'score',
    },
  ],
  expr: (r, _points, ref) => ref(r.input.id),
};

/** The table of rule kinds. Adding a kind means adding its schema case and one row here. */
export const kinds: { readonly [K in Rule['kind']]: KindDef<Of<K>> } = {
  deduct,
  yesno,
  checklist,
  shortfall,
  excess,
  threshold,
  proportional,
  award,
  levels,
  judgement,
};

export function ruleInputs(rule: Rule, cls: string | undefined, clauseText: string): InputSpec[] {
  return (kinds[rule.kind] as KindDef<Rule>).inputs(rule, cls, clauseText);
}

export function ruleExpr(rule: Rule, points: number, ref: Ref, cls: string | undefined): Expr {
  return (kinds[rule.kind] as KindDef<Rule>).expr(rule, points, ref, cls);
}

/**
 * A void flag (记为不真实，计0分): 否 zeroes the clause; 是, or left as preset, scores it by its rule;
 * anything else leaves the clause unscored rather than guessing.
 */
export function withRequirement(requiresRef: Expr | undefined, e: Expr): Expr {
  if (requiresRef === undefined) return e;
  const metOrUnanswered = call('OR', eq(requiresRef, str(YES)), eq(requiresRef, str('')));
  return iff(eq(requiresRef, str(NO)), num(0), iff(metOrUnanswered, e, str('')));
}

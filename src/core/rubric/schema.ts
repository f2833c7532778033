import { z } from 'zod';

/**
 * The rubric file format (考核细则 as data). Every rule pattern in the source tables is one case
 * of `Rule`; see src/core/rules/kinds.ts for how each case scores, prints as a formula, and what
 * entry it accepts.
 */

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { message: 'bad-id' });
const nonNeg = z.number().finite().min(0);

/** A number that may differ by unit class (一类/二类): `2` or `{ "default": 2, "二类": 3 }`. */
export const ClassNum = z.union([nonNeg, z.object({ default: nonNeg }).catchall(nonNeg)]);
export type ClassNum = z.infer<typeof ClassNum>;

const inputBase = {
  id,
  /** A short label quoting the clause: what the user is asked. */
  label: z.string().min(1),
  /** The verbatim words of the clause this input belongs to, when narrower than the clause. */
  text: z.string().optional(),
};

/** A count (户, 例, 次, 处, 项, 名) deducted per occurrence. */
export const CountDeduction = z.object({
  ...inputBase,
  unit: z.string().default('次'),
  per: z.number().finite().positive(),
  max: z.number().int().min(0).optional(),
});

/** A ticked requirement worth points (checklists, yes/no parts). */
export const CheckInput = z.object({ ...inputBase, points: ClassNum });

/** A requirement asked as a question; 是 means met. */
export const YesNoInput = z.object({ ...inputBase });

/** An amount or percentage. `entry` says whether the user types what was achieved or the shortfall. */
export const MeasureInput = z.object({
  ...inputBase,
  unit: z.string().min(1),
  entry: z.enum(['achieved', 'shortfall', 'excess']).default('achieved'),
  max: z.number().finite().optional(),
});

export const AwardInput = z.object({
  ...inputBase,
  unit: z.string().default('次'),
  per: z.number().finite().positive(),
  step: z.number().finite().positive().default(1),
  max: z.number().finite().min(0).optional(),
});

const stepping = z.enum(['whole', 'exact']);
const floor = z.enum(['zero', 'none']);

export const Rule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('deduct'),
    inputs: z.array(CountDeduction).min(1),
    /** 最高扣 / 累计最多扣: the most this clause can lose. */
    ceiling: nonNeg.optional(),
    /** 扣完为止 (zero) or 倒扣分 (none). */
    floor: floor.default('zero'),
  }),
  z.object({ kind: z.literal('yesno'), input: YesNoInput }),
  z.object({ kind: z.literal('checklist'), inputs: z.array(CheckInput).min(1) }),
  z.object({
    kind: z.literal('shortfall'),
    input: MeasureInput,
    /** The target (达到X%, 达5万元); needed when the user types what was achieved. */
    target: z.number().finite().optional(),
    step: z.number().finite().positive().default(1),
    per: z.number().finite().positive(),
    stepping: stepping,
    /** 低于X%不计分: below this achieved value the clause scores 0. */
    cutoff: z.number().finite().optional(),
    floor: floor.default('zero'),
  }),
  z.object({
    kind: z.literal('excess'),
    input: MeasureInput,
    limit: z.number().finite(),
    step: z.number().finite().positive().default(1),
    per: z.number().finite().positive(),
    stepping: stepping,
  }),
  z.object({
    kind: z.literal('threshold'),
    input: MeasureInput,
    cutoff: z.number().finite(),
    target: z.number().finite().positive().optional(),
    /** Between cutoff and target: full points, or in proportion to target. */
    between: z.enum(['full', 'proportional']).default('full'),
    /** atLeast: 低于X%不计分 (below the cutoff scores 0); atMost: 降至X%以下 (above it scores 0). */
    direction: z.enum(['atLeast', 'atMost']).default('atLeast'),
  }),
  z.object({
    kind: z.literal('proportional'),
    input: MeasureInput,
    /** The value that earns full points (004 1.1: 90% 肯定回答不扣分). */
    full: z.number().finite().positive().default(100),
  }),
  z.object({
    kind: z.literal('award'),
    inputs: z.array(AwardInput).min(1),
    stepping: stepping.default('whole'),
  }),
  z.object({
    kind: z.literal('levels'),
    input: YesNoInput,
    levels: z.array(z.object({ name: z.string().min(1), points: ClassNum })).min(2),
  }),
  z.object({
    kind: z.literal('judgement'),
    input: YesNoInput,
    /** 效果好的得4-5分，一般的得2-3分: the ranges a typed score must fall in. */
    bands: z.array(z.object({ name: z.string().min(1), min: nonNeg, max: nonNeg })).optional(),
  }),
]);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule['kind'];

export const Clause = z.object({
  id,
  /** The verbatim words of this clause, as in the source. */
  text: z.string().min(1),
  label: z.string().min(1).optional(),
  points: ClassNum,
  rule: Rule,
  /** A flag that voids the clause (记为不真实，计0分): asked as the requirement, 否 zeroes it. */
  requires: YesNoInput.optional(),
  /** The reading this file takes where the source is open (每少完成10万元: whole steps?). */
  reading: z.string().optional(),
});
export type Clause = z.infer<typeof Clause>;

export const NotApplicable = z.object({
  input: YesNoInput,
  /** rescale: the total is scaled up; moveTo: the points go to another item. */
  mode: z.enum(['rescale', 'moveTo']),
  to: id.optional(),
  text: z.string().optional(),
});

export const Item = z.object({
  id,
  name: z.string().min(1),
  /** 二级指标 heading shared by several scored rows (004: 帮扶责任人是否到位(12分) over 6 + 6). */
  group: z.string().optional(),
  cap: ClassNum,
  /** 评分细则 / 考核内容及计分标准, verbatim. */
  text: z.string().min(1),
  /** 考核方式. */
  method: z.string().optional(),
  clauses: z.array(Clause).min(1),
  /** 本项各类单项扣分可累计，最高扣N分. */
  maxDeduction: nonNeg.optional(),
  notApplicable: NotApplicable.optional(),
  /** Where the source lost or changed this item's points; shown as a warning. */
  sourceGap: z.string().optional(),
});
export type Item = z.infer<typeof Item>;

export const Section = z.object({
  id,
  name: z.string().min(1),
  cap: ClassNum.optional(),
  items: z.array(Item).min(1),
});
export type Section = z.infer<typeof Section>;

/** 加分 / 扣分 blocks, applied after the base total and capped. */
export const Adjustment = z.object({
  id,
  name: z.string().min(1),
  role: z.enum(['bonus', 'penalty']),
  cap: nonNeg,
  text: z.string().min(1),
  method: z.string().optional(),
  clauses: z.array(Clause).min(1),
});
export type Adjustment = z.infer<typeof Adjustment>;

export const GradeBand = z.object({ name: z.string().min(1), min: z.number().finite().optional() });

export const Flag = z.object({ ...inputBase });
export type Flag = z.infer<typeof Flag>;

/** Rank classes over all units (羊楼司: 前3名 好, 后2名 一般, 突出问题 较差, 其余 较好). */
export const RankingRule = z.object({
  id,
  title: z.string().min(1),
  text: z.string().min(1),
  top: z.object({ count: z.number().int().min(0), name: z.string().min(1) }),
  bottom: z.object({ count: z.number().int().min(0), name: z.string().min(1) }),
  flagged: z.object({ name: z.string().min(1), input: Flag }).optional(),
  rest: z.string().min(1),
  /** 约束条件: any one unmet cancels the unit's eligibility for awards (取消评先资格). */
  constraints: z.array(Flag).default([]),
  reading: z.string().optional(),
});
export type RankingRule = z.infer<typeof RankingRule>;

export const Rubric = z.object({
  $schema: z.string().optional(),
  id,
  title: z.string().min(1),
  /** Where the table comes from (a seed file, a 文号). */
  source: z.string().optional(),
  total: z.number().finite().positive(),
  /** Unit classes (一类/二类); class-dependent numbers are keyed by these ids. */
  classes: z.array(z.object({ id: z.string().min(1), text: z.string().optional() })).default([]),
  defaultClass: z.string().optional(),
  sections: z.array(Section).min(1),
  adjustments: z.array(Adjustment).default([]),
  grades: z.array(GradeBand).min(1),
  /** 一票否决: each asked as the requirement; 否 forces the lowest grade. */
  vetoes: z.array(Flag).default([]),
  /** Conditions that cancel eligibility for awards without changing the grade. */
  disqualifiers: z.array(Flag).default([]),
  ranking: z.union([id, RankingRule]).optional(),
  /** Composite score: this table's weight and other parts typed as scores (003: 80% + 20%). */
  composite: z
    .object({
      text: z.string().min(1),
      weight: z.number().min(0).max(1),
      parts: z.array(z.object({ ...inputBase, weight: z.number().min(0).max(1) })).min(1),
    })
    .optional(),
  /** 宜秀: units graded thus get a 整改通知单 even without lost points. */
  noticeWhen: z.object({ grades: z.array(z.string()), text: z.string() }).optional(),
  readings: z.array(z.object({ about: z.string(), text: z.string() })).default([]),
});
export type Rubric = z.infer<typeof Rubric>;
export type RubricInput = z.input<typeof Rubric>;

import type { RubricInput } from '../core/rubric/schema';

/**
 * What a user can turn an imported clause into, without editing JSON: the rule kinds with their
 * numbers (a list for levels, a checklist, awards per event), and around any kind a condition that
 * voids it (发生安全责任事故，全部扣完) and whether its item may not apply (按缺项考核计分). Pure.
 */

type ClauseIn = RubricInput['sections'][number]['items'][number]['clauses'][number];

export type Rule =
  | {
      readonly kind: 'deduct';
      readonly unit: string;
      readonly per: number;
      readonly floor: 'zero' | 'none';
      readonly ceiling?: number;
    }
  | { readonly kind: 'yesno' }
  | { readonly kind: 'judgement'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'proportional'; readonly unit: string; readonly full: number }
  | {
      readonly kind: 'shortfall';
      readonly unit: string;
      readonly target: number;
      readonly step: number;
      readonly per: number;
    }
  /** 满意度90分以上满分，90分以下扣1分，80分以下扣5分: the points of each level, best first. */
  | { readonly kind: 'levels'; readonly levels: readonly number[] }
  /** 以上指标每项1.5分: the points of each part ticked. */
  | { readonly kind: 'checklist'; readonly items: readonly number[] }
  /** 在省、市、县得到推广的分别加5分、3分、2分: the points each event adds. */
  | { readonly kind: 'award'; readonly unit: string; readonly per: readonly number[] };

export type Correction = Rule & {
  /** The clause scores nothing where this happens (asked as 无“…”情形); '' removes such a condition. */
  readonly voids?: string;
  /** Whether the item may not apply to a unit (按缺项考核计分: then the total is rescaled). */
  readonly mayNotApply?: boolean;
};

export type CorrectionKind = Rule['kind'];
export const correctionKinds: readonly CorrectionKind[] = [
  'deduct',
  'yesno',
  'judgement',
  'proportional',
  'shortfall',
  'levels',
  'checklist',
  'award',
];

/** 5、3、2 / 5,3,2 / 10 9 5 → numbers (a bad entry stays NaN, for the form to refuse). */
export const numberList = (s: string): number[] =>
  s
    .split(/[、,，;；\s]+/)
    .filter((x) => x !== '')
    .map(Number);

const list = (xs: readonly number[]): string => xs.join('、');

/** What a correction is shown as in the report. */
export function correctionText(c: Correction): string {
  const around = `${c.voids ? `；出现“${c.voids}”的本条不得分` : ''}${c.mayNotApply ? '；无此任务的按缺项计分' : ''}`;
  return `${ruleText(c)}${around}`;
}

function ruleText(c: Rule): string {
  switch (c.kind) {
    case 'deduct':
      return `每${c.unit}扣${c.per}分${c.ceiling !== undefined ? `，最多扣${c.ceiling}分` : ''}${c.floor === 'none' ? '，可倒扣' : '，扣完为止'}`;
    case 'yesno':
      return '做到得全分，否则0分';
    case 'judgement':
      return c.min !== undefined && c.max !== undefined
        ? `评分人酌情评定（${c.min}–${c.max}分）`
        : '评分人直接填写得分';
    case 'proportional':
      return `按比例计分（${c.full}${c.unit}得满分）`;
    case 'shortfall':
      return `达到${c.target}${c.unit}得满分，每少${c.step}${c.unit}扣${c.per}分`;
    case 'levels':
      return `分档计分，各档${list(c.levels)}分`;
    case 'checklist':
      return `逐项得分，各项${list(c.items)}分`;
    case 'award':
      return `按次加分，每${c.unit}分别加${list(c.per)}分`;
  }
}

/** Numbers that would not make a valid rule; undefined when the correction is usable. */
export function correctionProblem(c: Correction, points: number): string | undefined {
  const bad = (n: number | undefined): boolean => n !== undefined && (!Number.isFinite(n) || n < 0);
  if (!Number.isFinite(points) || points < 0) return '分值须为不小于0的数';
  if (c.kind === 'deduct' && (!(c.per > 0) || bad(c.ceiling) || c.unit.trim() === ''))
    return '每次扣分须大于0，计数单位不能为空';
  if (
    c.kind === 'judgement' &&
    (bad(c.min) || bad(c.max) || (c.min !== undefined && c.max !== undefined && c.min > c.max) || (c.max ?? 0) > points)
  )
    return '评分范围须在0到分值之间，且下限不大于上限';
  if (c.kind === 'proportional' && !(c.full > 0)) return '满分对应的数值须大于0';
  if (c.kind === 'shortfall' && (!(c.per > 0) || !(c.step > 0) || !Number.isFinite(c.target)))
    return '目标须为数，每少和扣分须大于0';
  if (c.kind === 'levels' && (c.levels.length < 2 || c.levels.some((l) => bad(l) || l > points)))
    return '至少两档，各档分数在0到分值之间，用顿号或逗号分开';
  if (c.kind === 'checklist' && (c.items.length === 0 || c.items.some((l) => bad(l) || l === 0)))
    return '各项分数须大于0，用顿号或逗号分开';
  if (c.kind === 'award' && (c.per.length === 0 || c.per.some((l) => !(l > 0)) || c.unit.trim() === ''))
    return '每次加分须大于0，用顿号或逗号分开，计数单位不能为空';
  if (c.voids !== undefined && c.voids.trim() === '' && c.voids !== '') return '不得分的情形不能只有空格';
  return undefined;
}

/** A short label for the clause's input, from its own words without the numbering. */
const labelOf = (text: string): string => {
  const t = text.replace(/^\s*[(（]?[0-9一二三四五六七八九十]+[)）、.．]\s*/, '').split(/[。；;，,]/)[0] ?? '';
  return (t.length > 24 ? `${t.slice(0, 23)}…` : t) || '本条';
};

export function ruleOf(c: Rule, id: string, text: string): ClauseIn['rule'] {
  const label = labelOf(text);
  switch (c.kind) {
    case 'deduct':
      return {
        kind: 'deduct',
        inputs: [{ id: `${id}-1`, label: `${label}（${c.unit}数）`, unit: c.unit, per: c.per }],
        floor: c.floor,
        ...(c.ceiling !== undefined ? { ceiling: c.ceiling } : {}),
      };
    case 'yesno':
      return { kind: 'yesno', input: { id: `${id}-1`, label: `已做到：${label}` } };
    case 'judgement':
      return {
        kind: 'judgement',
        input: { id: `${id}-score`, label: `得分（${label}）` },
        ...(c.min !== undefined && c.max !== undefined ? { bands: [{ name: '评定', min: c.min, max: c.max }] } : {}),
      };
    case 'proportional':
      return {
        kind: 'proportional',
        input: { id: `${id}-1`, label: `实际达到（${c.unit}）`, unit: c.unit, entry: 'achieved' },
        full: c.full,
      };
    case 'shortfall':
      return {
        kind: 'shortfall',
        input: { id: `${id}-1`, label: `实际达到（目标${c.target}${c.unit}）`, unit: c.unit, entry: 'achieved' },
        target: c.target,
        step: c.step,
        per: c.per,
        stepping: 'exact',
      };
    case 'levels':
      return {
        kind: 'levels',
        input: { id: `${id}-1`, label: `所在档次（${label}）` },
        levels: c.levels.map((points, i) => ({ name: `第${i + 1}档`, points })),
      };
    case 'checklist':
      return {
        kind: 'checklist',
        inputs: c.items.map((points, i) => ({ id: `${id}-${i + 1}`, label: `第${i + 1}项已做到`, points })),
      };
    case 'award':
      return {
        kind: 'award',
        inputs: c.per.map((per, i) => ({
          id: `${id}-${i + 1}`,
          label: `情形${i + 1}（${c.unit}数）`,
          unit: c.unit,
          per,
        })),
        stepping: 'whole',
      };
  }
}

/** What a clause starts from in the form: its kind, unit, points and what it already asks. */
export interface Start {
  readonly text: string;
  readonly points: number;
  readonly voids?: string;
  readonly mayNotApply?: boolean;
}

/** The form's starting numbers for a kind, from the clause's words where possible. */
export function startingCorrection(kind: CorrectionKind, d: Start): Correction {
  const pct = /%|百分/.test(d.text);
  const units = '(万元|元|户|例|次|处|项|名|人|篇|件|起)';
  const unit = pct
    ? '%'
    : (new RegExp(`(?:\\d|[一两二三四五六七八九十])\\s*${units}`).exec(d.text)?.[1] ??
      new RegExp(units).exec(d.text)?.[1] ??
      '次');
  const around = {
    ...(d.voids !== undefined ? { voids: d.voids } : {}),
    ...(d.mayNotApply ? { mayNotApply: true } : {}),
  };
  const rule = ((): Rule => {
    switch (kind) {
      case 'deduct':
        return { kind, unit: pct ? '次' : unit, per: 1, floor: 'zero' };
      case 'yesno':
        return { kind };
      case 'judgement':
        return { kind, min: 0, max: d.points };
      case 'proportional':
        return { kind, unit, full: pct ? 100 : 1 };
      case 'shortfall':
        return { kind, unit, target: pct ? 100 : 1, step: 1, per: 1 };
      case 'levels':
        return { kind, levels: [d.points, 0] };
      case 'checklist':
        return { kind, items: [d.points] };
      case 'award':
        return { kind, unit: pct ? '次' : unit, per: [d.points] };
    }
  })();
  return { ...rule, ...around };
}

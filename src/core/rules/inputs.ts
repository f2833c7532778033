import type { ClassNum } from '../rubric/schema';

/** What kind of value an input cell takes. */
export type InputKind = 'count' | 'percent' | 'amount' | 'yesno' | 'level' | 'score';

/** An entry cell: what it asks, what it accepts. Shared by the engine, the sheet and the CLI. */
export interface InputSpec {
  readonly id: string;
  readonly kind: InputKind;
  readonly label: string;
  readonly text: string;
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly whole?: boolean;
  readonly levels?: readonly string[];
  readonly bands?: readonly { name: string; min: number; max: number }[];
  /** The role of the input beyond scoring: a veto, a void flag, etc. */
  readonly role: 'score' | 'requires' | 'applicable' | 'veto' | 'disqualifier' | 'flagged' | 'constraint' | 'part';
  /** Value written into a new sheet (是 for requirements presumed met until found otherwise). */
  readonly preset?: string;
}

export const YES = '是';
export const NO = '否';

/** Resolves a class-dependent number for one unit class. */
export function atClass(n: ClassNum, cls: string | undefined): number {
  if (typeof n === 'number') return n;
  const v = cls === undefined ? undefined : n[cls];
  return v ?? n.default;
}

/** Units that are counted in whole numbers. */
export const countUnits = ['户', '例', '次', '处', '项', '名', '人', '人次', '个', '篇', '题', '条', '家', '件'];

export function measureKind(unit: string): InputKind {
  return unit === '%' ? 'percent' : countUnits.includes(unit) ? 'count' : 'amount';
}

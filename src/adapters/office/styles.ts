import type { CellStyle, ConditionalPlan } from '../../core/plan/types';

/** How each named look of the plan appears in Excel (kept close to the .xlsx writer's). */
export interface Look {
  readonly fill?: string;
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly wrap?: boolean;
  readonly align?: 'Left' | 'Center' | 'Right';
}

export const looks: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 16, align: 'Center' },
  subtitle: { size: 11, color: '#595959', align: 'Center' },
  label: { bold: true },
  header: { bold: true, fill: '#D9E1F2', wrap: true, align: 'Center' },
  section: { bold: true, fill: '#EDEDED', wrap: true },
  text: { wrap: true },
  rule: { wrap: true, size: 10 },
  number: { align: 'Center' },
  input: { fill: '#FFF2CC', align: 'Center' },
  inputText: { fill: '#FFF2CC', wrap: true },
  formula: { fill: '#E2EFDA', align: 'Center' },
  subtotal: { bold: true, fill: '#E2EFDA', align: 'Center' },
  total: { bold: true, size: 12, fill: '#C6E0B4', align: 'Center' },
  grade: { bold: true, size: 12, fill: '#C6E0B4', align: 'Center' },
  note: { size: 9, color: '#7F7F7F', wrap: true },
  letter: { size: 11, wrap: true, align: 'Left' },
  signature: { size: 11, align: 'Right' },
};

type Conditional = Extract<ConditionalPlan, { type: 'expression' }>['look'];

/** Fill and font colour of each conditional-format look. */
export const conditionalLooks: Readonly<Record<Conditional, { fill: string; font: string }>> = {
  'missing-basis': { fill: '#FCE4D6', font: '#C65911' },
  'bad-entry': { fill: '#FFC7CE', font: '#9C0006' },
  overwritten: { fill: '#E4DFEC', font: '#7030A0' },
  lost: { fill: '#FFFFFF', font: '#C00000' },
};

/** Excel column width (characters) to office-js points: about 7 pixels a character, 5 of padding. */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

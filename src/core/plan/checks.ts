import { formatNumber } from '../formula/print';
import { type InputSpec, NO, YES } from '../rules/inputs';
import type { ValidationPlan } from './types';

/**
 * What an input cell accepts, as the sheet's own checks: native data validation (with Chinese
 * prompt and error) and a conditional-format test that marks an entry outside its rule in red.
 * Both follow the InputSpec the engine checks entries with (src/core/engine/entries.ts).
 */

const cut = (s: string, n: number): string =>
  Array.from(s).length <= n
    ? s
    : `${Array.from(s)
        .slice(0, n - 1)
        .join('')}…`;
const f = formatNumber;
const ERROR_MAX = 224;
/** Excel keeps a list typed into a validation rule to 255 characters, commas included. */
export const LIST_MAX = 255;

export function choices(spec: InputSpec): readonly string[] | undefined {
  if (spec.kind === 'yesno') return [YES, NO];
  if (spec.kind === 'level') return spec.levels ?? [];
  return undefined;
}

function rangeText(spec: InputSpec): string {
  const min = spec.min ?? 0;
  const unit = spec.unit && spec.unit !== '%' ? spec.unit : '';
  const what = spec.whole ? '整数' : '数';
  if (spec.kind === 'percent') return `0 到 ${f(spec.max ?? 100)} 之间的百分数（填 95 表示 95%）`;
  if (spec.max !== undefined) return `${f(min)} 到 ${f(spec.max)} 之间的${what}${unit ? `（${unit}）` : ''}`;
  return `不小于 ${f(min)} 的${what}${unit ? `（${unit}）` : ''}`;
}

/**
 * Data validation for one input cell. Excel limits titles to 32 characters, the prompt to 255 and
 * the error message to 224 in a saved file (MS-OI29500 2.1.613; 225 through the API, MS-XLSB
 * 2.5.37): longer texts are cut, the full wording stays in the sheet's caption and rule cells.
 */
export function validationFor(spec: InputSpec, address: string): ValidationPlan {
  const list = choices(spec);
  const title = cut(spec.label, 32);
  if (list) {
    const opts = list.join('、');
    return {
      range: address,
      type: 'list',
      list,
      promptTitle: title,
      prompt: cut(spec.kind === 'yesno' ? `请选择“是”或“否”（是＝已达到要求）。${spec.label}` : `请选择：${opts}`, 255),
      errorTitle: '录入不符合要求',
      error: cut(`只能填 ${opts} 之一。`, ERROR_MAX),
    };
  }
  const bands = spec.bands?.map((b) => `${b.name} ${f(b.min)}–${f(b.max)} 分`).join('；');
  const text = rangeText(spec);
  return {
    range: address,
    type: spec.whole ? 'whole' : 'decimal',
    min: spec.min ?? 0,
    ...(spec.max !== undefined ? { max: spec.max } : {}),
    promptTitle: title,
    prompt: cut(`请填写${text}。${bands ? `评分区间：${bands}。` : ''}`, 255),
    errorTitle: '录入不符合要求',
    error: cut(`应为${text}。`, ERROR_MAX),
  };
}

/** A conditional-format test (relative to `address`) that is TRUE when the entry breaks its rule. */
export function badEntryTest(spec: InputSpec, a: string): string {
  const list = choices(spec);
  if (list) return `AND(${a}<>"",${list.map((o) => `${a}<>"${o.replace(/"/g, '""')}"`).join(',')})`;
  const tests = [`${a}<${f(spec.min ?? 0)}`];
  if (spec.max !== undefined) tests.push(`${a}>${f(spec.max)}`);
  if (spec.whole) tests.push(`${a}<>INT(${a})`);
  if (spec.bands && spec.bands.length > 0) {
    const inBand = spec.bands.map((b) => `AND(${a}>=${f(b.min)},${a}<=${f(b.max)})`);
    tests.push(`AND(${a}<>0,NOT(OR(${inBand.join(',')})))`);
  }
  return `IF(${a}="",FALSE,IF(ISNUMBER(${a}),OR(${tests.join(',')}),TRUE))`;
}

/** How the 录入项 column names an input: its label and what it takes. */
export function inputCaption(spec: InputSpec): string {
  const list = choices(spec);
  if (list) return `${spec.label}（${list.join('/')}）`;
  if (spec.kind === 'percent') return `${spec.label}（%）`;
  if (spec.kind === 'score') {
    const bands = spec.bands?.map((b) => `${b.name}${f(b.min)}–${f(b.max)}`).join('，');
    return `${spec.label}（分${bands ? `；${bands}` : spec.max !== undefined ? `，0–${f(spec.max)}` : ''}）`;
  }
  return spec.unit ? `${spec.label}（${spec.unit}）` : spec.label;
}

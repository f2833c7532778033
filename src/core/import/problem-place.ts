import type { RubricInput } from '../rubric/schema';

/**
 * Where in an imported rubric a problem stands, in the words of the table (第 4 部分“野外用火管理”第 1 项
 * “严格野外用火管理”的名称) instead of a schema path (sections[3].items[0].name). Pure.
 */

const fields: Readonly<Record<string, string>> = {
  name: '名称',
  cap: '分值',
  points: '分值',
  text: '原文',
  total: '总分',
  per: '每次分值',
  target: '目标值',
  levels: '档次',
  inputs: '填写项',
  clauses: '评分条目',
  items: '考核项目',
  grades: '等次',
  id: '编号',
  label: '填写项名称',
};

const named = (n: unknown): string => (typeof n === 'string' && n.trim() ? `“${n.trim()}”` : '');

export function placeOf(rubric: RubricInput, path: string): string {
  const steps = [...path.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
  const words: string[] = [];
  let at: unknown = rubric;
  let last = '';
  for (const step of steps) {
    if (typeof step === 'number') {
      at = Array.isArray(at) ? at[step] : undefined;
      const name = named((at as { name?: unknown } | undefined)?.name);
      const part =
        last === 'sections'
          ? `第 ${step + 1} 部分${name}`
          : last === 'items'
            ? `第 ${step + 1} 项${name}`
            : last === 'adjustments'
              ? `加扣分第 ${step + 1} 项${name}`
              : last === 'clauses'
                ? `第 ${step + 1} 条评分条目`
                : `第 ${step + 1} 个${fields[last] ?? ''}`;
      words.push(part);
      continue;
    }
    at = (at as Record<string, unknown> | undefined)?.[step];
    last = step;
  }
  const field = typeof steps[steps.length - 1] === 'string' ? fields[last] : undefined;
  const whole = words.join('');
  return (field ? (whole ? `${whole}的${field}` : field) : whole) || path;
}

import { cellText } from './header';

/**
 * 评估原则与等级系数 over 一 (1.0) | 二 (0.8) | 三 (0.6) | 四 (0.4), each row naming its grades (认识明确 | 较明确 |
 * 一般 | 不明确) beside its 标准分 4: the row's rule, in words the reading takes as levels (认识明确得4分；较明确得
 * 3.2分；…). Pure.
 */
export function gradedRule(
  points: number | undefined,
  grades: ReadonlyMap<number, number> | undefined,
  cell: (c: number) => string,
): string | undefined {
  if (points === undefined || !grades || grades.size < 2) return undefined;
  const named = [...grades].map(([c, factor]) => ({ name: cellText(cell(c)), factor }));
  if (named.some((g) => g.name === '')) return undefined;
  return named
    .map((g) => `${g.name.replace(/[。.；;]$/, '')}得${Math.round(points * g.factor * 100) / 100}分`)
    .join('；');
}

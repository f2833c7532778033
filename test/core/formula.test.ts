import { bin, call, cell, iff, max, mul, num, str, sub, sym } from '../../src/core/formula/ast';
import { evaluate, roundTo, type Value } from '../../src/core/formula/evaluate';
import { formatNumber, printFormula, quoteSheet } from '../../src/core/formula/print';

const scope = (vals: Record<string, Value>) => ({ lookup: (n: string): Value => vals[n] ?? null });

describe('printing formulas', () => {
  test('a deduction reads as the rule: 计6分，每少一项扣5分，扣完为止', () => {
    const e = max(num(0), sub(num(6), mul(num(5), cell('G8'))));
    expect(printFormula(e)).toBe('=MAX(0,6-5*G8)');
  });

  test('Chinese and awkward sheet names are quoted; quotes inside are doubled', () => {
    expect(quoteSheet('会龙山 考核')).toBe("'会龙山 考核'");
    expect(quoteSheet("O'Brien镇")).toBe("'O''Brien镇'");
    expect(quoteSheet('Summary')).toBe('Summary');
    expect(quoteSheet('A1')).toBe("'A1'"); // would read as a cell
    expect(printFormula(cell('$K$40', '甲镇'))).toBe("='甲镇'!$K$40");
  });

  test('numbers print without float tails or exponents', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(-2)).toBe('-2');
    expect(printFormula(sub(num(10), sub(num(2), num(1))))).toBe('=10-(2-1)');
    expect(printFormula(mul(num(2), num(-5)))).toBe('=2*(-5)');
  });

  test('text is quoted, with quotes doubled, so it is never read as a formula', () => {
    expect(printFormula(iff(bin('=', cell('G7'), str('是')), num(2), str('a"b')))).toBe('=IF(G7="是",2,"a""b")');
  });

  test('symbols print through the resolver, and an unresolved symbol is an error', () => {
    expect(printFormula(sym('in:x'), () => cell('G9'))).toBe('=G9');
    expect(() => printFormula(sym('in:x'))).toThrow('unresolved');
  });
});

describe('evaluating formulas as a spreadsheet does', () => {
  test('blank reads as 0 in arithmetic and "" in comparisons', () => {
    expect(evaluate(sub(num(6), cell('G8')), scope({}))).toBe(6);
    expect(evaluate(bin('=', cell('G8'), str('')), scope({}))).toBe(true);
    expect(evaluate(bin('=', cell('G8'), str('')), scope({ G8: 0 }))).toBe(false);
  });

  test('INT snaps float hairs as LibreOffice does: (0.3-0.1)/0.1 is 2 steps', () => {
    const e = call('INT', bin('/', sub(num(0.3), num(0.1)), num(0.1)));
    expect(evaluate(e, scope({}))).toBe(2);
  });

  test('ROUND is half away from zero on the 15-digit value', () => {
    expect(roundTo(0.285, 2)).toBe(0.29);
    expect(roundTo(-0.285, 2)).toBe(-0.29);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.1 * 3, 2)).toBe(0.3);
  });

  test('SUM and MAX skip text in references; arithmetic on text is #VALUE!', () => {
    const vals = { A1: 2, A2: '未填', A3: 3 };
    expect(evaluate(call('SUM', cell('A1'), cell('A2'), cell('A3')), scope(vals))).toBe(5);
    expect(() => evaluate(mul(num(2), cell('A2')), scope(vals))).toThrow('#VALUE!');
  });

  test('IF picks a branch and compares text', () => {
    const e = iff(bin('=', cell('G7'), str('优秀')), num(5), num(0));
    expect(evaluate(e, scope({ G7: '优秀' }))).toBe(5);
    expect(evaluate(e, scope({ G7: '良好' }))).toBe(0);
  });
});

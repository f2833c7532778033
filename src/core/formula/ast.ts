/**
 * A small Excel formula AST. Every score on a sheet and every score the engine reports is built
 * as one of these trees: the printer turns it into a formula, the evaluator computes it. One tree,
 * two readings, so the sheet and the engine cannot drift apart.
 */

/** A symbolic reference: an input, a clause, an item… resolved to a cell only when printed. */
export interface SymRef {
  readonly type: 'sym';
  readonly name: string;
}

/** A concrete cell reference, possibly on another sheet. */
export interface CellRef {
  readonly type: 'cell';
  readonly sheet?: string;
  readonly address: string; // A1 style, may carry $ anchors
}

export interface RangeRef {
  readonly type: 'range';
  readonly sheet?: string;
  readonly from: string;
  readonly to: string;
}

export interface Num {
  readonly type: 'num';
  readonly value: number;
}

export interface Str {
  readonly type: 'str';
  readonly value: string;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '=' | '<>' | '<' | '<=' | '>' | '>=' | '&';

export interface Binary {
  readonly type: 'bin';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface Neg {
  readonly type: 'neg';
  readonly arg: Expr;
}

/** Functions every target (Excel 2010, WPS, LibreOffice) computes; nothing newer. */
export type FnName =
  | 'IF'
  | 'AND'
  | 'OR'
  | 'MAX'
  | 'MIN'
  | 'INT'
  | 'ROUND'
  | 'SUM'
  | 'COUNT'
  | 'COUNTBLANK'
  | 'ABS'
  | 'ISNUMBER'
  | 'NOT'
  | 'TRIM'
  | 'RANK';

export interface Call {
  readonly type: 'call';
  readonly fn: FnName;
  readonly args: readonly Expr[];
}

export type Expr = SymRef | CellRef | RangeRef | Num | Str | Binary | Neg | Call;

export const num = (value: number): Num => ({ type: 'num', value });
export const str = (value: string): Str => ({ type: 'str', value });
export const sym = (name: string): SymRef => ({ type: 'sym', name });
export const cell = (address: string, sheet?: string): CellRef =>
  sheet === undefined ? { type: 'cell', address } : { type: 'cell', sheet, address };
export const range = (from: string, to: string, sheet?: string): RangeRef =>
  sheet === undefined ? { type: 'range', from, to } : { type: 'range', sheet, from, to };
export const bin = (op: BinaryOp, left: Expr, right: Expr): Binary => ({ type: 'bin', op, left, right });
export const call = (fn: FnName, ...args: Expr[]): Call => ({ type: 'call', fn, args });
export const neg = (arg: Expr): Neg => ({ type: 'neg', arg });

export const add = (a: Expr, b: Expr): Expr => bin('+', a, b);
export const sub = (a: Expr, b: Expr): Expr => bin('-', a, b);
export const mul = (a: Expr, b: Expr): Expr => bin('*', a, b);
export const div = (a: Expr, b: Expr): Expr => bin('/', a, b);
export const eq = (a: Expr, b: Expr): Expr => bin('=', a, b);
export const max = (...args: Expr[]): Expr => call('MAX', ...args);
export const min = (...args: Expr[]): Expr => call('MIN', ...args);
export const iff = (cond: Expr, then: Expr, otherwise: Expr): Expr => call('IF', cond, then, otherwise);

/** Sum of terms, folded so that `0 + x` and single terms print plainly. */
export function sumOf(terms: readonly Expr[]): Expr {
  const kept = terms.filter((t) => !(t.type === 'num' && t.value === 0));
  if (kept.length === 0) return num(0);
  return kept.slice(1).reduce<Expr>((acc, t) => add(acc, t), kept[0] as Expr);
}

/** `k*x`, dropping a factor of 1 so the formula reads as the rule does. */
export function times(k: number, x: Expr): Expr {
  return k === 1 ? x : mul(num(k), x);
}

/** Every symbolic name an expression mentions, in order of first use. */
export function symbols(e: Expr, out: string[] = []): string[] {
  switch (e.type) {
    case 'sym':
      if (!out.includes(e.name)) out.push(e.name);
      break;
    case 'bin':
      symbols(e.left, out);
      symbols(e.right, out);
      break;
    case 'neg':
      symbols(e.arg, out);
      break;
    case 'call':
      e.args.forEach((a) => symbols(a, out));
      break;
    default:
      break;
  }
  return out;
}

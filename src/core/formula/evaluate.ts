import type { Expr } from './ast';

/** A value as a spreadsheet holds it: a number, text, a boolean, or blank (null). */
export type Value = number | string | boolean | null;

/** Where the evaluator looks up symbols and cells; ranges come back as lists. */
export interface Scope {
  lookup(name: string): Value;
}

export class FormulaError extends Error {
  constructor(readonly code: '#VALUE!' | '#DIV/0!' | '#REF!') {
    super(code);
  }
}

/** LibreOffice and Excel snap results that are a float hair away from a whole number. */
export function approx(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(15));
}

function toNumber(v: Value): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function truthy(v: Value): boolean {
  if (typeof v === 'string' && v !== '') throw new FormulaError('#VALUE!');
  return toNumber(v) !== 0;
}

/** Excel's ROUND: half away from zero, on the 15-digit value. */
export function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = approx(Math.abs(n) * f);
  return (Math.sign(n) * Math.round(scaled)) / f || 0;
}

function compare(op: string, a: Value, b: Value): boolean {
  // Blank compares as "" against text and as 0 against numbers, as in Excel.
  const norm = (v: Value, other: Value): number | string =>
    v === null ? (typeof other === 'string' ? '' : 0) : typeof v === 'boolean' ? Number(v) : v;
  const x = norm(a, b);
  const y = norm(b, a);
  if (typeof x !== typeof y) {
    // Excel ranks all numbers below all text.
    const c = typeof x === 'number' ? -1 : 1;
    return op === '<>' || ((op === '<' || op === '<=') && c < 0) || ((op === '>' || op === '>=') && c > 0);
  }
  const c = typeof x === 'string' ? (x as string).localeCompare(y as string) : approx((x as number) - (y as number));
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

function flatten(e: Expr, scope: Scope): Value[] {
  if (e.type === 'range') throw new FormulaError('#REF!');
  return [evaluate(e, scope)];
}

function numbersIn(args: readonly Expr[], scope: Scope): number[] {
  // SUM/MAX/MIN over references skip text and blanks, as spreadsheets do.
  return args.flatMap((a) => {
    const vals = flatten(a, scope);
    return vals.flatMap((v) => (typeof v === 'number' ? [v] : a.type === 'num' ? [toNumber(v)] : []));
  });
}

/** Computes an expression the way Excel and LibreOffice do, for the functions we use. */
export function evaluate(e: Expr, scope: Scope): Value {
  switch (e.type) {
    case 'num':
    case 'str':
      return e.value;
    case 'sym':
      return scope.lookup(e.name);
    case 'cell':
      return scope.lookup(e.sheet === undefined ? e.address : `${e.sheet}!${e.address}`);
    case 'range':
      throw new FormulaError('#REF!');
    case 'neg':
      return -toNumber(evaluate(e.arg, scope));
    case 'bin': {
      const a = evaluate(e.left, scope);
      const b = evaluate(e.right, scope);
      switch (e.op) {
        case '+':
          return toNumber(a) + toNumber(b);
        case '-':
          return toNumber(a) - toNumber(b);
        case '*':
          return toNumber(a) * toNumber(b);
        case '/': {
          const d = toNumber(b);
          if (d === 0) throw new FormulaError('#DIV/0!');
          return toNumber(a) / d;
        }
        case '&':
          return `${a ?? ''}${b ?? ''}`;
        default:
          return compare(e.op, a, b);
      }
    }
    case 'call':
      return callFn(e.fn, e.args, scope);
  }
}

function callFn(fn: string, args: readonly Expr[], scope: Scope): Value {
  const arg = (i: number): Value => {
    const a = args[i];
    return a === undefined ? null : evaluate(a, scope);
  };
  switch (fn) {
    case 'IF':
      return truthy(arg(0)) ? arg(1) : args.length > 2 ? arg(2) : false;
    case 'AND':
      return args.every((_, i) => truthy(arg(i)));
    case 'OR':
      return args.some((_, i) => truthy(arg(i)));
    case 'MAX': {
      const ns = numbersIn(args, scope);
      return ns.length === 0 ? 0 : Math.max(...ns);
    }
    case 'MIN': {
      const ns = numbersIn(args, scope);
      return ns.length === 0 ? 0 : Math.min(...ns);
    }
    case 'SUM':
      return numbersIn(args, scope).reduce((s, n) => s + n, 0);
    case 'INT':
      return Math.floor(approx(toNumber(arg(0))));
    case 'ABS':
      return Math.abs(toNumber(arg(0)));
    case 'ISNUMBER':
      return typeof arg(0) === 'number';
    case 'NOT':
      return !truthy(arg(0));
    case 'TRIM': {
      const v = arg(0);
      return v === null ? '' : String(v).trim().replace(/ +/g, ' ');
    }
    case 'ROUND':
      return roundTo(toNumber(arg(0)), toNumber(arg(1)));
    case 'COUNT':
      return args.reduce((n, a) => n + flatten(a, scope).filter((v) => typeof v === 'number').length, 0);
    case 'COUNTBLANK':
      return args.reduce((n, a) => n + flatten(a, scope).filter((v) => v === null || v === '').length, 0);
    default:
      throw new FormulaError('#VALUE!');
  }
}

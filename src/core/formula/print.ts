import type { Expr, BinaryOp } from './ast';

/** How symbolic references become cells when a formula is printed. */
export type Resolver = (name: string) => Expr;

const precedence: Record<BinaryOp, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '<=': 1,
  '>': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
};

/** Numbers as a person would type them: no exponent, no float tail (0.30000000000000004 → 0.3). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const clean = Number(n.toPrecision(15));
  const text = String(clean);
  if (!/e/i.test(text)) return text;
  return clean.toFixed(20).replace(/\.?0+$/, '');
}

/** Sheet names are always quoted unless plain ASCII, so Chinese names such as '会龙山 考核' read safely. */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

function prefix(sheet: string | undefined): string {
  return sheet === undefined ? '' : `${quoteSheet(sheet)}!`;
}

function printAt(e: Expr, resolve: Resolver | undefined, parentPrec: number, rightSide: boolean): string {
  switch (e.type) {
    case 'num': {
      const text = formatNumber(e.value);
      return e.value < 0 && parentPrec > 0 ? `(${text})` : text;
    }
    case 'str':
      return `"${e.value.replace(/"/g, '""')}"`;
    case 'cell':
      return prefix(e.sheet) + e.address;
    case 'range':
      return `${prefix(e.sheet)}${e.from}:${e.to}`;
    case 'sym': {
      if (!resolve) throw new Error(`unresolved reference ${e.name}`);
      const target = resolve(e.name);
      if (target.type === 'sym') throw new Error(`reference ${e.name} resolves to another symbol`);
      return printAt(target, resolve, parentPrec, rightSide);
    }
    case 'neg': {
      const inner = printAt(e.arg, resolve, 5, false);
      return parentPrec > 0 ? `(-${inner})` : `-${inner}`;
    }
    case 'call':
      return `${e.fn}(${e.args.map((a) => printAt(a, resolve, 0, false)).join(',')})`;
    case 'bin': {
      const p = precedence[e.op];
      const text = printAt(e.left, resolve, p, false) + e.op + printAt(e.right, resolve, p, true);
      // Left-associative operators need parentheses on the right at equal precedence: 10-(2-1).
      const needs = p < parentPrec || (p === parentPrec && rightSide);
      return needs ? `(${text})` : text;
    }
  }
}

/** Prints an expression as the text of an Excel formula, without the leading `=`. */
export function printExpr(e: Expr, resolve?: Resolver): string {
  return printAt(e, resolve, 0, false);
}

/** Prints a whole cell formula, with the leading `=`. */
export function printFormula(e: Expr, resolve?: Resolver): string {
  return `=${printExpr(e, resolve)}`;
}

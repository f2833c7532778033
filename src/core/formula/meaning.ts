import { parse } from 'excel-formula-parser';
import { tokenize } from 'excel-formula-tokenizer';

/**
 * Formulas compared by what they compute, not by how a program spelled them. Excel, WPS and
 * LibreOffice each re-print an unchanged formula in their own way when they save: quotes around a
 * sheet name only where needed (东塘村!C3 for '东塘村'!C3), upper-case function names, spaces,
 * `$` anchors, `_xlfn.` prefixes, 1.50 for 1.5. Both formulas are parsed by excel-formula-parser
 * (a tokenizer and tree builder made for Excel's grammar) and printed back in one canonical form;
 * a changed reference, operator, number or function still differs.
 */

type Node = {
  readonly type: string;
  readonly [k: string]: unknown;
};

/** `_xlfn.IFS` and `IFS` are one function: Excel writes the prefix into the file for newer functions. */
const fnName = (n: string): string => n.toUpperCase().replace(/^(_XLFN\.|_XLWS\.)+/, '');

/** A reference as compared: sheet names are case-insensitive in Excel, `$` does not change the value. */
function refKey(key: string): string {
  const bang = key.lastIndexOf('!');
  const address = (bang < 0 ? key : key.slice(bang + 1)).replace(/\$/g, '').toUpperCase();
  if (bang < 0) return address;
  return `${key.slice(0, bang).toLocaleLowerCase()}!${address}`;
}

function sheetOf(key: string): string | undefined {
  const bang = key.lastIndexOf('!');
  return bang < 0 ? undefined : key.slice(0, bang).toLocaleLowerCase();
}

function print(n: Node | null): string {
  if (n === null) return '';
  switch (n.type) {
    case 'number':
      return String(Number((n.value as number).toPrecision(15)));
    case 'text':
      return JSON.stringify(n.value);
    case 'logical':
      return n.value ? 'TRUE' : 'FALSE';
    case 'cell': {
      const key = String(n.key);
      // The tokenizer takes an unquoted true/false as a name; Excel reads it as the logical value.
      if (/^(true|false)$/i.test(key)) return key.toUpperCase();
      return refKey(key);
    }
    case 'cell-range': {
      const left = n.left as Node;
      const right = n.right as Node;
      const l = print(left);
      // 东塘村!A1:东塘村!B2 and 东塘村!A1:B2 are the same range.
      const lk = left.type === 'cell' ? sheetOf(String(left.key)) : undefined;
      const rk = right.type === 'cell' ? String(right.key) : undefined;
      const r = rk !== undefined && lk !== undefined && sheetOf(rk) === lk ? refKey(rk).split('!').pop() : print(right);
      return `${l}:${r ?? ''}`;
    }
    case 'function':
      return `${fnName(String(n.name))}(${(n.arguments as (Node | null)[]).map(print).join(',')})`;
    case 'unary-expression':
      return `(${String(n.operator)}${print(n.operand as Node)})`;
    case 'binary-expression':
      return `(${print(n.left as Node)}${String(n.operator)}${print(n.right as Node)})`;
    default:
      return `?${n.type}`;
  }
}

/** The parser drops a postfix % on a reference (A1% reads as A1), so those are counted apart. */
const percents = (f: string): number => tokenize(f).filter((t) => t.type === 'operator-postfix').length;

/**
 * LibreOffice writes a sheet name bare even where Excel's grammar needs apostrophes (3号村!C3,
 * A1村!C3); the tokenizer would read the leading digits as a number. Every bare name before a `!`,
 * outside string literals, is put in apostrophes first: quoting a name never changes a reference.
 */
function quoteBareSheets(text: string): string {
  return text
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[\s(,=+\-*/&<>^;{])([^\s'"!(),=+\-*/&<>^:;{}#][^\s'"!(),=+\-*/&<>^:;{}]*)!/gu, "$1'$2'!"),
    )
    .join('');
}

const cache = new Map<string, string | null>();

/**
 * The canonical text of a formula (with or without its `=`): what two spellings of one formula
 * share. Null when the text is not a formula Excel could read (a #REF! left by a deleted sheet).
 */
export function formulaMeaning(formula: string): string | null {
  const text = formula.replace(/^\s*=/, '');
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let out: string | null;
  try {
    const quoted = quoteBareSheets(text);
    out = `${print(parse(quoted) as unknown as Node)}%${percents(quoted)}`;
  } catch {
    out = null;
  }
  if (cache.size > 20000) cache.clear();
  cache.set(text, out);
  return out;
}

/**
 * Whether a cell's formula computes what the expected one computes. Equal text settles nearly
 * every cell of a workbook nobody re-saved; only a formula spelled differently is parsed.
 */
export function sameFormula(found: string, expected: string): boolean {
  if (found.replace(/^=/, '') === expected.replace(/^=/, '')) return true;
  const a = formulaMeaning(found);
  return a !== null && a === formulaMeaning(expected);
}

import { tokenize } from 'excel-formula-tokenizer';

/**
 * A formula re-printed the way Excel writes it back (range.formulas, and the <f> element of a
 * saved .xlsx), for fakes and round trips that must see what real Excel gives:
 * - function names and cell references in upper case, `=` in front (the API's `formulas`);
 * - a sheet name in apostrophes only where the grammar needs them: ECMA-376 Part 1 §18.17.2
 *   (formula grammar, sheet-name) lets a name of letters, digits, `_` and `.` stand bare unless it
 *   starts with a digit or reads as a cell reference; Excel's own help ("Create or change a cell
 *   reference") asks for apostrophes when a sheet name holds spaces or non-alphabetical characters;
 * - numbers in their shortest form (1.50 → 1.5) and TRUE/FALSE in upper case;
 * - spaces kept where the author typed them (Excel keeps whitespace tokens).
 */
export function excelSpelling(formula: string): string {
  const text = formula.replace(/^=/, '');
  let out = '';
  for (const t of tokenize(text)) {
    if (t.type === 'function') out += t.subtype === 'start' ? `${t.value.toUpperCase()}(` : ')';
    else if (t.type === 'subexpression') out += t.subtype === 'start' ? '(' : ')';
    else if (t.type === 'operand' && t.subtype === 'text') out += `"${t.value.replace(/"/g, '""')}"`;
    else if (t.type === 'operand' && t.subtype === 'number') out += String(Number(t.value));
    else if (t.type === 'operand' && t.subtype === 'logical') out += t.value.toUpperCase();
    else if (t.type === 'operand' && t.subtype === 'range') out += reference(t.value);
    else if (t.type === 'whitespace') out += ' ';
    else out += t.value;
  }
  return `=${out}`;
}

/** Whether a sheet name needs apostrophes in a reference (see above). */
export function sheetNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}\p{N}_.]+$/u.test(name)) return true;
  if (/^\p{N}/u.test(name)) return true;
  // A1-style or R1C1-style look-alikes would be read as references.
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

function reference(value: string): string {
  if (/^(true|false)$/i.test(value)) return value.toUpperCase();
  const bang = value.lastIndexOf('!');
  if (bang < 0) return /^[$A-Za-z]+\$?\d+(:[$A-Za-z]+\$?\d+)?$/.test(value) ? value.toUpperCase() : value;
  const sheet = value.slice(0, bang);
  const cell = value.slice(bang + 1).toUpperCase();
  return `${sheetNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${cell}`;
}

import type { FakeContext } from './context';
import { loadedProps } from './context';
import { forEachCell, isWhole, letters, readGrid, rectOf, writeCells } from './grid';
import { pascalValue } from './payload';
import { recorder } from './recorder';
import {
  checkApiSet,
  checkColour,
  checkColourScale,
  checkListRule,
  checkRowHeight,
  checkValidationText,
  isColourPath,
} from './rules';
import { excelError, node, NotLoaded, type FakeCell, type FakeSheet, type PathNode } from './types';

/** How a sheet name is written before `!` in an address Excel gives back. */
export const quoted = (name: string): string =>
  /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

const formulaOf = (c: FakeCell | undefined): unknown => (c ? (c.formula.startsWith('=') ? c.formula : c.value) : '');

/** The loaded properties of a block, as a load answers them. */
export function loadBlock(s: FakeSheet, address: string, props: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of loadedProps(props)) {
    if (p === 'values') out.values = readGrid(s, address, (c) => c?.value ?? '');
    else if (p === 'formulas') out.formulas = readGrid(s, address, formulaOf);
    else if (p === 'numberFormat') out.numberFormat = readGrid(s, address, (c) => c?.numberFormat ?? 'General');
    else if (p === 'address') out.address = `${quoted(s.name)}!${address}`;
    else throw excelError('InvalidArgument', `the fake cannot load range.${p}`);
  }
  return out;
}

/**
 * Refuses a change a protected sheet does not allow. Locked cells refuse values; formats need
 * allowFormatCells, widths allowFormatColumns, heights allowFormatRows; merging, validation and
 * conditional formats are refused outright (WorksheetProtectionOptions, learn.microsoft.com/
 * javascript/api/excel/excel.worksheetprotectionoptions: "Represents the worksheet protection
 * option allowing use of the … feature"; Excel answers AccessDenied).
 */
export function guard(s: FakeSheet, what: string, allow?: string): void {
  if (s.protected && !(allow && s.protection.options[allow] === true))
    throw excelError('AccessDenied', `${s.name} is protected: ${what} is not allowed`);
}

export function rangeObject(ctx: FakeContext, at: PathNode, s: () => FakeSheet, address: string): unknown {
  const fake = ctx.fake;
  const loaded: Record<string, unknown> = {};
  const read = (p: string): unknown[][] => {
    if (!(p in loaded)) throw new NotLoaded(`range.${p}`);
    return loaded[p] as unknown[][];
  };
  const exists = (name: string): boolean => fake.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase());
  const write = (rows: unknown[][], kind: 'values' | 'formulas'): void =>
    ctx.queue({
      node: at,
      kind: 'set',
      name: kind,
      args: [rows],
      apply: () => writeCells(s(), address, rows, exists, true),
      write: { sheet: s, address },
    });
  const formatAt = (path: string, v: unknown): void => {
    const sheet = s();
    if (isColourPath(path)) checkColour(v, `format.${path}`);
    if (path === 'columnWidth') {
      guard(sheet, 'column width', 'allowFormatColumns');
      const { c0, cols } = rectOf(address);
      for (let j = 0; j < cols; j++) sheet.columnWidths[letters(c0 + j)] = Number(v);
    } else if (path === 'rowHeight') {
      checkRowHeight(v);
      guard(sheet, 'row height', 'allowFormatRows');
      const { r0, rows } = rectOf(address);
      for (let i = 0; i < rows; i++) sheet.rowHeights[r0 + i] = Number(v);
    } else if (path === 'protection.locked') {
      guard(sheet, 'changing locked cells');
      forEachCell(address, (a) => (v === false ? sheet.unlocked.add(a) : sheet.unlocked.delete(a)));
    } else {
      guard(sheet, `format ${path}`, 'allowFormatCells');
      if (isWhole(address)) return;
      forEachCell(address, (a) => sheet.looks.set(a, { ...sheet.looks.get(a), [path]: v }));
    }
  };
  const validationAt = (path: string, v: unknown): void => {
    checkApiSet('dataValidation', fake.apiVersion);
    const sheet = s();
    guard(sheet, 'data validation');
    if (path === 'rule') checkListRule(v);
    if (path === 'prompt' || path === 'errorAlert') checkValidationText(path, v);
    const old = sheet.validations.find((x) => x.address === address);
    if (old) Object.assign(old, { [path]: v });
    else sheet.validations.push({ address, rule: undefined, [path]: v });
  };
  const range = {
    load: (props: string) => {
      ctx.load(at, props, () => {
        const data = loadBlock(s(), address, props);
        return { data: pascalValue(data), deliver: () => Object.assign(loaded, data) };
      });
      return range;
    },
    get values() {
      return read('values');
    },
    set values(v: unknown[][]) {
      write(v, 'values');
    },
    get formulas() {
      return read('formulas');
    },
    set formulas(v: unknown[][]) {
      write(v, 'formulas');
    },
    get numberFormat() {
      return read('numberFormat');
    },
    set numberFormat(v: unknown[][]) {
      ctx.queue({
        node: at,
        kind: 'set',
        name: 'numberFormat',
        args: [v],
        apply: () => {
          const sheet = s();
          guard(sheet, 'number format', 'allowFormatCells');
          forEachCell(address, (a, i, j) => {
            const f = v[i]?.[j];
            if (typeof f !== 'string') return;
            sheet.cells.set(a, { ...(sheet.cells.get(a) ?? { value: '', formula: '' }), numberFormat: f });
          });
        },
      });
    },
    set columnHidden(v: boolean) {
      ctx.queue({
        node: at,
        kind: 'set',
        name: 'columnHidden',
        args: [v],
        apply: () => {
          const sheet = s();
          guard(sheet, 'hiding columns', 'allowFormatColumns');
          const { c0, cols } = rectOf(address);
          for (let j = 0; j < cols; j++) {
            const l = letters(c0 + j);
            sheet.hiddenColumns = sheet.hiddenColumns.filter((x) => x !== l);
            if (v) sheet.hiddenColumns.push(l);
          }
        },
      });
    },
    format: recorder(ctx, node(at, { k: 'p', n: 'format' }), formatAt),
    merge: (across = false) =>
      ctx.queue({
        node: at,
        kind: 'call',
        name: 'merge',
        args: [across],
        apply: () => {
          guard(s(), 'merging cells');
          s().merges.push(address);
        },
      }),
    select: () =>
      ctx.queue({ node: at, kind: 'call', name: 'select', args: [], apply: () => fake.select(s(), address) }),
    dataValidation: recorder(ctx, node(at, { k: 'p', n: 'dataValidation' }), validationAt),
    conditionalFormats: {
      add: (type: string) => {
        const cfs = node(at, { k: 'p', n: 'conditionalFormats' });
        const entry = { address, type, settings: {} as Record<string, unknown> };
        const made = node(cfs, { k: 'c', n: 'add', a: [type] });
        ctx.queue({
          node: made,
          kind: 'make',
          name: 'add',
          args: [type],
          apply: () => {
            checkApiSet('conditionalFormats', fake.apiVersion);
            guard(s(), 'conditional formats');
            s().conditionals.push(entry);
          },
        });
        return recorder(ctx, made, (path, v) => {
          if (isColourPath(path)) checkColour(v, `conditionalFormat.${path}`);
          if (path === 'colorScale.criteria') checkColourScale(v);
          entry.settings[path] = v;
        });
      },
    },
  };
  return range;
}

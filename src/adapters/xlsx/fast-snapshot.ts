import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { AuditBook, AuditCell, AuditSheet, Plain, ReadValidation } from '../../core/audit/types';
import { protectionOf } from './protection';
import { parseStore } from '../../core/plan';
import { NOTICE_SHEET, STORE_SHEET } from '../../core/plan/names';

/**
 * A quick reader for `kaohe audit`: unzips an .xlsx with fflate and parses only the parts the
 * audit reads (workbook, rels, shared strings, styles, worksheets) with saxes, ExcelJS's own XML
 * parser, into the same AuditBook that snapshotOf makes from a full ExcelJS load.
 *
 * It returns undefined whenever the file holds anything it does not read exactly as ExcelJS would
 * (shared or array formulas, date-formatted numbers, hyperlinks,
 * overlapping merges, a formula in a merged range, odd sheet names, …): the caller then falls back
 * to ExcelJS, so what the audit sees never differs, only how fast it gets it.
 */
export function fastSnapshot(data: Uint8Array, file: string): AuditBook | undefined {
  try {
    return readBook(data, file);
  } catch (e) {
    // Node only (the web page has no process): KAOHE_DEBUG=1 says why a file went to ExcelJS.
    if (typeof process !== 'undefined' && process.env?.KAOHE_DEBUG)
      process.stderr.write(`fast read of ${file} fell back: ${(e as Error).message}\n`);
    return undefined;
  }
}

class Unsupported extends Error {}
const no = (why: string): never => {
  throw new Unsupported(why);
};

/** The parts this reader knows ExcelJS reads as nothing more than what is read here. */
const KNOWN_PARTS =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/(app|core|custom)\.xml|xl\/(workbook|styles|sharedStrings|calcChain)\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/theme\/theme\d+\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

// ---- zip -------------------------------------------------------------------------------------

/** The parts of the package, unzipped by fflate; anything this reader does not know sends the file to ExcelJS. */
function unzip(data: Uint8Array): Map<string, () => string> {
  const names: string[] = [];
  const files = unzipSync(new Uint8Array(data.buffer, data.byteOffset, data.length), {
    filter: (f) => {
      names.push(f.name);
      return !f.name.endsWith('/');
    },
  });
  const out = new Map<string, () => string>();
  for (const name of names) {
    if (name.endsWith('/')) continue;
    if (!KNOWN_PARTS.test(name)) no(`part ${name}`);
    const body = files[name];
    if (body === undefined) no(`missing ${name}`);
    else out.set(name, () => strFromU8(body));
  }
  return out;
}

// ---- xml -------------------------------------------------------------------------------------

interface Handlers {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Parses with saxes, element names without their prefix (as ExcelJS does). */
function parseXml(xml: string, h: Handlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const local = (n: string): string => {
    const i = n.indexOf(':');
    return i < 0 ? n : n.slice(i + 1);
  };
  parser.on('error', (e) => {
    throw e;
  });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (t: SaxesTagPlain) => open(local(t.name), t.attributes));
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (t) => close(local(t.name)));
  }
  if (h.text) {
    const text = h.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(xml).close();
}

const decodeX = (s: string): string =>
  s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** ExcelJS decodes a `str` value's entities once more after the XML parser did. */
const xmlDecode = (s: string): string =>
  s.replace(/&([a-z]*);/g, (c) =>
    c === '&lt;' ? '<' : c === '&gt;' ? '>' : c === '&amp;' ? '&' : c === '&apos;' ? "'" : c === '&quot;' ? '"' : c,
  );

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  let plainText: string | undefined;
  let runs: string[] | undefined;
  let text: string | undefined;
  let depth = 0; // inside <rPh>
  let inT = false;
  parseXml(xml, {
    open(name) {
      if (name === 'si') {
        plainText = undefined;
        runs = undefined;
      } else if (name === 'rPh') depth++;
      else if (depth === 0 && name === 't') {
        inT = true;
        text = '';
      }
    },
    text(t) {
      if (inT) text += t;
    },
    close(name) {
      if (name === 'rPh') depth--;
      else if (depth === 0 && name === 't') {
        inT = false;
        if (runs !== undefined) runs.push(decodeX(text ?? ''));
        else if (plainText === undefined) plainText = decodeX(text ?? '');
        else no('two texts in a shared string');
      } else if (depth === 0 && name === 'r') {
        // The run's <t> was taken as the plain text; move it into the runs.
        if (runs === undefined) {
          if (plainText === undefined) no('empty run');
          runs = [];
        }
        if (plainText !== undefined) {
          runs.push(plainText);
          plainText = undefined;
        }
      } else if (name === 'si') {
        if (runs !== undefined) out.push(runs.join(''));
        else if (plainText !== undefined) out.push(plainText);
        else no('empty shared string');
      }
    },
  });
  return out;
}

/** What a style index tells the audit: whether ExcelJS reads a number in it as a date, and its number format. */
interface Styles {
  readonly dates: Set<number>;
  /** Style index → number format (not General), as ExcelJS names it. */
  readonly formats: Map<number, string>;
}

/** ExcelJS's names of the built-in number formats (what `cell.numFmt` gives for a built-in id). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- one small table, not the whole library
const builtinFormats = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<string, { f?: string } | undefined>;

/** Styles by styles part: workbooks from one program and template repeat the same one. */
const stylesSeen = new Map<string, Styles>();

function readStyles(xml: string | undefined): Styles {
  if (xml === undefined) return { dates: new Set(), formats: new Map() };
  let out = stylesSeen.get(xml);
  if (!out) {
    out = parseStyles(xml);
    if (stylesSeen.size >= 16) stylesSeen.clear();
    stylesSeen.set(xml, out);
  }
  return out;
}

function parseStyles(xml: string): Styles {
  const out = new Set<number>();
  const formats = new Map<number, string>();
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inXfs = false;
  parseXml(xml, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inXfs = true;
      else if (inXfs && name === 'xf') xfIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inXfs = false;
    },
  });
  const isDate = (fmt: string): boolean => /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
  xfIds.forEach((id, i) => {
    const fmt = custom.get(id);
    // Built-in formats: anything that is not plainly General, a number, accounting or text counts.
    const plainBuiltin = id <= 13 || (id >= 37 && id <= 44) || id === 48 || id === 49;
    if (fmt !== undefined ? isDate(fmt) : !plainBuiltin) out.add(i);
    const code = id ? (fmt ?? builtinFormats[String(id)]?.f) : undefined;
    if (code !== undefined && code !== 'General') formats.set(i, code);
  });
  return { dates: out, formats };
}

// ---- sheets ----------------------------------------------------------------------------------

interface RawCell {
  cell: AuditCell;
  /** The value as the store reads it (ExcelJS plain of the cell value). */
  store: string | undefined;
}

interface RawSheet {
  cells: Map<string, RawCell>;
  hiddenRows: number[];
  hiddenColumns: number[];
  validations: Map<string, ReadValidation>;
  merges: string[];
  protection: { protected: boolean; password: boolean } | undefined;
  rows: Map<number, Map<number, string | undefined>>;
}

const colNum = (letters: string): number => {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};
const colName = (n: number): string => {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const ADDR = /^([A-Z]{1,3})([1-9][0-9]*)$/;
function decode(a: string): { col: number; row: number } {
  const m = ADDR.exec(a);
  if (!m) return no(`address ${a}`);
  return { col: colNum(m[1] as string), row: Number(m[2]) };
}

function readSheet(xml: string, strings: readonly string[], styles: Styles, keepRows: boolean): RawSheet {
  const dates = styles.dates;
  const cells = new Map<string, RawCell>();
  const hiddenColumns: number[] = [];
  const validations = new Map<string, ReadValidation>();
  let dv: { sqref: string; v: ReadValidation & { formulae: string[] } } | undefined;
  const rows = new Map<number, Map<number, string | undefined>>();
  const hiddenRows: number[] = [];
  const mergeRefs: string[] = [];
  let protection: RawSheet['protection'];
  // The cell being read.
  let addr = '';
  let t: string | undefined;
  let style: number | undefined;
  let node: 'f' | 'v' | 't' | 'dvf' | undefined;
  let formula: string | undefined;
  let fAttrs = false;
  let value: string | undefined;
  let inIs = false;
  let inRun = false;
  let runs: string[] | undefined;
  let inRph = 0;
  parseXml(xml, {
    open(name, a) {
      switch (name) {
        case 'row': {
          if (a.r === undefined) no('row without r');
          const r = Number(a.r);
          if (a.hidden === '1' || a.hidden === 'true') hiddenRows.push(r);
          return;
        }
        case 'c':
          addr = a.r ?? no('cell without r');
          t = a.t;
          style = a.s !== undefined ? parseInt(a.s, 10) : undefined;
          formula = undefined;
          fAttrs = false;
          value = undefined;
          runs = undefined;
          node = undefined;
          return;
        case 'f':
          if (a.t !== undefined || a.si !== undefined || a.ref !== undefined) fAttrs = true;
          node = 'f';
          return;
        case 'v':
          node = 'v';
          return;
        case 'is':
          inIs = true;
          return;
        case 'rPh':
          inRph++;
          return;
        case 'r':
          if (inIs) {
            inRun = true;
            runs ??= [];
            runs.push('');
          }
          return;
        case 't':
          if (inIs && inRph === 0) node = 't';
          return;
        case 'mergeCell':
          mergeRefs.push(a.ref ?? no('merge without ref'));
          return;
        case 'sheetProtection':
          protection = protectionOf(a);
          return;
        case 'col':
          if (a.hidden === '1' || a.hidden === 'true')
            for (let c = Number(a.min); c <= Number(a.max) && c <= 16384; c++) hiddenColumns.push(c);
          return;
        case 'dataValidation':
          dv = { sqref: a.sqref ?? '', v: validationOf(a) };
          return;
        case 'formula1':
        case 'formula2':
          if (dv) {
            dv.v.formulae.push('');
            node = 'dvf';
          }
          return;
        case 'hyperlink':
          no('hyperlinks');
          return;
        default:
          return;
      }
    },
    text(s) {
      if (node === 'f') formula = (formula ?? '') + s;
      else if (node === 'v') value = (value ?? '') + s;
      else if (node === 'dvf' && dv) dv.v.formulae[dv.v.formulae.length - 1] += s;
      else if (node === 't') {
        if (inRun && runs) runs[runs.length - 1] += s;
        else value = (value ?? '') + s;
      }
    },
    close(name) {
      switch (name) {
        case 'f':
        case 'v':
        case 'formula1':
        case 'formula2':
          node = undefined;
          return;
        case 'dataValidation':
          if (dv) for (const addr of expandSqref(dv.sqref)) validations.set(addr, finishValidation(dv.v));
          dv = undefined;
          return;
        case 't':
          if (node === 't') node = undefined;
          return;
        case 'is':
          inIs = false;
          return;
        case 'rPh':
          inRph--;
          return;
        case 'r':
          inRun = false;
          return;
        case 'c':
          finishCell();
          return;
        default:
          return;
      }
    },
  });

  function fmtOf(i: number | undefined): { numFmt?: string } {
    const f = i === undefined ? undefined : styles.formats.get(i);
    return f === undefined ? {} : { numFmt: f };
  }

  function finishCell(): void {
    if (!ADDR.test(addr)) no(`address ${addr}`);
    if (cells.has(addr)) no('cell twice');
    const dateStyled = style !== undefined && dates.has(style);
    let cell: AuditCell;
    let store: string | undefined;
    if (runs !== undefined) {
      if (value !== undefined || formula !== undefined) no('mixed inline text');
      value = runs.map(decodeX).join('');
    }
    if (fAttrs) no('shared or array formula');
    if (formula) {
      let result: Plain = null;
      if (value && dateStyled) no('date result');
      if (value) {
        if (t === 'str') result = xmlDecode(value);
        else if (t === 'b') result = parseInt(value, 10) !== 0;
        else if (t === 'e') result = value;
        else result = parseFloat(value);
      }
      cell = { value: null, formula: `=${formula}`, result, ...fmtOf(style) };
      store = '[object Object]';
    } else if (value !== undefined) {
      let v: Plain;
      switch (t) {
        case 's': {
          const s = strings[parseInt(value, 10)];
          if (s === undefined) no('shared string index');
          v = s as string;
          break;
        }
        case 'str':
          v = xmlDecode(value);
          break;
        case 'inlineStr':
          v = value;
          break;
        case 'b':
          v = parseInt(value, 10) !== 0;
          break;
        case 'e':
          v = value;
          break;
        default:
          if (dateStyled) no('date');
          v = parseFloat(value);
      }
      cell = { value: v, ...fmtOf(style) };
      store = String(v);
    } else if (style) {
      // Styled but empty: reads as any cell not in the file.
      return;
    } else {
      return no('cell with neither value nor style');
    }
    cells.set(addr, { cell, store });
    if (keepRows) {
      const { col, row } = decode(addr);
      let r = rows.get(row);
      if (!r) rows.set(row, (r = new Map()));
      r.set(col, store);
    }
  }

  // Merges as ExcelJS keeps them: one range per top-left cell, normalised; no overlaps.
  const boxes: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const ref of mergeRefs) {
    const [a, b, extra] = ref.split(':');
    if (a === undefined || b === undefined || extra !== undefined) no('merge ref');
    const p = decode(a as string);
    const q = decode(b as string);
    const box = {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    };
    for (const o of boxes)
      if (box.left <= o.right && o.left <= box.right && box.top <= o.bottom && o.top <= box.bottom)
        no('overlapping merges');
    boxes.push(box);
  }
  const merges = boxes.map((m) => `${colName(m.left)}${m.top}:${colName(m.right)}${m.bottom}`);
  // A cell inside a merge reads as the merge's top-left cell.
  for (const m of boxes) {
    const top = cells.get(`${colName(m.left)}${m.top}`);
    // ExcelJS gives a merged cell its master's value but not its formula or result.
    const master: RawCell | undefined =
      top?.cell.formula !== undefined ? { cell: { value: null, formula: '=', result: null }, store: top.store } : top;
    for (let row = m.top; row <= m.bottom; row++)
      for (let col = m.left; col <= m.right; col++) {
        if (row === m.top && col === m.left) continue;
        const a = `${colName(col)}${row}`;
        // The slave keeps its own number format; ExcelJS reads the master's value into it.
        const own = cells.get(a)?.cell.numFmt;
        cells.set(a, {
          cell: { ...(master?.cell ?? EMPTY), ...(own !== undefined ? { numFmt: own } : {}), merged: true },
          store: master?.store,
        });
      }
  }
  hiddenRows.sort((x, y) => x - y);
  return {
    cells,
    hiddenRows: [...new Set(hiddenRows)],
    hiddenColumns: [...new Set(hiddenColumns)].sort((x, y) => x - y),
    validations,
    merges,
    protection,
    rows,
  };
}

/** A <dataValidation>'s attributes as ExcelJS models them (data-validations-xform.js). */
function validationOf(a: Record<string, string>): ReadValidation & { formulae: string[] } {
  const type = a.type ?? 'any';
  const bool = (v: string | undefined): boolean => v === '1' || v === 'true';
  const operator = ['any', 'list', 'custom'].includes(type) ? undefined : (a.operator ?? 'between');
  return {
    type,
    ...(operator !== undefined ? { operator } : {}),
    formulae: [],
    showErrorMessage: bool(a.showErrorMessage),
    errorStyle: a.errorStyle ?? 'stop',
  };
}

/** ExcelJS parses whole and decimal bounds as numbers, and drops the operator of a rule without formulae. */
function finishValidation(v: ReadValidation & { formulae: string[] }): ReadValidation {
  const formulae = v.formulae.map((f) =>
    v.type === 'whole' || v.type === 'textLength'
      ? String(parseInt(f, 10))
      : v.type === 'decimal'
        ? String(parseFloat(f))
        : v.type === 'date'
          ? no('date validation')
          : f,
  );
  if (formulae.length === 0)
    return { type: v.type, formulae, showErrorMessage: v.showErrorMessage, errorStyle: v.errorStyle };
  return { ...v, formulae };
}

function expandSqref(sqref: string): string[] {
  const out: string[] = [];
  for (const part of sqref.split(/\s+/).filter(Boolean)) {
    const [a, b = a] = part.split(':');
    const p = decode(a as string);
    const q = decode(b as string);
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(`${colName(c)}${r}`);
  }
  return out;
}

const EMPTY: AuditCell = { value: null };

/** A sheet the audit does not read: its name and state only; reading a cell of it is a bug here. */
function unread(name: string, state: AuditSheet['state']): AuditSheet {
  const fail = (): never => {
    throw new Error(`the quick reader did not read sheet ${name}`);
  };
  return {
    name,
    state,
    get hiddenRows(): never {
      return fail();
    },
    cell: fail,
  };
}

function readBook(data: Uint8Array, file: string): AuditBook | undefined {
  const zip = unzip(data);
  const part = (name: string): string | undefined => zip.get(name)?.();
  const wbXml = part('xl/workbook.xml') ?? no('no workbook part');
  // ExcelJS parses these too; a damaged one makes it refuse the file, so check they are well formed.
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml']) {
    const xml = part(name);
    if (xml !== undefined) parseXml(xml, {});
  }
  const rels = new Map<string, string>();
  parseXml(part('xl/_rels/workbook.xml.rels') ?? no('no workbook rels'), {
    open(name, a) {
      if (name === 'Relationship' && a.Id !== undefined && a.Target !== undefined) rels.set(a.Id, a.Target);
    },
  });
  const entries: { name: string; state: AuditSheet['state']; path: string }[] = [];
  parseXml(wbXml, {
    open(name, a) {
      if (name === 'workbookPr' && (a.date1904 === '1' || a.date1904 === 'true')) no('1904 dates');
      if (name !== 'sheet') return;
      const sheetName = a.name ?? no('sheet without name');
      if (sheetName === '' || sheetName === 'History' || sheetName.length > 31) no('sheet name');
      if (/[*?:/\\[\]]/.test(sheetName) || /(^')|('$)/.test(sheetName)) no('sheet name');
      if (entries.some((e) => e.name.toLowerCase() === sheetName.toLowerCase())) no('duplicate sheet name');
      const rid = a['r:id'] ?? no('sheet without r:id');
      const target = rels.get(rid) ?? no('sheet without rel');
      const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) no('sheet part name');
      const state = a.state === 'veryHidden' ? 'veryHidden' : a.state === 'hidden' ? 'hidden' : 'visible';
      entries.push({ name: sheetName, state, path });
    },
  });
  const strings = sharedStrings(part('xl/sharedStrings.xml'));
  const styles = readStyles(part('xl/styles.xml'));
  let store: AuditBook['store'];
  let hasStoreSheet = false;
  const sheets: AuditSheet[] = entries.map((e) => {
    // The audit never reads the 整改通知单 (not a sheet of the plan, not taken for a renamed one):
    // its rows are not parsed, which halves the work on a workbook with a long notice.
    if (e.name === NOTICE_SHEET) return unread(e.name, e.state);
    const raw = readSheet(part(e.path) ?? no('missing sheet part'), strings, styles, e.name === STORE_SHEET);
    if (e.name === STORE_SHEET) {
      hasStoreSheet = true;
      if (raw.merges.length) no('merges in the store');
      const maxRow = Math.max(0, ...raw.rows.keys());
      const rows: (string | undefined)[][] = [];
      for (let r = 1; r <= maxRow; r++) {
        const cols = raw.rows.get(r);
        const line: (string | undefined)[] = [];
        if (cols) for (const [c, v] of cols) line[c - 1] = v;
        rows.push(line);
      }
      store = parseStore(rows);
    }
    const { cells } = raw;
    return {
      name: e.name,
      state: e.state,
      hiddenRows: raw.hiddenRows,
      cell: (a: string) => cells.get(a)?.cell ?? EMPTY,
      merges: raw.merges,
      protection: raw.protection ?? { protected: false, password: false },
      hiddenColumns: raw.hiddenColumns,
      validation: (a: string) => raw.validations.get(a) ?? null,
    };
  });
  return { file, sheets, store, hasStoreSheet };
}

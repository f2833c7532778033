import { colLetter } from '../plan/grid';
import { END_MARK, generatedRemark, HEAD_MARK } from '../plan/notice';
import { isoOf } from './dates';
import { ADDED_PREFIX, addedColumns, KEY_SEP, rowKey, splitKey, statuses, typedColumns } from './rows';
import type { AddedColumn, AddedRow, Typed } from './rows';

type Plain = string | number | boolean | null | undefined;

/** Everything people typed into an earlier notice, found however the sheet was changed since. */
export interface NoticeTyped {
  /** Typed cells of the notice's own rows, by row key (unit‖item). */
  readonly typed: Map<string, Typed>;
  /** Rows people added under a unit's table, with every cell they typed. */
  readonly added: AddedRow[];
  /** Rows whose visible item no longer matches their hidden key: the table was sorted without it. */
  readonly sortedRows: number[];
}

/** The notice's headings, this version's and the first one's (which also had 被考核单位). */
const HEADINGS: Readonly<Record<string, AddedColumn | 'unit'>> = {
  序号: 'no',
  被考核单位: 'unit',
  考核指标: 'item',
  分值: 'cap',
  得分: 'score',
  扣分: 'lost',
  '扣分依据（具体表现）': 'basis',
  整改措施: 'measure',
  责任人: 'owner',
  牵头单位: 'lead',
  整改时限: 'deadline',
  整改结果: 'result',
  销号: 'status',
  备注: 'remark',
};
const WIDEST = 20;

const text = (v: Plain): string => (v === null || v === undefined || String(v).trim() === '' ? '' : String(v));

/**
 * What people typed into an existing notice sheet. Columns are found by their headings and each
 * unit's table by its heading row, so notices of either layout, and tables with columns or rows
 * inserted, all read. A row is known by the item it shows (`3.2 小额信贷`), which moves with the
 * row when someone sorts the visible table, and checked against its hidden key; a row with no key
 * and something typed in it is a row a person added. Values the notice itself put there are not
 * "typed": the default 未整改, a deadline equal to the one generated for the row, a generated 备注.
 */
export function readNoticeTyped(
  cell: (address: string) => Plain,
  lastRow: number,
  itemIds: ReadonlySet<string>,
): NoticeTyped {
  const typed = new Map<string, Typed>();
  const added: AddedRow[] = [];
  const sortedRows: number[] = [];
  let cols: Map<AddedColumn | 'unit', string> | undefined;
  let keyCol = '';
  let unit: string | undefined;
  const at = (col: string | undefined, r: number): string => (col === undefined ? '' : text(cell(`${col}${r}`)));
  for (let r = 1; r <= lastRow; r++) {
    const header = headerColumns(cell, r);
    if (header) {
      cols = header;
      keyCol = keyColumn(cell, r, header);
      const mark = at(keyCol, r);
      unit = mark.endsWith(`${KEY_SEP}${HEAD_MARK}`) ? splitKey(mark)[0] : undefined;
      continue;
    }
    if (!cols) continue;
    const key = at(keyCol, r);
    // The notice's formulas (得分, 扣分, 扣分依据) read as empty here: only constants count.
    const content = [...cols.entries()].some(([k, c]) => k !== 'unit' && at(c, r) !== '');
    if (key.endsWith(`${KEY_SEP}${END_MARK}`) || (!key && !content && unit === undefined)) {
      if (content && unit !== undefined) added.push({ unit, cells: rowCells(cols, at, r) });
      cols = undefined;
      continue;
    }
    if (!key && !content) continue;
    const [keyUnit, keyItem] = key.includes(KEY_SEP) ? splitKey(key) : [undefined, undefined];
    const rowUnit = unit ?? keyUnit ?? at(cols.get('unit'), r);
    if (!rowUnit) continue;
    const shown = at(cols.get('item'), r);
    const shownId = shown.startsWith('考核等次为') ? '等次' : (shown.split(/\s+/)[0] ?? '');
    if (keyItem?.startsWith(ADDED_PREFIX) || (!key && !itemIds.has(shownId))) {
      added.push({ unit: rowUnit, cells: rowCells(cols, at, r) });
      continue;
    }
    let item = keyItem;
    if (itemIds.has(shownId) && shownId !== keyItem) {
      if (key) sortedRows.push(r);
      item = shownId;
    }
    if (item === undefined) continue;
    const generated = at(colLetter(colNumber(keyCol) + 1), r);
    const t: Typed = { ...(typed.get(rowKey(rowUnit, item)) ?? {}) };
    for (const col of typedColumns) {
      const v = at(cols.get(col), r);
      if (v === '') continue;
      if (col === 'status' && v === statuses[0]) continue;
      if (col === 'remark' && generatedRemark(v)) continue;
      if (col === 'deadline') {
        const iso = isoOf(v);
        if (iso !== undefined && iso === isoOf(generated)) continue;
        t.deadline = iso ?? v;
        continue;
      }
      t[col] = v;
    }
    typed.set(rowKey(rowUnit, item), t);
  }
  return { typed, added, sortedRows };
}

const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A heading row: its columns by what they hold (序号 … 备注), or undefined. */
function headerColumns(cell: (address: string) => Plain, r: number): Map<AddedColumn | 'unit', string> | undefined {
  const out = new Map<AddedColumn | 'unit', string>();
  for (let c = 1; c <= WIDEST; c++) {
    const h = HEADINGS[text(cell(`${colLetter(c)}${r}`)).trim()];
    if (h !== undefined && !out.has(h)) out.set(h, colLetter(c));
  }
  return out.has('no') && out.has('measure') && out.has('item') ? out : undefined;
}

/** The hidden key column: the first column right of the headings that holds a key near the heading. */
function keyColumn(cell: (address: string) => Plain, r: number, cols: Map<AddedColumn | 'unit', string>): string {
  const right = Math.max(...[...cols.values()].map(colNumber));
  for (let c = right + 1; c <= right + 4; c++)
    for (let k = r; k <= r + 3; k++) if (text(cell(`${colLetter(c)}${k}`)).includes(KEY_SEP)) return colLetter(c);
  return colLetter(right + 1);
}

function rowCells(
  cols: Map<AddedColumn | 'unit', string>,
  at: (col: string | undefined, r: number) => string,
  r: number,
): Partial<Record<AddedColumn, string>> {
  const out: Partial<Record<AddedColumn, string>> = {};
  for (const c of addedColumns) {
    const v = at(cols.get(c), r);
    if (v !== '') out[c] = c === 'deadline' ? (isoOf(v) ?? v) : v;
  }
  return out;
}

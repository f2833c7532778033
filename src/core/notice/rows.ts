import type { UnitResult } from '../engine/score';
import type { Rubric } from '../rubric/schema';
import { addDays } from './dates';

export { addDays } from './dates';

/** The columns people fill by hand after the notice is issued (整改措施 … 销号, 备注). */
export const typedColumns = ['measure', 'owner', 'lead', 'deadline', 'result', 'status', 'remark'] as const;
export type TypedColumn = (typeof typedColumns)[number];
export type Typed = Partial<Record<TypedColumn, string>>;

/** The columns a person fills in a row they added themselves (an item the notice did not list). */
export const addedColumns = ['no', 'item', 'cap', 'score', 'lost', 'basis', ...typedColumns] as const;
export type AddedColumn = (typeof addedColumns)[number];

/** 销号: a list, open until closed. */
export const statuses = ['未整改', '整改中', '已销号'] as const;

export interface NoticeRow {
  /** Unit and item: how a refresh finds what people typed. */
  readonly key: string;
  readonly unit: string;
  readonly itemId: string;
  readonly itemName: string;
  readonly cap: number;
  readonly score: number | null;
  readonly lost: number | null;
  readonly basis: string;
  readonly typed: Typed;
  /**
   * Why the row is here: points lost, a grade that calls for a notice, kept for what was typed in
   * it, or added by a person (every cell of it is theirs, kept as typed).
   */
  readonly reason: 'lost' | 'grade' | 'kept' | 'added';
  /** A row a person added: what they typed in each column. */
  readonly added?: Partial<Record<AddedColumn, string>>;
}

/** A row a person added to an earlier notice, under a unit's table. */
export interface AddedRow {
  readonly unit: string;
  readonly cells: Partial<Record<AddedColumn, string>>;
}

/** Unit and item id joined by ‖ (item ids never hold it; a key must survive XML, so no control characters). */
export const KEY_SEP = '‖';
export const rowKey = (unit: string, itemId: string): string => `${unit}${KEY_SEP}${itemId}`;
export function splitKey(key: string): [string, string] {
  const i = key.lastIndexOf(KEY_SEP);
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + KEY_SEP.length)];
}
/** Item ids of rows people added start with + (rubric ids never do). */
export const ADDED_PREFIX = '+';

const hasTyped = (t: Typed | undefined): boolean =>
  t !== undefined && typedColumns.some((c) => (t[c] ?? '').trim() !== '');

/** The later of two ISO dates (either may be blank). */
const later = (a: string | undefined, b: string | undefined): string | undefined => (!a ? b : !b ? a : a > b ? a : b);

export interface NoticeOptions {
  /** 考核日期 of each unit (YYYY-MM-DD). */
  readonly dateOf: (unit: string) => string | undefined;
  /** 整改时限 = the later of the assessment and the issue date, + days (30 unless set). */
  readonly days: number;
  /** 发文日期 (YYYY-MM-DD): a deadline is never before the notice is issued. */
  readonly issued?: string;
}

/** The deadline a unit's rows get when nobody typed one. */
export function defaultDeadline(unit: string, o: NoticeOptions): string {
  const from = later(o.dateOf(unit), o.issued);
  return from ? addDays(from, o.days) : '';
}

/**
 * The notice rows: one per item, per unit, that lost points; units whose grade the rubric names
 * (宜秀: 合格) get a row even without lost points. `previous` is what people typed into an
 * earlier notice, by key: it is carried over, and a row that no longer loses points stays if
 * anything was typed in it. Rows people added stay under their unit. Nothing typed is ever lost.
 */
export function noticeRows(
  rubric: Rubric,
  units: readonly UnitResult[],
  options: NoticeOptions,
  previous: ReadonlyMap<string, Typed> = new Map(),
  added: readonly AddedRow[] = [],
): NoticeRow[] {
  const rows: NoticeRow[] = [];
  const placed = new Set<string>();
  const addedFor = (unit: string): NoticeRow[] =>
    added
      .filter((a) => a.unit === unit)
      .map((a, i) => ({
        key: rowKey(unit, `${ADDED_PREFIX}${i + 1}`),
        unit,
        itemId: `${ADDED_PREFIX}${i + 1}`,
        itemName: a.cells.item ?? '',
        cap: 0,
        score: null,
        lost: null,
        basis: a.cells.basis ?? '',
        typed: withoutBlank(a.cells),
        reason: 'added',
        added: a.cells,
      }));
  for (const u of units) {
    const deadline = defaultDeadline(u.unit, options);
    const typedFor = (key: string): Typed => {
      const before = previous.get(key) ?? {};
      return { status: statuses[0], ...(deadline ? { deadline } : {}), ...withoutBlank(before) };
    };
    let lostAny = false;
    for (const it of [...u.items, ...u.adjustments]) {
      if (it.lost === null || it.lost <= 0) continue;
      lostAny = true;
      const key = rowKey(u.unit, it.id);
      placed.add(key);
      rows.push({
        key,
        unit: u.unit,
        itemId: it.id,
        itemName: it.name,
        cap: it.cap,
        score: it.score,
        lost: it.lost,
        basis: it.basis ?? '',
        typed: typedFor(key),
        reason: 'lost',
      });
    }
    const gradeCalls = rubric.noticeWhen && u.grade !== null && rubric.noticeWhen.grades.includes(u.grade);
    if (!lostAny && gradeCalls) {
      const key = rowKey(u.unit, '等次');
      placed.add(key);
      rows.push({
        key,
        unit: u.unit,
        itemId: '等次',
        itemName: `考核等次为“${u.grade}”`,
        cap: rubric.total,
        score: u.total,
        lost: 0,
        basis: rubric.noticeWhen?.text ?? '',
        typed: typedFor(key),
        reason: 'grade',
      });
    }
    rows.push(...keptRows(u.unit, units, previous, placed));
    rows.push(...addedFor(u.unit));
  }
  // Units of an earlier notice that are no longer in the workbook's results keep what was typed too.
  for (const unit of new Set([...[...previous.keys()].map((k) => splitKey(k)[0]), ...added.map((a) => a.unit)])) {
    if (units.some((u) => u.unit === unit)) continue;
    rows.push(...keptRows(unit, units, previous, placed), ...addedFor(unit));
  }
  return rows;
}

/** Rows of an earlier notice that no longer lose points: kept while anything was typed in them. */
function keptRows(
  unit: string,
  units: readonly UnitResult[],
  previous: ReadonlyMap<string, Typed>,
  placed: Set<string>,
): NoticeRow[] {
  const out: NoticeRow[] = [];
  for (const [key, typed] of previous) {
    const [keyUnit, itemId] = splitKey(key);
    if (keyUnit !== unit || placed.has(key) || !hasTyped(typed) || itemId.startsWith(ADDED_PREFIX)) continue;
    placed.add(key);
    const u = units.find((x) => x.unit === unit);
    const it = u ? [...u.items, ...u.adjustments].find((i) => i.id === itemId) : undefined;
    out.push({
      key,
      unit,
      itemId,
      itemName: it?.name ?? itemId,
      cap: it?.cap ?? 0,
      score: it?.score ?? null,
      lost: it?.lost ?? null,
      basis: it?.basis ?? '',
      typed: withoutBlank(typed),
      reason: 'kept',
    });
  }
  return out;
}

function withoutBlank(t: Partial<Record<string, string>>): Typed {
  const out: Typed = {};
  for (const c of typedColumns) {
    const v = t[c];
    if (v !== undefined && v.trim() !== '') out[c] = v;
  }
  return out;
}

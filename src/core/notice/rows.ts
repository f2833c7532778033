import type { UnitResult } from '../engine/score';
import type { Rubric } from '../rubric/schema';

/** The columns people fill by hand after the notice is issued (整改措施 … 销号). */
export const typedColumns = ['measure', 'owner', 'lead', 'deadline', 'result', 'status'] as const;
export type TypedColumn = (typeof typedColumns)[number];
export type Typed = Partial<Record<TypedColumn, string>>;

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
  /** Why the row is here: points lost, a grade that calls for a notice, or kept for what was typed. */
  readonly reason: 'lost' | 'grade' | 'kept';
}

/** Unit and item id joined by ‖ (item ids never hold it; a key must survive XML, so no control characters). */
export const KEY_SEP = '‖';
export const rowKey = (unit: string, itemId: string): string => `${unit}${KEY_SEP}${itemId}`;
export function splitKey(key: string): [string, string] {
  const i = key.lastIndexOf(KEY_SEP);
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + KEY_SEP.length)];
}

const hasTyped = (t: Typed | undefined): boolean =>
  t !== undefined && typedColumns.some((c) => (t[c] ?? '').trim() !== '');

/** Adds N days to an ISO date (YYYY-MM-DD), in UTC so no time zone moves the day. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface NoticeOptions {
  /** 考核日期 of each unit (YYYY-MM-DD). */
  readonly dateOf: (unit: string) => string | undefined;
  /** 整改时限 = assessment date + days (30 unless set). */
  readonly days: number;
}

/**
 * The notice rows: one per item, per unit, that lost points; units whose grade the rubric names
 * (宜秀: 合格) get a row even without lost points. `previous` is what people typed into an
 * earlier notice, by key: it is carried over, and a row that no longer loses points stays if
 * anything was typed in it. Nothing typed is ever lost.
 */
export function noticeRows(
  rubric: Rubric,
  units: readonly UnitResult[],
  options: NoticeOptions,
  previous: ReadonlyMap<string, Typed> = new Map(),
): NoticeRow[] {
  const rows: NoticeRow[] = [];
  const placed = new Set<string>();
  for (const u of units) {
    const date = options.dateOf(u.unit);
    const deadline = date ? addDays(date, options.days) : '';
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
  }
  // Rows of an earlier notice that no longer lose points: kept while anything was typed in them.
  for (const [key, typed] of previous) {
    if (placed.has(key) || !hasTyped(typed)) continue;
    const [unit, itemId] = splitKey(key);
    const u = units.find((x) => x.unit === unit);
    const it = u ? [...u.items, ...u.adjustments].find((i) => i.id === itemId) : undefined;
    rows.push({
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
  return rows;
}

function withoutBlank(t: Typed): Typed {
  const out: Typed = {};
  for (const c of typedColumns) {
    const v = t[c];
    if (v !== undefined && v.trim() !== '') out[c] = v;
  }
  return out;
}

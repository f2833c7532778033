import type { Builtin } from '../core/builtin';
import { addDays, noticeRows, type NoticeRow, type Typed } from '../core/notice/rows';
import { readNoticeTyped } from '../core/notice/read';
import { NOTICE_SHEET, planNoticeSheet, type PlannedWorkbook, type SheetPlan } from '../core/plan';
import { readEntries, type BookView } from './book';
import { scoreUnits, type RankedUnit } from './score';

type Result = string | number | boolean | null;

export interface NoticeSettings {
  /** 整改时限 = 考核日期 + days. */
  readonly days: number;
  /** 发文日期 (YYYY-MM-DD); also the start of the deadline for a unit without 考核日期. */
  readonly date: string;
  readonly issuer: string;
}

export interface BuiltNotice {
  readonly plan: SheetPlan;
  /** The engine's values for the notice's formulas (cached so viewers that do not recalculate show them). */
  readonly results: Map<string, Result>;
  readonly rows: readonly NoticeRow[];
  readonly scored: readonly RankedUnit[];
  /** Cells that held typed text in the old notice, and how many of them the new one carries. */
  readonly typedBefore: number;
  readonly typedAfter: number;
}

const iso = (v: Result | undefined): string | undefined => {
  const s = v === null || v === undefined ? '' : String(v).trim();
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
};

/**
 * The 整改通知单 of a workbook: entries read back and scored, the old notice's typed cells carried
 * over by unit and item, and the sheet planned with formulas into the unit sheets.
 */
export function buildNotice(
  book: BookView,
  builtin: Builtin,
  planned: PlannedWorkbook,
  s: NoticeSettings,
): BuiltNotice {
  const scored = scoreUnits(builtin, readEntries(book, planned.units));
  const dateOf = (unit: string): string => {
    const pu = planned.units.find((u) => u.unit === unit);
    const cell = pu ? book.sheet(pu.sheet)?.cell(pu.cells.date).value : undefined;
    return iso(cell) ?? iso(book.store.options.date) ?? s.date;
  };
  const old = book.sheet(NOTICE_SHEET);
  const previous: ReadonlyMap<string, Typed> = old
    ? readNoticeTyped((a) => old.cell(a).value, old.lastRow ?? 2000)
    : new Map();
  const rows = noticeRows(builtin.rubric, scored, { dateOf, days: s.days }, previous);
  const { plan, cells } = planNoticeSheet(builtin.rubric, rows, planned.units, {
    issuer: s.issuer,
    date: s.date,
    defaultDeadline: (unit) => addDays(dateOf(unit), s.days),
  });
  const results = new Map<string, Result>();
  for (const c of cells.rows) {
    const u = scored.find((x) => x.unit === c.unit);
    const it = u ? [...u.items, ...u.adjustments].find((i) => i.id === c.itemId) : undefined;
    if (c.score) results.set(c.score, (c.itemId === '等次' ? u?.total : it?.score) ?? '');
    if (c.lost) results.set(c.lost, it?.lost ?? '');
    if (c.basis) results.set(c.basis, it?.basis ?? '');
  }
  for (const h of cells.heads) {
    const u = scored.find((x) => x.unit === h.unit);
    results.set(h.total, u?.total ?? '');
    results.set(h.grade, u?.grade ?? '');
    const lost = cells.rows
      .filter((c) => c.unit === h.unit)
      .reduce((n, c) => n + Number(results.get(c.lost ?? '') || 0), 0);
    results.set(h.lost, Math.round(lost * 100) / 100);
  }
  const count = (m: ReadonlyMap<string, Typed>): number =>
    [...m.values()].reduce((n, t) => n + Object.keys(t).length, 0);
  const typedAfter = rows.reduce((n, r) => {
    const before = previous.get(r.key) ?? {};
    return n + Object.entries(before).filter(([k, v]) => r.typed[k as keyof typeof r.typed] === v).length;
  }, 0);
  return { plan, results, rows, scored, typedBefore: count(previous), typedAfter };
}

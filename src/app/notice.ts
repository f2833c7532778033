import type { Builtin } from '../core/builtin';
import type { Finding } from '../core/engine/findings';
import { chinaDate } from '../core/notice/dates';
import { defaultDeadline, noticeRows, type NoticeRow, type Typed } from '../core/notice/rows';
import { readNoticeTyped } from '../core/notice/read';
import { NOTICE_SHEET, planNoticeSheet, type PlannedWorkbook, type SheetPlan } from '../core/plan';
import { readEntries, type BookView } from './book';
import { scoreUnits, type RankedUnit } from './score';

type Result = string | number | boolean | null;

export interface NoticeSettings {
  /** 整改时限 = the later of 考核日期 and 发文日期, + days. */
  readonly days: number;
  /** 发文日期 (YYYY-MM-DD). */
  readonly date: string;
  readonly issuer: string;
  /** 文号, 联系人, 联系电话: printed when given. */
  readonly number?: string;
  readonly contact?: string;
  readonly phone?: string;
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
  /** Said before anyone sends the notice: empty 扣分依据, deadlines before the issue date, a sorted table. */
  readonly warnings: readonly Finding[];
}

const iso = (v: Result | undefined): string | undefined => {
  const s = v === null || v === undefined ? '' : String(v).trim();
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
};

const count = (rows: Iterable<Typed>): number => [...rows].reduce((n, t) => n + Object.keys(t).length, 0);

/**
 * The 整改通知单 of a workbook: entries read back and scored, the old notice's typed cells and
 * added rows carried over, and the sheet planned with formulas into the unit sheets.
 */
export function buildNotice(
  book: BookView,
  builtin: Builtin,
  planned: PlannedWorkbook,
  s: NoticeSettings,
): BuiltNotice {
  const scored = scoreUnits(builtin, readEntries(book, planned.units));
  const dateOf = (unit: string): string | undefined => {
    const pu = planned.units.find((u) => u.unit === unit);
    const cell = pu ? book.sheet(pu.sheet)?.cell(pu.cells.date).value : undefined;
    return iso(cell) ?? iso(book.store.options.date);
  };
  const old = book.sheet(NOTICE_SHEET);
  const rubricItems = [...builtin.rubric.sections.flatMap((x) => x.items), ...(builtin.rubric.adjustments ?? [])];
  const ids = new Set([...rubricItems.map((i) => i.id), '等次']);
  const previous = old
    ? readNoticeTyped((a) => old.cell(a).value, old.lastRow ?? 2000, ids)
    : { typed: new Map<string, Typed>(), added: [], sortedRows: [] };
  const options = { dateOf, days: s.days, issued: s.date };
  const rows = noticeRows(builtin.rubric, scored, options, previous.typed, previous.added);
  const { plan, cells } = planNoticeSheet(builtin.rubric, rows, planned.units, {
    issuer: s.issuer,
    date: s.date,
    ...(s.number ? { number: s.number } : {}),
    ...(s.contact ? { contact: s.contact } : {}),
    ...(s.phone ? { phone: s.phone } : {}),
    defaultDeadline: (unit) => defaultDeadline(unit, options),
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
  const before = count(previous.typed.values()) + previous.added.reduce((n, a) => n + Object.keys(a.cells).length, 0);
  const typedAfter = rows.reduce((n, r) => {
    if (r.reason === 'added') return n + Object.keys(r.added ?? {}).length;
    const was = previous.typed.get(r.key) ?? {};
    return n + Object.entries(was).filter(([k, v]) => r.typed[k as keyof Typed] === v).length;
  }, 0);
  return {
    plan,
    results,
    rows,
    scored,
    typedBefore: before,
    typedAfter,
    warnings: noticeWarnings(rows, s.date, previous.sortedRows, planned),
  };
}

/** What an office should know before it sends the notice out. */
function noticeWarnings(
  rows: readonly NoticeRow[],
  issued: string,
  sortedRows: readonly number[],
  planned: PlannedWorkbook,
): Finding[] {
  const out: Finding[] = [];
  for (const r of rows) {
    const pu = planned.units.find((u) => u.unit === r.unit);
    const where = { unit: r.unit, item: r.itemId, ...(pu ? { sheet: pu.sheet } : {}) };
    if (r.reason === 'lost' && r.basis.trim() === '')
      out.push({
        code: 'notice-no-basis',
        severity: 'warning',
        ...where,
        ...(pu?.cells.basis[r.itemId] ? { cell: pu.cells.basis[r.itemId] } : {}),
        params: { item: `${r.itemId} ${r.itemName}`, lost: r.lost ?? 0 },
      });
    const deadline = iso(r.typed.deadline ?? null);
    if (deadline !== undefined && deadline < issued)
      out.push({
        code: 'notice-deadline-early',
        severity: 'warning',
        ...where,
        params: { item: `${r.itemId} ${r.itemName}`, deadline: chinaDate(deadline), issued: chinaDate(issued) },
      });
  }
  if (sortedRows.length)
    out.push({
      code: 'notice-sorted',
      severity: 'info',
      sheet: NOTICE_SHEET,
      cell: `A${sortedRows[0] ?? 1}`,
      params: { count: sortedRows.length },
    });
  return out;
}

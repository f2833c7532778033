import type { Finding } from '../core/engine/findings';
import { DEFAULT_DAYS, DEFAULT_ISSUER } from '../core/notice/defaults';
import { buildNotice, type NoticeSettings } from '../app/notice';
import type { RankedUnit } from '../app/score';
import { replaceSheet } from '../adapters/xlsx/replace';
import { saveWorkbook } from '../adapters/xlsx/excel';
import { openOurBook } from './open';
import type { Refusal } from './refusal';

export { DEFAULT_DAYS, DEFAULT_ISSUER };

/** Today as YYYY-MM-DD, in local time (the 发文日期 people mean). */
export function todayIso(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The notice's settings as typed (command-line options or the page's fields). */
export interface NoticeFields {
  readonly days?: string | undefined;
  readonly date?: string | undefined;
  readonly issuer?: string | undefined;
  readonly number?: string | undefined;
  readonly contact?: string | undefined;
  readonly phone?: string | undefined;
}

/**
 * The fields checked and completed with their defaults (30 days, today, the default issuer), or
 * what is wrong with them. A field left out is undefined; the page leaves out what is blank.
 */
export function noticeSettings(
  f: NoticeFields,
  today = todayIso(),
): { ok: true; settings: NoticeSettings } | { ok: false; problems: Refusal[] } {
  const problems: Refusal[] = [];
  const days = f.days === undefined ? DEFAULT_DAYS : Number(f.days);
  if (!Number.isInteger(days) || days < 0 || days > 3650)
    problems.push({ code: 'bad-days', params: { days: String(f.days) } });
  if (f.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(f.date))
    problems.push({ code: 'bad-date', params: { date: f.date } });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      days,
      date: f.date ?? today,
      issuer: f.issuer ?? DEFAULT_ISSUER,
      ...(f.number ? { number: f.number } : {}),
      ...(f.contact ? { contact: f.contact } : {}),
      ...(f.phone ? { phone: f.phone } : {}),
    },
  };
}

export interface NoticeDone {
  readonly bytes: Uint8Array;
  readonly sheet: string;
  readonly units: number;
  readonly rows: number;
  /** Rows kept only because something was typed in them (no longer a deduction). */
  readonly kept: number;
  /** Typed cells in the old notice, and how many the new one carries (never fewer, or the exit is 1). */
  readonly typedBefore: number;
  readonly typedAfter: number;
  /** Empty 扣分依据, deadlines before the issue date, a sorted table: to say before it is sent. */
  readonly warnings: readonly Finding[];
  readonly scored: readonly RankedUnit[];
}

/**
 * `kaohe notice`: the workbook with its 整改通知单 made or refreshed, every typed cell of the old
 * notice kept. Refuses (BookRefused) a file that is not one of ours or whose sheets moved.
 */
export async function noticeBook(data: Uint8Array, file: string, settings: NoticeSettings): Promise<NoticeDone> {
  const { book, builtin, planned } = await openOurBook(data, file);
  const notice = buildNotice(book, builtin, planned, settings);
  await replaceSheet(book.workbook, notice.plan, notice.results);
  return {
    bytes: await saveWorkbook(book.workbook),
    sheet: notice.plan.name,
    units: new Set(notice.rows.map((r) => r.unit)).size,
    rows: notice.rows.length,
    kept: notice.rows.filter((r) => r.reason === 'kept').length,
    typedBefore: notice.typedBefore,
    typedAfter: notice.typedAfter,
    warnings: notice.warnings,
    scored: notice.scored,
  };
}

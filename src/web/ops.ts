import type ExcelJS from 'exceljs';
import { isProblem, type Audit } from '../core/audit';
import type { Builtin } from '../core/builtin';
import type { Finding } from '../core/engine/findings';
import type { Lang } from '../core/messages';
import type { RankingRule } from '../core/rubric/schema';
import { provideExcelJS } from '../adapters/xlsx/excel';
import { openWorkbook } from '../adapters/xlsx/excel';
import { readTable, sheetNames } from '../adapters/xlsx/table';
import type { Grid } from '../core/import/header';
import { auditBytes, auditListed, unreadable } from '../books/audit';
import { newBook, parseUnitList, type NewBook } from '../books/new';
import { noticeBook, noticeSettings, type NoticeDone, type NoticeFields } from '../books/notice';
import { BookRefused } from '../books/refusal';
import { rollupBook, type RollupDone } from '../books/rollup';
import { auditedUnits, type AuditedUnit } from '../books/score';

/**
 * The page's work on workbook bytes: the command line's own functions (src/books), loaded as a
 * chunk of its own on the first file, with ExcelJS's browser build as another.
 */

let excel: Promise<void> | undefined;
/** ExcelJS, loaded once, when the first file is opened or written. */
function loadExcel(): Promise<void> {
  excel ??= import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js').then((m) =>
    provideExcelJS(((m as { default?: unknown }).default ?? m) as typeof ExcelJS),
  );
  return excel;
}

export { BookRefused };

/** `kaohe new` for the units as typed: the workbook's bytes, or what stops it. */
export async function makeBook(
  b: Builtin,
  unitsText: string,
  fallback: string | undefined,
  options: { date?: string; team?: string },
): Promise<NewBook> {
  const { units, problems } = parseUnitList(
    unitsText,
    b.rubric.classes.map((c) => c.id),
    fallback,
  );
  if (problems.length) throw new BookRefused(problems);
  await loadExcel();
  return newBook(b, units, options);
}

/** One received file, audited as `kaohe audit` audits it, with its units' totals, grades and ranks. */
export interface Received {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly audit: Audit;
  readonly ok: boolean;
  readonly units: readonly AuditedUnit[];
  /** The findings its line lists, as `kaohe audit` prints them. */
  readonly listed: readonly Finding[];
  /** Notes not listed under a file with problems. */
  readonly notes: number;
}

export async function receive(name: string, bytes: Uint8Array): Promise<Received> {
  await loadExcel();
  const audit = await auditBytes(bytes, name);
  const listed = auditListed(audit);
  const ok = !audit.findings.some(isProblem);
  return { name, bytes, audit, ok, units: auditedUnits(audit), listed, notes: audit.findings.length - listed.length };
}

/** A file the browser could not read at all (a folder dropped, a file gone): listed like the others. */
export function unreadableFile(name: string, e: unknown): Received {
  const audit = unreadable(name, 'file-unreadable', e instanceof Error ? e.message : String(e));
  return { name, bytes: new Uint8Array(0), audit, ok: false, units: [], listed: audit.findings, notes: 0 };
}

/** `kaohe rollup` of the received files; undefined when no file holds a rubric (throws MixedRubrics). */
export async function rollup(
  received: readonly Received[],
  lang: Lang,
  ranking?: RankingRule,
): Promise<RollupDone | undefined> {
  await loadExcel();
  return rollupBook(
    received.map((r) => r.audit),
    lang,
    ranking,
  );
}

/** `kaohe notice` with the page's fields (blank ones left out); throws BookRefused. */
export async function notice(bytes: Uint8Array, name: string, fields: NoticeFields): Promise<NoticeDone> {
  const checked = noticeSettings(fields);
  if (!checked.ok) throw new BookRefused(checked.problems);
  await loadExcel();
  return noticeBook(bytes, name, checked.settings);
}

/** Any .xlsx opened to import a scoring table from one of its sheets (as `kaohe import`). */
export async function openTable(
  bytes: Uint8Array,
  name: string,
): Promise<{ sheets: string[]; grid: (s: string) => Grid }> {
  await loadExcel();
  const wb = await openWorkbook(bytes, name);
  return { sheets: sheetNames(wb), grid: (s) => readTable(wb, s) };
}

export { MixedRubrics } from '../books/rollup';

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { fillWrites, replan } from '../../src/app/book';
import { scoreUnits } from '../../src/app/score';
import { applyWrites } from '../../src/adapters/xlsx/fill';
import { fromWorkbook, readCell } from '../../src/adapters/xlsx/read';
import { STORE_SHEET } from '../../src/core/plan';
import { loadExcel } from './book';
import { kaohe } from './cli';
import { prng, randomEntries } from './random-entries';
import type { Given } from './web-browser';

/**
 * Workbooks for the web page's tests: one the page made, filled as an office fills it (every lost
 * point with a reason); copies tampered or damaged; and the command line run on the same files, so
 * what the page shows and writes can be held beside what `kaohe` says.
 */

/** The page's workbook filled with random entries through ExcelJS, as `kaohe fill` writes them. */
export async function fillBook(bytes: Buffer, seed: number): Promise<Buffer> {
  const wb = await loadExcel(bytes);
  const { builtin, planned } = replan(fromWorkbook(wb, 'made.xlsx').store);
  const r = prng(seed);
  const raw = planned.units.map((u) => ({
    unit: u.unit,
    ...(u.cls ? { cls: u.cls } : {}),
    values: randomEntries(u.graph, r, 0),
    basis: {} as Record<string, string>,
  }));
  const scored = scoreUnits(builtin, raw);
  const entries = raw.map((e, i) => {
    const basis: Record<string, string> = {};
    for (const it of [...(scored[i]?.items ?? []), ...(scored[i]?.adjustments ?? [])])
      if ((it.lost ?? 0) > 0) basis[it.id] = `${it.name}：抽查发现问题`;
    return { ...e, basis };
  });
  applyWrites(wb, fillWrites(planned, entries).writes);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A copy with the first unit's total (a formula) overwritten by a number, as a hasty clerk does. */
export async function overwriteTotal(bytes: Buffer): Promise<Buffer> {
  const wb = await loadExcel(bytes);
  const { planned } = replan(fromWorkbook(wb, 'x.xlsx').store);
  const u = planned.units[0]!;
  wb.getWorksheet(u.sheet)!.getCell(u.cells.total).value = 99;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A copy with an entry typed outside its range (a count of -3). */
export async function badEntry(bytes: Buffer): Promise<Buffer> {
  const wb = await loadExcel(bytes);
  const { planned } = replan(fromWorkbook(wb, 'x.xlsx').store);
  const u = planned.units[0]!;
  const cell = Object.values(u.cells.inputs)[0]!;
  wb.getWorksheet(u.sheet)!.getCell(cell).value = -3;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every cell of every sheet but the store: value, or formula and its cached result. */
export async function cellsOf(bytes: Buffer): Promise<Record<string, string>> {
  const wb: ExcelJS.Workbook = await loadExcel(bytes);
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    if (ws.name === STORE_SHEET) continue;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const r = readCell(c);
        out[`${ws.name}!${c.address}`] =
          r.formula !== undefined ? `${r.formula} → ${JSON.stringify(r.result)}` : JSON.stringify(r.value);
      }),
    );
  }
  return out;
}

/** Runs `kaohe` in a fresh folder holding the given files; stdout parsed as JSON when asked (--json). */
export function kaoheOn(files: readonly Given[], args: (names: string[]) => string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-web-'));
  for (const f of files) writeFileSync(join(dir, f.name), f.buffer);
  const r = kaohe(args(files.map((f) => f.name)), dir);
  return { ...r, dir, read: (name: string) => readFileSync(join(dir, name)) };
}

export interface CliUnit {
  readonly unit: string;
  readonly sheet: string;
  readonly totalCell: string;
  readonly total: number | null;
  readonly grade: string | null;
  readonly rank: number | null;
}

/** `kaohe score BOOK --json`: each unit's total, grade, rank and rank class. */
export function cliScores(file: Given): CliUnit[] {
  const r = kaoheOn([file], ([n]) => ['score', n!, '--json']);
  if (r.code !== 0) throw new Error(`kaohe score: ${r.stderr}`);
  const units = (JSON.parse(r.stdout) as { units: Record<string, unknown>[] }).units;
  return units.map((u) => ({
    unit: String(u.unit),
    sheet: String(u.sheet),
    totalCell: String(u.totalCell),
    total: u.total as number | null,
    grade: u.grade as string | null,
    rank: u.rank as number | null,
  }));
}

export interface CliAudit {
  readonly file: string;
  readonly ok: boolean;
  readonly findings: readonly { code: string; severity: string; sheet?: string; message: string }[];
}

/** `kaohe audit FILES --json`, file by file. */
export function cliAudit(files: readonly Given[]): { code: number; files: CliAudit[]; text: string } {
  const json = kaoheOn(files, (names) => ['audit', ...names, '--json']);
  const text = kaoheOn(files, (names) => ['audit', ...names]);
  return { code: json.code, files: (JSON.parse(json.stdout) as { files: CliAudit[] }).files, text: text.stdout };
}

export const read = (path: string): Buffer => readFileSync(path);

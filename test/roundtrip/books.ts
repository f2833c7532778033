import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildNotice } from '../../src/app/notice';
import { fillWrites, readEntries, replan } from '../../src/app/book';
import { engineResults } from '../../src/app/results';
import { scoreUnits } from '../../src/app/score';
import { applyResults, applyWrites } from '../../src/adapters/xlsx/fill';
import { fromWorkbook } from '../../src/adapters/xlsx/read';
import { replaceSheet } from '../../src/adapters/xlsx/replace';
import { planToWorkbook } from '../../src/adapters/xlsx/write';
import { builtinRubrics, type Builtin } from '../../src/core/builtin';
import { importTable } from '../../src/core/import/table';
import { readBook, readTable } from '../../src/adapters/xlsx/table';
import { loadRubric } from '../../src/core/rubric/load';
import { NOTICE_SHEET, planWorkbook } from '../../src/core/plan';
import { typedColumnOf } from '../../src/core/plan/notice';
import { KEY_SEP, typedColumns } from '../../src/core/notice/rows';
import { loadExcel } from '../helpers/book';
import { excelSpelling } from '../helpers/excel-spelling';
import { prng, randomEntries } from '../helpers/random-entries';

/** Unit names as offices write them; each style changes how formulas quote the sheet names. */
export const NAME_STYLES: Readonly<Record<string, readonly string[]>> = {
  plain: ['甲镇', '东塘村', '乙镇'],
  spaces: ['会龙山街道 东塘村', '会龙山街道 白若村'],
  brackets: ['甲镇(一片)', '乙镇(二片)'],
  fullwidth: ['甲镇（一片）', '乙镇（二片）', '丙镇·新区'],
  digits: ['3号村', '12组', 'A1村'],
};

/** Rubrics imported from two tables written apart from the parser, used like built-in ones. */
export async function importedRubrics(): Promise<[string, Builtin][]> {
  const out: [string, Builtin][] = [];
  for (const [file, sheet] of [
    ['unseen', 0],
    ['unseen5', 1],
  ] as const) {
    const wb = await readBook(`${__dirname}/../fixtures/tables/${file}.xlsx`);
    const ws = wb.worksheets[sheet]!;
    const r = importTable(readTable(wb, ws.name), { id: `${file}-${sheet + 1}` });
    if (!r.ok) throw new Error(`${file} ${ws.name}: ${r.message}`);
    const loaded = loadRubric(r.rubric);
    if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.problems)}`);
    out.push([`${file}-${sheet + 1}`, { rubric: loaded.rubric, warnings: [] }]);
  }
  return out;
}

export const TYPED_PER_ROW = typedColumns.length - 1;

/**
 * A workbook as an office sends it upward: filled (every lost point with its reason), with its
 * 整改通知单 made and typed into (整改措施 … 备注 of every row, text that starts with = among it).
 * Returns the bytes, the engine's totals and how many notice cells were typed.
 */
export async function officeBook(
  b: Builtin,
  units: readonly string[],
  seed: number,
): Promise<{ buf: Buffer; totals: (number | null)[]; typed: number }> {
  const classes = b.rubric.classes.map((c) => c.id);
  const planned = planWorkbook(
    b,
    units.map((unit, i) => ({ unit, ...(classes.length ? { cls: classes[i % classes.length] as string } : {}) })),
    { date: '2024-06-30' },
  );
  const r = prng(seed);
  const raw = planned.units.map((u) => ({
    unit: u.unit,
    values: randomEntries(u.graph, r, 0),
    basis: {} as Record<string, string>,
    ...(u.cls !== undefined ? { cls: u.cls } : {}),
  }));
  const entries = scoreUnits(b, raw).map((u, i) => {
    const basis: Record<string, string> = {};
    for (const it of [...u.items, ...u.adjustments]) if ((it.lost ?? 0) > 0) basis[it.id] = `${it.name}：抽查发现问题`;
    return { ...raw[i]!, basis };
  });
  const scored = scoreUnits(b, entries);
  const wb = await planToWorkbook(planned.plan);
  applyWrites(wb, fillWrites(planned, entries).writes);
  applyResults(wb, engineResults(planned, scored));
  const book = fromWorkbook(wb, 'office.xlsx');
  const again = replan(book.store);
  const notice = buildNotice(book, again.builtin, again.planned, { days: 30, date: '2024-07-10', issuer: '区考核办' });
  await replaceSheet(wb, notice.plan, notice.results);
  const ws = wb.getWorksheet(NOTICE_SHEET)!;
  let typed = 0;
  for (let row = 1; row <= ws.rowCount; row++) {
    const key = ws.getCell(`N${row}`).value;
    if (typeof key !== 'string' || !key.includes(KEY_SEP) || key.includes(`${KEY_SEP}#`)) continue;
    for (const col of typedColumns) {
      if (col === 'deadline') continue;
      ws.getCell(`${typedColumnOf[col]}${row}`).value = col === 'status' ? '整改中' : `=${col}${row}：已落实`;
      typed++;
    }
  }
  return { buf: Buffer.from(await wb.xlsx.writeBuffer()), totals: scored.map((u) => u.total), typed };
}

/** Totals as `kaohe score BOOK` reads them back. */
export async function totalsOf(buf: Buffer): Promise<(number | null)[]> {
  const book = fromWorkbook(await loadExcel(buf), 'book.xlsx');
  const { builtin, planned } = replan(book.store);
  return scoreUnits(builtin, readEntries(book, planned.units)).map((u) => u.total);
}

/** A notice refresh on the round-tripped file: how many typed cells it found, and kept. */
export async function refreshNotice(buf: Buffer): Promise<{ before: number; after: number; rows: number }> {
  const book = fromWorkbook(await loadExcel(buf), 'book.xlsx');
  const { builtin, planned } = replan(book.store);
  const n = buildNotice(book, builtin, planned, { days: 30, date: '2024-07-10', issuer: '区考核办' });
  return { before: n.typedBefore, after: n.typedAfter, rows: n.rows.length };
}

/** ExcelJS opens and saves the file, as another tool built on it would. */
export async function excelJsResave(buf: Buffer): Promise<Buffer> {
  const wb = await loadExcel(buf);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const decode = (s: string): string =>
  s.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '',
  );
const encode = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every formula in the package re-printed as Excel writes it (see excelSpelling), nothing else touched. */
export function excelSpelled(buf: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(buf));
  for (const name of Object.keys(files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]!);
    files[name] = strToU8(
      xml.replace(/(<f(?:\s[^>]*)?>)([^<]+)(<\/f>)/g, (_m, open: string, body: string, close: string) => {
        return `${open}${encode(excelSpelling(decode(body)).slice(1))}${close}`;
      }),
    );
  }
  return Buffer.from(zipSync(files));
}

export const builtinIds = (): string[] => [...builtinRubrics().keys()];

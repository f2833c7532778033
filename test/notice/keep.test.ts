import type ExcelJS from 'exceljs';
import { buildNotice } from '../../src/app/notice';
import { replan } from '../../src/app/book';
import { fromWorkbook } from '../../src/adapters/xlsx/read';
import { replaceSheet } from '../../src/adapters/xlsx/replace';
import { NC, NOTICE_SHEET } from '../../src/core/plan';
import { KEY_SEP } from '../../src/core/notice/rows';
import { honestBook } from '../helpers/audit-book';
import { loadExcel } from '../helpers/book';

/**
 * What people do to a notice between two refreshes, and what a refresh must keep: text typed in
 * 备注, rows they added, and typed cells of a table they sorted without its hidden key column.
 */
const settings = { days: 30, date: '2024-07-10', issuer: '区考核办' };

async function refresh(
  wb: ExcelJS.Workbook,
): Promise<{ wb: ExcelJS.Workbook; notice: ReturnType<typeof buildNotice> }> {
  const book = fromWorkbook(wb, 'book.xlsx');
  const { builtin, planned } = replan(book.store);
  const notice = buildNotice(book, builtin, planned, settings);
  await replaceSheet(wb, notice.plan, notice.results);
  return { wb: await loadExcel(Buffer.from(await wb.xlsx.writeBuffer())), notice };
}

/** Rows of one unit's table: key → row number. */
function unitRows(ws: ExcelJS.Worksheet, unit: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const k = ws.getCell(`${NC.key}${r}`).value;
    if (typeof k === 'string' && k.startsWith(`${unit}${KEY_SEP}`) && !k.includes(`${KEY_SEP}#`)) out.set(k, r);
  }
  return out;
}
const text = (ws: ExcelJS.Worksheet, a: string): string => String(ws.getCell(a).value ?? '');

test('备注 typed by a person survives a refresh', async () => {
  const { buf } = await honestBook('huilongshan', ['甲镇', '乙镇'], 5);
  const first = await refresh(await loadExcel(buf));
  const ws = first.wb.getWorksheet(NOTICE_SHEET)!;
  const [key, row] = [...unitRows(ws, '乙镇')][0]!;
  ws.getCell(`${NC.remark}${row}`).value = '已电话通知分管领导';
  const second = await refresh(first.wb);
  const ws2 = second.wb.getWorksheet(NOTICE_SHEET)!;
  expect(text(ws2, `${NC.remark}${unitRows(ws2, '乙镇').get(key)}`)).toBe('已电话通知分管领导');
  expect(second.notice.typedAfter).toBe(second.notice.typedBefore);
});

test('a row a person added under a unit stays there, every cell as typed', async () => {
  const { buf } = await honestBook('huilongshan', ['甲镇', '乙镇'], 5);
  const first = await refresh(await loadExcel(buf));
  const ws = first.wb.getWorksheet(NOTICE_SHEET)!;
  const rows = [...unitRows(ws, '甲镇').values()];
  const after = Math.max(...rows) + 1;
  // Excel: insert a row below the unit's last problem and fill it in.
  ws.insertRow(after, []);
  const typed = {
    [NC.item]: '自查发现：村务公开栏未更新',
    [NC.basis]: '公开栏内容停留在2023年',
    [NC.measure]: '每月更新一次',
    [NC.owner]: '李四',
    [NC.status]: '整改中',
    [NC.remark]: '=不是公式',
  };
  for (const [col, v] of Object.entries(typed)) ws.getCell(`${col}${after}`).value = v;
  const second = await refresh(first.wb);
  const ws2 = second.wb.getWorksheet(NOTICE_SHEET)!;
  const added = second.notice.rows.filter((r) => r.reason === 'added');
  expect(added.map((r) => r.unit)).toEqual(['甲镇']);
  const r2 = unitRows(ws2, '甲镇').get(added[0]!.key)!;
  for (const [col, v] of Object.entries(typed)) expect(text(ws2, `${col}${r2}`)).toBe(v);
  // Still under 甲镇: before 乙镇's table starts.
  expect(r2).toBeLessThan(Math.min(...unitRows(ws2, '乙镇').values()));
  expect(ws2.getCell(`${NC.remark}${r2}`).type).not.toBe(6); // text, not a formula
  // And a third refresh keeps it again, once.
  const third = await refresh(second.wb);
  expect(third.notice.rows.filter((r) => r.reason === 'added')).toHaveLength(1);
  expect(third.notice.typedAfter).toBe(third.notice.typedBefore);
});

test('a table sorted without its hidden key column keeps each typed cell with its item', async () => {
  const { buf } = await honestBook('huilongshan', ['甲镇'], 5);
  const first = await refresh(await loadExcel(buf));
  const ws = first.wb.getWorksheet(NOTICE_SHEET)!;
  const rows = [...unitRows(ws, '甲镇')];
  expect(rows.length).toBeGreaterThanOrEqual(2);
  const [[keyA, rowA], [keyB, rowB]] = rows as [[string, number], [string, number]];
  ws.getCell(`${NC.measure}${rowA}`).value = '措施A';
  ws.getCell(`${NC.measure}${rowB}`).value = '措施B';
  // Sorting the visible columns A:M swaps the two rows; N and O (hidden) stay where they were.
  for (const col of 'ABCDEFGHIJKLM') {
    const a = ws.getCell(`${col}${rowA}`);
    const b = ws.getCell(`${col}${rowB}`);
    const va = a.value;
    a.value = b.value;
    b.value = va;
  }
  const second = await refresh(first.wb);
  const ws2 = second.wb.getWorksheet(NOTICE_SHEET)!;
  const now = unitRows(ws2, '甲镇');
  expect(text(ws2, `${NC.measure}${now.get(keyA)}`)).toBe('措施A');
  expect(text(ws2, `${NC.measure}${now.get(keyB)}`)).toBe('措施B');
  expect(second.notice.warnings.map((w) => w.code)).toContain('notice-sorted');
});

test('before a notice is made, rows with no 扣分依据 are named', async () => {
  const { buf, planned } = await honestBook('huilongshan', ['甲镇'], 5);
  const wb = await loadExcel(buf);
  const pu = planned.units[0]!;
  for (const a of Object.values(pu.cells.basis)) wb.getWorksheet(pu.sheet)!.getCell(a).value = null;
  const { notice } = await refresh(wb);
  const named = notice.warnings.filter((w) => w.code === 'notice-no-basis');
  expect(named.length).toBe(notice.rows.filter((r) => r.reason === 'lost').length);
  expect(named[0]).toMatchObject({ sheet: '甲镇', unit: '甲镇' });
});

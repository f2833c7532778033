import type ExcelJS from 'exceljs';
import { buildNotice } from '../../src/app/notice';
import { fillWrites, replan } from '../../src/app/book';
import { applyWrites } from '../../src/adapters/xlsx/fill';
import { fromWorkbook } from '../../src/adapters/xlsx/read';
import { replaceSheet } from '../../src/adapters/xlsx/replace';
import { KEPT_REMARK, NC, NOTICE_SHEET } from '../../src/core/plan';
import { KEY_SEP, typedColumns } from '../../src/core/notice/rows';
import { chinaDate } from '../../src/core/notice/dates';
import { typedColumnOf } from '../../src/core/plan/notice';
import { honestBook } from '../helpers/audit-book';
import { loadExcel } from '../helpers/book';
import { prng, randomEntries } from '../helpers/random-entries';

const settings = { days: 30, date: '2024-07-10', issuer: '区考核办' };

async function noticeOnce(
  wb: ExcelJS.Workbook,
): Promise<{ wb: ExcelJS.Workbook; notice: ReturnType<typeof buildNotice> }> {
  const book = fromWorkbook(wb, 'book.xlsx');
  const { builtin, planned } = replan(book.store);
  const notice = buildNotice(book, builtin, planned, settings);
  await replaceSheet(wb, notice.plan, notice.results);
  return { wb: await loadExcel(Buffer.from(await wb.xlsx.writeBuffer())), notice };
}

const keyRows = (ws: ExcelJS.Worksheet): Map<string, number> => {
  const out = new Map<string, number>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const k = ws.getCell(`${NC.key}${r}`).value;
    // Each unit's table is marked at its heading and its end (‖#表头, ‖#表尾); those are not rows.
    if (typeof k === 'string' && k.includes(KEY_SEP) && !k.includes(`${KEY_SEP}#`)) out.set(k, r);
  }
  return out;
};

describe.each([3, 11, 29])('a notice refreshed after entries change (seed %i)', (seed) => {
  it('finds every typed cell where it was, keeps emptied rows only if typed, adds new ones', async () => {
    const { buf, planned } = await honestBook('huilongshan', ['甲镇', '乙镇', '丙镇'], seed);
    const first = await noticeOnce(await loadExcel(buf));
    const ws1 = first.wb.getWorksheet(NOTICE_SHEET)!;
    const rows1 = keyRows(ws1);
    expect(rows1.size).toBe(first.notice.rows.length);
    // Someone fills the right-hand columns of every other row, a different text in every cell.
    const typed = new Map<string, Partial<Record<string, string>>>();
    let i = 0;
    for (const [key, r] of rows1) {
      if (i++ % 2) continue;
      const t: Record<string, string> = {};
      for (const col of typedColumns) {
        const v = col === 'status' ? '整改中' : col === 'deadline' ? '2024-09-01' : `${col}-${i}-=SUM(A1)`;
        ws1.getCell(`${typedColumnOf[col]}${r}`).value = v;
        t[col] = v;
      }
      typed.set(key, t);
    }
    // The unit sheets' entries change: some items stop losing points, others start.
    const r = prng(seed + 1000);
    const again = planned.units.map((u) => ({ unit: u.unit, values: randomEntries(u.graph, r, 0), basis: {} }));
    applyWrites(first.wb, fillWrites(planned, again).writes);
    const second = await noticeOnce(first.wb);
    const ws2 = second.wb.getWorksheet(NOTICE_SHEET)!;
    const rows2 = keyRows(ws2);
    for (const [key, t] of typed) {
      const row = rows2.get(key);
      expect(row).toBeDefined();
      // Dates are written back in the notice's one style (2024-09-01 → 2024年9月1日); the rest as typed.
      for (const [col, v] of Object.entries(t))
        expect(ws2.getCell(`${typedColumnOf[col as keyof typeof typedColumnOf]}${row}`).value).toBe(
          col === 'deadline' ? chinaDate(v ?? '') : v,
        );
    }
    expect(second.notice.typedAfter).toBe(second.notice.typedBefore);
    const lostNow = new Set(second.notice.rows.filter((x) => x.reason !== 'kept').map((x) => x.key));
    for (const [key, row] of rows2) {
      const remark = ws2.getCell(`${NC.remark}${row}`).value;
      if (lostNow.has(key)) expect(remark).not.toBe(KEPT_REMARK);
      else {
        expect(typed.has(key)).toBe(true);
        // A typed 备注 stays as typed; an untyped one says why the row is still there.
        expect(remark).toBe(typed.get(key)?.remark ?? KEPT_REMARK);
      }
    }
    // Rows that stopped losing points and were never typed in are gone.
    for (const key of rows1.keys()) if (!typed.has(key) && !lostNow.has(key)) expect(rows2.has(key)).toBe(false);
    const changed =
      [...lostNow].filter((k) => !rows1.has(k)).length + [...rows1.keys()].filter((k) => !lostNow.has(k)).length;
    expect(changed).toBeGreaterThan(0);
  });
});

test('得分, 扣分 and 扣分依据 are formulas into the unit sheets; the right-hand columns are unlocked with a 销号 list', async () => {
  const { buf, planned } = await honestBook();
  const { wb, notice } = await noticeOnce(await loadExcel(buf));
  const ws = wb.getWorksheet(NOTICE_SHEET)!;
  const row = notice.rows[0]!;
  const r = keyRows(ws).get(row.key)!;
  const pu = planned.units.find((u) => u.unit === row.unit)!;
  const formula = (a: string): string => (ws.getCell(a) as unknown as { formula?: string }).formula ?? '';
  expect(r).toBeDefined();
  expect(formula(`${NC.score}${r}`)).toBe(`'${pu.sheet}'!${pu.cells.items[row.itemId]}`);
  expect(formula(`${NC.lost}${r}`)).toContain(`'${pu.sheet}'!${pu.cells.items[row.itemId]}`);
  expect(formula(`${NC.basis}${r}`)).toContain(`'${pu.sheet}'!${pu.cells.basis[row.itemId]}`);
  expect(ws.getCell(`${NC.status}${r}`).value).toBe('未整改');
  // 30 days after the later of 考核日期 (2024-06-30) and 发文日期 (2024-07-10), in the notice's date style.
  expect(ws.getCell(`${NC.deadline}${r}`).value).toBe('2024年8月9日');
  expect(ws.getCell(`${NC.measure}${r}`).protection?.locked).toBe(false);
  expect(ws.getCell(`${NC.status}${r}`).dataValidation?.formulae).toEqual(['"未整改,整改中,已销号"']);
  expect(ws.getColumn(14).hidden).toBe(true);
  expect(ws.getCell('A1').value).toBe('关于反馈会龙山街道扶贫开发工作目标管理考核问题并限期整改的通知');
  expect(ws.getCell('A2').value).toBe('甲镇：');
});

test('宜秀: a unit graded 合格 gets a notice even without lost points', async () => {
  const { noticeRows } = await import('../../src/core/notice/rows');
  const { builtinRubrics } = await import('../../src/core/builtin');
  const b = builtinRubrics().get('yixiu-township')!;
  const fake = { unit: '某镇', items: [], adjustments: [], grade: '合格', total: 75 } as never;
  const rows = noticeRows(b.rubric, [fake], { dateOf: () => '2024-01-01', days: 30 });
  expect(rows.map((x) => [x.itemId, x.reason])).toEqual([['等次', 'grade']]);
});

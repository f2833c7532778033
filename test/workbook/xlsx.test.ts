import ExcelJS from 'exceljs';
import { fillWrites, readEntries, replan } from '../../src/app/book';
import { auditBook } from '../../src/core/audit';
import { snapshotOf } from '../../src/adapters/xlsx/snapshot';
import { scoreUnits } from '../../src/app/score';
import { loadBook } from '../../src/adapters/xlsx/read';
import { applyWrites } from '../../src/adapters/xlsx/fill';
import { saveWorkbook } from '../../src/adapters/xlsx/excel';
import { builtinRubrics } from '../../src/core/builtin';
import { pagesWithReasons, planWorkbook } from '../../src/core/plan';
import { filledBook, loadExcel } from '../helpers/book';

const b = builtinRubrics().get('huilongshan');
if (!b) throw new Error('huilongshan missing');
const planned = planWorkbook(b, [{ unit: '甲镇' }, { unit: '乙镇' }], { date: '2024-06-30', team: '区考核组' });
const entries = [
  {
    unit: '甲镇',
    values: { '1a-missing': 1, '3.1c-set': '否', '6c-satisfaction': 96.5, '3.3a-short': 15 },
    basis: { '1': '=SUM(1) 不是公式', '2': '+缺档案' },
  },
  { unit: '乙镇', values: { '1a-missing': '=1+1', '2a-mismatch': 0 }, basis: {} },
];

describe('xlsx round trip', () => {
  let buf: Buffer;
  beforeAll(async () => {
    buf = await filledBook(planned, entries);
  });

  it('finds our sheets through the very hidden store', async () => {
    const book = await loadBook(buf, 'book.xlsx');
    expect(book.store.units.map((u) => u.sheet)).toEqual(['甲镇', '乙镇']);
    expect(book.workbook.getWorksheet('_kaohe')?.state).toBe('veryHidden');
    expect(book.sheetNames).toEqual(['汇总', '甲镇', '乙镇', '_kaohe']);
    const again = replan(book.store);
    expect(again.planned.store.fingerprints).toEqual(book.store.fingerprints);
  });

  it('reads entries and 扣分依据 back as typed; text that looks like a formula stays text', async () => {
    const book = await loadBook(buf, 'book.xlsx');
    const back = readEntries(book, planned.units);
    expect(back[0]?.values).toMatchObject({
      '1a-missing': 1,
      '3.1c-set': '否',
      '6c-satisfaction': 96.5,
      '3.3a-short': 15,
    });
    expect(back[0]?.basis).toEqual({ '1': '=SUM(1) 不是公式', '2': '+缺档案' });
    expect(back[1]?.values['1a-missing']).toBe('=1+1');
    const ws = book.workbook.getWorksheet('甲镇');
    const basisCell = ws?.getCell(planned.units[0]?.cells.basis['1'] as string);
    expect(basisCell?.type).toBe(ExcelJS.ValueType.String);
    expect(ws?.getCell('I7').type).toBe(ExcelJS.ValueType.Number);
    const scored = scoreUnits(b, back);
    expect(scored[1]?.findings.some((f) => f.code === 'formula-in-entry' && f.severity === 'error')).toBe(true);
  });

  it('keeps validation, conditional formats, protection and print setup', async () => {
    const wb = await loadExcel(buf);
    const ws = wb.getWorksheet('甲镇');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('I7').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 5], showErrorMessage: true });
    expect(ws.getCell('I7').protection?.locked).toBe(false);
    expect(ws.getCell('K7').formula).toBe('IF(I7="","",MAX(0,6-5*I7))');
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length).toBeGreaterThan(10);
    const sheet = planned.plan.sheets.find((p) => p.name === '甲镇');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', scale: 100, paperSize: 9 });
    expect(ws.pageSetup.printArea).toBe(sheet?.print.printArea);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
  });

  it('keeps the page breaks and the print area through a read and a save (ExcelJS alone drops the breaks)', async () => {
    const breaksOf = (ws: ExcelJS.Worksheet | undefined): number[] =>
      ((ws as unknown as { rowBreaks?: { id: number }[] } | undefined)?.rowBreaks ?? []).map((x) => x.id);
    const plain = await loadExcel(buf);
    expect(breaksOf(plain.getWorksheet('甲镇'))).toEqual([]);
    const book = await loadBook(buf, 'book.xlsx');
    const want = pagesWithReasons(planned, entries).find((p) => p.sheet === '甲镇')?.rowBreaks;
    expect(want?.length).toBeGreaterThan(0);
    expect(breaksOf(book.workbook.getWorksheet('甲镇'))).toEqual(want);
    const again = await loadBook(Buffer.from(await saveWorkbook(book.workbook)), 'again.xlsx');
    expect(breaksOf(again.workbook.getWorksheet('甲镇'))).toEqual(want);
    expect(again.workbook.getWorksheet('甲镇')?.pageSetup.printArea).toMatch(/^A1:G\d+$/);
  });

  it('check finds a typed-over total and a changed formula', async () => {
    const wb = await loadExcel(buf);
    const u = planned.units[0];
    if (!u) throw new Error('no unit');
    applyWrites(wb, [{ sheet: u.sheet, address: u.cells.total, value: 99 }]);
    wb.getWorksheet(u.sheet)!.getCell(u.cells.clauses['1/a'] as string).value = {
      formula: 'IF(I7="","",6)',
    } as ExcelJS.CellFormulaValue;
    const { findings } = auditBook(snapshotOf(wb, 'x.xlsx'), builtinRubrics());
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'audit-total-typed', severity: 'error', sheet: '甲镇', cell: u.cells.total }),
        expect.objectContaining({
          code: 'formula-overwritten',
          severity: 'error',
          sheet: '甲镇',
          cell: 'K7',
          params: expect.objectContaining({ found: '=IF(I7="","",6)' }),
        }),
        expect.objectContaining({
          code: 'audit-unfilled',
          sheet: '甲镇',
          params: expect.objectContaining({ cells: expect.stringContaining('I8') }),
        }),
      ]),
    );
  });

  it('reports inputs that are not in the rubric instead of writing them', () => {
    const r = fillWrites(planned, [
      { unit: '丙镇', values: {}, basis: {} },
      { unit: '甲镇', values: { nope: 1 }, basis: {} },
    ]);
    expect(r.unknownUnits).toEqual(['丙镇']);
    expect(r.unknownInputs).toEqual([{ unit: '甲镇', input: 'nope' }]);
  });
});

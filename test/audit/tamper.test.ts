/* eslint-disable @typescript-eslint/no-explicit-any -- the test edits raw rubric JSON */
import ExcelJS from 'exceljs';
import { STORE_SHEET, SUMMARY_SHEET, planStoreSheet, type PlannedWorkbook } from '../../src/core/plan';
import { storeOf } from '../../src/adapters/xlsx/read';
import { auditBuffer, honestBook, problems, tamper } from '../helpers/audit-book';

/**
 * A careless or dishonest editor's changes to a received workbook, one at a time: the audit must
 * name each with its sheet and cell, and say nothing about the untouched file.
 */
let buf: Buffer;
let planned: PlannedWorkbook;
let entries: Awaited<ReturnType<typeof honestBook>>['entries'];
beforeAll(async () => {
  ({ buf, planned, entries } = await honestBook());
});
const unit = (): PlannedWorkbook['units'][number] => planned.units[1] as PlannedWorkbook['units'][number];
const ws = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const w = wb.getWorksheet(name);
  if (!w) throw new Error(`no sheet ${name}`);
  return w;
};
const codes = (a: { findings: readonly { code: string; sheet?: string; cell?: string }[] }): string[] =>
  problems(a as never).map((f) => `${f.code}@${f.sheet ?? ''}!${f.cell ?? ''}`);

test('an untouched file has no findings at all (not even information)', async () => {
  const a = await auditBuffer(buf);
  expect(a.findings).toEqual([]);
  expect(a.units?.length).toBe(3);
});

test('a number typed over a total', async () => {
  const a = await tamper(buf, (wb) => void (ws(wb, unit().sheet).getCell(unit().cells.total).value = 99));
  expect(codes(a)).toEqual([`audit-total-typed@${unit().sheet}!${unit().cells.total}`]);
});

test('a grade typed over, and a summary rank typed over', async () => {
  const s = planned.summary.units[0]!;
  const a = await tamper(buf, (wb) => {
    ws(wb, unit().sheet).getCell(unit().cells.grade).value = '优秀';
    ws(wb, SUMMARY_SHEET).getCell(s.rank).value = 1;
  });
  expect(codes(a)).toEqual(
    expect.arrayContaining([
      `audit-total-typed@${unit().sheet}!${unit().cells.grade}`,
      `audit-total-typed@${SUMMARY_SHEET}!${s.rank}`,
    ]),
  );
});

test('a deduction changed inside a formula (…-5*G8 → …-4*G8)', async () => {
  const plan = planned.plan.sheets.find((p) => p.name === unit().sheet)!;
  const target = plan.cells.find((c) => c.formula && /\d-\d+\*[A-Z]+\d+/.test(c.formula))!;
  const changed = target.formula!.replace(
    /(\d-)(\d+)(\*)/,
    (_m, a: string, k: string, s: string) => `${a}${Number(k) + 1}${s}`,
  );
  expect(changed).not.toBe(target.formula);
  const a = await tamper(
    buf,
    (wb) =>
      void (ws(wb, unit().sheet).getCell(target.address).value = {
        formula: changed.slice(1),
        result: 0,
      } as ExcelJS.CellFormulaValue),
  );
  expect(codes(a)).toContain(`formula-overwritten@${unit().sheet}!${target.address}`);
  const f = a.findings.find((x) => x.code === 'formula-overwritten')!;
  expect(String(f.params.found)).toBe(changed);
});

test('an item saved above its cap', async () => {
  const [id, address] = Object.entries(unit().cells.items)[0]!;
  const a = await tamper(
    buf,
    (wb) =>
      void (ws(wb, unit().sheet).getCell(address).value = { formula: '12', result: 12 } as ExcelJS.CellFormulaValue),
  );
  expect(codes(a)).toEqual(
    expect.arrayContaining([
      `formula-overwritten@${unit().sheet}!${address}`,
      `audit-over-cap@${unit().sheet}!${address}`,
    ]),
  );
  expect(a.findings.find((f) => f.code === 'audit-over-cap')?.item).toBe(id);
});

/** Rewrites the rubric in the store sheet as an editor with a text editor and patience would. */
async function editStoredRubric(edit: (r: Record<string, any>) => void): Promise<Awaited<ReturnType<typeof tamper>>> {
  return tamper(buf, (wb) => {
    const store = storeOf(wb)!;
    const rubric = JSON.parse(JSON.stringify(store.rubric)) as Record<string, any>;
    edit(rubric);
    const w = ws(wb, STORE_SHEET);
    for (const c of planStoreSheet({ ...store, rubric }).cells) w.getCell(c.address).value = c.value ?? null;
  });
}

test('a cap raised in the stored rubric', async () => {
  const a = await editStoredRubric((r) => (r.sections[2].items[0].cap += 5));
  const found = codes(a);
  expect(found).toContain(`audit-rubric-differs@${STORE_SHEET}!B2`);
  expect(String(a.findings.find((f) => f.code === 'audit-rubric-differs')?.params.paths)).toMatch(
    /sections\.2\.items\.0\.cap: 5 → 10/,
  );
  // The sheets still say 5 points: the item's label no longer matches the plan of the edited rubric.
  expect(found.some((f) => f.startsWith(`audit-label-changed@`))).toBe(true);
});

test('a deduction softened in the stored rubric (每少一项扣5分 → 4分)', async () => {
  const a = await editStoredRubric((r) => (r.sections[0].items[0].clauses[0].rule.inputs[0].per = 4));
  const found = codes(a);
  expect(found).toContain(`audit-rubric-differs@${STORE_SHEET}!B2`);
  // Formulas rebuilt from it differ from the fingerprint recorded at creation, and from every sheet's cell.
  expect(found.filter((f) => f.startsWith('audit-fingerprint@')).length).toBe(3);
  expect(found.filter((f) => f.startsWith('formula-overwritten@')).length).toBe(3);
});

test('a row deleted', async () => {
  const a = await tamper(buf, (wb) => ws(wb, unit().sheet).spliceRows(20, 1));
  expect(codes(a)).toContain(`audit-rows-deleted@${unit().sheet}!A20`);
});

test('a row hidden', async () => {
  const a = await tamper(buf, (wb) => void (ws(wb, unit().sheet).getRow(15).hidden = true));
  expect(codes(a)).toEqual([`audit-rows-hidden@${unit().sheet}!A15`]);
});

test('a sheet hidden', async () => {
  const a = await tamper(buf, (wb) => void (ws(wb, unit().sheet).state = 'hidden'));
  expect(codes(a)).toEqual([`audit-sheet-hidden@${unit().sheet}!A1`]);
});

test('a unit sheet renamed', async () => {
  const a = await tamper(buf, (wb) => void (ws(wb, unit().sheet).name = '改名了'));
  expect(codes(a)).toEqual([`audit-sheet-renamed@改名了!A1`]);
});

test('a unit sheet deleted', async () => {
  const a = await tamper(buf, (wb) => wb.removeWorksheet(ws(wb, unit().sheet).id));
  expect(codes(a)).toEqual([`sheet-missing@${unit().sheet}!`]);
});

test('the store sheet removed, or made visible', async () => {
  const gone = await tamper(buf, (wb) => wb.removeWorksheet(ws(wb, STORE_SHEET).id));
  expect(codes(gone)).toEqual([`audit-store-missing@${STORE_SHEET}!A1`]);
  const shown = await tamper(buf, (wb) => void (ws(wb, STORE_SHEET).state = 'visible'));
  expect(codes(shown)).toEqual([`audit-store-visible@${STORE_SHEET}!A1`]);
});

test('lost points without a reason, and an entry outside its rule', async () => {
  const countInput = unit().graph.inputs.find((s) => s.kind === 'count')!;
  const item = Object.keys(entries[1]!.basis).find((id) => id !== unit().graph.inputItem.get(countInput.id))!;
  const basisCell = unit().cells.basis[item]!;
  const inputCell = unit().cells.inputs[countInput.id]!;
  const a = await tamper(buf, (wb) => {
    const w = ws(wb, unit().sheet);
    w.getCell(inputCell).value = -1;
    w.getCell(basisCell).value = null;
  });
  expect(codes(a)).toEqual(
    expect.arrayContaining([`negative@${unit().sheet}!${inputCell}`, `no-basis@${unit().sheet}!${basisCell}`]),
  );
  expect(a.findings.find((f) => f.code === 'no-basis')?.item).toBe(item);
});

test('not a zip, a truncated file, and an .xlsx made by another program', async () => {
  // Plain text is told for what it is.
  expect(codes(await auditBuffer(Buffer.from('hello, not a workbook')))).toEqual(['book-is-csv@!']);
  expect(codes(await auditBuffer(buf.subarray(0, Math.floor(buf.length / 2))))).toEqual(['book-not-xlsx@!']);
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Sheet1').getCell('A1').value = '工资表';
  const a = await auditBuffer(Buffer.from(await other.xlsx.writeBuffer()), 'other.xlsx');
  expect(codes(a)).toEqual(['book-not-ours@!']);
  expect(a.findings[0]?.file).toBe('other.xlsx');
});

test('a printed 分值 raised by hand (the formulas unchanged)', async () => {
  const plan = planned.plan.sheets.find((p) => p.name === unit().sheet)!;
  const cap = plan.cells.find(
    (c) => c.formula === undefined && !c.unlocked && typeof c.value === 'number' && /^E\d+$/.test(c.address),
  )!;
  const a = await tamper(
    buf,
    (wb) => void (ws(wb, unit().sheet).getCell(cap.address).value = (cap.value as number) + 10),
  );
  expect(codes(a)).toEqual([`audit-number-changed@${unit().sheet}!${cap.address}`]);
});

test('the 被考核单位 cell renamed: the summary would show this score under another name', async () => {
  const a = await tamper(buf, (wb) => void (ws(wb, unit().sheet).getCell(unit().cells.unit).value = '别的镇'));
  expect(codes(a)).toEqual([`audit-unit-name-changed@${unit().sheet}!${unit().cells.unit}`]);
});

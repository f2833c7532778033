import ExcelJS from 'exceljs';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { createOfficePort } from '../../src/adapters/office/port';
import { areaBoxes } from '../../src/adapters/office/read-store';
import { detectSupport } from '../../src/adapters/office/support';
import { checkSheet, sheetsOfPlan } from '../../src/app/check';
import { reattach } from '../../src/app/reattach';
import { builtinRubrics } from '../../src/core/builtin';
import { importTable } from '../../src/core/import/table';
import { planWorkbook } from '../../src/core/plan';
import { FakeExcel } from '../helpers/fake-excel';
import { merges002, table002 } from '../fixtures/table-002';

const builtin = builtinRubrics().get('huilongshan')!;

function setup(apiVersion = 14) {
  const fake = new FakeExcel();
  fake.apiVersion = apiVersion;
  fake.install(globalThis as unknown as Record<string, unknown>);
  const port = createOfficePort({
    support: detectSupport(fake.isSetSupported),
    onError: (e) => {
      throw e;
    },
  });
  return { fake, port };
}

describe('re-attaching to a workbook made earlier', () => {
  it('reads the _kaohe store in one Excel.run of 2 syncs and restores rubric, units and sheets', async () => {
    const { fake, port } = setup();
    const pw = planWorkbook(builtin, [{ unit: '甲镇' }, { unit: '乙镇' }, { unit: '丙镇' }], { date: '2024-06-30' });
    await port.insert(pw.plan, []);
    // The pane is closed and opened again: a new port, nothing remembered.
    const again = createOfficePort({ support: detectSupport(fake.isSetSupported) });
    fake.syncs = [];
    const r = await reattach(again);
    expect(fake.syncCount).toBe(2);
    console.log(`syncs to re-attach (read the _kaohe store): ${fake.syncCount}`);
    if (!r.found || !r.ok) throw new Error(JSON.stringify(r));
    expect(r.builtin).toBe(builtin);
    expect(r.differsFromBuiltin).toBe(false);
    expect(r.sheets.map((s) => s.map)).toEqual(sheetsOfPlan(pw).map((s) => s.map));
    // Checks work on the re-attached sheets: a bad entry is found where it was typed.
    const first = r.sheets[0]!;
    const [input, cell] = Object.entries(first.map.inputs)[0]!;
    await fake.userEdit(first.map.sheet, cell, [[-3]]);
    const [rb] = await again.read([first.map]);
    expect(checkSheet(r.builtin, first, rb!).findings.find((f) => f.input === input)).toMatchObject({
      code: 'negative',
      cell,
    });
  });

  it('re-attaches to a workbook made by `kaohe new` (its _kaohe sheet as ExcelJS wrote it)', async () => {
    const { fake, port } = setup();
    const pw = planWorkbook(builtin, [{ unit: '甲镇' }, { unit: '乙镇' }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(pw.plan)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    for (const ws of wb.worksheets) {
      const sheet = fake.newSheet(ws.name);
      sheet.visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const v = c.value;
          if (typeof v === 'string' || typeof v === 'number')
            sheet.cells.set(c.address, { value: v, formula: String(v) });
        }),
      );
      fake.sheets.push(sheet);
    }
    const r = await reattach(port);
    expect(fake.syncCount).toBe(2);
    if (!r.found || !r.ok) throw new Error(JSON.stringify(r));
    expect(r.sheets.map((s) => s.map.sheet)).toEqual(['甲镇', '乙镇']);
    expect(r.differsFromBuiltin).toBe(false);
  });

  it('says when the stored rubric differs from the built-in of the same id, and uses the stored one', async () => {
    const { fake, port } = setup();
    const changed = { ...builtin, rubric: { ...builtin.rubric, title: `${builtin.rubric.title}（本地修订）` } };
    await port.insert(planWorkbook(changed, [{ unit: '甲镇' }]).plan, []);
    fake.syncs = [];
    const r = await reattach(port);
    if (!r.found || !r.ok) throw new Error(JSON.stringify(r));
    expect(r.differsFromBuiltin).toBe(true);
    expect(r.builtin.rubric.title).toBe(changed.rubric.title);
    expect(fake.syncCount).toBeLessThanOrEqual(2);
  });

  it('finds no store in a new workbook (1 sync), and reports a store it cannot read', async () => {
    const { fake, port } = setup();
    fake.sheets.push(fake.newSheet('Sheet1'));
    expect(await reattach(port)).toEqual({ found: false });
    expect(fake.syncCount).toBe(1);
    const broken = fake.newSheet('_kaohe');
    broken.cells.set('A1', { value: 'kaohe-workbook/1', formula: 'kaohe-workbook/1' });
    broken.cells.set('A2', { value: 'rubric', formula: 'rubric' });
    broken.cells.set('B2', { value: '{"id":', formula: '{"id":' });
    fake.sheets.push(broken);
    expect(await reattach(port)).toMatchObject({ found: true, ok: false });
  });
});

describe('从当前表导入: reading the active sheet as a table', () => {
  function withTable(apiVersion: number, at = { row: 2, col: 2 }) {
    const s = setup(apiVersion);
    const sheet = s.fake.newSheet('考核细则');
    const letter = (c: number): string => String.fromCharCode(64 + c);
    table002.forEach((row, i) =>
      row.forEach(
        (v, j) =>
          v !== '' &&
          sheet.cells.set(`${letter(at.col + j)}${at.row + i}`, { value: /^\d+$/.test(v) ? Number(v) : v, formula: v }),
      ),
    );
    // The fixture's merges are from A1; shift them to where the table starts.
    sheet.merges = merges002.map((m) =>
      m.replace(
        /([A-Z])(\d+)/g,
        (_x, c: string, r: string) => `${letter(c.charCodeAt(0) - 64 + at.col - 1)}${Number(r) + at.row - 1}`,
      ),
    );
    s.fake.sheets.push(sheet);
    s.fake.active = '考核细则';
    return s;
  }

  it('reads values and merged areas in one sync, relative to the used range, and imports them', async () => {
    const { fake, port } = withTable(14);
    const t = await port.readActiveTable();
    expect(fake.syncCount).toBe(1);
    console.log(`syncs to read the active sheet for import: ${fake.syncCount}`);
    expect(t.sheet).toBe('考核细则');
    expect(t.merges).toBe(true);
    expect(t.grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 0, bottom: 1, right: 4 },
    ]);
    expect(t.grid.rows[2]).toEqual(['序号', '考核指标', '分值', '评分细则', '考核方式']);
    expect(t.grid.rows[3]?.[0]).toBe('1');
    const r = importTable(t.grid);
    if (!r.ok) throw new Error(r.message);
    expect(r.rubric.title).toBe('会龙山街道扶贫开发工作目标管理考核细则');
    expect(r.clauses).toHaveLength(6);
    expect(r.clauses.filter((c) => c.flagged).map((c) => `${c.item}${c.clause}`)).toEqual(['2b']);
    expect(r.clauses.find((c) => c.flagged)?.warnings[0]).toContain(
      '“2、50%贫困户得到新型经营组织扶持。计3分，低于20%的不计分。”',
    );
  });

  it('on a host without ExcelApi 1.13 reads the values and says merges are unknown', async () => {
    const { fake, port } = withTable(12);
    const t = await port.readActiveTable();
    expect(fake.syncCount).toBe(1);
    expect(t.merges).toBe(false);
    expect(t.grid.merges).toEqual([]);
  });

  it('splits a RangeAreas address, quoted sheet names with commas included', () => {
    expect(areaBoxes("'a, b'!A1:E1, 'a, b'!$B$3, Sheet1!C4:D5")).toEqual([
      { r0: 1, c0: 1, r1: 1, c1: 5 },
      { r0: 3, c0: 2, r1: 3, c1: 2 },
      { r0: 4, c0: 3, r1: 5, c1: 4 },
    ]);
  });
});

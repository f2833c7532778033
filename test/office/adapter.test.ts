import { createOfficePort } from '../../src/adapters/office/port';
import { detectSupport } from '../../src/adapters/office/support';
import { checkSheet, sheetsOfPlan } from '../../src/app/check';
import type { SheetReadback } from '../../src/app/port';
import { builtinRubrics } from '../../src/core/builtin';
import { planWorkbook } from '../../src/core/plan';
import { FakeExcel } from '../helpers/fake-excel';

const builtin = [...builtinRubrics().values()][0]!;
const units = (n: number): { unit: string }[] => Array.from({ length: n }, (_, i) => ({ unit: `第${i + 1}镇` }));

function setup(apiVersion = 14): { fake: FakeExcel; port: ReturnType<typeof createOfficePort> } {
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

describe('inserting a workbook plan through office-js', () => {
  const counts: Record<number, { syncs: number; maxBytes: number }> = {};
  it.each([1, 10, 50])('%i units take the same few syncs, each request under 5 MB', async (n) => {
    const { fake, port } = setup();
    const pw = planWorkbook(builtin, units(n));
    const result = await port.insert(pw.plan, []);
    expect(result.clashes).toEqual([]);
    counts[n] = { syncs: fake.syncCount, maxBytes: Math.max(...fake.syncs.map((s) => s.bytes)) };
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(counts[n]!.maxBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.sheets.map((s) => s.name)).toEqual(pw.plan.sheets.map((s) => s.name));
    const store = fake.sheet('_kaohe');
    expect(store.visibility).toBe('VeryHidden');
    const unit = fake.sheet(pw.units[n - 1]!.sheet);
    expect(unit.protected).toBe(true);
    // Copied sheets carry the template's checks; cells hold the plan's formulas and this unit's name.
    const plan = pw.plan.sheets.find((s) => s.name === unit.name)!;
    expect(unit.validations.length).toBe(plan.validations.length);
    expect(unit.conditionals.length).toBe(plan.conditionals.length);
    expect(unit.merges.length).toBe(plan.merges.length);
    for (const c of plan.cells) {
      if (c.formula) expect(unit.cells.get(c.address)?.formula).toBe(c.formula);
    }
    expect(unit.cells.get(pw.units[n - 1]!.cells.unit)?.value).toBe(pw.units[n - 1]!.unit);
  });
  afterAll(() => {
    console.log(
      `syncs to insert (units → syncs, largest request): ${Object.entries(counts)
        .map(([n, c]) => `${n} → ${c.syncs}, ${(c.maxBytes / 1024).toFixed(0)} KB`)
        .join('; ')}`,
    );
    const all = Object.values(counts).map((c) => c.syncs);
    expect(new Set(all).size).toBe(1);
  });

  it('splits a request that would pass the size limit rather than sending it', async () => {
    const { fake } = setup();
    const port = createOfficePort({ maxRequestBytes: 150_000, support: detectSupport(fake.isSetSupported) });
    await port.insert(planWorkbook(builtin, units(60)).plan, []);
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...fake.syncs.map((s) => s.bytes))).toBeLessThan(150_000);
  });

  it('stops on a name clash before writing anything, and replaces only when told', async () => {
    const { fake, port } = setup();
    const pw = planWorkbook(builtin, units(2));
    await port.insert(pw.plan, []);
    fake.syncs = [];
    const again = await port.insert(pw.plan, []);
    expect(again.clashes).toEqual(pw.plan.sheets.map((s) => s.name));
    expect(fake.syncCount).toBe(1);
    expect(await port.clashes(pw.plan)).toHaveLength(pw.plan.sheets.length);
    const replaced = await port.insert(
      pw.plan,
      pw.plan.sheets.map((s) => s.name),
    );
    expect(replaced.inserted).toHaveLength(pw.plan.sheets.length);
    expect(fake.sheets).toHaveLength(pw.plan.sheets.length);
  });

  it('retries while the user is typing in a cell', async () => {
    const { fake } = setup();
    let waits = 0;
    const { runExcel } = await import('../../src/adapters/office/run');
    fake.cellEditMode = true;
    const pending = runExcel(
      async (ctx) => {
        await ctx.sync();
        return 'ok';
      },
      {
        delayForCellEdit: false,
        wait: async () => {
          waits++;
          fake.cellEditMode = false;
        },
      },
    );
    await expect(pending).resolves.toBe('ok');
    expect(waits).toBe(1);
  });
});

describe('checking entries as cells change', () => {
  async function inserted(apiVersion = 14) {
    const s = setup(apiVersion);
    const pw = planWorkbook(builtin, units(2));
    await s.port.insert(pw.plan, []);
    const sheets = sheetsOfPlan(pw);
    const changes: SheetReadback[] = [];
    await s.port.watch(
      sheets.map((x) => x.map),
      (c) => changes.push(c),
    );
    await s.fake.settled();
    return { ...s, pw, sheets, changes };
  }

  it.each([14, 8])('ignores its own writes (ExcelApi 1.%i) and reports a bad entry in ≤2 syncs', async (api) => {
    const { fake, port, sheets, changes } = await inserted(api);
    const first = sheets[0]!;
    // The add-in's own writes (restore a formula) raise events, but no change is reported.
    const [fcell, fexpected] = Object.entries(first.map.formulas)[0]!;
    await port.restore(first.map.sheet, fcell, fexpected);
    await fake.settled();
    expect(changes).toHaveLength(0);
    const [inputId, cell] = Object.entries(first.map.inputs)[0]!;
    const before = fake.syncCount;
    await fake.userEdit(first.map.sheet, cell, [[-3]]);
    expect(fake.syncCount - before).toBeLessThanOrEqual(2);
    console.log(`syncs for one change check (ExcelApi 1.${api}): ${fake.syncCount - before}`);
    expect(changes).toHaveLength(1);
    const check = checkSheet(builtin, first, changes[0]!);
    const f = check.findings.find((x) => x.input === inputId);
    expect(f).toMatchObject({ code: 'negative', severity: 'error', sheet: first.map.sheet, cell });
  });

  it('survives a paste of thousands of cells, reading only the watched block', async () => {
    const { fake, sheets, changes } = await inserted();
    const first = sheets[0]!;
    const rows = Array.from({ length: 3000 }, () => Array.from({ length: 12 }, () => 1));
    const before = fake.syncs.length;
    // Pasting over formulas needs the sheet unprotected first (审阅 → 撤销工作表保护), as in Excel.
    fake.userUnprotect(first.map.sheet);
    await fake.userEdit(first.map.sheet, 'A1:L3000', rows);
    expect(changes).toHaveLength(1);
    const read = fake.syncs.slice(before);
    expect(read.length).toBeLessThanOrEqual(2);
    // Formulas pasted over are found, and every one can be restored.
    const check = checkSheet(builtin, first, changes[0]!);
    expect(check.findings.filter((f) => f.code === 'formula-overwritten').length).toBe(
      Object.keys(first.map.formulas).length,
    );
  });

  it('ignores changes outside the watched cells without a round trip', async () => {
    const { fake, sheets, changes } = await inserted();
    const before = fake.syncCount;
    // 考核组 (G4) is an unlocked cell above the checked block.
    await fake.userEdit(sheets[0]!.map.sheet, 'G4', [['第二考核组']]);
    expect(changes).toHaveLength(0);
    expect(fake.syncCount).toBe(before);
  });

  it('reads all sheets back in two syncs for 检查全部, selects a cell, restores a typed-over formula', async () => {
    const { fake, port, sheets } = await inserted();
    const first = sheets[0]!;
    const [fcell] = Object.entries(first.map.formulas).find(([a]) => a === first.map.total)!;
    fake.sheet(first.map.sheet).cells.set(fcell, { value: 100, formula: '100' });
    const before = fake.syncCount;
    const all = await port.read(sheets.map((s) => s.map));
    // One sync finds the sheets by id (a renamed one too), one reads their blocks.
    expect(fake.syncCount - before).toBe(2);
    const over = checkSheet(builtin, first, all[0]!).findings.find((f) => f.code === 'formula-overwritten');
    expect(over).toMatchObject({ cell: fcell, sheet: first.map.sheet });
    await port.restore(first.map.sheet, fcell, first.map.formulas[fcell]!);
    expect(fake.sheet(first.map.sheet).cells.get(fcell)?.formula).toBe(first.map.formulas[fcell]);
    expect(fake.sheet(first.map.sheet).protected).toBe(true);
    await port.select(first.map.sheet, 'G9');
    expect(fake.selected).toEqual({ sheet: first.map.sheet, cell: 'G9' });
  });
});

describe('host support', () => {
  it('lists what an older host lacks', () => {
    const fake = new FakeExcel();
    fake.apiVersion = 7;
    expect(detectSupport(fake.isSetSupported)).toEqual({
      canRead: true,
      liveChecks: true,
      canInsert: false,
      details: false,
      copySheets: false,
      triggerSource: false,
      mergedAreas: false,
      downloads: true,
      missing: ['ExcelApi 1.8', 'ExcelApi 1.9', 'ExcelApi 1.10', 'ExcelApi 1.14'],
    });
  });
});

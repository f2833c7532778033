/**
 * Inserting sheets as real Excel takes them (issue 13, items 1–3, 12, 13, 15): documented colours,
 * sheets made before the formulas that point at them, formulas read back in Excel's spelling,
 * imported rubrics kept inside Excel's limits, 当前单位 not moved by frozen panes, and requests
 * split by what office.js really sends.
 */
import { checkSheet, sheetsOfPlan } from '../../src/app/check';
import { auditOpenBook } from '../../src/app/tools';
import type { Builtin } from '../../src/core/builtin';
import { builtinRubrics } from '../../src/core/builtin';
import { sameFormula } from '../../src/core/formula/meaning';
import { planWorkbook } from '../../src/core/plan';
import { formulasOf, huilongshan, officeSetup, units } from '../helpers/office-setup';

describe('inserting sheets as real Excel takes them', () => {
  it('writes colours Excel accepts, and every summary formula after the sheets it points at', async () => {
    const { fake, port } = officeSetup();
    const pw = planWorkbook(huilongshan(), units(3));
    await port.insert(pw.plan, []);
    expect(formulasOf(fake).filter((f) => f.formula.includes('#REF!'))).toEqual([]);
    const summary = fake.sheet('汇总');
    const bar = summary.conditionals.find((c) => c.type === 'DataBar');
    expect(bar?.settings['dataBar.positiveFormat.fillColor']).toBe('#5B9BD5');
    const scale = summary.conditionals.find((c) => c.type === 'ColorScale')?.settings['colorScale.criteria'];
    expect(scale).toMatchObject({ minimum: { formula: null, color: '#FFFFFF' }, maximum: { formula: null } });
    for (const sheet of pw.plan.sheets) {
      for (const c of sheet.cells) {
        if (c.formula === undefined) continue;
        const found = fake.sheet(sheet.name).cells.get(c.address)?.formula ?? '';
        if (!sameFormula(found, c.formula)) throw new Error(`${sheet.name}!${c.address}: ${found} ≠ ${c.formula}`);
      }
    }
  });

  it('finds nothing wrong in a workbook it just made, though Excel re-spells its formulas', async () => {
    const { fake, port } = officeSetup();
    const pw = planWorkbook(huilongshan(), units(2));
    await port.insert(pw.plan, []);
    // Excel gives formulas back its own way: unit-sheet references lose their quotes.
    const respelled = formulasOf(fake).filter((f) => f.sheet === '汇总' && f.formula.includes('第1镇!'));
    expect(respelled.length).toBeGreaterThan(0);
    const audit = await auditOpenBook(port, 'open');
    expect(audit.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const maps = sheetsOfPlan(pw);
    const read = await port.read(maps.map((s) => s.map));
    const over = read
      .flatMap((rb, i) => checkSheet(huilongshan(), maps[i]!, rb).findings)
      .filter((f) => f.code === 'formula-overwritten');
    expect(over).toEqual([]);
  });

  it.each([8, 9])('inserts on ExcelApi 1.%i, which cannot copy a sheet (Worksheet.copy is 1.10)', async (v) => {
    const { fake, port } = officeSetup({ apiVersion: v });
    const pw = planWorkbook(huilongshan(), units(3));
    const r = await port.insert(pw.plan, []);
    expect(r.inserted).toEqual(pw.plan.sheets.map((s) => s.name));
    for (const u of pw.units) {
      const plan = pw.plan.sheets.find((s) => s.name === u.sheet)!;
      expect(fake.sheet(u.sheet).validations).toHaveLength(plan.validations.length);
      expect(fake.sheet(u.sheet).protected).toBe(true);
    }
  });

  it('keeps 当前单位 on the sheet Excel shows while it freezes panes of other sheets (office-js#3148)', async () => {
    const { fake, port } = officeSetup({ platform: 'windows' });
    const seen: string[] = [];
    await port.onActivate?.((name) => seen.push(name));
    await port.insert(planWorkbook(huilongshan(), units(3)).plan, []);
    await fake.settled();
    expect(seen.filter((n) => n !== fake.active)).toEqual([]);
  });

  it('keeps an imported rubric inside Excel’s limits, the full text still on the sheet', async () => {
    const base = builtinRubrics().get('yixiu-district') as Builtin;
    const rubric = structuredClone(base.rubric) as Builtin['rubric'];
    const clause = rubric.sections[0]!.items[1]!.clauses[0]!;
    const rule = clause.rule as { levels: { name: string; points: unknown }[] };
    rule.levels = Array.from({ length: 9 }, (_, i) => ({
      name: `第${i + 1}档：按照考核办法逐项核实后认定的完成情况`,
      points: 9 - i,
    }));
    (clause as { text: string }).text = '每项工作均须有会议记录、签到表和影像资料备查。'.repeat(120);
    const { fake, port } = officeSetup();
    const pw = planWorkbook({ ...base, rubric }, [{ unit: '甲镇', cls: '一类' }]);
    await port.insert(pw.plan, []);
    const sheet = fake.sheet('甲镇');
    for (const v of sheet.validations) {
      const source = (v.rule as { list?: { source?: string } } | undefined)?.list?.source ?? '';
      expect(source.startsWith('=') || Array.from(source).length <= 255).toBe(true);
      expect(Array.from((v.errorAlert as { message?: string } | undefined)?.message ?? '').length).toBeLessThanOrEqual(
        225,
      );
    }
    expect(Math.max(...Object.values(sheet.rowHeights))).toBeLessThanOrEqual(409);
    const texts = [...sheet.cells.values()].map((c) => String(c.value)).join('\n');
    for (const l of rule.levels) expect(texts).toContain(l.name);
    expect(texts).toContain(clause.text);
  });

  it('splits a request by the size office.js gives it, not by a guess per operation', async () => {
    const { fake, port } = officeSetup({ port: { maxRequestBytes: 150_000 } });
    await port.insert(planWorkbook(huilongshan(), units(60)).plan, []);
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...fake.syncs.map((s) => s.bytes))).toBeLessThan(150_000);
  });
});

/**
 * 替换 (issue 13, item 4): Excel refuses to delete or hide the last visible sheet, part-way
 * through a batch; Replace must never leave the workbook without one, and must not delete the
 * old sheets before the new ones are written.
 */
import { planWorkbook } from '../../src/core/plan';
import { huilongshan, officeSetup, units } from '../helpers/office-setup';

describe('replacing sheets made earlier', () => {
  it('replaces a workbook whose only sheets are its own, with a visible sheet throughout', async () => {
    const { fake, port } = officeSetup();
    const pw = planWorkbook(huilongshan(), units(2));
    await port.insert(pw.plan, []);
    const names = pw.plan.sheets.map((s) => s.name);
    const again = await port.insert(pw.plan, names);
    expect(again.inserted).toEqual(names);
    expect(fake.sheets.map((s) => s.name)).toEqual(names);
    expect(fake.sheet('_kaohe').visibility).toBe('VeryHidden');
    expect(fake.sheets.filter((s) => s.visibility === 'Visible').length).toBeGreaterThan(0);
  });

  it('deletes nothing when the new sheets cannot be written: the old ones stay as they were', async () => {
    const { fake, port } = officeSetup();
    const pw = planWorkbook(huilongshan(), units(2));
    await port.insert(pw.plan, []);
    const cell = Object.values(pw.units[0]!.cells.inputs)[0]!;
    await fake.userEdit('第1镇', cell, [[2]]);
    const before = fake.sheets.map((s) => `${s.name}:${s.visibility}`);
    let writes = 0;
    // The host fails at the third block of cells the add-in writes (a dropped connection).
    fake.failIf = (op) => op.kind === 'set' && op.name === 'formulas' && ++writes === 3;
    await expect(
      port.insert(
        pw.plan,
        pw.plan.sheets.map((s) => s.name),
      ),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    fake.failIf = undefined;
    expect(fake.sheets.map((s) => `${s.name}:${s.visibility}`)).toEqual(before);
    expect(fake.sheet('第1镇').cells.get(cell)?.value).toBe(2);
  });
});

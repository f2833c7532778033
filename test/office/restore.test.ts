/**
 * 恢复公式 and the user's own protection (issue 13, item 9): a password is asked for, never
 * guessed away; the sheet ends protected, with the user's options where they set their own.
 */
import { planWorkbook } from '../../src/core/plan';
import { huilongshan, officeSetup, units } from '../helpers/office-setup';

async function typedOver() {
  const s = officeSetup();
  const pw = planWorkbook(huilongshan(), units(1));
  await s.port.insert(pw.plan, []);
  const u = pw.units[0]!;
  const formula = pw.plan.sheets
    .find((x) => x.name === u.sheet)!
    .cells.find((c) => c.address === u.cells.total)!.formula!;
  s.fake.userUnprotect(u.sheet);
  await s.fake.userEdit(u.sheet, u.cells.total, [[95]]);
  return { ...s, sheet: u.sheet, cell: u.cells.total, formula };
}

describe('恢复公式 on a sheet the user protected', () => {
  it('asks for the password of a sheet protected with one, then keeps the user’s options and password', async () => {
    const { fake, port, sheet, cell, formula } = await typedOver();
    const options = { allowFormatRows: true, allowInsertRows: true };
    fake.userProtect(sheet, options, '2024');
    expect(await port.restore(sheet, cell, formula)).toEqual({ ok: false, reason: 'password' });
    expect(await port.restore(sheet, cell, formula, '错')).toEqual({ ok: false, reason: 'password' });
    expect(fake.sheet(sheet).cells.get(cell)?.value).toBe(95);
    expect(fake.sheet(sheet).protected).toBe(true);
    expect(await port.restore(sheet, cell, formula, '2024')).toEqual({ ok: true });
    expect(fake.sheet(sheet).cells.get(cell)?.formula).toBe(formula);
    expect(fake.sheet(sheet).protection).toMatchObject({ protected: true, options, password: '2024' });
  });

  it('keeps the options of a sheet the user protected without a password', async () => {
    const { fake, port, sheet, cell, formula } = await typedOver();
    fake.userProtect(sheet, { allowFormatCells: true });
    expect(await port.restore(sheet, cell, formula)).toEqual({ ok: true });
    expect(fake.sheet(sheet).protection).toMatchObject({
      protected: true,
      options: { allowFormatCells: true },
      password: '',
    });
  });

  it('protects again a sheet the user had unprotected, as it was made', async () => {
    const { fake, port, sheet, cell, formula } = await typedOver();
    expect(await port.restore(sheet, cell, formula)).toEqual({ ok: true });
    expect(fake.sheet(sheet).cells.get(cell)?.formula).toBe(formula);
    expect(fake.sheet(sheet).protection).toMatchObject({
      protected: true,
      options: { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true },
      password: '',
    });
  });
});

/**
 * Live checks as Excel raises (and fails to raise) events (issue 13, items 5, 8, 11): drop-down
 * picks on the web, sheets renamed or deleted by the user, handlers removed the documented way.
 */
import { checkSheet, sheetsOfPlan } from '../../src/app/check';
import type { SheetReadback } from '../../src/app/port';
import { fillWrites } from '../../src/app/book';
import { planWorkbook } from '../../src/core/plan';
import { fullMarks } from '../helpers/huilongshan';
import { huilongshan, officeSetup, units, type Setup } from '../helpers/office-setup';

async function watching(o: Parameters<typeof officeSetup>[0] = {}) {
  const s: Setup = officeSetup(o);
  const pw = planWorkbook(huilongshan(), units(2));
  await s.port.insert(pw.plan, []);
  const sheets = sheetsOfPlan(pw);
  const changes: SheetReadback[] = [];
  const stop = await s.port.watch(
    sheets.map((x) => x.map),
    (c) => changes.push(c),
  );
  await s.fake.settled();
  const yesno = Object.entries(sheets[0]!.map.inputs).find(([id]) => id === '3.1c-set')![1];
  return { ...s, pw, sheets, changes, stop, yesno };
}

describe('live checks', () => {
  it('checks a drop-down pick on the web once the selection moves on (office-js#3888, #4066)', async () => {
    const { fake, sheets, changes, yesno } = await watching();
    await fake.userSelect('第1镇', yesno);
    await fake.userPick('第1镇', yesno, '否');
    expect(changes.filter((c) => c.values[yesno] === '否')).toEqual([]);
    await fake.userSelect('第1镇', 'G30');
    const seen = changes.find((c) => c.values[yesno] === '否');
    expect(seen?.sheet).toBe('第1镇');
    expect(checkSheet(huilongshan(), sheets[0]!, seen!).result.values.size).toBeGreaterThan(0);
  });

  it('checks a pick left selected at the next light poll of the active unit sheet, reading only its block', async () => {
    let tick: (() => void) | undefined;
    const schedule = (fn: () => void): (() => void) => {
      tick = fn;
      return () => (tick = undefined);
    };
    const { fake, changes, yesno } = await watching({ port: { poll: { every: 2000, schedule } } });
    await fake.userSelect('第1镇', yesno);
    await fake.userPick('第1镇', yesno, '否');
    fake.syncs = [];
    tick?.();
    await fake.settled();
    await new Promise((r) => setTimeout(r, 0));
    expect(changes.find((c) => c.values[yesno] === '否')?.sheet).toBe('第1镇');
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(Math.max(...fake.syncs.map((s) => s.response))).toBeLessThan(64 * 1024);
    const before = changes.length;
    tick?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(changes.length).toBe(before);
  });

  it('keeps checking every sheet when the user renames one, and says which', async () => {
    const { fake, port, sheets } = await watching();
    const cell = Object.values(sheets[0]!.map.inputs)[0]!;
    await fake.userEdit('第1镇', cell, [[-3]]);
    await fake.userRename('第1镇', '第一镇');
    const read = await port.read(sheets.map((s) => s.map));
    const first = read.find((r) => r.sheet === '第1镇');
    expect(first).toMatchObject({ now: '第一镇' });
    expect(first?.values[cell]).toBe(-3);
    expect(read.find((r) => r.sheet === '第2镇')?.now).toBeUndefined();
    await port.select('第1镇', cell);
    expect(fake.selected).toEqual({ sheet: '第一镇', cell });
  });

  it('says a deleted unit sheet is missing instead of failing 检查全部 as a whole', async () => {
    const { fake, port, sheets } = await watching();
    await fake.userDelete('第2镇');
    const read = await port.read(sheets.map((s) => s.map));
    expect(read.map((r) => [r.sheet, r.missing === true])).toEqual([
      ['第1镇', false],
      ['第2镇', true],
    ]);
  });

  it('removes its handlers through the context that added them, and can watch again', async () => {
    const { fake, port, sheets, changes, stop } = await watching();
    await stop();
    const cell = Object.values(sheets[0]!.map.inputs)[0]!;
    await fake.userEdit('第1镇', cell, [[-3]]);
    expect(changes).toHaveLength(0);
    expect(fake.sheet('第1镇').handlers).toHaveLength(0);
    const again: SheetReadback[] = [];
    await port.watch(
      sheets.map((s) => s.map),
      (c) => again.push(c),
    );
    await fake.userEdit('第1镇', cell, [[-4]]);
    expect(again.map((c) => c.values[cell])).toEqual([-4]);
  });

  it('checks one edit of a filled sheet against the whole sheet: the cells the edit did not touch are still filled', async () => {
    const { fake, port, pw, sheets, changes } = await watching();
    const full = [{ unit: '第1镇', values: { ...fullMarks }, basis: {} }];
    const { writes } = fillWrites(pw, full);
    for (const x of writes) await fake.userEdit(x.sheet, x.address, [[x.value ?? '']]);
    await port.read(sheets.map((x) => x.map));
    const before = checkSheet(huilongshan(), sheets[0]!, (await port.read([sheets[0]!.map]))[0]!);
    expect(before.findings.filter((f) => f.code === 'not-filled')).toEqual([]);
    changes.length = 0;
    const first = writes[0]!.address;
    await fake.userEdit('第1镇', first, [[2]]);
    const seen = changes.at(-1)!;
    expect(seen.values[first]).toBe(2);
    const after = checkSheet(huilongshan(), sheets[0]!, seen);
    expect(after.findings.filter((f) => f.code === 'not-filled')).toEqual([]);
    expect(after.result.total).toBeLessThan(before.result.total ?? 0);
  });
});

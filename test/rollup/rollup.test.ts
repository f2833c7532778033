import { buildRollup, MixedRubrics } from '../../src/app/rollup';
import { builtinRankings } from '../../src/core/builtin';
import { auditBuffer, honestBook } from '../helpers/audit-book';
import { loadExcel } from '../helpers/book';
import type { Audit } from '../../src/core/audit';

async function audits(): Promise<Audit[]> {
  const a = await honestBook('huilongshan', ['甲镇', '乙镇', '丙镇'], 1);
  const b = await honestBook('huilongshan', ['丁镇', '戊镇'], 2);
  const wb = await loadExcel(b.buf);
  wb.getWorksheet('丁镇')!.getCell(b.planned.units[0]!.cells.total).value = 100;
  const tampered = Buffer.from(await wb.xlsx.writeBuffer());
  return [
    await auditBuffer(a.buf, 'a.xlsx'),
    await auditBuffer(tampered, 'b.xlsx'),
    await auditBuffer(Buffer.from('junk'), 'c.xlsx'),
  ];
}

test('units of every readable file are gathered; files that fail are listed, not skipped', async () => {
  const r = buildRollup(await audits(), 'zh', builtinRankings().get('yanglousi-2018'))!;
  expect(r.units).toBe(5);
  expect(r.sources.map((s) => [s.file, s.status, s.units])).toEqual([
    ['a.xlsx', '无问题', 3],
    ['b.xlsx', '有问题', 2],
    ['c.xlsx', '无法打开', 0],
  ]);
  const summary = r.plan.sheets[0]!;
  const at = (a: string) => summary.cells.find((c) => c.address === a);
  const col = (title: string): string =>
    summary.cells.find((c) => c.value === title && /^[A-Z]+3$/.test(c.address))!.address.replace('3', '');
  expect(at('B4')?.value).toBe('甲镇');
  expect(at(`${col('来源文件（审核结果）')}4`)?.value).toBe('a.xlsx（无问题）');
  // Copied section scores are values; the total, rank and grade are formulas over them.
  expect(at(`${col('组织领导（10分）')}4`)?.value).toEqual(expect.any(Number));
  expect(at(`${col('组织领导（10分）')}4`)?.formula).toBeUndefined();
  const formulas = summary.cells.filter((c) => c.formula).map((c) => c.formula!);
  expect(formulas.some((f) => f.startsWith('=IF(ISNUMBER(') && f.includes('RANK('))).toBe(true);
  expect(formulas.every((f) => !f.includes('['))).toBe(true);
  expect(r.plan.sheets.map((s) => s.name)).toEqual(['汇总', '来源文件', '审核问题']);
  const findingsSheet = r.plan.sheets[2]!;
  expect(findingsSheet.cells.some((c) => c.value === 'b.xlsx')).toBe(true);
  // The tampered unit is scored from its entries, not from the number typed over its total.
  const cache = r.results.get('汇总')!;
  const totals = [...cache.entries()]
    .filter(([a]) => summary.cells.find((c) => c.address === a)?.style === 'total')
    .map(([, v]) => v);
  expect(totals).not.toContain(100);
  expect([...cache.values()].filter((v) => v === '好').length).toBe(3);
});

test('workbooks of different rubrics are refused with both named', async () => {
  const a = await honestBook('huilongshan', ['甲镇'], 1);
  const l = await honestBook('lingling-2018-09', ['丁村'], 2);
  const run = async () => buildRollup([await auditBuffer(a.buf, 'a.xlsx'), await auditBuffer(l.buf, 'l.xlsx')], 'zh');
  await expect(run()).rejects.toBeInstanceOf(MixedRubrics);
  await run().catch((e: MixedRubrics) => expect(e.uses.map((u) => u.file)).toEqual(['a.xlsx', 'l.xlsx']));
});

test('a unit that comes again (the same file given twice) is ranked once and the repeat is an error', async () => {
  const a = await honestBook('huilongshan', ['甲镇', '乙镇'], 1);
  const b = await honestBook('huilongshan', ['丙镇'], 2);
  const r = buildRollup(
    [await auditBuffer(a.buf, 'a.xlsx'), await auditBuffer(b.buf, 'b.xlsx'), await auditBuffer(a.buf, 'a-again.xlsx')],
    'zh',
  )!;
  expect(r.units).toBe(3);
  const summary = r.plan.sheets[0]!;
  // The table's rows (from row 4), not the map of lost points below it.
  const names = summary.cells
    .filter(
      (c) => /^B\d+$/.test(c.address) && Number(c.address.slice(1)) >= 4 && Number(c.address.slice(1)) < 4 + r.units,
    )
    .map((c) => c.value);
  expect(names).toEqual(['甲镇', '乙镇', '丙镇']);
  const again = r.sources.find((s) => s.file === 'a-again.xlsx')!;
  expect([again.status, again.units, again.problems]).toEqual(['有问题', 0, 2]);
  expect(again.detail).toContain('甲镇”已在 a.xlsx 中出现');
});

import { fresh37Tables } from '../../fixtures/tables/fresh37';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh37), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh34–fresh36 by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit f1d3694, src as at 82207e7, before any change for them; every line as printed is
 * in fresh37-first-contact.txt): 16 sheets, 15 imported (yunwei's 原表 refused, as its fixture expects: no 起评分 on
 * it), 4 with the layout right; clauses 265: 74 right, 63 flagged (23.8%), **128 misread (48.3%)**, 0 not imported.
 * Misread per sheet: pubeiyongchuang 34 + 34 (a bed-making check: faults as lines under each step, each step's
 * deductions capped at its 标准分 by a note), zhangwu 21 + 21 (a KPI sheet: a column of targets, 100%, taken for
 * names), cunjikaohe 4 + 4, jiuxiang 2 + 2, yunwei 台账 2.
 *
 * NOT YET FIXED: no change was made for this round this session, so its tables are not in the suite that asserts
 * every clause read or flagged. What is asserted of them now is what must hold of any table: each sheet imports, or is
 * refused in plain Chinese naming what is missing, never with a schema path. To fix them, turn this file into a
 * describeRealTables call (as in fresh36.test.ts) and see which fail.
 */
describe.each(fresh37Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh37 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh37');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

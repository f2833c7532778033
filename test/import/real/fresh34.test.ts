import { fresh34Tables } from '../../fixtures/tables/fresh34';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh34), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh31–fresh33 by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 2587a5d, before any change for them; every line as printed is in
 * fresh34-first-contact.txt): 16 sheets, 11 imported, 2 with the layout right; clauses 201: 55 right, 37 flagged
 * (18.4%), **60 misread (29.9%)**, 49 not imported. Misread per sheet: anquanyue 13 (seven groups whose names the copy
 * left empty below the first, closed by a 小计分值 row), shengtiwei 8 (grades written as lines in one cell, 是30 否0 /
 * 达到80%以上50 …), linyeyanshou 6 (two tables on a page, each closed by a 说明 that voids the project), pingchufang 3.
 * Not imported: gonganzhichao (its points under 分项内容(100分), a head with the points in brackets, no points column),
 * weihu and xueche 台账 (deductions with no 起评分 read where a heading or the pool's 30 gives one).
 *
 * NOT YET FIXED: no change was made for this round this session, so its tables are not in the suite that asserts
 * every clause read or flagged. What is asserted of them now is what must hold of any table: each sheet imports, or is
 * refused in plain Chinese naming what is missing, never with a schema path. To fix them, turn this file into a
 * describeRealTables call (as in fresh33.test.ts) and see which fail.
 */
describe.each(fresh34Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh34 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh34');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

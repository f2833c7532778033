import { fresh41Tables } from '../../fixtures/tables/fresh41';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh41), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh40 by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 5e791aa, before any change for them; every line as printed is in
 * fresh41-first-contact.txt): 16 sheets, 16 imported, 2 with the layout right; clauses 210: 100 right, 46 flagged
 * (21.9%), **50 misread (23.8%)**, 14 not imported (jijianxinfang's second block, read as one table with the first).
 * Misread per sheet: zipingranqi 14 + 14 (满分100分每项2分 above the header: every item's 2 points), pingshenyake
 * 5 + 5, pingjiaoyan 4 + 4, jiguanbaomi 1 + 1, jijianxinfang 1 + 1.
 *
 * NOT YET FIXED: what is asserted of them now is what must hold of any table: each sheet imports, or is refused in
 * plain Chinese naming what is missing, never with a schema path.
 */
describe.each(fresh41Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh41 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh41');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

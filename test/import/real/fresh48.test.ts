import { fresh48Tables } from '../../fixtures/tables/fresh48';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh48), each as given (原表) and as a clerk keeps it (台账), found while tables/fresh47
 * was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 2476c76, before any change for them; every line as printed is in
 * fresh48-first-contact.txt): 16 sheets, 14 imported (yintai refused on both sheets), 6 with the layout right;
 * clauses 162: 52 right, 36 flagged (22.2%), **28 misread (17.3%)**, 46 not imported. Misread per sheet: xiaodai
 * 11 + 11 (a rating grid whose bands each stand on a row of their own), chanpinjiujiang, mubiaoxiaofang and
 * shijingfang 1 + 1 each.
 *
 * NOT YET FIXED: what is asserted of them now is what must hold of any table: each sheet imports, or is refused in
 * plain Chinese naming what is missing, never with a schema path.
 */
describe.each(fresh48Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh48 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh48');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

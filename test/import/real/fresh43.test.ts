import { fresh43Tables } from '../../fixtures/tables/fresh43';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh43), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh42 by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit aa28da7, before any change for them; every line as printed is in
 * fresh43-first-contact.txt): 16 sheets, 14 imported (zhongzhuanshitang refused on both sheets — 内容 | 考核办法, the
 * rules under a head read as how the check is made, "找不到表头"), 8 with the layout right; clauses 175: 90 right, 38
 * flagged (21.7%), **15 misread (8.6%)**, 32 not imported. Misread per sheet: sihuiyifa 原表 9 (an 11-column table of
 * three levels, each with its points), dayaoyaocai 2 + 2, jingzhixing 1 + 1.
 *
 * NOT YET FIXED: what is asserted of them now is what must hold of any table: each sheet imports, or is refused in
 * plain Chinese naming what is missing, never with a schema path.
 */
describe.each(fresh43Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh43 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh43');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

import { fresh42Tables } from '../../fixtures/tables/fresh42';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh42), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh41 by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit e5ddad7, src as at 797029c, before any change for them; every line as printed is
 * in fresh42-first-contact.txt): 16 sheets, 13 imported (guoshui's 原表 refused as its fixture expects: it only
 * deducts and gives no 起评分; wuliusiji refused on both sheets — 项目 | 说明 | 实得分, its rules under 说明, read as
 * notes, "找不到表头"), 4 with the layout right; clauses 151: 64 right, 28 flagged (18.5%), **41 misread (27.2%)**, 18
 * not imported. Misread per sheet: caizhengjiangbu 14 + 14 (a three-level indicator table with bonuses above the
 * points), shuangchuang 5 + 5, shaoerbaojian 1 + 1, guoshui 台账 1.
 *
 * NOT YET FIXED: what is asserted of them now is what must hold of any table: each sheet imports, or is refused in
 * plain Chinese naming what is missing, never with a schema path.
 */
describe.each(fresh42Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh42 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh42');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

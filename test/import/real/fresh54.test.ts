import { fresh54Tables } from '../../fixtures/tables/fresh54';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh54), each as given (原表) and as a clerk keeps it (台账), found while tables/fresh53
 * was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit f4a8625, before any change for them; every line as printed is in
 * fresh54-first-contact.txt): 16 sheets, 9 imported, 2 with the layout right; clauses 235: 68 right, 5 flagged (2.1%),
 * **108 misread (46.0%)**, 54 not imported. Not imported: chuangxin (points only in bands in the words, (50) / (30-49)),
 * waimao (0.5(最高30分) in a 得分 column), meishushuoke (项目 | 要求 | 评价 over 较好 / 一般 / 较差 with ranges of marks —
 * 找不到表头), zhiliangdengji 原表 (评比内容 | 服务质量标准 | 评价 分值 — 找不到表头). Misread per sheet: caiyuan 23 + 23
 * (each case a row with its score under an item: read as items of their own), jihuaxibu 15 + 15 (评分标准 over 基本分 |
 * 附加分, two header rows: the 附加分 bonuses not read), shigongyangchen 15 + 16 (扣分标准 lines merged under one item,
 * figures that lost a range sign, 扣510分), zhiliangdengji 1 (台账).
 *
 * NOT YET FIXED: what is asserted of them now is what must hold of any table: each sheet imports, or is refused in
 * plain Chinese naming what is missing, never with a schema path.
 */
describe.each(fresh54Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh54 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh54');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

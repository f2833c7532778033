import { fresh41Tables } from '../../fixtures/tables/fresh41';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = ['dasi'];

describeRealTables(
  'fresh41',
  fresh41Tables.filter((t) => clean.includes(t.id)),
  'fresh41',
);

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
 * AFTER THE FIRST FIX (满分100分每项2分 alone on the first row or above the header: each item that has no points of its
 * own is worth 2, the total 100 said against the 26 seen — test/import/fresh41-pieces.test.ts): clauses 208: 126
 * right, 46 flagged (22.1%), 22 misread (10.6%), 14 not imported; zipingranqi reads all 13 clauses right (its
 * sections still split, one per row). dasi, clean at first contact, is in the suite below.
 *
 * NOT YET FIXED (asserted only to import, or to be refused in plain Chinese, never with a schema path): pingshenyake
 * (a rule and its points merged down together over rows of requirements under one name — one item's pool, read as
 * each row's; 注冊資金 | 13萬元 read as an item named 萬元; 有1人達不到要求不予執業許可 not read as a veto),
 * pingjiaoyan (bonus rows whose one cell spans 分值 and 备注, a 发展评价 row), jijianxinfang (two groups in running
 * text, each its own rubric, read as one), jiguanbaomi (加重扣分项 with no points of their own, an uncapped penalty block;
 * 直接评定为不符合要求 not read as a veto), cunguotu (a section's 45 points given to its one cut item), xiangmujianli
 * (㈠项目监理管理资料三十分 — the section's points in Chinese numerals, not read), zipingranqi (sections).
 */
describe.each(
  fresh41Tables
    .filter((t) => !clean.includes(t.id))
    .flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))),
)('fresh41 (first contact only): $t.id $sheet', ({ t, sheet }) => {
  it('imports, or says plainly in Chinese why not', async () => {
    const r = await reportSheet(t, sheet, t.expect, 'fresh41');
    console.log(line(t, r));
    if (!r.imported) {
      expect(r.message).toMatch(/缺少|没有|请/);
      expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
    }
  });
});

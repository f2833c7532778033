import { fresh47Tables } from '../../fixtures/tables/fresh47';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = [
  'difangbing',
  'dishilingai',
  'gonganxingzhen',
  'jichadadui',
  'shengxietong',
  'xiangcaiguan',
  'yuecailiaoyuan',
];

describeRealTables(
  'fresh47',
  fresh47Tables.filter((t) => clean.includes(t.id)),
  'fresh47',
);

/**
 * Eight more real tables (tables/fresh47), each as given (原表) and as a clerk keeps it (台账), found while tables/fresh46
 * was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 7f5f4f5, before any change for them; every line as printed is in
 * fresh47-first-contact.txt): 16 sheets, 14 imported (yuecailiaoyuan refused on both sheets), 6 with the layout right;
 * clauses 200: 61 right, 79 flagged (39.5%), **46 misread (23.0%)**, 14 not imported. Misread per sheet: shengxietong
 * 20 + 20 (three levels of indicators, each band of 评价标准 | 计分 a row), xiangcaiguan 1 + 1, jichadadui 1 + 1,
 * gonganxingzhen 1 + 1.
 *
 * Mended after first contact, locators only (no reading changed): shengxietong's section names were written with their
 * codes (A1科学研究), which are numbers, not names; jichadadui's cut row was marked exact (its words only 紧俏卷烟).
 *
 * AFTER THE FIXES (test/import/fresh47-pieces.test.ts), run on the same sheets: 16 sheets, 16 imported, 16 with the
 * layout right; clauses 174: 114 right, 58 flagged (33.3%), **2 misread (1.1%)**, 0 not imported. Taught, in general
 * terms:
 * - a name carrying its points (A1.1 科技平台(3分)) merged over rows whose points fall from those, each saying nothing of
 *   scoring: one item, its bands;
 * - 好:6分,較好:4分一般:3分,差:2分: grades with a colon before their points, a ladder; sections saying their share
 *   (廚房衛生(12%)) where more than half are made by their items, though the shares do not reach 100 (the copy cut);
 * - 得分标准 is a rule column (what earns the points, (10分) closing it, beside the 扣分标准);
 * - a title with what it is worth alone in the 编号 column (刑侦支队负责考评的内容:(基础分100分)): words, no unnamed item;
 * - a 小计 column empty down the sheet is one to fill in; a last row cut off before its cost still takes from the points
 *   merged over it with the rows above.
 *
 * IN THE SUITE (every clause asserted): difangbing, dishilingai, gonganxingzhen, jichadadui, shengxietong,
 * xiangcaiguan, yuecailiaoyuan.
 *
 * NOT YET (asserted only to import): pinkunsheng ((3)'s (2)…覆盖面未达到20%的加3分、未达到的40%扣2分 — a garbled bonus
 * and cost — not read as the bonus the fixture reads).
 */
describe.each(
  fresh47Tables
    .filter((t) => !clean.includes(t.id))
    .flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))),
)('fresh47 (first contact only): $t.id $sheet', ({ t, sheet }) => {
  it('imports, or says plainly in Chinese why not', async () => {
    const r = await reportSheet(t, sheet, t.expect, 'fresh47');
    console.log(line(t, r));
    if (!r.imported) {
      expect(r.message).toMatch(/缺少|没有|请/);
      expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
    }
  });
});

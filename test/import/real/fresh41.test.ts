import { fresh41Tables } from '../../fixtures/tables/fresh41';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = ['cunguotu', 'dasi', 'pingshenyake', 'xiangmujianli', 'zipingranqi'];

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
 * AFTER THE FIXES (test/import/fresh41-pieces.test.ts), run on the same sheets: 16 sheets, 16 imported, 10 with the
 * layout right; clauses 192: 146 right, 42 flagged (21.9%), **4 misread (2.1%)**, 0 not imported. (Fewer clauses than
 * at first contact: the harness counts a row's fewest readings, and jijianxinfang's second block, not imported then,
 * is read now.) Taught, each in general terms:
 * - 满分100分每项2分 alone on the first row or above the header: each item with no points of its own is worth 2, the
 *   total said against what is seen, no item of its own; the one name merged down over such rows is their section.
 * - A rule and its points merged down together over rows of requirements under one name merged over them
 *   (人員 | …四條… | 有一項達不到標準扣5分,扣完為止 | 15): one item of those points, each row a requirement the rule takes
 *   from; a row alone under its name keeps what it requires (牙椅 | 至少設有4臺牙科治療椅); 至少增加1名 adds no points;
 *   13萬元 is a sum of money, not a number before a name.
 * - 不予執業許可 and 直接评定为不符合要求: the outcome settled whatever the points, a veto; and a paragraph saying so is
 *   not "what is assessed".
 * - A points cell that says how it scores (加5分/每人次) with the 备注 empty: the rule, nothing dropped; 有计划、有总结、有详细
 *   的活动记录 | 15 | 每项5分: three things, 5 each.
 * - (一)对委局相关室的考核内容 … (二)对派驻纪检组…的信访考核内容: a table for each; 抓信访工作3分。未成立…扣1分: the points
 *   that close the demand's own sentence.
 * - ㈠项目监理管理资料三十分: ㈠ a number, 三十分 the section's points in words; totals rounded (5.1, not
 *   5.1000000000000005).
 * - 落实好…监察员和…信息员,配合…工作(5分)。未落实…扣2分: a title with commas closed by its points, not the section's 45.
 *
 * IN THE SUITE (every clause asserted): cunguotu, dasi, pingshenyake, xiangmujianli, zipingranqi.
 *
 * NOT YET (asserted only to import, or to be refused in plain Chinese): pingjiaoyan (2 misread per sheet: 发展评价 read
 * as an item where the fixture reads a bonus, its one row typed where yes/no or an award is expected, and its cut
 * second row named in a warning the harness does not match; the total 110 against the fixture's 100), jiguanbaomi (加重
 * 扣分项 with no points of their own read as deductions from a 起评分 of 100, not an uncapped penalty block), jijianxinfang
 * ((二)6, cut after 得2分, read as an item of 2 where the fixture leaves it without points).
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

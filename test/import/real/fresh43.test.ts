import { fresh43Tables } from '../../fixtures/tables/fresh43';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = ['bozhong', 'jiancezhan', 'jingzhixing', 'nanyuankaifang', 'zhongzhuanshitang', 'zubailvhua'];

describeRealTables(
  'fresh43',
  fresh43Tables.filter((t) => clean.includes(t.id)),
  'fresh43',
);

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
 * AFTER THE FIXES (test/import/fresh43-pieces.test.ts), run on the same sheets: 16 sheets, 16 imported, 12 with the
 * layout right; clauses 168: 120 right, 42 flagged (25.0%), **6 misread (3.6%)**, 0 not imported. Taught, in general
 * terms:
 * - 内容 | 考核办法 where the 考核办法's cells mostly score: the rule column (as a 说明 is); 采取百分制考核的办法 said in a
 *   note under rows that only deduct: what they deduct from, and the note not taken for a row cut off;
 * - 佐证材料目录索引 and 得分说明 are columns filled in (the 原表's 9 misreads: the index column was taken for names);
 * - 共报5次,每次记1分: the row's 5.
 *
 * IN THE SUITE (every clause asserted): bozhong, jiancezhan, nanyuankaifang, zubailvhua (all four clean at first
 * contact); jingzhixing and zhongzhuanshitang, fixed in the next session (pieces at the end of fresh43-pieces):
 * - a sentence alone in the 编号 column (考核指标共分五项,总分100分。每项…扣到零分为止…) is read as the words it is: the
 *   total said once, named, not an unnamed item;
 * - 出现安全事故考核费全部扣除 in the note under the rows: the whole fee lost, a veto (该项…全部扣除 stays the item's).
 *
 * NOT YET (asserted only to import): dayaoyaocai (记8分,未落实不得分,少一项扣2分 read as a deduction that requires the
 * work done, where the fixture reads a plain deduction), sihuiyifa (the warning on 章程及制度's 20 against 16 not given:
 * its middle level, 1.1 章程建设 | 8分, is not read as a heading).
 */
describe.each(
  fresh43Tables
    .filter((t) => !clean.includes(t.id))
    .flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))),
)('fresh43 (first contact only): $t.id $sheet', ({ t, sheet }) => {
  it('imports, or says plainly in Chinese why not', async () => {
    const r = await reportSheet(t, sheet, t.expect, 'fresh43');
    console.log(line(t, r));
    if (!r.imported) {
      expect(r.message).toMatch(/缺少|没有|请/);
      expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
    }
  });
});

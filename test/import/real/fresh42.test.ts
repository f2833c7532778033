import { fresh42Tables } from '../../fixtures/tables/fresh42';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = ['guoshui', 'jiandusuo', 'shaoerbaojian', 'wuliusiji', 'zhuangxie'];

describeRealTables(
  'fresh42',
  fresh42Tables.filter((t) => clean.includes(t.id)),
  'fresh42',
);

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
 * AFTER THE FIXES (test/import/fresh42-pieces.test.ts), run on the same sheets: 16 sheets, 15 imported (guoshui's 原表
 * refused as expected), 10 with the layout right; clauses 145: 103 right, 35 flagged (24.1%), **7 misread (4.8%)**, 0 not
 * imported. Taught, each in general terms:
 * - 项目 | 说明 where the 说明's cells mostly score: the rule column (wuliusiji, "找不到表头" at first contact).
 * - 指标分值 is a points head, 县级评分 (市级评分, 部门评分) a column filled in, 指标说明 a note — the rule where its cells
 *   score (caizhengjiangbu: 14 misread per sheet at first contact, the points read from the 县级评分 column).
 * - 得1分;…一个加1分,最多加2分: two clauses, the row's points and a bonus beyond them that the sum check leaves aside.
 * - ≥1万元 / ≥50m2 keep their unit (1万元以上, not 1以上万元); a level said twice is one; minimums or counts of things, the
 *   best first, get the level below the last that earns nothing (不足0.2万元, 不足2项) so the assessor can pick it.
 * - 得分=满意度合格率/85%*10分 gives the row's 10 where a scan lost the points in its words ((K)分)).
 * - 总分值:100分/月 above the header over rows that only deduct: what they deduct from.
 *
 * IN THE SUITE (every clause asserted): jiandusuo, shaoerbaojian, wuliusiji, zhuangxie; guoshui, fixed in the next
 * session (its 原表 refused as expected; its 台账's last row, 5、对小规模纳税人…应补申报征 with no rule, as the table's last
 * words cut off is kept for the assessor under the 100 it deducts from — piece at the end of fresh42-pieces).
 *
 * NOT YET (asserted only to import, or to be refused in plain Chinese): caizhengjiangbu (1 misread per sheet: the bonus
 * beyond row 9's 1 point is read up to 2, the fixture caps it at the row's 1), shuangchuang (2 per sheet: a 主要考核点
 * with its own (1分) beside a 赋分标准 that repeats the other part's words, 有工作规划得1分, is matched to the wrong part;
 * the requirement column is not in the clause text), bingmei (the warning on 硬件設施's 20 quotes the name without the
 * site's pinyin, which the fixture's key keeps).
 */
describe.each(
  fresh42Tables
    .filter((t) => !clean.includes(t.id))
    .flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))),
)('fresh42 (first contact only): $t.id $sheet', ({ t, sheet }) => {
  it('imports, or says plainly in Chinese why not', async () => {
    const r = await reportSheet(t, sheet, t.expect, 'fresh42');
    console.log(line(t, r));
    if (!r.imported) {
      expect(r.message).toMatch(/缺少|没有|请/);
      expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
    }
  });
});

import { fresh40Tables } from '../../fixtures/tables/fresh40';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh40), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh39 by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 6b25230, src as at 5b8c739 — the fresh39 fixes and their review — before any
 * change for them; every line as printed is in fresh40-first-contact.txt): 16 sheets, 14 imported (lvzhi refused on
 * both sheets), 3 with the layout right; clauses 209: 59 right, 65 flagged (31.1%), **71 misread (34.0%)**, 14 not
 * imported. Misread per sheet: sheji 16 + 16 (a course-design mark sheet of grade bands across columns), dapeng 7 + 9
 * (levels across four pairs of columns), zhanguanbaojie 6 + 6 (bands of marks across five columns), wuyekefu 3 (原表),
 * cesuo 2 + 2, shequjianjiao 2 + 2.
 *
 * FIXED SO FAR (three tables): zhanguanbaojie — 5-4.5 | 4.4-4 | 3.9-3.5 | 3.4-3 | 2.9及以下 across the columns of a row: bands
 * of marks the checker picks from, the best band's top the row's points and the 分值 merged over such rows the group's;
 * a band already down to nothing leaves …本项为0分 to what a lapse found sets; a last row cut before its bands, alone in
 * its group, takes the group's figure. dapeng — 评分指标 | 评价得分 | 评分标准 | 评价得分 … four pairs of a level's words and
 * the points it earns, said alike and falling: one row's levels (not two tables side by side); a row that fills only the
 * first pair, 得分值=年度建设任务完成率(超过100%以100%计算)×20, is the rate times the points, capped at 100%; a
 * percentage inside a level's own words is what that level asks. wuyekefu — 考核内容 written over two columns, the
 * second headless and filled only where a post (前台客服助理) is merged down over its items (快递管理 / 联系单): the next
 * level of names. (test/import/fresh40-pieces.test.ts.) With gonganbaoan, which read clean at first contact, they are in
 * the suite below: dapeng 7 clauses, 6 right, 1 flagged, 0 misread on each sheet (13 of 16 misread at first contact);
 * wuyekefu 9 clauses, 8 right, 1 flagged, 0 misread (3 misread on 原表 at first contact).
 *
 * NOT YET FIXED (asserted only to import, or to be refused in plain Chinese, never with a schema path): sheji (grade
 * columns 优 | 良 | 中 | 及 | 不及 whose figures are each grade's lowest mark), cesuo (a three-level outline inside one
 * column, the rules for some sub-rows in one merged 评审要点 cell), shequjianjiao (its first three heads not seen on the
 * page: now read as a number, a name and a figure column, the total right, 60; still 2 misread — 1.2.2, a group of one
 * row, is named by its inner name), lvzhi (rows with no points: refused, 起评分 asked for).
 */
const fixed = ['dapeng', 'gonganbaoan', 'wuyekefu', 'zhanguanbaojie'];

describeRealTables(
  'fresh40',
  fresh40Tables.filter((t) => fixed.includes(t.id)),
  'fresh40',
);

describe.each(
  fresh40Tables
    .filter((t) => !fixed.includes(t.id))
    .flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))),
)('fresh40 (not fixed yet): $t.id $sheet', ({ t, sheet }) => {
  it('imports, or says plainly in Chinese why not', async () => {
    const r = await reportSheet(t, sheet, t.expect, 'fresh40');
    console.log(line(t, r));
    if (!r.imported) {
      expect(r.message).toMatch(/缺少|没有|请/);
      expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
    }
  });
});

import { fresh46Tables } from '../../fixtures/tables/fresh46';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = [
  'chengshizhongdian',
  'ganxianfazhi',
  'jianguansuo',
  'saixiangchenlie',
  'shidajiaoshi',
  'wuyegongcheng',
  'zhizaochejian',
];

describeRealTables(
  'fresh46',
  fresh46Tables.filter((t) => clean.includes(t.id)),
  'fresh46',
);

/**
 * Eight more real tables (tables/fresh46), each as given (原表) and as a clerk keeps it (台账), found while tables/fresh45
 * was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit ce85dd1, before any change for them; every line as printed is in
 * fresh46-first-contact.txt): 16 sheets, 14 imported (saixiangchenlie refused on both sheets), 10 with the layout
 * right; clauses 174: 104 right, 32 flagged (18.4%), **10 misread (5.7%)**, 28 not imported. Misread per sheet:
 * jianguansuo 5 + 5 (rate bands, full at 100% and in proportion down to 50%).
 *
 * AFTER THE FIXES (test/import/fresh46-pieces.test.ts), run on the same sheets: 16 sheets, 16 imported, 14 with the
 * layout right; clauses 174: 142 right, 32 flagged (18.4%), **0 misread**, 0 not imported. Taught, in general terms:
 * - 旳 is 的 (完畢率到達100%旳得滿分,…低于50%旳不得分: full at 100%, in proportion down to the 50% that earns nothing);
 * - a first head no word names (价素, a scan's 要素) over short names merged down: the names' column; a 考核要求 merged
 *   down a block beside costs row by row: what the block requires, no part of each row's rule, nor an article's name;
 *   说明:…满分100分,采用扣分制 alone under the rows: a note, and what they deduct from;
 * - sections each saying their share (生产任务完成情况(20%) …) where the shares make 100 and most are made by their
 *   items: each share the section's points.
 *
 * IN THE SUITE (every clause asserted): chengshizhongdian, ganxianfazhi, jianguansuo, saixiangchenlie, shidajiaoshi,
 * wuyegongcheng, zhizaochejian.
 *
 * NOT YET (asserted only to import): biaozhunshidian (the warning on 1.试点的标准体系's 15 against the 9 of its parts
 * seen is not given: the row is flagged as cut, and its item named by its 内容要求, not its 考核点).
 */
describe.each(
  fresh46Tables
    .filter((t) => !clean.includes(t.id))
    .flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))),
)('fresh46 (first contact only): $t.id $sheet', ({ t, sheet }) => {
  it('imports, or says plainly in Chinese why not', async () => {
    const r = await reportSheet(t, sheet, t.expect, 'fresh46');
    console.log(line(t, r));
    if (!r.imported) {
      expect(r.message).toMatch(/缺少|没有|请/);
      expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
    }
  });
});

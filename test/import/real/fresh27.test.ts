import { fresh27Tables } from '../../fixtures/tables/fresh27';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh27: 学校食堂供货配送, 节能目标责任, 行政事业单位内部控制, 酒店前厅接待,
 * 清洁生产审核验收, 教学实验室建设验收, 司法所规范化建设, 农村沼气服务网点), each as given (原表) and as a clerk keeps
 * it (台账), found after the fixes for tables/fresh26 by two helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 84dd40b, before any change for them; every line as printed is in
 * fresh27-first-contact.txt): 16 sheets, 16 imported, 9 with the layout right; clauses 175: 117 right, 50 flagged
 * (29%), **8 misread (4.6%)**, 0 not imported. Misread: qingjie 2 (累计分值 | 100 read as an item), neikong 台账 2 (its
 * title merged across the columns taken for the header: the real header a row of items), zhaoqi 2 (two ladders for two
 * kinds of county read as two clauses of one item), qianting 2 (two lapses of 5 in a row of 10 read as a checklist).
 *
 * The fixes (general; in the tables' words in fresh27-pieces.test.ts): 累计分值 is a total row; a single 小计 closing
 * the table, no group before it subtotalled, is the table's total (not every row's section of 100); a title merged
 * across every column is never the header; 99%-90%的得27分,89%-80%的得24分 are bands written from the top down, whole
 * percentages one apart meeting end to end (to 达到100%的得30分 above them); …扣2分,10分扣完为止 (the number first) is
 * 扣完10分为止; sentences each with their own such limit are clauses apart, the words before them with no deduction
 * (准时送达得20分) going with the first and a closing () — room for the score — saying nothing.
 *
 * AFTER (all eight): 16 sheets, 16 imported, 14 with the layout right; clauses 174: 140 right, 30 flagged (17%),
 * **4 misread (2.3%)**. In the suite (five): 10/10 sheets, layout right 10; clauses 112: 84 right, 28 flagged, 0 misread.
 *
 * Not in this suite, named with what is still wrong:
 * - qianting (酒店前厅接待): 9 | …扣5分,…扣5分 in a row of 10 is read as a checklist of two absences worth 5 each; the
 *   reader wants a deduction of each lapse counted. Reading such rows as deductions put this table (and jiguandangjian,
 *   fresh25) right but broke the built-in 会龙山 rubric, whose hand-written reading is the checklist: left as is.
 * - zhaoqi (农村沼气服务网点): 4 | 网点服务面 | 10 gives one ladder for 山区、丘陵… counties and another for the rest; they
 *   are read as two clauses of one item (20 in a row of 10, said in a warning), not one ladder by kind of county.
 * - sifasuo (司法所规范化建设): 三、基础设施(6分) over one row cut off is named in a warning, not made a section; and a row
 *   of 0.5 whose words give (0.5分) twice is not said.
 * Open: to put one in, remove it from the filter below and see it fail.
 */
describeRealTables(
  'fresh27',
  fresh27Tables.filter((t) => !['qianting', 'zhaoqi', 'sifasuo'].includes(t.id)),
  'fresh27',
);

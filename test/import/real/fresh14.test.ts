import { fresh14Tables } from '../../fixtures/tables/fresh14';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh14: 城管考评 (风景区), 城管督查扣分, 村镇建设 (six counties' targets), 供电所配电管理,
 * 农贸市场督查, 社会保险, 社会团体评估, 礼堂书屋), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh13 by two helpers who did not read the importer. Most are cut-off previews (the .txt files say where).
 *
 * FIRST CONTACT (run once at commit e8f24df, before any change for them; every line as printed is in
 * fresh14-first-contact.txt): 16 sheets, 14 imported, 2 with the layout right; items 73/144 right, 13 extra; clauses
 * 217: 49 right, 66 flagged (30%), **42 misread (19%)**, 60 not imported. nongmao (序号 一 merged down over rows of
 * names and points, no rule column) did not import; chengguan's cells had lost their punctuation to spaces; cunzhen's
 * 台账 took six county target columns under 考核目标 for names; gongdian's 一 基础资料管理 80 rows in a headless
 * column were read as items.
 *
 * The fixes (general; in the tables' words in fresh14-pieces.test.ts): a number merged down over rows that each have
 * a name and points groups items, it heads none; rows of words after a heading with nothing under it are named; a
 * cell whose punctuation became spaces has its numbered parts read (0 2 分 as 0.2); numbered demands with points
 * beside rules numbered the same are the row's parts; sub-columns under a spanning head that no head names are
 * figures per unit; a headless first column of 一、二、三 is the numbers' column, and a heading's points over rows
 * numbered in their names are a section's; —0.5分 after a lapse is 扣0.5分; numbered parts run together (…分2、…) in a
 * cell starting 1、 are parts; 每缺一种 counts 种; a part that only says what is checked, before deductions, is no part
 * scored; deductions merged into one clause get inputs numbered afresh (a duplicate id made a table fail to load);
 * a first row with no name, number or points is named as the end of a row from a page before; 准备材料 is no rule;
 * a title over every row gives the total; 20分(达不到酌情扣分) is 20 and how it is given; points merged down rows with
 * no names are one item's.
 *
 * AFTER (all eight): 16 sheets, 16 imported, 14 with the layout right; clauses 210: 146 right, 64 flagged (30%),
 * **0 misread**.
 *
 * Not in this suite, named with what is still wrong:
 * - cunzhen (衢州 村镇建设): each 考核指标 has its own target for each of six counties in six columns; the helper reads
 *   the counties as classes, the importer does not make classes of target columns (it leaves them out, names the
 *   items right and flags the two-way rules 完成得基本分…大于目标值的每增加1%加1分…小于目标值的每少1%扣1分 for a typed
 *   score). Layout: classes [], not the six.
 * Open: to put it in, remove it from the filter below and see it fail.
 */
describeRealTables(
  'fresh14',
  fresh14Tables.filter((t) => t.id !== 'cunzhen'),
  'fresh14',
);

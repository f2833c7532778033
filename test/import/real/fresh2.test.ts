import { fresh2Tables } from '../../fixtures/tables/fresh2';
import { describeRealTables } from './describe';

/**
 * Eight more real tables nobody here had seen (tables/fresh2), each as given (原表) and as a clerk keeps
 * it (台账), found after the fixes for tables/fresh: the measure of those fixes on tables they were not
 * made for.
 *
 * FIRST CONTACT (run once at commit 321b25c, before any change for them; every line as printed is in
 * fresh2-first-contact.txt). Both layouts read alike:
 *   chuangkou 政务服务窗口  imported; 9: 9 flagged; the names' shared points (人员选派(10分) over rows of
 *                          deductions, no points column) split over one item per row; total 110 not 40
 *   dangjian 村级党建       imported, layout right; 8: 5 right, 3 flagged
 *   dongsheng 消防网格化    imported; 15: 2 right, 13 flagged; shared points split as above
 *   jianggan 社区文体       imported; 10: 9 right, **1 misread** (a row of words only dropped silently);
 *                          (48)分 not read as the section's points
 *   kunshan 村庄环境卫生    imported, layout right; 14: 12 right, 2 flagged
 *   liling 农机合作社       imported; 17: 3 right, 4 flagged, **10 misread** (根据省农联…文件标准评分 read as
 *                          yes/no; demands then 发生…事故不计分 read as the event's absence alone); bonus capped at 100
 *   minzheng 乡镇民政       imported; 21: 2 right, 18 flagged, **1 misread** (社会救助 | | 20 over its rows read as
 *                          an item of its own); total 90 not 分值(200 分)
 *   shuili 水利             imported; 8: 2 flagged, **6 misread**: 分值 (merged per section) taken for every row's
 *                          points beside 单项分值; total 170
 *   fresh2: 16 sheets, 16 imported, 4 with the layout right; items 90/122 right, 2 extra;
 *           clauses 204: 66 right, 102 flagged (50%), 36 misread (18%)
 *
 * The fixes (general, no table's words in the parser): 单项分值 as a points head and, of two points columns
 * after the names, the one with more figures as the items'; 根据…文件标准评分 as the assessor's score; demands
 * then an event that voids them (…发生…事故不计分) flagged with the event asked beside; a name with points
 * merged over rows when there is no points column gathers them into one item (read together, or deducting
 * together); a numbered row with points and no rule over unnumbered rows as one item of those rows; (48)分
 * in a name; 分值(200 分) as the total; rows of words only named, not dropped; a bonus block with no
 * limit capped by the most its words can add; a demand closed by its points (无缺会现象3分); 每项各N分
 * closing a numbered list; longer lapse conditions (未制定…且上墙的,扣5分); shares that make the row's points.
 *
 * AFTER: 16 sheets, 16 imported, 16 with the layout right; items 122/122; clauses 202: 136 right,
 * 66 flagged (33%), 0 misread.
 */
describeRealTables('fresh2', fresh2Tables, 'fresh2');

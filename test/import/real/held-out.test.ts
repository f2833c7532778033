import { heldOut } from '../../fixtures/tables/real';
import { describeRealTables } from './describe';

/**
 * The six real tables held out (every third of shared/tables in file-name order, chosen before any
 * import), each as given (原表) and as a clerk keeps it (台账; wendeng also with a clerk's 起评分 row).
 * The parser is taught from the other twelve first; these are run once more after that (the measure
 * of tables the fixes were not made for), and only then taught.
 *
 * FIRST CONTACT (`npx jest test/import/real/taught test/import/real/held-out`, run once, before any
 * parser change; every line as printed is in first-contact.txt). Long messages are cut after their
 * first error here. Both layouts read alike except where said.
 *   helan 动物防疫         imported; items 0/4 right, 3 extra (项目 cells taken for items, the 细节 rules lost); total 25
 *                          not 60 (原表; 台账 right from its 合计); clauses 11: 0 right, 1 flagged (五:a), 10 misread
 *                          (3 in extra items, 7 rows lost)
 *   liyang 秸秆禁烧        NOT imported: 找不到表头（序号、考核指标、分值、评分细则等），这张表不像考核细则; 3 clauses not imported
 *   tuopin 脱贫攻坚        NOT imported: 导入的考核细则未通过校验： 错误：编号 "s1" 重复使用（位置 sections[2].id） … (15 errors);
 *                          6 clauses not imported
 *   wendeng 党建信用       原表, 台账: NOT imported: 找不到表头（…） — refused, but not saying that the table has no total;
 *                          起评分: NOT imported: 找不到表头（…）; 27 clauses not imported
 *   xiaofang 消防          NOT imported: 导入的考核细则未通过校验： 错误：数值或数量过小（至少 0）（位置 total）; 5 clauses not imported
 *   zhoushan 教育          NOT imported: 找不到表头（…）; 6 clauses not imported
 *   held out: 13 sheets, 2 imported, 0 with the layout right; items 0/43 right, 6 extra;
 *             clauses 89: 0 right, 2 flagged, 20 misread, 67 not imported
 * All eighteen at first contact: 37 sheets, 10 imported; clauses 351: 34 right, 18 flagged, 62 misread,
 * 237 in sheets that did not import.
 */
describeRealTables('held out', heldOut);

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
 *
 * HELD OUT, AFTER THE TAUGHT FIXES (run once, before any change for these six; every line as printed is
 * in held-out-after-taught.txt) — the measure of tables the fixes were not made for:
 *   helan 动物防疫         imported; items 4/4, 1 extra (项目 五 cut off without points, kept as an item, named
 *                          “疫苗”, and no warning names it); clauses 9: 2 right, 4 flagged, 3 misread (三b 三c: the
 *                          羊/猪 rows with no rule of their own read as yes/no; 五 dropped)
 *   liyang 秸秆禁烧        imported; items 3/3; total 10 not 20: the heading 1、组织保障(20分) not kept as a section,
 *                          no warning; clauses 3: 2 right, 1 flagged, 0 misread
 *   tuopin 脱贫攻坚        imported; items 2/4, 5 extra: the total row and the 一、/(一) headings (21项/13项/7项) read as
 *                          items named “项”, total 232 not 100; clauses 11: 2 right, 5 flagged, 4 misread
 *   wendeng 党建信用       原表, 台账: NOT imported: 导入的考核细则未通过校验： 错误：数值或数量过小（至少 0）（位置 total）
 *                          (a schema path, not the plain refusal expected); 起评分: imported, every row a penalty block
 *                          of its own, the 起评分 row an item “（未命名）” worth 100; clauses 28: 0 right, 27 flagged, 1 misread
 *   xiaofang 消防          imported; layout right; clauses 5: 3 right, 1 flagged, 1 misread (5: “社区未成立消防”, cut
 *                          off, read as yes/no)
 *   zhoushan 教育          imported; layout right; clauses 5: 1 right, 4 flagged (1 2 4 5: 分别得10、8、6、4分 by rank), 0 misread
 *   held out: 13 sheets, 11 imported, 4 with the layout right; items 38/43 right, 13 extra;
 *             clauses 94: 20 right, 57 flagged, 17 misread, 0 not imported (Tests: 16 failed, 19 passed, 35 total)
 *
 * Then the parser was taught from these six too. Three slips in the fixtures' keys (the words the harness
 * finds a row by, not the readings) were found and fixed, named here: tuopin (1) and (2) were keyed
 * “(1)减贫人口完成率” and “(2)义务教育保障”, with the table's numbering, which an item's name rightly drops;
 * helan 五 was keyed by its 项目 “生物制品管理”, which names the section in this layout, not the item the
 * row becomes. They are keyed by 减贫人口完成率, 义务教育保障 and the row's own words 按规定要. No expected
 * reading, total, section or item changed.
 */
describeRealTables('held out', heldOut);

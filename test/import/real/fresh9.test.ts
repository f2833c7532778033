import { fresh9Tables } from '../../fixtures/tables/fresh9';
import { describeRealTables } from './describe';

/**
 * Eight more real tables nobody here had seen (tables/fresh9: 党员量化, 森林防火与防汛, 计生协, 林长制, 人居环境,
 * 热线, 营商环境, 志愿服务), each as given (原表) and as a clerk keeps it (台账), found after the fixes for
 * tables/fresh8.
 *
 * FIRST CONTACT (run once at commit 05df5fe, before any change for them; every line as printed is in
 * fresh9-first-contact.txt): 16 sheets, 12 imported, 2 with the layout right; items 28/78 right, 42 extra;
 * clauses 176: 32 right, 28 flagged (16%), **72 misread (41%)**, 44 not imported. 68 of the 72 misreads are
 * one table (jisheng 计生协: its words under a head nobody here had seen, 条目, so every row an unnamed item
 * of its section's points); fangxun (森林防火 and 防汛 on one sheet) was refused with a schema path
 * (sections[3].items[0].name — an item with no name); yingshang (营商环境: 每月基础分30分 in the words) had
 * no points read.
 *
 * The fixes (general): a column of long words under a head we do not know is a name column, not ignored
 * (条目 a head too); rows under a points cell merged with their item keep their own names (组织机构健全…:
 * 有文件…得2分) and their points from their words; 有A得2分,有B得1分 among paragraphs whose points must make
 * the title's read as the parts it names; a 一票否决 row that also scores counts in that sum; the header again
 * below the rows starts a second table (its title rows named); no item or section without a name, and a
 * rubric problem placed in the table's words (第 4 部分“…”第 1 项的名称), never a schema path; 第一条 as
 * numbering, and 考核内容和评分标准 a heading naming the whole table; 考核奖惩对象 a heading on how the
 * assessment is run; a row whose bracketed parts make its points, closed by …达到90%以上,加3分, has that
 * as a bonus beyond them, and 达到X%以上加N分 is a threshold, not per time; 基础分13分 over rows that do not
 * make it warned; (一)每个部门每月基础分30分 the row's points; (二)加分、减分规则。… a heading, the innermost
 * heading that speaks of adding or taking deciding a row's role; …(基础分为100分) over rows that only
 * deduct a base they come off together.
 *
 * Fixture (set after first contact, symmetric): a threshold the readers wrote as `target` where their words
 * say nothing scores below it (达到90%以上加3分, 每年学习4次以上的得1分, 达成N%以上, and jiuzhu's 入户率100%) is
 * `cutoff` (the schema's target with a full middle scores at any value); linzhang's bonus numbered 2加分
 * (the reader had given it item 2's number). First contact was recorded before these.
 *
 * AFTER (all eight): 16 sheets, 16 imported, 16 with the layout right; items 78/78; clauses 138: 106 right,
 * 32 flagged (23%), 0 misread.
 */
describeRealTables('fresh9', fresh9Tables, 'fresh9');

import { fresh39Tables } from '../../fixtures/tables/fresh39';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh39), each as given (原表) and as a clerk keeps it (台账), found while the fixes
 * for tables/fresh38 were being made, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 40b849b, the fresh38 fixes, before any change for them; every line as printed is
 * in fresh39-first-contact.txt): 16 sheets, 16 imported, 10 with the layout right; clauses 278: 104 right, 24 flagged
 * (8.6%), **150 misread (54.0%)**, 0 not imported. Misread per sheet: weishengjiancha 57 + 57 (a canteen hygiene check
 * with two items side by side on each row: 具体项目 | 评分 | 具体项目 | 评分), quyaopin 15 + 15 (a drug-management check
 * whose 一项不合格扣分标准 column holds bare negative figures, -2), nenglijianshe 2 + 2, gufei 1 + 1.
 *
 * AFTER THE FIXES: 16 sheets, 16 imported, 16 with the layout right; 272 clauses: 250 right, 22 flagged (8.1%), 0
 * misread. What was taught (each in test/import/fresh39-pieces.test.ts, in the tables' own words):
 * - a head row that says a group of heads twice (具体项目 | 评分 | 具体项目 | 评分, or with the 得分 a clerk adds after
 *   each): two items to a row, read left then right under the 项目 merged down; a 评分 column already holding a figure
 *   on every row the points; 续表 alone on its row the page breaking, no row (weishengjiancha);
 * - -2 under 一项不合格扣分标准: what the lapse beside it costs (quyaopin);
 * - 组织领导 | 20 | (nothing), no number, over ruled rows whose points add up to 20: their heading; 的+5分 … -2分: the plus
 *   of what is done 得, the minus 扣 (nenglijianshe);
 * - a last row cut before its points keeps what it requires (its 达标标准) before its words (gufei).
 */
describeRealTables('fresh39', fresh39Tables, 'fresh39');

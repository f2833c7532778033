import { fresh21Tables } from '../../fixtures/tables/fresh21';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh21: 住院病历书写质量, 无烟党政机关, 节约型机关, 年鉴组稿, 文明生产, 银行星级网点,
 * 销售部绩效, 农民工工资支付), each as given (原表) and as a clerk keeps it (台账), found after the fixes for
 * tables/fresh20 by two helpers who did not read the importer. All eight are cut-off previews.
 *
 * FIRST CONTACT (run once at commit df7211c, before any change for them; every line as printed is in
 * fresh21-first-contact.txt): 16 sheets, 12 imported, 8 with the layout right; items 54/108 right, 12 extra; clauses
 * 280: 28 right, 70 flagged (25%), **86 misread (31%)**, 96 not imported. bingli (缺陷内容 | 扣分标准 with bare figures,
 * 1 / 0。5/项) was 62 of the misreads; kongyan (评估标准) and shengchan (应得分数) did not import; xiaoshou (绩效方向,
 * 1级…4级 columns) was 16. The judge itself first ran out of memory on bingli's pool of 34 rows, each read two or
 * three ways; it now matches such rows one by one (judge.ts, MOST_COMBINATIONS).
 *
 * The fixes (general; in the tables' words in fresh21-pieces.test.ts): under a head that says 扣分 a bare figure
 * (5, 1/项, 0。5/项) is what the lapse beside it costs; 缺…签名:扣1分 (a colon before the cost) reads as 缺…扣1分; 评估标准,
 * 评估方法, 应得分数, 绩效方向 / 绩效指标 / 考核维度 and 绩效目标 are heads; a numbered row's demands each closed by
 * ,2分; add up to its points (the better one where it says 若不…), but not after …的, and not where the row's own name
 * gives them; one name merged with its points over rows that only deduct is one item they take from; a row of pieces
 * whose first is read as levels, where reading it as things had makes the row's points, is read so; …1分2.按规定…
 * parts at the next number; …合计为20分。 closes a row; 5S维持 is no number 5; 不合格得-1分 is no deduction per lapse
 * (flagged); a 评分说明 that says nothing of scoring beside a 评分项目 column with the points: both are the rule. The
 * judge also takes an award's points as no more than its reach (每项得1分,最高得3分 in a row of 10 is worth 3).
 *
 * AFTER (all eight): 16 sheets, 16 imported, 14 with the layout right; items 108/108 right; clauses 262: 198 right,
 * 64 flagged (24%), **0 misread**.
 *
 * 无烟党政机关 (kongyan), left out at first, is back (after fresh22): its cut last row (五2 开展控烟宣传活动…每年至少2) was
 * given its heading's 10 points because the title merged over the rows was a new heading for each row, so the rows
 * under it did not see that 五1 has points of its own; one heading for all the rows of one merged title now. All
 * eight, after fresh23: 16 sheets, 16 imported, 16 with the layout right; clauses 268: 204 right, 64 flagged, 0 misread.
 */
describeRealTables('fresh21', fresh21Tables, 'fresh21');

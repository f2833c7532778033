import { fresh45Tables } from '../../fixtures/tables/fresh45';
import { describeRealTables } from './describe';

describeRealTables('fresh45', fresh45Tables, 'fresh45');

/**
 * Eight more real tables (tables/fresh45), each as given (原表) and as a clerk keeps it (台账), found while tables/fresh44
 * was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit d770970, before any change for them; every line as printed is in
 * fresh45-first-contact.txt): 16 sheets, 16 imported, 10 with the layout right; clauses 184: 90 right, 54 flagged
 * (29.3%), **40 misread (21.7%)**, 0 not imported. Misread per sheet: xiangshifanshe 14 + 14 (points in the column
 * headed 评分标准, no scoring words), cunguan 4 + 4, chanyelongtou 2 + 2.
 *
 * AFTER THE FIXES (test/import/fresh45-pieces.test.ts), run on the same sheets: 16 sheets, 16 imported, 16 with the
 * layout right; clauses 182: 136 right, 46 flagged (25.3%), **0 misread**, 0 not imported. Taught, in general terms:
 * - a rule column (评分标准) holding only bare figures, with no points column: the points; | | 100 under the rows, its
 *   label left off, equal to their sum: the total;
 * - a figure merged down over rules that each close with their own points (1.标识、标志符合省厅统一标准(5分)): the group's
 *   (the table's last row, cut before its points, not asked);
 * - 采用功效系数法打分 and 测评分2分: a score worked out or given elsewhere, the assessor's;
 * - 考核采用100分制: the total; …工作5分。未达要求酌情扣分: the demand's 5; the last row's first sentence closing on its
 *   points before the copy stops (及时报送各种信息10分。参照崇仁镇): its points, kept for the assessor.
 *
 * IN THE SUITE (every clause asserted): all eight.
 */

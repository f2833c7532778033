import { fresh31Tables } from '../../fixtures/tables/fresh31';
import { describeRealTables } from './describe';

/**
 * Eleven more real tables (tables/fresh31), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh30 by eight helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 6c78c3e, before any change for them; every line as printed is in
 * fresh31-first-contact.txt): 22 sheets, 19 imported (+1 refused as expected: tuijin 原表, deductions with no 起评分),
 * 5 with the layout right; clauses 297: 68 right, 65 flagged (21.9%), **150 misread (50.5%)**, 14 not imported.
 * Misread per sheet: shaojian 27 (是4;否0 | 4 — the points run into the rule, every row lost), gongtu 16 (steps of one
 * item on rows of their own, the 备注 column taken for names), tongxing 16 (考评要求 | 扣分标准 split by meaning, the
 * 扣分标准 cell taken for the name), daoluyanghu 6 (rate × points read as done / not done, a 总评分 row an item),
 * putonghua 5 (the header repeated with its part's figures read as a second table), biaozhunnongtian 4, dupinshifan 1.
 * Not imported: guanshe (its points in a column headed 等级).
 */
describeRealTables('fresh31', fresh31Tables, 'fresh31');

import { fresh33Tables } from '../../fixtures/tables/fresh33';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh33), each as given (原表) and as a clerk keeps it (台账), found while the fixes
 * for tables/fresh32 were made, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 1f96a27 — the fixes for fresh32 — before any change for them; every line as
 * printed is in fresh33-first-contact.txt): 16 sheets, 14 imported, 8 with the layout right; clauses 188: 58 right, 92
 * flagged (48.9%), **18 misread (9.6%)**, 20 not imported. Misread per sheet: shuguan 5 (an item's name and maximum
 * merged over criteria with their own points: rows lost), youyong 3 (※ 不予评定等级 not read as a veto; an item of
 * points merged over rule lines), changzhi 1 (a rule by building age read as a ladder). Not imported: dongyi (its
 * points in a 计分标准 block apart from the deductions, read as rows with no 起评分).
 */
describeRealTables('fresh33', fresh33Tables, 'fresh33');

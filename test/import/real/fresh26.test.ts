import { fresh26Tables } from '../../fixtures/tables/fresh26';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh26: 政府采购代理机构, 后勤电工月度绩效, 乡镇科技进步, 医院生活垃圾分类,
 * 平安农机示范县, 宿舍管理员, 农村五保供养, 银行营业场所安全检查), each as given (原表) and as a clerk keeps it (台账),
 * found after the fixes for tables/fresh25 by two helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 65b32d7, before any change for them; every line as printed is in
 * fresh26-first-contact.txt): 16 sheets, 16 imported, 9 with the layout right; clauses 162: 104 right, 56 flagged
 * (35%), **2 misread (1.2%)**, 0 not imported.
 */
describeRealTables('fresh26', fresh26Tables, 'fresh26');

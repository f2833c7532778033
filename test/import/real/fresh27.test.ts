import { fresh27Tables } from '../../fixtures/tables/fresh27';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh27: 学校食堂供货配送, 节能目标责任, 行政事业单位内部控制, 酒店前厅接待,
 * 清洁生产审核验收, 教学实验室建设验收, 司法所规范化建设, 农村沼气服务网点), each as given (原表) and as a clerk keeps
 * it (台账), found after the fixes for tables/fresh26 by two helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 84dd40b, before any change for them; every line as printed is in
 * fresh27-first-contact.txt): 16 sheets, 16 imported, 9 with the layout right; clauses 175: 117 right, 50 flagged
 * (29%), **8 misread (4.6%)**, 0 not imported.
 */
describeRealTables('fresh27', fresh27Tables, 'fresh27');

import { fresh25Tables } from '../../fixtures/tables/fresh25';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh25: 班主任量化评分, 市直机关党建标准化, 农村劳动力培训转移就业, 学校门卫保安,
 * 为民服务中心星级评定, 项目部队伍建设, 幼儿园一日常规, 区政协机关年度目标), each as given (原表) and as a clerk keeps it (台账), found after the
 * fixes for tables/fresh24 by two helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit fa081ee, before any change for them; every line as printed is in
 * fresh25-first-contact.txt): 16 sheets, 16 imported, 12 with the layout right; clauses 134: 54 right, 64 flagged
 * (48%), **16 misread (11.9%)**, 0 not imported.
 */
describeRealTables('fresh25', fresh25Tables, 'fresh25');

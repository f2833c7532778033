import { fresh29Tables } from '../../fixtures/tables/fresh29';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh29: 法治政府建设, 平安建设负面清单, 温商回归, 门前三包, 油田生产组织, 小区绿化员,
 * 医疗集团财务审计, 二级学院学生工作), each as given (原表) and as a clerk keeps it (台账), found after the fixes for
 * tables/fresh28 by two helpers who did not read the importer.
 */
describeRealTables('fresh29', fresh29Tables, 'fresh29');

import { fresh28Tables } from '../../fixtures/tables/fresh28';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh28: 提案办理, 辅警量化考核, 机关公文质量, 办公室卫生管理, 驻校物业公司,
 * 系部就业工作, 门店店面检核, 全员服务日执勤), each as given (原表) and as a clerk keeps it (台账), found after the
 * fixes for tables/fresh27 by two helpers who did not read the importer.
 */
describeRealTables('fresh28', fresh28Tables, 'fresh28');

import { fresh30Tables } from '../../fixtures/tables/fresh30';
import { describeRealTables } from './describe';

/**
 * Three more real tables (tables/fresh30: 村党员服务站建设, 安全生产目标管理, 学生政治辅导员月考核), each as given (原表)
 * and as a clerk keeps it (台账), found after the fixes for tables/fresh29 by two helpers who did not read the importer.
 */
describeRealTables('fresh30', fresh30Tables, 'fresh30');

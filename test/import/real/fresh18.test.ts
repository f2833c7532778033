import { fresh18Tables } from '../../fixtures/tables/fresh18';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh18), each as given (原表) and as a clerk keeps it (台账), found after the
 * fixes for tables/fresh17 by two helpers who did not read the importer.
 */
describeRealTables('fresh18', fresh18Tables, 'fresh18');

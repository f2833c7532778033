import { fresh17Tables } from '../../fixtures/tables/fresh17';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh17), each as given (原表) and as a clerk keeps it (台账), found after the
 * fixes for tables/fresh16 by two helpers who did not read the importer.
 */
describeRealTables('fresh17', fresh17Tables, 'fresh17');

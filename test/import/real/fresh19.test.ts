import { fresh19Tables } from '../../fixtures/tables/fresh19';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh19), each as given (原表) and as a clerk keeps it (台账), found after the
 * fixes for tables/fresh18 by two helpers who did not read the importer.
 */
describeRealTables('fresh19', fresh19Tables, 'fresh19');

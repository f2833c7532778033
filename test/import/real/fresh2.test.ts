import { fresh2Tables } from '../../fixtures/tables/fresh2';
import { describeRealTables } from './describe';

/**
 * Eight more real tables nobody here had seen (tables/fresh2), each as given (原表) and as a clerk keeps
 * it (台账), found after the fixes for tables/fresh: the measure of those fixes on tables they were not
 * made for.
 */
describeRealTables('fresh2', fresh2Tables, 'fresh2');

import { fresh3Tables } from '../../fixtures/tables/fresh3';
import { describeRealTables } from './describe';

/**
 * Eight more real tables nobody here had seen (tables/fresh3), each as given (原表) and as a clerk keeps
 * it (台账), found after the fixes for tables/fresh2: the measure of those fixes on tables they were not
 * made for.
 */
describeRealTables('fresh3', fresh3Tables, 'fresh3');

import { freshTables } from '../../fixtures/tables/fresh';
import { describeRealTables } from './describe';

/**
 * Eight real tables nobody here had seen (tables/fresh), each as given (原表) and as a clerk keeps it
 * (台账): the measure of tables the importer was not taught from.
 */
describeRealTables('fresh', freshTables, 'fresh');

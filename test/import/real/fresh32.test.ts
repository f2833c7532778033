import { fresh32Tables } from '../../fixtures/tables/fresh32';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh32), each as given (原表) and as a clerk keeps it (台账), found after the fixes
 * for tables/fresh31 by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 90cbe88, before any change for them; every line as printed is in
 * fresh32-first-contact.txt): 16 sheets, 16 imported, 4 with the layout right; clauses 222: 126 right, 60 flagged
 * (27.0%), **36 misread (16.2%)**, 0 not imported. Misread per sheet: shenxin 10 (grade columns A1 | B0.8 | C0.6 |
 * D0.4, empty, whose factors scale each row's points, read as the assessor's figure), huoli 5 (bands 37.2%-40%,1分;…
 * in cells run together by a converter: rows lost), weixiuqiye 3 (a group's name and points closing its rows, 合 计
 * 分 值, made an item).
 */
describeRealTables('fresh32', fresh32Tables, 'fresh32');

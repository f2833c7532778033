import { governanceRows, integrityRows, ruralRows, unseen2Readings } from '../fixtures/tables/unseen2';
import { describeTables, range, rowsOf, type SheetSpec } from './readings';

/**
 * Blind tables, second round (test/fixtures/tables/unseen2.xlsx, made by make-unseen2.ts): written
 * from the genre without reading the importer's phrases or the earlier fixtures. Every clause is read
 * as a careful assessor reads it (`unseen2Readings`) or flagged; a clause read confidently and wrongly
 * is a misread. How the readings are compared: readings.ts.
 *
 * First contact (blind): 党风廉政 24 clauses, 20 correct, 3 flagged, 1 misread (4); 乡村振兴 24, 17, 5,
 * 2 misread (4a 18a); 综合治理 27, 21, 3, 3 misread (14a 15a 23a). The parser was then taught what the
 * misreads showed (a 酌情 after a rule, sums per unit class, steps of several people, limits in days,
 * two measures in one clause, 任务为N万元); the expectations were not changed.
 */

const file = `${__dirname}/../fixtures/tables/unseen2.xlsx`;

/** What a careful reader takes from each table's layout. */
const sheets: Record<string, SheetSpec> = {
  党风廉政: {
    rows: rowsOf(integrityRows, 3, 4),
    total: 100,
    sections: [
      ['主体责任落实', 25, range(1, 5)],
      ['监督执纪', 25, range(6, 9)],
      ['作风建设', 20, range(10, 13)],
      ['廉洁文化', 15, range(14, 16)],
      ['制度建设', 15, range(17, 20)],
    ],
    adjustments: [
      ['21', 'bonus', 3],
      ['22', 'penalty', 10],
    ],
    vetoes: ['23'],
  },
  乡村振兴: {
    rows: rowsOf(ruralRows, 2, 3),
    total: 100,
    sections: [
      ['产业振兴', 30, range(1, 5)],
      ['生态宜居', 20, range(6, 9)],
      ['乡风文明', 15, range(10, 12)],
      ['治理有效', 15, range(13, 16)],
      ['生活富裕', 20, range(17, 20)],
    ],
    adjustments: [
      ['21', 'bonus', 5],
      ['22', 'bonus', 2],
      ['23', 'penalty', 5],
    ],
    vetoes: ['24'],
  },
  综合治理: {
    rows: rowsOf(governanceRows, 2, 3),
    total: 100,
    sections: [
      ['信访维稳', undefined, range(1, 6)],
      ['生态环境保护', undefined, range(7, 13)],
      ['营商环境', undefined, range(14, 18)],
      ['机关效能', undefined, range(19, 24)],
    ],
    adjustments: [
      ['25', 'bonus', 5],
      ['26', 'penalty', 10],
    ],
    vetoes: ['27'],
  },
};

describeTables('unseen-2 table %s', file, sheets, unseen2Readings);

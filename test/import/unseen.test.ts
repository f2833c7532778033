import { generalRows, safetyRows, unseenExpected, unseenReadings, villageRows } from '../fixtures/tables/unseen';
import { describeTables, range, rowsOf, type SheetSpec } from './readings';

/**
 * Tables written apart from the parser (test/fixtures/tables/unseen.xlsx, made by make-unseen.ts):
 * every clause is read as a careful assessor reads it (`unseenReadings`), or flagged for the
 * assessor to score by hand. A clause read confidently and wrongly is a misread. On first contact
 * the parser read 47 of 68 clauses right, flagged 17 and misread 4; it was then taught the phrases
 * they showed it lacked, so these tables now guard those phrases (blind tables: unseen-2).
 *
 * How the readings are compared: readings.ts.
 */

const file = `${__dirname}/../fixtures/tables/unseen.xlsx`;

/** What the importer already reads right in each table (found right on first contact): a regression fails here. */
const sheets: Record<string, SheetSpec> = {
  安全生产: {
    rows: rowsOf(safetyRows, 3, 4),
    total: 100,
    sections: [
      ['责任落实', 24, range(1, 5)],
      ['隐患排查治理', 34, range(6, 10)],
      ['宣传培训', 16, range(11, 14)],
      ['事故控制', 16, range(15, 16)],
      ['信息报送', 10, range(17, 18)],
    ],
    adjustments: [
      ['19', 'bonus', 3],
      ['20', 'penalty', 10],
    ],
    vetoes: ['20'],
  },
  人居环境: {
    rows: rowsOf(villageRows, 2, 3),
    total: 100,
    sections: [
      ['村庄清洁', 35, range(1, 5)],
      ['垃圾污水治理', 30, range(6, 10)],
      ['厕所革命', 15, range(11, 13)],
      ['长效管护', 20, range(14, 17)],
    ],
    adjustments: [
      ['18', 'bonus', 3],
      ['19', 'bonus', 2],
      ['20', 'penalty', 5],
      ['21', 'penalty', 3],
    ],
    vetoes: [],
  },
  综合考核: {
    rows: rowsOf(generalRows, 3, 4),
    total: 120,
    sections: [
      ['党的建设', undefined, range(1, 6)],
      ['综治维稳', undefined, range(7, 11)],
      ['营商环境', undefined, range(12, 17)],
      ['重点工作', undefined, range(18, 20)],
      ['社会事业', undefined, range(21, 24)],
    ],
    adjustments: [
      ['25', 'bonus', 5],
      ['26', 'penalty', 10],
    ],
    vetoes: ['27'],
  },
};

describeTables('unseen table %s', file, sheets, unseenReadings, unseenExpected);

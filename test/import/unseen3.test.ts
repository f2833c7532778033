import { clinicRows, forestRows, schoolRows, unseen3Readings } from '../fixtures/tables/unseen3';
import { describeTables, range, rowsOf, type SheetSpec } from './readings';

/**
 * Blind tables, third round (test/fixtures/tables/unseen3.xlsx, made by make-unseen3.ts): three
 * domains the importer was not written against (义务教育学校办学水平督导评估, 乡镇卫生院绩效考核,
 * 乡镇林长制), written from the genre without reading the importer or the earlier fixtures. Every
 * clause is read as a careful assessor reads it (`unseen3Readings`) or flagged; a clause read
 * confidently and wrongly is a misread. How the readings are compared: readings.ts.
 *
 * First contact (blind), as printed:
 *   办学水平督导: 26 clauses, 14 correct, 7 flagged (1a 9a 14a 16a 19a 20a 24a), 5 misread (2:2a 4:4a
 *     18:18a 21:21a 22:22a)
 *   卫生院绩效: 27 clauses, 10 correct, 11 flagged (1a 3a 5a 6a 7a 9a 12a 15a 21a 24a 25a), 6 misread
 *     (4:4a 4:missing 13:13a 16:16a 17:17a 19:19a)
 *   林长制: 26 clauses, 19 correct, 4 flagged (6a 10a 12a 21a), 3 misread (9:9a 13:13a 22:22a)
 * Layout: 办学水平督导 and 林长制 read right; 卫生院绩效 read no section points (the 35/25/20/20 stand
 * in the 标准分 column of heading rows merged across the other columns). Of the misreads, 2:2a is the
 * expectation's strictness, not the importer's: it asks 无“开设不足”情形, which scores right, where the
 * reading expected a demand met; that one expectation now accepts either way round, and no other
 * was changed after first contact. The parser was then taught what the other misreads showed (bands
 * with a fixed 得N分, the 不得分 level after 分别得, units 册/亩/节/室, counts to reach beside a step,
 * 按实际拨付比例, 各得 no list took, what loses everything beside a measure, section points on merged
 * heading rows).
 */

const file = `${__dirname}/../fixtures/tables/unseen3.xlsx`;

/** What a careful reader takes from each table's layout. */
const sheets: Record<string, SheetSpec> = {
  办学水平督导: {
    rows: rowsOf(schoolRows, 4, 5),
    total: 100,
    sections: [
      ['办学方向', 12, range(1, 3)],
      ['学校管理', 24, range(4, 9)],
      ['教师队伍', 20, range(10, 13)],
      ['教育教学', 26, range(14, 19)],
      ['条件保障', 18, range(20, 23)],
    ],
    adjustments: [
      ['24', 'bonus', 5],
      ['25', 'penalty', 10],
    ],
    vetoes: ['26'],
  },
  卫生院绩效: {
    rows: rowsOf(clinicRows, 3, 2),
    total: 100,
    sections: [
      ['服务提供', 35, range(1, 8)],
      ['综合管理', 25, range(9, 14)],
      ['可持续发展', 20, range(15, 20)],
      ['满意度评价', 20, range(21, 23)],
    ],
    adjustments: [
      ['24', 'bonus', 5],
      ['25', 'penalty', 10],
    ],
    vetoes: ['26'],
  },
  林长制: {
    rows: rowsOf(forestRows, 3, 4),
    total: 100,
    sections: [
      ['组织体系建设', undefined, range(1, 4)],
      ['资源保护', undefined, range(5, 8)],
      ['生态修复', undefined, range(9, 13)],
      ['森林防灭火', undefined, range(14, 17)],
      ['基础工作', undefined, range(18, 22)],
    ],
    adjustments: [
      ['23', 'bonus', 3],
      ['24', 'penalty', 5],
    ],
    vetoes: ['15', '25'],
  },
};

describeTables('unseen-3 table %s', file, sheets, unseen3Readings);

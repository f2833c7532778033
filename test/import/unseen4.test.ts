import { grainRows, petitionRows, statsRows, unseen4Readings } from '../fixtures/tables/unseen4';
import { describeTables, range, rowsOf, type SheetSpec } from './readings';

/**
 * Blind tables, fourth round (test/fixtures/tables/unseen4.xlsx, made by make-unseen4.ts): three
 * domains the importer was not written against (乡镇粮食安全党政同责, 信访工作, 统计工作), written
 * from the genre without reading the importer or the earlier fixtures. Every clause is read as a
 * careful assessor reads it (`unseen4Readings`) or flagged; a clause read confidently and wrongly is
 * a misread. How the readings are compared: readings.ts.
 *
 * First contact (blind), as printed:
 *   粮食安全: 25 clauses, 15 correct, 6 flagged (7a 10a 13a 17a 20a 21a), 4 misread (1:1a 8:8a 9:9a
 *     23:23a)
 *   信访工作: 25 clauses, 17 correct, 5 flagged (7a 8a 10a 20a 22a), 3 misread (3:3a 16:16a 16:missing)
 *   统计工作: 25 clauses, 15 correct, 10 flagged (1a 4a 6a 7a 10a 14a 16a 19a 20a 22a), 0 misread
 * Layout: all three read right (sections and their points, 合计/总分, 加分/扣分 rows, "7分" points,
 * the 一票否决 row and the one beside 统计工作 7's points). No expectation was changed after first
 * contact. One misread is arguable rather than plain: 粮食安全 23 (重点工作…排名第一的加2分，排名前三
 * 的加1分) is read as a rank scale [2, 1, 0]; the importer's award per ranked 重点工作 (capped at 2)
 * is another fair reading of these words, since several 重点工作 are named, and scores differently
 * only when two of them rank in the top three but none first. The others: 1 (得2分 for the 领导小组
 * swallowed by a deduction from all 4), 8 and 信访 3 (a middle band, 80%（含）以上不足100% / 达到90%
 * 的得2分, dropped for a cut-off), 9 (少完成10%以上 read as a 10% target), 信访 16 (两部分各3分 read as
 * one deduction from 6, voided whole by 未达到的不得分). The parser was then taught from them (a
 * 得N分 part worth less than the row is not swallowed by a deduction or an award, bands said as 以上
 * 不足, steps of targets, 少完成N%以上不得分, a ； between a 得N分 part and one with a deduction, nested
 * rank awards flag, the one scored clause beside a veto takes the row's points).
 */

const file = `${__dirname}/../fixtures/tables/unseen4.xlsx`;

/** What a careful reader takes from each table's layout. */
const sheets: Record<string, SheetSpec> = {
  粮食安全: {
    rows: rowsOf(grainRows, 4, 5),
    total: 100,
    sections: [
      ['组织领导', 15, range(1, 4)],
      ['耕地保护', 25, range(5, 8)],
      ['粮食生产', 30, range(9, 13)],
      ['粮食储备与流通', 15, range(14, 17)],
      ['粮食节约与应急', 15, range(18, 21)],
    ],
    adjustments: [
      ['22', 'bonus', 5],
      ['23', 'bonus', 2],
      ['24', 'penalty', 10],
    ],
    vetoes: ['25'],
  },
  信访工作: {
    rows: rowsOf(petitionRows, 2, 3),
    total: 100,
    sections: [
      ['责任落实', 15, range(1, 4)],
      ['信访事项办理', 35, range(5, 10)],
      ['矛盾纠纷排查化解', 25, range(11, 15)],
      ['基础业务', 25, range(16, 21)],
    ],
    adjustments: [
      ['22', 'bonus', 5],
      ['23', 'penalty', 10],
    ],
    vetoes: ['24'],
  },
  统计工作: {
    rows: rowsOf(statsRows, 3, 4),
    total: 100,
    sections: [
      ['统计基础建设', undefined, range(1, 5)],
      ['统计数据质量', undefined, range(6, 11)],
      ['统计报表报送', undefined, range(12, 15)],
      ['统计调查与服务', undefined, range(16, 20)],
      ['统计法治', undefined, range(21, 21)],
    ],
    adjustments: [
      ['22', 'bonus', 3],
      ['23', 'penalty', 10],
    ],
    vetoes: ['7', '24'],
  },
};

describeTables('unseen-4 table %s', file, sheets, unseen4Readings);

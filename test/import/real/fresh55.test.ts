import { fresh55Tables } from '../../fixtures/tables/fresh55';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = ['heibanbao', 'zhiliangjiliang'];

describeRealTables(
  'fresh55',
  fresh55Tables.filter((t) => clean.includes(t.id)),
  'fresh55',
);

/**
 * Eight more real tables (tables/fresh55), each as given (原表) and as a clerk keeps it (台账), found while tables/fresh54
 * was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 9ff0ad1, before any change for them; every line as printed is in
 * fresh55-first-contact.txt): 16 sheets, 11 imported, 2 with the layout right; clauses 215: 67 right, 34 flagged
 * (15.8%), **40 misread (18.6%)**, 74 not imported. Not imported: duihuodong 原表 and 台账 (A级 | B级 | C级 in words,
 * the points a 折合权重 column — no points found), feimeikuangshan 台账 (a start from the 标准化 grade, 90 / 80 / 70, then
 * signed ±1–3 rows — no points found), heibanbao 原表 and 台账 (headings (1分) over 要求: / 扣分: lines — 表头下面没有考核
 * 项目). Misread per sheet: qiantai 10 + 10 (two parts each under its own header, 考核人 naming whose row it is: rows
 * lost), rongshi 5 + 5 (the same two-part layout), feimeikuangshan 4 (原表), zhiaigongjian 2 + 2, jiaoyanban 1 + 1.
 *
 * AFTER THE FIXES (test/import/fresh55-pieces.test.ts), run on the same sheets: 16 sheets, 15 imported, 4 with the layout
 * right; clauses 215: 101 right, 40 flagged (18.6%), **36 misread (16.7%)**, 38 not imported. Taught, in general terms:
 * - 项目 | 要求 | 扣分 whose 扣分 cells already say what each lapse costs (扣分:1、不符合主题思想(扣1 分)) is a table whose
 *   rule column is the 扣分 (it was 表头下面没有考核项目);
 * - A级 | B级 | C级 holding what each grade looks like in words, beside a points column and no rule column, are the rule,
 *   each grade said with its words (the assessor's figure); 目标权重 / 折合权重 head points;
 * - 攻坚工程任务及评分值 names the tasks (with their points): its words were read by nothing, and a cut last row that had
 *   words only there (市防艾成员单) was dropped without a warning — now it is kept, typed.
 *
 * IN THE SUITE (every clause asserted): heibanbao, zhiliangjiliang.
 *
 * NOT YET (asserted only to import, or refused plainly): qiantai and rongshi (two parts on one sheet, each under its own
 * header, 考核人 naming whose row it is and weights in %: rows lost), feimeikuangshan (a start from the 标准化 grade,
 * 90 / 80 / 70, read as items; its 台账 refused), zhiaigongjian (三、防治艾滋病宣传教育(150分)'s 150 given to its one task seen, 20, and not
 * said), jiaoyanban (its cut last rule, 8 .检, kept and typed
 * but quoted with its standard, where the fixture asks for the words alone), duihuodong (clauses right; its 目标权重
 * merged over the second level of names taken as the first level's section points).
 */
describe.each(fresh55Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh55 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh55');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

import { fresh51Tables } from '../../fixtures/tables/fresh51';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = [
  'ailu',
  'fangwuzhengshou',
  'gangkouxinyong',
  'jinnongjianli',
  'nongcunfuyou',
  'pujiaojidi',
  'xiaofangshangchang',
];

describeRealTables(
  'fresh51',
  fresh51Tables.filter((t) => clean.includes(t.id)),
  'fresh51',
);

/**
 * Eight more real tables (tables/fresh51), each as given (原表) and as a clerk keeps it (台账; gangkouxinyong also with a
 * 起评分 row), found while tables/fresh50 was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit d0fb2db, before any change for them; every line as printed is in
 * fresh51-first-contact.txt): 17 sheets, 17 imported (gangkouxinyong's 原表 and 台账 among them, where the fixture
 * expects a refusal: costs with nothing to take them from), 6 with the layout right; clauses 176: 48 right, 24 flagged
 * (13.6%), **104 misread (59.1%)**, 0 not imported. Misread per sheet: zhengmenwaiwei 24 + 24 (one rule for every row,
 * 符合标准得相应分数,不符合或不完全符合标准得0分, said once above the table), pujiaojidi 14 + 14 (four grade columns of
 * 优秀 / 优良 / 合格 / 不合格 with each grade's share of the points in its head), gangkouxinyong 10 (its 起评分 sheet),
 * jinnongjianli 7 + 7, nongcunfuyou 2 + 2.
 *
 *
 * AFTER THE FIXES (test/import/fresh51-pieces.test.ts), run on the same sheets: 17 sheets, 15 imported (gangkouxinyong's
 * 原表 and 台账 refused, as its fixture expects), 10 with the layout right; clauses 140: 59 right, 32 flagged (22.9%),
 * **49 misread (35.0%)**, 0 not imported — 48 of the 49 in zhengmenwaiwei (below). Taught, in general terms:
 * - grade heads with a band of the points (优秀(占比90-100%) … 不合格(占比60%以下)) are grade columns: each row's rule the
 *   grades with their share of its points (…得9-10分), a last row cut in its grades keeps those seen;
 * - lines of contents (安全防事故(5条,7分)) are no items; a figure before 岁/周/例 is no numbering (7岁以下儿童…);
 * - under 记分内容 / 扣分事项 / 失信行为 the points beside each lapse are what it costs (信用记分), so with nothing to
 *   take them from the table is refused and the 起评分 asked for.
 *
 * IN THE SUITE (every clause asserted): ailu, fangwuzhengshou, nongcunfuyou, pujiaojidi; and, fixed in the session after
 * (left-overs in fresh51-pieces.test.ts): gangkouxinyong (its 起评分 sheet: row 3's figure printed 1() was read as a
 * heading and lost without a word — now the row is kept, its cost typed and flagged, and the figure named), jinnongjianli
 * (…记1分。组织较大规模演练,报市局同意后,增记2分。 — the 增记 a bonus beyond the article), xiaofangshangchang (總項 is a
 * name column: 消防安全責任16分 is the section, its 16 checked against the 6 seen).
 *
 * NOT YET (asserted only to import, or refused plainly): zhengmenwaiwei (names and points only; the helper read each row
 * as done or not from the one-line 评分标准 above the grid in the source, 符合标准得相应分数,不符合…得0分, which neither
 * sheet carries — the importer leaves each row's score to the assessor and says the table has no scoring rule; 24 + 24
 * misread as counted, as fresh49's shachongxunzheng).
 */
describe.each(
  fresh51Tables
    .filter((t) => !clean.includes(t.id))
    .flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))),
)('fresh51 (first contact only): $t.id $sheet', ({ t, sheet }) => {
  it('imports, or says plainly in Chinese why not', async () => {
    const r = await reportSheet(t, sheet, t.expect, 'fresh51');
    console.log(line(t, r));
    if (!r.imported) {
      expect(r.message).toMatch(/缺少|没有|请/);
      expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
    }
  });
});

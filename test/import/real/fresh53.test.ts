import { fresh53Tables } from '../../fixtures/tables/fresh53';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = ['caikuaijiandu', 'dianrong', 'shigongceliang', 'yiyuanshixi'];

describeRealTables(
  'fresh53',
  fresh53Tables.filter((t) => clean.includes(t.id)),
  'fresh53',
);

/**
 * Eight more real tables (tables/fresh53), each as given (原表) and as a clerk keeps it (台账), found while tables/fresh52
 * was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 8597dc8, before any change for them; every line as printed is in
 * fresh53-first-contact.txt): 16 sheets, 14 imported, 4 with the layout right; clauses 278: 76 right, 88 flagged
 * (31.7%), **82 misread (29.5%)**, 32 not imported. Not imported: mingezhibu 原表 and 台账 (分类 | 考评项目 | 支部自评得分 |
 * 考评组审核得分, its points only in its words — 找不到表头). Misread per sheet: dianrong 25 + 25 (序号 | 考核内容 |
 * 评分要素 | 配分 | 评分标准 with 考核内容 merged over 评分要素 each with its 配分 — the lapses read as items and rows lost),
 * shixuehui 6 + 6 ((N分,每項M分) and 18分或…17分或…15分 unread), caikuaijiandu 5 + 5 (rows under (三)/(四) without
 * points dropped without a warning), yiyuanshixi 4 + 4 (its two halves each with 服从分配 and 安全工作: four lines lost, four
 * read as extra items), xunlian 1 + 1.
 *
 * AFTER THE FIXES (test/import/fresh53-pieces.test.ts), run on the same sheets: 16 sheets, 16 imported, 10 with the layout
 * right; clauses 228: 154 right, 72 flagged (31.6%), **2 misread (0.9%)**, 0 not imported. Four of yiyuanshixi's locators
 * were mended after first contact (服从分配 and 安全工作 stand in both halves; the keys were 服从分配(10分), whose (10分) no
 * import keeps in the name): its 4 + 4 "lost" rows at first contact were partly the locators', partly the grades unread.
 * Taught, in general terms:
 * - 配分 heads points, 评分要素 names; 考核项目 | 扣分情形 | 扣分标准 with 每发生一项扣3分,扣满6分止 reads the lapse beside
 *   the cost, and 扣满N分止 is the most it takes; a row ending …为止 / …止 is whole, not cut;
 * - a rule column empty on every row (時間、地點、內容摘要, for the assessor) leaves the rule in the name:
 *   …(2分,每項1分) earns 1 a thing had, …18分或…17分或…15分(總分18分) the best of the things done;
 * - 优10分、良 8分、合6分、差4分 are grades with their points; 出现任何一项,操作失败扣100分 fails the test (a veto);
 * - …的,一次5分 / 一篇3分 earns that much each one, and a name column whose cells mostly earn so is the rule column
 *   (分类 | 考评项目 | 支部自评得分 is a table, not 找不到表头).
 *
 * IN THE SUITE (every clause asserted): caikuaijiandu, dianrong, shigongceliang, yiyuanshixi.
 *
 * NOT YET (asserted only to import, or refused plainly): jiangjieyuan (time rows with no points, 超时10秒以内扣2分, read
 * as items of no points, flagged, where the fixture reads penalties on the total; requirement-only rows flagged),
 * mingezhibu (its 一次5分 rows have no cap — taken per occurrence without limit they are dropped with a warning; 再加2分
 * read as part of the row), shixuehui (五2, 科普讀物編?。?分) — a garbled figure in the name — is named in a warning, not
 * kept as an item), xunlian (立正 稍息: fifteen named faults at 0.5 read as one input each where the fixture counts the
 * faults together; the same in effect).
 */
describe.each(fresh53Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh53 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh53');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

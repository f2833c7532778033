import { fresh52Tables } from '../../fixtures/tables/fresh52';
import { line, reportSheet } from './harness';

/**
 * Eight more real tables (tables/fresh52), each as given (原表) and as a clerk keeps it (台账), found while fresh51's
 * left-overs were being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 2a193c7, before any change for them; every line as printed is in
 * fresh52-first-contact.txt): 16 sheets, 13 imported, 7 with the layout right; clauses 271: 171 right, 40 flagged
 * (14.8%), **23 misread (8.5%)**, 37 not imported. Not imported: baozhangqiye 原表 and 台账 (its points are in its rules'
 * words, +10分 / 0分 / (0-10分) — "no points found"), ganbudangan 原表 (its heads are field names: bianhao, zongfen, …).
 * Misread per sheet: nanchangkaodian 4 + 4 (指标 | 分值 | 考评主要内容 | 具体分值: each section's points read as every
 * row's), yangzhuchang 5 + 5 (必备条件(任一项不符合不得验收) over four conditions: no veto read), chubanpishu 1 + 1 (a
 * closing 100 with no label read as an item), ganbudangan 1 (台账; 单项否决 true read as nothing), shanxidiaodu 1 + 1.
 *
 * NOT YET FIXED: what is asserted of them now is what must hold of any table: each sheet imports, or is refused in
 * plain Chinese naming what is missing, never with a schema path.
 */
describe.each(fresh52Tables.flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))))(
  'fresh52 (first contact only): $t.id $sheet',
  ({ t, sheet }) => {
    it('imports, or says plainly in Chinese why not', async () => {
      const r = await reportSheet(t, sheet, t.expect, 'fresh52');
      console.log(line(t, r));
      if (!r.imported) {
        expect(r.message).toMatch(/缺少|没有|请/);
        expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
      }
    });
  },
);

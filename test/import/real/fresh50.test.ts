import { fresh50Tables } from '../../fixtures/tables/fresh50';
import { describeRealTables } from './describe';
import { line, reportSheet } from './harness';

const clean = [
  'baifenzuofeng',
  'daqiwuran',
  'jianchafuyi',
  'jinhuachengguan',
  'sandachanggui',
  'xianchangfanghu',
  'xianshuqiye',
];

describeRealTables(
  'fresh50',
  fresh50Tables.filter((t) => clean.includes(t.id)),
  'fresh50',
);

/**
 * Eight more real tables (tables/fresh50), each as given (原表) and as a clerk keeps it (台账), found while tables/fresh49
 * was being fixed, by four helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 211d038, before any change for them; every line as printed is in
 * fresh50-first-contact.txt): 16 sheets, 14 imported (xianshuqiye refused on both sheets: rows that only deduct, the 5
 * they share said after them), 2 with the layout right; clauses 210: 76 right, 70 flagged (33.3%), **42 misread
 * (20.0%)**, 22 not imported. Misread per sheet: jianchafuyi 12 + 12 (bands on rows of their own, 好5 / 较好3 / 一般1
 * under one item), qinshiweisheng 5 + 5 (口 printed for 扣), jinhuachengguan 3 + 3, daqiwuran 1 + 1.
 *
 *
 * AFTER THE FIXES (test/import/fresh50-pieces.test.ts), run on the same sheets: 16 sheets, 16 imported, 14 with the
 * layout right; clauses 188: 148 right, 40 flagged (21.3%), **0 misread**, 0 not imported. Taught, in general terms:
 * - bands with their points in the points column, 好(5分) / 较好(3分) / 一般(1分), on rows of their own under a name with
 *   its points are one item's bands; a name whose points say 加 ((加1分)) is a bonus;
 * - a title with its points unbracketed (寝室25分) over numbered paragraphs that only deduct is their pool; 一次口0.5分 /
 *   一次口口2分 is 扣 as a bad copy prints it;
 * - a points cell merged over rows of names of their own, each taking its cost once (未落实的,扣 1分 / 2分 / 2分), the
 *   costs making the cell's figure, gives each row its cost;
 * - 以上事项扣完5分为止。 after rows priced nowhere is what they deduct from; alone on its row after priced rows, a note;
 *   由县国资办参照…进行考核 is a way of scoring (typed), not a description;
 * - 检查项目合计 is a sum row; figures in a name after Latin letters (PM2.5、PM10平均浓度(40分)) are part of it; 倒扣分…
 *   总倒扣分值不超过10分 is a penalty of at most 10.
 *
 * IN THE SUITE (every clause asserted): baifenzuofeng, daqiwuran, jianchafuyi, jinhuachengguan, sandachanggui,
 * xianchangfanghu, xianshuqiye.
 *
 * NOT YET (asserted only to import): qinshiweisheng (its clauses all right or flagged, but 四、安全常规100分 over one row cut
 * at its start is read as an item of 100, typed, where the fixture leaves the row loose and the total at 80).
 */
describe.each(
  fresh50Tables
    .filter((t) => !clean.includes(t.id))
    .flatMap((t) => (['原表', '台账'] as const).map((sheet) => ({ t, sheet }))),
)('fresh50 (first contact only): $t.id $sheet', ({ t, sheet }) => {
  it('imports, or says plainly in Chinese why not', async () => {
    const r = await reportSheet(t, sheet, t.expect, 'fresh50');
    console.log(line(t, r));
    if (!r.imported) {
      expect(r.message).toMatch(/缺少|没有|请/);
      expect(r.message).not.toMatch(/位置|path|total|undefined|\[object/);
    }
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNotice } from '../../src/app/notice';
import { replan } from '../../src/app/book';
import { buildRollup } from '../../src/app/rollup';
import { fromWorkbook, readCell } from '../../src/adapters/xlsx/read';
import { replaceSheet } from '../../src/adapters/xlsx/replace';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { builtinRankings } from '../../src/core/builtin';
import { round2 } from '../../src/core/engine/score';
import { NOTICE_SHEET } from '../../src/core/plan';
import { auditBuffer, honestBook } from '../helpers/audit-book';
import { loadExcel } from '../helpers/book';
import { convert, libreofficeRequired, makeProfile, sofficePath } from '../helpers/libreoffice';

/**
 * The notice's and the roll-up's formulas computed by an independent engine: both workbooks are
 * written without cached results, LibreOffice recalculates them, and every figure equals the engine's.
 */
const run = libreofficeRequired() ? describe : describe.skip;
type Val = string | number | boolean | null;
const norm = (v: Val | undefined): Val => (typeof v === 'number' ? round2(v) : v === '' || v === undefined ? null : v);

run('LibreOffice recalculates a notice and a roll-up to the engine’s numbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-lo5-'));
  const expected = new Map<string, Map<string, Map<string, Val>>>();
  let outputs: string[] = [];

  beforeAll(async () => {
    if (!sofficePath()) throw new Error('CI requires LibreOffice (soffice) but it is not installed');
    // A notice over two rubrics: 会龙山 and 宜秀 (whose 合格 units get a notice without lost points).
    const files: string[] = [];
    for (const [id, seed] of [
      ['huilongshan', 5],
      ['yixiu-township', 6],
    ] as const) {
      const { buf } = await honestBook(id, ['甲镇', '乙镇', '丙镇', '丁镇'], seed);
      const wb = await loadExcel(buf);
      const book = fromWorkbook(wb, 'b.xlsx');
      const { builtin, planned } = replan(book.store);
      const n = buildNotice(book, builtin, planned, { days: 30, date: '2024-07-10', issuer: '考核办' });
      await replaceSheet(wb, n.plan);
      const file = join(dir, `notice-${id}.xlsx`);
      writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      files.push(file);
      expected.set(file, new Map([[NOTICE_SHEET, new Map(n.results)]]));
    }
    const sources = await Promise.all(
      [1, 2, 3].map(async (k) =>
        auditBuffer((await honestBook('huilongshan', [`${k}甲`, `${k}乙`, `${k}丙`], 40 + k)).buf, `${k}.xlsx`),
      ),
    );
    const r = buildRollup(sources, 'zh', builtinRankings().get('yanglousi-2018'))!;
    const file = join(dir, 'rollup.xlsx');
    writeFileSync(file, await writeXlsx(r.plan));
    files.push(file);
    expected.set(file, r.results as Map<string, Map<string, Val>>);
    outputs = convert(files, {
      profile: makeProfile(join(dir, 'profile')),
      outDir: join(dir, 'out'),
      to: 'xlsx:Calc MS Excel 2007 XML',
    });
  }, 300_000);

  it('every 得分, 扣分, 扣分依据, head total, grade, total, rank, grade and rank class equals the engine', async () => {
    const mismatches: string[] = [];
    let compared = 0;
    let filled = 0;
    const files = [...expected.keys()];
    for (const [i, file] of files.entries()) {
      const wb = await loadExcel(readFileSync(outputs[i] as string));
      for (const [sheet, cells] of expected.get(file) ?? []) {
        const ws = wb.getWorksheet(sheet);
        for (const [address, want] of cells) {
          const got = ws ? readCell(ws.getCell(address)) : undefined;
          const g = norm(got?.formula !== undefined ? got.result : got?.value);
          compared++;
          if (g !== null) filled++;
          if (g !== norm(want))
            mismatches.push(`${file} ${sheet}!${address}: LibreOffice ${String(g)} engine ${String(norm(want))}`);
        }
      }
    }
    console.log(
      `LibreOffice (notice + roll-up): ${files.length} workbooks, ${compared} cells compared (${filled} non-blank), ${mismatches.length} mismatches`,
    );
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(60);
    expect(filled).toBeGreaterThan(compared * 0.6);
  });
});

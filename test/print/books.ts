import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replan } from '../../src/app/book';
import { buildNotice } from '../../src/app/notice';
import { buildRollup } from '../../src/app/rollup';
import { engineResults } from '../../src/app/results';
import { scoreUnits, type RankedUnit } from '../../src/app/score';
import { fromWorkbook } from '../../src/adapters/xlsx/read';
import { replaceSheet } from '../../src/adapters/xlsx/replace';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { builtinRankings, builtinRubrics } from '../../src/core/builtin';
import { NOTICE_SHEET, planWorkbook, STORE_SHEET, type PlannedWorkbook } from '../../src/core/plan';
import { auditBuffer } from '../helpers/audit-book';
import { filledBook } from '../helpers/book';
import { openWorkbook, saveWorkbook } from '../../src/adapters/xlsx/excel';
import { prng, randomEntries } from '../helpers/random-entries';

/** What a printed page must show whole and on one page: an item's 序号, rule texts and 扣分依据. */
export interface PrintedItem {
  readonly id: string;
  readonly texts: readonly string[];
  readonly basis: string;
}

export interface PrintCase {
  readonly kind: 'unit' | 'summary' | 'notice' | 'ranking' | 'sources' | 'findings' | 'calibration';
  readonly name: string;
  readonly file: string;
  /** Unit sheets: every item, to find on which page each lands. */
  readonly items?: readonly PrintedItem[];
  /** Texts that must appear whole somewhere in the PDF (names, reasons, file names, titles). */
  readonly whole?: readonly string[];
}

const UNITS: Readonly<Record<string, readonly string[]>> = {
  huilongshan: ['会龙山街道 东塘村', '会龙山街道 白若村', '会龙山街道 金峰村'],
  'lingling-2018-09': ['石岩头镇 黄泥塘村', '水口山镇 老屋村', '富家桥镇 茶园村'],
  'yixiu-township': ['大龙山镇', '杨桥镇', '罗岭镇'],
  'yixiu-district': ['区农业农村局', '区教育局', '区卫生健康委员会'],
  'village-exit': ['白泽湖乡 新洲村', '五横乡 红旗村', '罗岭镇 大桥村'],
};

/** 扣分依据 of every length a clerk writes, from a word to three lines. */
const REASONS = [
  '资料缺失',
  '入户核查2户，帮扶手册记录与系统数据不一致，已当场指出',
  '抽查台账3本，有2本未按月更新；迟报月报1次；缺席培训2次，有签到表为证，村级公示栏未见公示照片',
];

/** A filled workbook: random valid entries, a reason for every lost point, engine results cached. */
async function filled(
  id: string,
  seed: number,
  units: readonly string[] = UNITS[id] ?? ['甲镇', '乙镇', '丙镇'],
): Promise<{ buf: Buffer; planned: PlannedWorkbook; basis: Map<string, string>; scored: RankedUnit[] }> {
  const b = builtinRubrics().get(id);
  if (!b) throw new Error(id);
  const planned = planWorkbook(
    b,
    units.map((unit) => ({ unit })),
    { date: '2024-06-30', team: '区考核办第一考核组' },
  );
  const r = prng(seed);
  const raw = planned.units.map((u) => ({ unit: u.unit, values: randomEntries(u.graph, r, 0), basis: {} }));
  const first = new Map<string, string>();
  const entries = scoreUnits(b, raw).map((u, i) => {
    const basis: Record<string, string> = {};
    [...u.items, ...u.adjustments].forEach((it, k) => {
      if ((it.lost ?? 0) > 0) basis[it.id] = REASONS[k % REASONS.length] as string;
    });
    if (i === 0) for (const [k, v] of Object.entries(basis)) first.set(k, v);
    return { ...(raw[i] as (typeof raw)[number]), basis };
  });
  const scored = scoreUnits(b, entries);
  const buf = await filledBook(planned, entries, engineResults(planned, scored));
  return { buf, planned, basis: first, scored };
}

/** A workbook read back as the command line reads it (page breaks and protection kept). */
const open = (buf: Uint8Array): Promise<ExcelJS.Workbook> => openWorkbook(buf, 'book.xlsx');

/**
 * The workbook with only `keep` visible, so its PDF holds that sheet's pages alone (LibreOffice
 * prints a hidden sheet that has a print area, so the others lose theirs).
 */
async function only(wb: ExcelJS.Workbook, keep: string, file: string): Promise<string> {
  for (const ws of wb.worksheets) {
    if (ws.name === STORE_SHEET || ws.name === keep) continue;
    ws.state = 'hidden';
    delete ws.pageSetup.printArea;
  }
  wb.views = [{ activeTab: wb.worksheets.findIndex((w) => w.name === keep) } as ExcelJS.WorkbookView];
  writeFileSync(file, await saveWorkbook(wb));
  return file;
}

/** Every kind of printed page: a unit sheet and the 汇总 of each built-in rubric, notices, a roll-up. */
export async function printCases(dir: string): Promise<PrintCase[]> {
  const cases: PrintCase[] = [];
  let seed = 15_000;
  for (const id of builtinRubrics().keys()) {
    const { buf, planned, basis, scored } = await filled(id, seed++);
    // Figures as the engine has them: a column too narrow prints 72.78 as 72.8.
    const figures = (u: RankedUnit | undefined): string[] =>
      [u?.total, ...(u?.sections ?? []).map((x) => x.score)].flatMap((v) => (typeof v === 'number' ? [String(v)] : []));
    const pu = planned.units[0];
    if (!pu) throw new Error(id);
    const items = [...pu.graph.sections.flatMap((s) => s.items), ...pu.graph.adjustments].map((it) => ({
      id: it.item.id,
      texts: [...it.clauses.map((c) => c.clause.text), ...it.extraInputs.map((x) => x.text)],
      basis: basis.get(it.item.id) ?? '',
    }));
    const unitFile = await only(await open(buf), pu.sheet, join(dir, `unit-${id}.xlsx`));
    const itemScores = [...(scored[0]?.items ?? []), ...(scored[0]?.adjustments ?? [])].flatMap((x) =>
      typeof x.score === 'number' ? [String(x.score)] : [],
    );
    cases.push({
      kind: 'unit',
      name: id,
      file: unitFile,
      items,
      whole: [pu.unit, ...figures(scored[0]), ...itemScores],
    });
    const sumFile = await only(await open(buf), '汇总', join(dir, `summary-${id}.xlsx`));
    const whole = [...planned.units.map((u) => u.unit), ...scored.flatMap(figures)];
    cases.push({ kind: 'summary', name: id, file: sumFile, whole });
    if (id === 'huilongshan' || id === 'yixiu-township') {
      const wb = await open(buf);
      const book = fromWorkbook(wb, 'b.xlsx');
      const re = replan(book.store);
      const n = buildNotice(book, re.builtin, re.planned, {
        days: 30,
        date: '2024-07-10',
        issuer: '区脱贫攻坚指挥部办公室',
        number: '区考办〔2024〕5号',
        contact: '李明',
        phone: '0556-1234567',
      });
      await replaceSheet(wb, n.plan, n.results);
      const file = await only(wb, NOTICE_SHEET, join(dir, `notice-${id}.xlsx`));
      const reasons = n.rows.map((x) => x.basis).filter((x) => x !== '');
      cases.push({ kind: 'notice', name: id, file, whole: [...new Set(reasons)] });
    }
  }
  cases.push(...(await rollupCases(dir)));
  cases.push({ kind: 'calibration', name: '9 pt / 10 pt', file: await calibration(dir) });
  return cases;
}

/** A roll-up of received files given by absolute paths, one of them tampered and one not a workbook. */
async function rollupCases(dir: string): Promise<PrintCase[]> {
  const folder = '/home/kaohe/收件箱/2024年考核';
  const audits = [];
  const villages = [
    ['东塘村', '白若村'],
    ['金峰村', '荷叶塘村'],
    ['汉西村', '团山村'],
  ];
  for (const [k, pair] of villages.entries()) {
    const { buf, planned } = await filled(
      'huilongshan',
      16_000 + k,
      pair.map((v) => `会龙山街道 ${v}`),
    );
    let book = buf;
    if (k === 1) {
      // A total typed over by hand: the audit finds it and the 审核问题 sheet lists it.
      const wb = await open(buf);
      const pu = planned.units[0];
      const ws = pu ? wb.getWorksheet(pu.sheet) : undefined;
      if (pu && ws) ws.getCell(pu.cells.total).value = 100;
      book = Buffer.from(await saveWorkbook(wb));
    }
    audits.push(await auditBuffer(book, `${folder}/会龙山街道${pair.join('')}.xlsx`));
  }
  audits.push(await auditBuffer(Buffer.from('不是工作簿'), `${folder}/说明.xlsx`));
  const r = buildRollup(audits, 'zh', builtinRankings().get('yanglousi-2018'));
  if (!r) throw new Error('no roll-up');
  const out: PrintCase[] = [];
  const names = audits.map((a) => a.file.split('/').pop() ?? '');
  const totals = audits.flatMap((a) => (a.units ?? []).map((u) => String(u.result.total)));
  const kinds = [
    ['ranking', '汇总'],
    ['sources', '来源文件'],
    ['findings', '审核问题'],
  ] as const;
  for (const [kind, sheet] of kinds) {
    const wb = await open(await writeXlsx(r.plan, r.results));
    const file = await only(wb, sheet, join(dir, `rollup-${kind}.xlsx`));
    out.push({
      kind,
      name: 'huilongshan ×3 + 1 bad',
      file,
      whole: kind === 'findings' ? [] : kind === 'sources' ? names : [...names.slice(0, 3), ...totals],
    });
  }
  return out;
}

/** Two cells at 9 and 10 pt: how tall poppler's word box is for a known font size. */
async function calibration(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('校准');
  ws.getCell('A1').value = '九号字样';
  ws.getCell('A1').font = { name: '宋体', size: 9 };
  ws.getCell('A2').value = '十号字样';
  ws.getCell('A2').font = { name: '宋体', size: 10 };
  const file = join(dir, 'calibration.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

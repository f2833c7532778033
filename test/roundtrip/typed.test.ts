import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditBook } from '../../src/core/audit';
import { readEntries, replan } from '../../src/app/book';
import { scoreUnits } from '../../src/app/score';
import { fromWorkbook, readCell } from '../../src/adapters/xlsx/read';
import { snapshotOf } from '../../src/adapters/xlsx/snapshot';
import { builtinRubrics } from '../../src/core/builtin';
import { round2 } from '../../src/core/engine/score';
import type { InputSpec } from '../../src/core/rules/inputs';
import type { PlannedUnit } from '../../src/core/plan';
import { loadExcel } from '../helpers/book';
import { convert, libreofficeRequired, makeProfile } from '../helpers/libreoffice';
import { loEdit, type LoOp } from '../helpers/lo-edit';
import { officeBook } from './books';

/**
 * kaohe and the workbook never disagree silently. Whatever a person can type into an input cell
 * is typed into a real file by LibreOffice Calc (its own parse of the text, as at the keyboard):
 * 是/否 as 1, 0, TRUE, √ or with spaces, a level with a space, 95% with its sign, a number stored
 * as text, a date, an error value, two input cells merged. LibreOffice then recalculates the sheet.
 * For every variant, the item's score in the recalculated sheet equals kaohe's, or `kaohe check`
 * reports an error on that very cell saying why, or both.
 */
const run = libreofficeRequired() ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'kaohe-typed-'));
const b = builtinRubrics().get('yixiu-district')!;

interface Variant {
  readonly name: string;
  readonly kind: InputSpec['kind'];
  /** The operations on the unit's sheet, given the chosen input cell (and the next input below it). */
  readonly ops: (sheet: string, cell: string, next: string) => LoOp[];
  /** Whether the sheet and kaohe must also give the same score (not only a finding). */
  readonly sameScore: boolean;
}

const typed =
  (text: string) =>
  (sheet: string, cell: string): LoOp[] => [{ op: 'input', sheet, cell, text }];
const variants: Variant[] = [
  ...['1', '0', 'TRUE', '√', ' 是 ', '是 ', 'yes'].map((t) => ({
    name: `是/否 typed “${t}”`,
    kind: 'yesno' as const,
    ops: typed(t),
    sameScore: true,
  })),
  ...[' 优秀', '优'].map((t) => ({
    name: `level typed “${t}”`,
    kind: 'level' as const,
    ops: typed(t),
    sameScore: true,
  })),
  { name: 'percentage typed “95%”', kind: 'percent', ops: typed('95%'), sameScore: true },
  {
    name: 'a number stored as text',
    kind: 'count',
    ops: (sheet, cell) => [{ op: 'set', sheet, cell, text: '2' }],
    sameScore: false,
  },
  {
    name: 'a count typed as a date (3/5, a date in the en-US locale of the test profile)',
    kind: 'count',
    ops: typed('3/5'),
    sameScore: false,
  },
  { name: 'a count typed as text (3-5)', kind: 'count', ops: typed('3-5'), sameScore: false },
  { name: 'an error value typed (#N/A)', kind: 'count', ops: typed('#N/A'), sameScore: false },
  {
    name: 'an error value',
    kind: 'count',
    ops: (sheet, cell) => [{ op: 'set', sheet, cell, formula: '=NA()' }],
    sameScore: false,
  },
  {
    name: 'two input cells merged',
    kind: 'count',
    ops: (sheet, cell, next) => [{ op: 'merge', sheet, range: `${cell}:${next}` }],
    sameScore: false,
  },
];

/** The first input of a kind whose cell has another input right below it (for the merge). */
function inputOf(pu: PlannedUnit, kind: InputSpec['kind']): { id: string; cell: string; next: string } {
  for (const spec of pu.graph.inputs) {
    if (spec.kind !== kind || spec.role !== 'score') continue;
    const cell = pu.cells.inputs[spec.id]!;
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const next = `${col}${Number(row) + 1}`;
    if (kind !== 'count' || Object.values(pu.cells.inputs).includes(next)) return { id: spec.id, cell, next };
  }
  throw new Error(`no ${kind} input`);
}

run('what a person types into an input cell', () => {
  const results: { variant: Variant; loScore: number | null; kaohe: number | null; finding: string | undefined }[] = [];
  beforeAll(async () => {
    const made = await officeBook(b, ['甲局', '乙局'], 3);
    writeFileSync(join(dir, 'book.xlsx'), made.buf);
    const book = fromWorkbook(await loadExcel(made.buf), 'book.xlsx');
    const { planned } = replan(book.store);
    const pu = planned.units[0]!;
    const jobs = variants.map((v, i) => {
      const at = inputOf(pu, v.kind);
      return {
        in: join(dir, 'book.xlsx'),
        out: join(dir, `v${i}.xlsx`),
        ops: [{ op: 'unprotect' as const, sheet: pu.sheet }, ...v.ops(pu.sheet, at.cell, at.next)],
      };
    });
    loEdit(jobs);
    const recalculated = convert(
      jobs.map((j) => j.out),
      {
        profile: makeProfile(join(dir, 'profile')),
        outDir: join(dir, 'recalculated'),
        to: 'xlsx:Calc MS Excel 2007 XML',
      },
    );
    for (const [i, v] of variants.entries()) {
      const at = inputOf(pu, v.kind);
      const item = pu.graph.inputItem.get(at.id)!;
      const itemCell = pu.cells.items[item]!;
      const lo = await loadExcel(readFileSync(recalculated[i]!));
      const shown = readCell(lo.getWorksheet(pu.sheet)!.getCell(itemCell)).result;
      const wb = await loadExcel(readFileSync(jobs[i]!.out));
      const edited = fromWorkbook(wb, jobs[i]!.out);
      const scored = scoreUnits(b, readEntries(edited, planned.units));
      const mine = scored[0]!.items.find((x) => x.id === item)!;
      const findings = auditBook(snapshotOf(wb, jobs[i]!.out), builtinRubrics()).findings;
      // A merge is told at the cell it swallowed; every other variant at the cell typed into.
      const onCell = findings.find(
        (f) => f.severity === 'error' && f.sheet === pu.sheet && (f.cell === at.cell || f.cell === at.next),
      );
      results.push({
        variant: v,
        loScore: typeof shown === 'number' ? round2(shown) : null,
        kaohe: mine.score,
        finding: onCell?.code,
      });
    }
  }, 300_000);

  it.each(variants.map((v) => v.name))(
    '%s: the same score as the sheet, or an error on the cell that says why',
    (name) => {
      const r = results.find((x) => x.variant.name === name)!;
      // Each of these is something a person should be told about.
      expect({ name, finding: r.finding }).toEqual({
        name,
        finding: expect.stringMatching(/^(cell-|formula-in-entry$|not-a-number$)/),
      });
      if (r.variant.sameScore) expect({ name, kaohe: r.kaohe }).toEqual({ name, kaohe: r.loScore });
    },
  );
});

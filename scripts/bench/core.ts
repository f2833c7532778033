/**
 * What `npm run bench` measures in-process, compiled by esbuild at bench time (scripts/bench.mjs):
 * the engine, the sheet plan, the .xlsx writer and reader, and the filled workbooks the audit
 * and LibreOffice are timed on. Timing lives in bench.mjs; this file only does the work.
 */
import { readEntries, replan } from '../../src/app/book';
import { auditBook } from '../../src/core/audit';
import { snapshotOf } from '../../src/adapters/xlsx/snapshot';
import { scoreUnits } from '../../src/app/score';
import { builtinRubrics } from '../../src/core/builtin';
import { buildUnitGraph } from '../../src/core/engine/graph';
import { scoreUnit } from '../../src/core/engine/score';
import { planWorkbook, type PlannedWorkbook } from '../../src/core/plan';
import { loadBook } from '../../src/adapters/xlsx/read';
import { planToWorkbook } from '../../src/adapters/xlsx/write';
import { honestBook } from '../../test/helpers/audit-book';
import { prng, randomEntries } from '../../test/helpers/random-entries';

export const rubricIds = (): string[] => [...builtinRubrics().keys()];

const unitNames = (n: number, prefix = '第'): { unit: string }[] =>
  Array.from({ length: n }, (_, i) => ({ unit: `${prefix}${i + 1}村` }));

function builtin(id: string): NonNullable<ReturnType<ReturnType<typeof builtinRubrics>['get']>> {
  const b = builtinRubrics().get(id);
  if (!b) throw new Error(`no built-in rubric ${id}`);
  return b;
}

/**
 * A job scoring `n` units of a rubric from scratch (unit graph built for each, as `kaohe score`
 * does), on random valid entries made beforehand; with the rubric's inputs and graph size.
 */
export function engineJob(id: string, n: number): { run: () => number; inputs: number; nodes: number } {
  const b = builtin(id);
  const cls = b.rubric.defaultClass;
  const graph = buildUnitGraph(b.rubric, cls, b.ranking);
  const r = prng(7);
  const units = Array.from({ length: n }, (_, i) => ({
    name: `单位${i}`,
    entries: { values: randomEntries(graph, r), basis: {} },
  }));
  return {
    inputs: graph.inputs.length,
    nodes: graph.nodes.length,
    run: () => {
      let total = 0;
      for (const u of units) total += scoreUnit(b.rubric, u.name, u.entries, cls, b.ranking).total ?? 0;
      return total;
    },
  };
}

/** Plans a workbook of `n` units (unit sheets, summary, stored rubric). */
export function planJob(id: string, n: number): () => PlannedWorkbook {
  const b = builtin(id);
  const units = unitNames(n);
  return () => planWorkbook(b, units, { date: '2024-06-30' });
}

/** Writes a planned workbook of `n` units to .xlsx bytes (ExcelJS), as `kaohe new` does. */
export function writeJob(id: string, n: number): () => Promise<Buffer> {
  const planned = planJob(id, n)();
  return async () => {
    const wb = await planToWorkbook(planned.plan);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
}

/** A filled workbook of `n` units with random valid entries (every lost point with a reason). */
export async function filledBook(id: string, n: number, seed: number): Promise<Buffer> {
  return (
    await honestBook(
      id,
      unitNames(n).map((u) => u.unit),
      seed,
    )
  ).buf;
}

/** Reads a workbook back, scores it and checks it, as `kaohe score` and `kaohe check` do. */
export async function readScoreCheck(buf: Buffer): Promise<{ units: number; errors: number }> {
  const book = await loadBook(buf, 'book.xlsx');
  const { builtin: b, planned } = replan(book.store);
  const scored = scoreUnits(b, readEntries(book, planned.units));
  const { findings } = auditBook(snapshotOf(book.workbook, 'book.xlsx'), builtinRubrics());
  return { units: scored.length, errors: findings.filter((f) => f.severity === 'error').length };
}

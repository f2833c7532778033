import { readBook, readTable } from '../../../src/adapters/xlsx/table';
import { problemLines } from '../../../src/cli/context';
import { message } from '../../../src/core/messages';
import { importTable } from '../../../src/core/import/table';
import { loadRubric } from '../../../src/core/rubric/load';
import type { Rubric, RubricInput } from '../../../src/core/rubric/schema';
import type { RealBlock, RealRefusal, RealRow, RealTable } from '../../fixtures/tables/real/types';
import { squash } from '../readings';
import { add, emptyVerdict, fewest, judgePart, vetoRows, type Verdict } from './judge';
import { checkItems, checkSections, checkTable, type ItemCount } from './layout';
import { expectedRows, partsOf, place, rowsByPart, type Placed } from './match';

/**
 * The real tables of shared/tables, imported from their sheets (as given, as a clerk keeps them) and
 * checked against what a careful reader takes from them (tables/real/*.ts): the table (total, sections,
 * items) and every clause. Each sheet prints one line, the figure recorded as first contact.
 */

export interface SheetReport {
  readonly sheet: string;
  imported: boolean;
  message: string;
  /** Blocks read / expected (a sheet may hold two tables). */
  blocks: [number, number];
  items: ItemCount;
  layout: string[];
  clauses: Verdict;
  /** Clauses of blocks that were not imported. */
  unread: number;
}

/** What the importer gives for a sheet: one rubric, or one per block once it reads several tables. */
interface Imported {
  readonly ok: boolean;
  readonly message: string;
  readonly rubrics: { readonly rubric: Rubric; readonly warnings: readonly string[] }[];
}

async function importSheet(file: string, sheet: string): Promise<Imported> {
  const r = importTable(readTable(await readBook(file), sheet), { id: 'real' });
  if (!r.ok) return { ok: false, message: r.message, rubrics: [] };
  // What `kaohe import` prints when the rubric made does not pass the schema.
  if (r.problems.length)
    return {
      ok: false,
      message: [message('zh', 'import-invalid'), ...problemLines(r.problems, 'zh')].join(' '),
      rubrics: [],
    };
  const blocks = (r as unknown as { blocks?: { rubric: RubricInput; warnings: string[] }[] }).blocks;
  const rubrics = [];
  for (const b of blocks ?? [{ rubric: r.rubric, warnings: r.warnings }]) {
    const loaded = loadRubric(b.rubric);
    if (!loaded.ok) return { ok: false, message: `does not load: ${JSON.stringify(loaded.problems)}`, rubrics: [] };
    rubrics.push({ rubric: loaded.rubric, warnings: b.warnings });
  }
  return { ok: true, message: '', rubrics };
}

/** Each expected row's table text (its cells joined), to find the row a veto quotes. */
function rowTexts(t: RealTable, b: RealBlock): Map<RealRow, string> {
  const lines = t.rows.map((r) => r.join(' '));
  const all = [
    ...b.items.flatMap((i) => i.rows),
    ...(b.adjustments ?? []).flatMap((a) => a.rows),
    ...(b.loose ?? []),
    ...(b.vetoRows ?? []),
  ];
  return new Map(all.map((r) => [r, lines.find((l) => squash(l).includes(squash(r.key))) ?? r.key]));
}

export function checkBlock(t: RealTable, b: RealBlock, got: Imported['rubrics'][number], report: SheetReport): void {
  const parts = partsOf(got.rubric);
  const rows = expectedRows(b);
  report.layout.push(...place(rows, parts));
  const held = rowsByPart(rows, parts);
  // (A bonus or penalty block the table gives no limit may take the total as its limit where the import says so.)
  const unlimited = got.warnings.some((w) => /原表未写加（扣）分上限，按总分/.test(w)) ? got.rubric.total : undefined;
  const [items, itemProblems] = checkItems(b, rows, held, unlimited);
  report.items = {
    right: report.items.right + items.right,
    expected: report.items.expected + items.expected,
    extra: report.items.extra + items.extra,
  };
  report.layout.push(
    ...checkTable(b, got.rubric, rows, got.warnings),
    ...checkSections(b, got.rubric, rows),
    ...itemProblems,
  );
  // Vetoes: on the row they quote (a clause of its part), or on a 一票否决 row of their own.
  const vetoRowsPlaced = (b.vetoRows ?? []).map((row) => ({
    row,
    owner: { no: row.no, kind: 'veto' as const, pool: false },
    part: undefined,
  }));
  const texts = rowTexts(t, b);
  const vetoes = vetoRows(got.rubric, [...rows, ...vetoRowsPlaced], texts);
  for (const [part, its] of held) {
    const onIt = vetoes.filter((v) => v?.part === part).length;
    add(report.clauses, judgePart(part, its, onIt, texts));
  }
  for (const v of vetoRowsPlaced) {
    const found = vetoes.includes(v);
    add(report.clauses, {
      total: 1,
      right: found ? [`${v.row.no}:veto`] : [],
      flagged: [],
      misread: found ? [] : [{ id: `${v.row.no}:missing`, why: 'no veto read' }],
    });
  }
  // Rows no part holds: dropped (misread), unless they have no points and a warning names them (flagged).
  const warned = (r: Placed): boolean =>
    r.row.points === null && !r.owner.pool && !report.layout.some((p) => p.startsWith(`row ${r.row.no} `));
  for (const r of rows.filter((x) => !x.part)) {
    const ids = Array.from(
      { length: fewest(r.row.readings) },
      (_, k) => `${r.row.no}:${warned(r) ? 'warned' : 'lost'}${k || ''}`,
    );
    if (warned(r)) add(report.clauses, { total: ids.length, right: [], flagged: ids, misread: [] });
    else
      add(report.clauses, {
        total: ids.length,
        right: [],
        flagged: [],
        misread: ids.map((id) => ({ id, why: 'its row was lost' })),
      });
  }
  const stray = vetoes.filter((v) => v === undefined || (v.owner.kind !== 'veto' && !v.part)).length;
  for (let k = 0; k < stray; k++)
    add(report.clauses, {
      total: 1,
      right: [],
      flagged: [],
      misread: [{ id: `?veto${k + 1}`, why: 'a veto no row holds' }],
    });
}

const unreadClauses = (b: RealBlock): number =>
  [
    ...b.items.flatMap((i) => i.rows),
    ...(b.adjustments ?? []).flatMap((a) => a.rows),
    ...(b.loose ?? []),
    ...(b.vetoRows ?? []),
  ].reduce((a, r) => a + fewest(r.readings), 0);

export async function reportSheet(
  t: RealTable,
  sheet: string,
  expect: readonly RealBlock[] | RealRefusal,
  folder = 'real',
): Promise<SheetReport> {
  const got = await importSheet(`${__dirname}/../../fixtures/tables/${folder}/${t.id}.xlsx`, sheet);
  const blocks = 'refuse' in expect ? [] : expect;
  const report: SheetReport = {
    sheet,
    imported: got.ok,
    message: got.message,
    blocks: [got.rubrics.length, blocks.length],
    items: { right: 0, expected: 0, extra: 0 },
    layout: [],
    clauses: emptyVerdict(),
    unread: 0,
  };
  if (got.ok && blocks.length !== got.rubrics.length)
    report.layout.push(`${got.rubrics.length} tables read, not ${blocks.length}`);
  blocks.forEach((b, k) => {
    const rubric = got.rubrics[k];
    if (rubric) checkBlock(t, b, rubric, report);
    else {
      report.unread += unreadClauses(b);
      report.items = {
        ...report.items,
        expected: report.items.expected + b.items.length + (b.adjustments?.length ?? 0),
      };
    }
  });
  return report;
}

/** One line per sheet, as recorded in the test files' comments. */
export function line(t: RealTable, r: SheetReport): string {
  const c = r.clauses;
  const ids = (xs: readonly string[]): string => (xs.length ? ` (${xs.join(' ')})` : '');
  const head = r.imported ? 'imported' : `NOT imported: ${r.message}`;
  return [
    `${t.id} ${r.sheet}: ${head}; tables ${r.blocks[0]}/${r.blocks[1]}; items ${r.items.right}/${r.items.expected} right, ${r.items.extra} extra; layout ${r.layout.length ? `${r.layout.length} wrong` : 'right'}`,
    `  clauses ${c.total + r.unread}: ${c.right.length} right, ${c.flagged.length} flagged${ids(c.flagged)}, ${c.misread.length} misread${ids(c.misread.map((m) => m.id))}${r.unread ? `, ${r.unread} not imported` : ''}`,
    ...r.layout.map((p) => `  layout: ${p}`),
    ...c.misread.map((m) => `  MISREAD ${m.id}: ${m.why}`),
  ].join('\n');
}

import type { Rubric } from '../../../src/core/rubric/schema';
import type { ClassPoints } from '../../fixtures/tables/unseen';
import type { RealBlock, RealSection } from '../../fixtures/tables/real/types';
import { cls, squash } from '../readings';
import { classless } from './judge';
import type { Part, Placed } from './match';

/**
 * The table-level checks of one imported block: total, classes, items (found once, with their points),
 * sections (names, points, members), bonus/penalty blocks, warnings that must be given. Each returns
 * the problems found, in words, so that first contact can be recorded as printed.
 */

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(classless(cls(a as ClassPoints))) === JSON.stringify(classless(cls(b as ClassPoints)));
const anyOf = <T>(x: T | readonly T[]): readonly T[] => (Array.isArray(x) ? (x as readonly T[]) : [x as T]);
const show = (x: unknown): string => JSON.stringify(cls(x as ClassPoints));

export interface ItemCount {
  readonly right: number;
  readonly expected: number;
  readonly extra: number;
}

/** Items: each found in one part with its points, or in one part per row with the rows' points. */
/**
 * `unlimited`: the total, where the import said it took the total as the limit of a block the table gives none —
 * the reading of a block the reader wrote with cap 0 (no limit stated; 加分上不封顶).
 */
export function checkItems(
  b: RealBlock,
  rows: readonly Placed[],
  held: Map<Part, Placed[]>,
  unlimited?: number,
): [ItemCount, string[]] {
  const problems: string[] = [];
  let right = 0;
  const capOf = (it: RealBlock['items'][number] | NonNullable<RealBlock['adjustments']>[number]) =>
    'role' in it && it.cap === 0 && unlimited !== undefined ? [0, unlimited] : anyOf(it.cap);
  for (const it of [...b.items, ...(b.adjustments ?? [])]) {
    const mine = rows.filter((r) => r.owner.no === it.no && r.owner.kind !== 'loose');
    const parts = [...new Set(mine.flatMap((r) => (r.part ? [r.part] : [])))];
    const lost = mine.filter((r) => !r.part && (r.row.points !== null || r.owner.pool)).map((r) => r.row.no);
    const before = problems.length;
    if (parts.length === 0) problems.push(`item ${it.no}: not found`);
    else if (lost.length) problems.push(`item ${it.no}: rows ${lost.join(' ')} lost`);
    const caps = capOf(it);
    const wantKind = 'role' in it ? 'adjustment' : 'item';
    for (const p of parts) {
      if (p.kind !== wantKind || ('role' in it && p.role !== it.role))
        problems.push(`item ${it.no}: read as ${p.kind === 'item' ? 'an item' : `a ${p.role} block`}`);
      const owners = new Set((held.get(p) ?? []).map((r) => `${r.owner.kind}:${r.owner.no}`));
      if (owners.size > 1)
        problems.push(
          `item ${it.no}: “${p.name}” also holds ${[...owners].filter((o) => !o.endsWith(`:${it.no}`)).join(' ')}`,
        );
    }
    // b12特殊教育(30分) over c29 (10分) and c30 cut off before its points: the one row with points found as
    // an item of its own is the per-row reading (as with several parts below), its points the row's.
    const only = parts.length === 1 && parts[0] ? (held.get(parts[0]) ?? []).filter((r) => r.owner.no === it.no) : [];
    const rowWise =
      it.rows.length > 1 &&
      only.length === 1 &&
      only[0]?.row.points != null &&
      it.rows.filter((r) => r.points !== null).length === 1 &&
      same(only[0].row.points, parts[0]?.cap);
    if (parts.length === 1 && parts[0] && !rowWise && !caps.some((c) => same(c, parts[0]?.cap)))
      problems.push(`item ${it.no}: ${show(parts[0].cap)} points, not ${caps.map(show).join(' or ')}`);
    if (parts.length > 1) {
      if ('pool' in it && it.pool)
        problems.push(`item ${it.no}: its shared points are split over ${parts.length} items`);
      for (const p of parts) {
        const its = (held.get(p) ?? []).filter((r) => r.owner.no === it.no);
        const points = its.length === 1 ? its[0]?.row.points : undefined;
        if (its.length !== 1 || (points !== null && !same(points, p.cap)))
          problems.push(
            `item ${it.no}: part “${p.name}” has ${show(p.cap)} points for rows ${its.map((r) => r.row.no).join(' ')}`,
          );
      }
    }
    if (problems.length === before) right += 1;
  }
  // A row the table gives no points (cut off) gets none: a part holding only such rows is worth 0.
  // (Not where the reader gave the item points and left its one row's open, the table contradicting itself
  // — 党管武装(10分) with 30 in its 基本分 — and the part has the item's: the item check above says so.)
  // (So too a bonus block the reader gave its limit, 视完成情况加5-20分 with no 分值 worth 20.)
  const capsOf = new Map([...b.items, ...(b.adjustments ?? [])].map((i) => [i.no, capOf(i)] as const));
  const itemsOwn = (p: Part, rs: readonly Placed[]): boolean =>
    new Set(rs.map((r) => r.owner.no)).size === 1 &&
    (rs[0]?.owner.kind === 'item' || rs[0]?.owner.kind === 'adjustment') &&
    (capsOf.get(rs[0].owner.no) ?? []).some((c) => !same(c, 0) && same(c, p.cap));
  // (Nor where the reader gave a heading points and found nothing scorable under it — 2、救灾救济工作(10分) over
  // one paragraph cut off — and the part is that heading with its points, typed.)
  const headingOwn = (p: Part): boolean =>
    b.sections.some((alt) =>
      alt.some(
        (s) =>
          s.items.length === 0 &&
          s.name !== null &&
          s.cap !== undefined &&
          same(s.cap, p.cap) &&
          squash(p.name).includes(squash(s.name)),
      ),
    );
  for (const [p, rs] of held)
    if (
      rs.length &&
      rs.every((r) => r.row.points === null && !r.owner.pool) &&
      !same(p.cap, 0) &&
      !itemsOwn(p, rs) &&
      !headingOwn(p)
    )
      problems.push(
        `“${p.name}”: ${show(p.cap)} points for rows the table gives none (${rs.map((r) => r.row.no).join(' ')})`,
      );
  const extra = [...held].filter(([p, rs]) => rs.length === 0 && p.kind === 'item').map(([p]) => p);
  for (const p of extra) problems.push(`extra item “${p.name}” (${show(p.cap)} points)`);
  return [{ right, expected: b.items.length + (b.adjustments?.length ?? 0), extra: extra.length }, problems];
}

/** One section layout: each named section found with its points and exactly its items. */
function checkLayout(want: readonly RealSection[], rubric: Rubric, rows: readonly Placed[]): string[] {
  const problems: string[] = [];
  const ownersIn = (id: string): Set<string> =>
    new Set(rows.filter((r) => r.part?.section?.id === id && r.owner.kind === 'item').map((r) => r.owner.no));
  for (const s of want) {
    const want = new Set(s.items);
    // (Two sections of one name — a 类别 written again after a page break — are told apart by the items they hold.)
    const named = rubric.sections.filter((g) =>
      s.name === null
        ? [...ownersIn(g.id)].sort().join() === [...want].sort().join()
        : squash(g.name).includes(squash(s.name)),
    );
    const overlap = (g: Rubric['sections'][number]): number => [...ownersIn(g.id)].filter((i) => want.has(i)).length;
    const got = named.reduce<Rubric['sections'][number] | undefined>(
      (a, g) => (a === undefined || overlap(g) > overlap(a) ? g : a),
      undefined,
    );
    const label = s.name ?? `of ${s.items.join(' ')}`;
    if (!got) {
      problems.push(`section ${label}: not found`);
      continue;
    }
    const sum = got.items.reduce((a, i) => a + (typeof i.cap === 'number' ? i.cap : i.cap.default), 0);
    if (s.cap !== undefined ? !same(s.cap, got.cap) : got.cap !== undefined && !same(got.cap, sum))
      problems.push(`section ${label}: ${show(got.cap)} points, not ${s.cap === undefined ? 'none' : show(s.cap)}`);
    const held = ownersIn(got.id);
    const missing = s.items.filter((i) => !held.has(i));
    const strays = [...held].filter((i) => !want.has(i) && !(s.mayHold ?? []).includes(i));
    if (missing.length || strays.length)
      problems.push(`section ${label}: holds ${[...held].join(' ') || 'nothing'} (not ${s.items.join(' ')})`);
  }
  return problems;
}

/** Sections: the layout among the acceptable ones with the fewest problems. */
export function checkSections(b: RealBlock, rubric: Rubric, rows: readonly Placed[]): string[] {
  const tries = b.sections.map((alt) => checkLayout(alt, rubric, rows));
  return tries.sort((x, y) => x.length - y.length)[0] ?? [];
}

/** Total, classes, warnings that must be given, words of other columns in clauses. */
export function checkTable(
  b: RealBlock,
  rubric: Rubric,
  rows: readonly Placed[],
  warnings: readonly string[],
): string[] {
  const problems: string[] = [];
  const totals = anyOf(b.total);
  if (!totals.includes(rubric.total)) problems.push(`total ${rubric.total}, not ${totals.join(' or ')}`);
  const classes = rubric.classes.map((c) => squash(c.id)).sort();
  const want = (b.classes ?? []).map(squash).sort();
  if (classes.join() !== want.join()) problems.push(`classes [${classes.join('、')}], not [${want.join('、')}]`);
  const said = (words: readonly string[]): boolean =>
    warnings.some((w) => words.every((x) => squash(w).includes(squash(x))));
  for (const r of rows)
    if (!r.part && r.row.points === null && !said([r.row.exact ? `“${r.row.key}”` : r.row.key]))
      problems.push(`row ${r.row.no} (no points): dropped without a warning`);
  for (const words of b.warns ?? []) if (!said(words)) problems.push(`no warning naming ${words.join(' + ')}`);
  const clauses = [...rubric.sections.flatMap((s) => s.items), ...rubric.adjustments].flatMap((i) => i.clauses);
  for (const f of b.foreign ?? [])
    if (clauses.some((c) => squash(c.text).includes(squash(f))))
      problems.push(`a clause holds “${f}” (another column)`);
  return problems;
}

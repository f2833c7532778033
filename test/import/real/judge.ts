import type { Clause, Rubric } from '../../../src/core/rubric/schema';
import type { ClauseExpect, ItemReading } from '../../fixtures/tables/unseen';
import type { RealRow } from '../../fixtures/tables/real/types';
import { differences, fmt, normExp, normGot, squash, unread, type Ctx, type Norm } from '../readings';
import type { Part, Placed } from './match';

/**
 * Each clause of a real table, right / flagged / misread: the clauses of a part against the readings of
 * the rows it holds (every combination of their alternatives), as in readings.ts, with two additions:
 * a checklist of one box is a yes/no, and a row without points (or in a shared pool) does not compare
 * points.
 */

export interface Misread {
  readonly id: string;
  readonly why: string;
}
export interface Verdict {
  total: number;
  right: string[];
  flagged: string[];
  misread: Misread[];
}
export const emptyVerdict = (): Verdict => ({ total: 0, right: [], flagged: [], misread: [] });
export function add(to: Verdict, v: Verdict): void {
  to.total += v.total;
  to.right.push(...v.right);
  to.flagged.push(...v.flagged);
  to.misread.push(...v.misread);
}

interface Got {
  readonly id: string;
  readonly text: string;
  readonly norm: Norm;
  readonly flagged: boolean;
}

const strip = (n: Norm, keys: readonly string[]): Norm =>
  Object.fromEntries(Object.entries(n).filter(([k]) => !keys.includes(k)));

/** Class points without the classes that equal the default ({ default: 10, 乡镇: 10, 农场: 0 } is { default: 10, 农场: 0 }). */
export function classless(p: unknown): unknown {
  if (typeof p !== 'object' || p === null || !('default' in p)) return p;
  const d = (p as { default: unknown }).default;
  const rest = Object.entries(p).filter(([k, v]) => k === 'default' || v !== d);
  return rest.length === 1 ? d : Object.fromEntries(rest);
}

/**
 * Forms that score alike compared alike: a checklist of one box worth the clause is a yes/no (one
 * question for all the points); a judgement in the one band 0 to its points is a judgement; a threshold
 * whose middle is full (or that is a most) scores without its target (rules/kinds.ts), so the target is
 * not compared, and a proportional middle without a target is full.
 */
function plain(given: Norm): Norm {
  const scoresAlike =
    given.kind === 'threshold' &&
    (given.between !== 'proportional' || given.target === undefined || given.direction === 'atMost');
  const n = scoresAlike
    ? { ...strip(given, ['target']), between: given.direction === 'atMost' ? given.between : 'full' }
    : given;
  const items = n.items as unknown[] | undefined;
  const points = classless(n.points);
  if (n.kind === 'checklist' && items?.length === 1 && JSON.stringify(classless(items[0])) === JSON.stringify(points))
    return { kind: 'yesno', points, requires: n.requires };
  const bands = n.bands as number[][] | null | undefined;
  if (n.kind === 'judgement' && bands?.length === 1 && bands[0]?.[0] === 0 && bands[0][1] === points)
    return { ...n, points, bands: null };
  return { ...n, points };
}

/** A checklist (no condition on it) as the yes/no questions of its items' points. */
function asYesNos(n: Norm): Norm[] | undefined {
  const items = n.items as unknown[] | undefined;
  if (n.kind !== 'checklist' || !items || (n.requires !== undefined && n.requires !== 'none')) return undefined;
  return items.map((points) => ({ kind: 'yesno', points: classless(points), requires: n.requires }));
}

/** In a shared pool one clause may hold every article's deduction: one clause per article it draws on. */
function perArticle(c: Clause, articles: readonly [RealRow, string][]): Clause[] {
  if (c.rule.kind !== 'deduct') return [c];
  const rule = c.rule;
  const of = (text: string): RealRow | undefined => articles.find(([, t]) => squash(t).includes(squash(text)))?.[0];
  const groups = new Map<RealRow | undefined, typeof rule.inputs>();
  for (const i of rule.inputs) {
    const r = of(i.text ?? '') ?? of(i.label);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  if (groups.size <= 1) return [c];
  return [...groups].map(([r, inputs], k) => ({
    ...c,
    id: `${c.id}${r ? `@${r.no}` : `@${k}`}`,
    text: r?.key ?? c.text,
    rule: { ...rule, inputs: inputs as typeof rule.inputs },
  }));
}

/**
 * A clause left to the assessor: a typed score (readings.ts), or, inside a block of shared points, the
 * points lost typed (its reading says it could not be read, as a flagged judgement's does).
 */
const flaggedClause = (c: Clause): boolean => unread(c) || /未能.*读懂/.test(c.reading ?? '');

/** Past this many combinations of the rows' alternatives, the rows are matched one by one. */
const MOST_COMBINATIONS = 4096;

/** Every combination of the rows' alternatives, each clause carrying its row's points. */
function options(rows: readonly RealRow[], ctx: Ctx, pool: boolean): Norm[][] {
  let out: Norm[][] = [[]];
  for (const r of rows) {
    const alts = r.readings.map((alt) =>
      alt.map((e: ClauseExpect) => {
        // (A ladder beside other clauses of their own points, its points unsaid, is worth its best level — levels(1,
        // 0.5, 0) beside yes/no parts of 0.5, 0.5 and 1 in a row of 3 — not the whole row's.)
        const best =
          e.kind === 'levels' && alt.length > 1 && e.levels?.every((l) => typeof l === 'number')
            ? Math.max(...(e.levels as number[]))
            : undefined;
        const points = e.points ?? best ?? r.points ?? 0;
        const n = normExp({ ...e, points }, ctx);
        return pool || (r.points === null && e.points === undefined) ? strip(n, ['points', 'ceiling', 'floor']) : n;
      }),
    );
    out = out.flatMap((o) => alts.map((a) => [...o, ...a]));
  }
  return out;
}

/** The clauses of one part (and the vetoes placed on its rows) against the readings of its rows. */
export function judgePart(
  part: Part,
  rows: readonly Placed[],
  vetoes: number,
  texts: ReadonlyMap<RealRow, string>,
): Verdict {
  const v = emptyVerdict();
  const ctx: Ctx = { role: part.role, cap: typeof part.cap === 'number' ? part.cap : 0 };
  const pool = rows.some((r) => r.owner.pool);
  const loose = rows.some((r) => r.row.points === null);
  const owners = [...new Set(rows.map((r) => r.owner.no))];
  const label =
    (owners.length === 1 && rows.length > 1 ? owners : rows.map((r) => r.row.no)).join('+') || `?${part.name}`;
  const articles = rows.map((r): [RealRow, string] => [r.row, texts.get(r.row) ?? r.row.key]);
  const clauses = pool ? part.clauses.flatMap((c) => perArticle(c, articles)) : part.clauses;
  const got: Got[] = [
    ...clauses.map((c: Clause) => {
      const n = plain(normGot(c, ctx));
      const norm = pool || loose ? strip(n, ['points', 'ceiling', 'floor']) : n;
      return { id: `${label}:${c.id}`, text: c.text, norm, flagged: flaggedClause(c) };
    }),
    ...Array.from({ length: vetoes }, (_, k) => ({
      id: `${label}:veto${k + 1}`,
      text: '',
      norm: { kind: 'veto' },
      flagged: false,
    })),
  ];
  v.total = got.length;
  // (Rows whose alternatives multiply past what can be tried — 34 defects of a pool, each read two or three ways —
  // are matched row by row: each row's alternative that takes the most clauses still unmatched.)
  const combos = rows.reduce((a, r) => a * Math.max(1, r.row.readings.length), 1);
  const opts =
    combos > MOST_COMBINATIONS
      ? []
      : rows.length
        ? options(
            rows.map((r) => r.row),
            ctx,
            // Where the got clauses' points are not compared (a pool, or a row without points), nor the expected.
            pool || loose,
          )
        : [];
  for (const g of got) if (g.flagged) v.flagged.push(g.id);
  const rest = got.filter((g) => !g.flagged);
  // (A deduction read as a clause of no points that takes from the item — 按5、3、1评分。未按期改选扣2分 as the grade,
  // then 2 off — is the reader's deduction of the row's points: the item's points bound both alike.)
  const takesFromItem = (e: Norm, n: Norm): boolean =>
    n.kind === 'deduct' &&
    n.points === 0 &&
    n.floor === 'none' &&
    e.kind === 'deduct' &&
    JSON.stringify(e.per) === JSON.stringify(n.per) &&
    e.requires === n.requires;
  const same = (e: Norm, n: Norm): boolean => differences(plain(e), n).length === 0 || takesFromItem(plain(e), n);
  /** The clauses of `rest` one reading (the expected clauses `o`) takes, and what of it is left unmatched. */
  const match = (o: readonly Norm[], among: readonly Got[]): { matched: Set<Got>; left: Norm[] } => {
    const left = [...o];
    const matched = new Set<Got>();
    for (const g of among) {
      const at = left.findIndex((e) => same(e, g.norm));
      if (at >= 0) {
        matched.add(g);
        left.splice(at, 1);
        continue;
      }
      // (Where points are not compared — a pool, or a row without points — nor are the boxes'.)
      const parts = asYesNos(g.norm)?.map((p) => (pool || loose ? strip(p, ['points']) : p));
      if (!parts) continue;
      const trial = [...left];
      const all = parts.every((p) => {
        const i = trial.findIndex((e) => same(e, p));
        if (i >= 0) trial.splice(i, 1);
        return i >= 0;
      });
      if (!all) continue;
      matched.add(g);
      left.splice(0, left.length, ...trial);
    }
    return { matched, left };
  };
  // (A checklist scores as yes/no questions of its items' points do: each side may be read either way.)
  const readWays = (o: Norm[][]): Norm[][] => [...o, ...o.map((x) => x.flatMap((e) => asYesNos(e) ?? [e]))];
  let best = { matched: new Set<Got>(), left: opts[0] ?? [] };
  if (combos > MOST_COMBINATIONS) {
    const left: Norm[] = [];
    const matched = new Set<Got>();
    for (const r of rows) {
      // (The row's own clause first — the one that holds its words — so that a row is not given another's: in a pool
      // of …扣05分 rows read either 0.5 or 5, the first row would otherwise take the 0.5 of the row that says 扣0.5分.)
      const open = rest.filter((g) => !matched.has(g));
      const own = open.filter((g) => squash(g.text).includes(squash(r.row.key)));
      const among = [...own, ...open.filter((g) => !own.includes(g))];
      const tries = readWays(options([r.row], ctx, pool || loose)).map((o) => match(o, among));
      const mine = (t: { matched: Set<Got> }): number => own.filter((g) => t.matched.has(g)).length;
      const pick = tries.reduce((a, t) =>
        t.matched.size > a.matched.size ||
        (t.matched.size === a.matched.size && mine(t) > mine(a)) ||
        (t.matched.size === a.matched.size && mine(t) === mine(a) && t.left.length < a.left.length)
          ? t
          : a,
      );
      for (const g of pick.matched) matched.add(g);
      left.push(...pick.left);
    }
    best = { matched, left };
  } else
    for (const o of readWays(opts)) {
      const t = match(o, rest);
      if (
        t.matched.size > best.matched.size ||
        (t.matched.size === best.matched.size && t.left.length < best.left.length)
      )
        best = t;
    }
  const expected =
    combos > MOST_COMBINATIONS
      ? `one of each row's readings (${rows.length} rows)`
      : opts.map((o) => o.map(fmt).join(' + ')).join('  |  ') || 'no such item';
  for (const g of rest) {
    if (best.matched.has(g)) v.right.push(g.id);
    else v.misread.push({ id: g.id, why: `got ${fmt(g.norm)}; expected ${expected}` });
  }
  // An expected clause nothing was read for, with no flag to cover it, was dropped. A flag covers the
  // clauses of the row it quotes (one, where it quotes none).
  const rowOf = (text: string): Placed | undefined =>
    rows.find((r) => squash(text).includes(squash(r.row.key))) ??
    rows.find((r) => squash(texts.get(r.row) ?? '').includes(squash(text)));
  // (A flagged clause whose words hold several rows — parts of one cell the reader took as rows — covers each.)
  const most = (r: Placed | undefined): number => Math.max(1, ...(r?.row.readings.map((x) => x.length) ?? [1]));
  const covers = (text: string): number => {
    const all = rows.filter((r) => squash(text).includes(squash(r.row.key)));
    return Math.max(most(rowOf(text)), all.length > 1 ? all.reduce((b, r) => b + most(r), 0) : 0);
  };
  const covered = got.filter((g) => g.flagged).reduce((a, g) => a + covers(g.text), 0);
  const dropped = Math.max(0, best.left.length - (rest.length - best.matched.size) - covered);
  for (const e of best.left.slice(best.left.length - dropped)) {
    v.total += 1;
    v.misread.push({ id: `${label}:missing`, why: `nothing read as ${fmt(e)}` });
  }
  return v;
}

/** The row each veto of the rubric comes from: the one its label quotes, or whose key it holds. */
export function vetoRows(
  rubric: Rubric,
  rows: readonly Placed[],
  texts: ReadonlyMap<RealRow, string>,
): (Placed | undefined)[] {
  return rubric.vetoes.map((veto) => {
    const quoted = squash(veto.label.slice(veto.label.indexOf('：') + 1));
    return (
      rows.find((r) => quoted && squash(texts.get(r.row) ?? '').includes(quoted)) ??
      rows.find((r) => squash(veto.label).includes(squash(r.row.key)))
    );
  });
}

/** The fewest clauses a row can be read as: what a table that did not import leaves unread. */
export const fewest = (readings: readonly ItemReading[]): number => Math.min(...readings.map((r) => r.length));

import fc from 'fast-check';
import { readBook, readTable } from '../../src/adapters/xlsx/table';
import { builtinRubrics } from '../../src/core/builtin';
import type { Entry } from '../../src/core/engine/entries';
import { scoreUnit } from '../../src/core/engine/score';
import { importTable } from '../../src/core/import/table';
import { loadRubric } from '../../src/core/rubric/load';
import type { Clause, Rubric } from '../../src/core/rubric/schema';
import { ruleInputs } from '../../src/core/rules/kinds';
import { atClass, type InputSpec } from '../../src/core/rules/inputs';
import { madeUpExpected } from '../fixtures/tables/made-up';

/**
 * The source tables, laid out as staff keep them (test/fixtures/tables/*.xlsx, made by
 * make-tables.ts), import to rubrics that read like the hand-written ones and score the same.
 */

const dir = `${__dirname}/../fixtures/tables`;

async function imported(file: string, sheet: string): Promise<Rubric> {
  const r = importTable(readTable(await readBook(`${dir}/${file}`), sheet), { id: 'imported' });
  if (!r.ok) throw new Error(r.message);
  expect(r.problems).toEqual([]);
  const loaded = loadRubric(r.rubric);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.rubric;
}

type Pair = { item: string; hand: Clause; mine: Clause };
const clausesOf = (r: Rubric): { item: string; clauses: Clause[] }[] => [
  ...r.sections.flatMap((s) => s.items.map((i) => ({ item: i.id, clauses: i.clauses }))),
  ...r.adjustments.map((a) => ({ item: a.id, clauses: a.clauses })),
];
function pairs(hand: Rubric, mine: Rubric): Pair[] {
  const h = clausesOf(hand);
  const m = clausesOf(mine);
  expect(m.map((i) => i.clauses.length)).toEqual(h.map((i) => i.clauses.length));
  return h.flatMap((hi, i) => hi.clauses.map((c, j) => ({ item: hi.item, hand: c, mine: m[i]?.clauses[j] as Clause })));
}

/**
 * Points by unit class that the table's words carry (得2分(二类单位得3分)). The 000 区直单位 table
 * holds 一类's points in its points column; where the hand-written rubric gives 二类 other points
 * without the words saying so (item 3, for lead units only), no reading of the table can see it:
 * those clauses are compared at 一类 and listed, and their items are left out of the 二类 scores.
 */
const inWords = (c: Clause): boolean => typeof c.points === 'number' || /[一二三]类/.test(c.text);
const atDefault = (p: Clause['points']): number => (typeof p === 'number' ? p : p.default);

/** The parameters that decide a clause's score (labels, units and input limits do not). */
function reading(c: Clause): unknown {
  const r = c.rule as Record<string, unknown>;
  const strip = (i: Record<string, unknown>): unknown => ({
    per: i.per,
    points: i.points,
    step: i.step ?? 1,
    entry: i.entry ?? 'achieved',
  });
  const inputs =
    'inputs' in r ? (r.inputs as Record<string, unknown>[]).map(strip) : strip(r.input as Record<string, unknown>);
  const { input: _i, inputs: _is, levels, bands, ...rest } = r;
  // Level and band names are labels (the assessor picks one); their points decide the score.
  const named = {
    ...(levels ? { levels: (levels as { points: unknown }[]).map((l) => l.points) } : {}),
    ...(bands ? { bands: (bands as { min: number; max: number }[]).map((b) => [b.min, b.max]) } : {}),
  };
  return {
    points: inWords(c) ? c.points : atDefault(c.points),
    requires: c.requires !== undefined,
    ...rest,
    ...named,
    inputs,
  };
}

/**
 * [file, sheet, built-in id, share of clauses read the same]. The goal is 0.95 for every table. The
 * two 000 tables fall short by the clauses whose hand-written reading is not in the scraped words
 * (their sourceGap says so): 乡镇 2.1 (text 得2, points column 4, from a 2017 note) and 3.1 (two
 * demands, 2 points, no split), 区直单位 4 (the same). Those are flagged, as they must be.
 */
describe.each([
  ['huilongshan-002.xlsx', '考核细则', 'huilongshan', 0.95],
  ['lingling-004.xlsx', '计分表', 'lingling-2018-09', 0.95],
  ['yixiu-township-000.xlsx', '乡镇', 'yixiu-township', 36 / 38],
  ['yixiu-district-000.xlsx', '区直单位', 'yixiu-district', 40 / 41],
  ['village-exit-003.xlsx', '核查表', 'village-exit', 0.95],
] as const)('%s imports like rubrics/%s', (file, sheet, id, minSame) => {
  const hand = builtinRubrics().get(id)?.rubric;
  if (!hand) throw new Error(`${id} is not built in`);
  let mine: Rubric;
  beforeAll(async () => {
    mine = await imported(file, sheet);
  });

  it('reads ≥95% of clauses the same way, flags the rest, misreads none', () => {
    const ps = pairs(hand, mine);
    const same = ps.filter((p) => JSON.stringify(reading(p.hand)) === JSON.stringify(reading(p.mine)));
    const flagged = ps.filter((p) => !same.includes(p) && p.mine.rule.kind === 'judgement');
    const misread = ps.filter((p) => !same.includes(p) && !flagged.includes(p));
    const unseen = ps.filter((p) => !inWords(p.hand)).map((p) => `${p.item}${p.hand.id}`);
    console.log(
      `${file}: ${ps.length} clauses, ${same.length} read the same, ${flagged.length} flagged (${flagged.map((p) => `${p.item}${p.hand.id}`).join(' ')}), ${misread.length} misread${unseen.length ? `; class points not in the table's words: ${unseen.join(' ')}` : ''}`,
    );
    expect(misread.map((p) => [p.item, p.hand.id, reading(p.hand), reading(p.mine)])).toEqual([]);
    expect(same.length / ps.length).toBeGreaterThanOrEqual(minSame - 1e-9);
    expect(mine.total).toBe(hand.total);
  });

  const classes = [undefined, ...(hand.classes ?? []).map((c) => c.id).filter((c) => c !== '一类')];
  it.each(classes)('scores the same as the hand-written rubric on random entries (class %s)', (cls) => {
    const ps = pairs(hand, mine);
    const specs = ps.flatMap((p) => [
      ...ruleInputs(p.hand.rule, undefined, p.hand.text).map((s) => ({ p, s, req: false })),
      ...(p.hand.requires
        ? [
            {
              p,
              s: { id: p.hand.requires.id, kind: 'yesno', label: '', text: '', role: 'requires' } as InputSpec,
              req: true,
            },
          ]
        : []),
    ]);
    // A typed score stays within its clause's points and bands, as the sheet's validation keeps it.
    const value = (s: InputSpec, p: Pair): fc.Arbitrary<Entry> =>
      s.kind === 'score' && s.bands?.length
        ? fc
            .constantFrom(...s.bands)
            .chain((b) => fc.integer({ min: Math.round(b.min * 10), max: Math.round(b.max * 10) }).map((n) => n / 10))
        : s.kind === 'score'
          ? fc.integer({ min: 0, max: Math.round(atClass(p.hand.points, cls) * 10) }).map((n) => n / 10)
          : s.kind === 'yesno'
            ? fc.boolean()
            : s.kind === 'count'
              ? fc.integer({ min: 0, max: s.max ?? 12 })
              : s.kind === 'percent'
                ? fc.integer({ min: 0, max: 1000 }).map((n) => Math.min(n / 10, s.max ?? 100))
                : s.kind === 'level'
                  ? fc.constantFrom(...(s.levels ?? ['']))
                  : fc.integer({ min: 0, max: 300 }).map((n) => n / 10);
    fc.assert(
      fc.property(fc.tuple(...specs.map((x) => value(x.s, x.p))), (vals) => {
        const handEntries: Record<string, Entry> = {};
        specs.forEach((x, k) => (handEntries[x.s.id] = vals[k]));
        const h = scoreUnit(hand, 'u', { values: handEntries, basis: {} }, cls);
        const mineEntries: Record<string, Entry> = {};
        const handClause = new Map(
          h.items.concat(h.adjustments).flatMap((it) => it.clauses.map((c) => [`${it.id}/${c.id}`, c.score])),
        );
        for (const p of ps) {
          const mineIns = ruleInputs(p.mine.rule, undefined, p.mine.text);
          if (p.mine.rule.kind === 'judgement' && JSON.stringify(reading(p.hand)) !== JSON.stringify(reading(p.mine))) {
            // A flagged clause is typed by the assessor: the score the hand-written rule gives.
            mineEntries[mineIns[0]?.id ?? ''] = handClause.get(`${p.item}/${p.hand.id}`) ?? 0;
            continue;
          }
          const handIns = ruleInputs(p.hand.rule, undefined, p.hand.text);
          mineIns.forEach((s, k) => {
            const v = handEntries[handIns[k]?.id ?? ''];
            // A level is picked by its place in the list: the names are each table's own words.
            const at = s.kind === 'level' ? (handIns[k]?.levels ?? []).indexOf(v as string) : -1;
            mineEntries[s.id] = at >= 0 ? s.levels?.[at] : v;
          });
          if (p.mine.requires && p.hand.requires) mineEntries[p.mine.requires.id] = handEntries[p.hand.requires.id];
        }
        const m = scoreUnit(mine, 'u', { values: mineEntries, basis: {} }, cls);
        expect(m.findings.filter((f) => f.severity === 'error')).toEqual([]);
        // At a class the table does not give points for (区直单位 3 at 二类), those items are left out.
        const hidden = new Set(cls ? ps.filter((p) => !inWords(p.hand)).map((p) => p.item) : []);
        const scores = (r: typeof h): [string, number | null][] =>
          r.items
            .concat(r.adjustments)
            .filter((i) => !hidden.has(i.id))
            .map((i) => [i.id, i.score]);
        expect(scores(m)).toEqual(scores(h));
        if (hidden.size === 0) expect(m.total).toBe(h.total);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tables in phrasing the seeds do not use', () => {
  it('a flat table with 一、 heading rows, +5/−10 rows, a veto and a clause it cannot read', async () => {
    const r = await imported('made-up.xlsx', '评分表');
    expect(r.total).toBe(100);
    expect(r.sections.map((s) => [s.name, s.cap, s.items.length])).toEqual([
      ['组织保障', 20, 3],
      ['村容村貌', 50, 4],
      ['群众参与', 30, 4],
    ]);
    const kinds = Object.fromEntries(
      r.sections.flatMap((s) => s.items.map((i) => [i.id, i.clauses.map((c) => c.rule.kind)])),
    );
    for (const [id, expected] of Object.entries(madeUpExpected)) expect([id, kinds[id]]).toEqual([id, expected]);
    expect(kinds['14']).toEqual(['judgement']);
    expect(r.adjustments.map((a) => [a.role, a.cap, a.clauses[0]?.rule.kind])).toEqual([
      ['bonus', 5, 'award'],
      ['penalty', 10, 'deduct'],
    ]);
    expect(r.vetoes).toHaveLength(1);
  });
  it('a two-level table with 二类单位 points and 百分之九十五', async () => {
    const r = await imported('made-up.xlsx', '区直单位');
    expect(r.classes.map((c) => c.id)).toEqual(['一类', '二类']);
    const [meetings, visits] = r.sections[0]?.items ?? [];
    expect(meetings?.cap).toEqual({ default: 4, 二类: 3 });
    expect(visits?.clauses[0]?.rule).toMatchObject({ kind: 'shortfall', target: 6, per: 1 });
    expect(r.sections[1]?.items[1]?.clauses[0]?.rule).toMatchObject({ kind: 'shortfall', target: 95, per: 1 });
  });
  it('a sheet that is not a table is refused', async () => {
    const r = importTable(readTable(await readBook(`${dir}/huilongshan-002.xlsx`), '汇总'));
    expect(r.ok).toBe(false);
  });
});

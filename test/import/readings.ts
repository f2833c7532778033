import { readBook, readTable } from '../../src/adapters/xlsx/table';
import { importTable } from '../../src/core/import/table';
import { loadRubric } from '../../src/core/rubric/load';
import type { Clause, Rubric } from '../../src/core/rubric/schema';
import type { ClassPoints, ClauseExpect, ItemReading } from '../fixtures/tables/unseen';

/**
 * How blind tables are checked (unseen.test.ts, unseen2.test.ts): each table's total, sections,
 * bonus/penalty rows and vetoes, and every clause read as a careful assessor reads it (the readings
 * of tables/unseen*.ts) or flagged for the assessor to score by hand. A clause read confidently and
 * wrongly is a misread.
 *
 * Numbers are compared strictly; labels, ids, units and input limits are not. A ceiling no lower
 * than what the clause can lose anyway (its points when floored at 0, the row's cap on a bonus or
 * penalty row) is the same as none. Whole or exact steps are compared only where the text says.
 */

export type Role = 'base' | 'bonus' | 'penalty' | 'veto';
export interface Row {
  readonly no: string;
  readonly role: Role;
  /** The points column: an item's cap, or a bonus/penalty row's limit (0 on a 一票否决 row). */
  readonly cap: number;
  readonly rule: string;
}

export function rowsOf(rows: (string | number)[][], pointsAt: number, ruleAt: number): Row[] {
  return rows
    .filter((r) => r.length > 1)
    .map((r) => {
      const p = String(r[pointsAt] ?? '');
      const role: Role = p === '' ? 'veto' : p.startsWith('+') ? 'bonus' : p.startsWith('-') ? 'penalty' : 'base';
      return { no: String(r[0]), role, cap: p === '' ? 0 : Math.abs(Number(p)), rule: String(r[ruleAt]) };
    });
}

export interface SheetSpec {
  readonly rows: Row[];
  readonly total: number;
  /** [name, cap (undefined: the table gives none, so none or the sum of its items), its rows]. */
  readonly sections: [string, number | undefined, string[]][];
  /** [row, role, cap]. */
  readonly adjustments: [string, 'bonus' | 'penalty', number][];
  /** Rows whose 一票否决 becomes a rubric veto. */
  readonly vetoes: string[];
}

export const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));

export const squash = (s: string): string => s.replace(/\s+/g, '');

interface Imported {
  readonly rubric: Rubric;
  readonly problems: readonly unknown[];
  /** Each item and adjustment, with the fixture row its text comes from. */
  readonly parts: { readonly row: Row | undefined; readonly id: string; readonly clauses: readonly Clause[] }[];
  /** Each veto, with its row. */
  readonly vetoes: { readonly row: Row | undefined; readonly id: string; readonly label: string }[];
}

async function importSheet(file: string, sheet: string, rows: Row[]): Promise<Imported> {
  const r = importTable(readTable(await readBook(file), sheet));
  if (!r.ok) throw new Error(`${sheet}: ${r.message}`);
  const loaded = loadRubric(r.rubric);
  if (!loaded.ok) throw new Error(`${sheet}: ${JSON.stringify(loaded.problems)}`);
  const rubric = loaded.rubric;
  const byText = (text: string): Row | undefined => rows.find((w) => squash(w.rule) === squash(text));
  const parts = [...rubric.sections.flatMap((s) => s.items), ...rubric.adjustments].map((i) => ({
    row: byText(i.text),
    id: i.id,
    clauses: i.clauses,
  }));
  const vetoes = rubric.vetoes.map((v) => {
    // The label quotes the clause (未触发一票否决：…); the id starts with the item's (20b-veto).
    const quoted = squash(v.label.slice(v.label.indexOf('：') + 1));
    const item = /^(.*?)(?:[a-z]|c\d+)-veto$/.exec(v.id)?.[1];
    const row =
      (quoted ? rows.find((w) => squash(w.rule).includes(quoted)) : undefined) ??
      parts.find((p) => p.id === item)?.row ??
      rows.find((w) => w.no === item);
    return { row, id: v.id, label: v.label };
  });
  return { rubric, problems: r.problems, parts, vetoes };
}

// ---- Readings in one comparable form -------------------------------------------------------------

export type Norm = Record<string, unknown>;
type Requires = 'none' | 'any' | 'met' | 'absence';

export const round = (n: number): number => Math.round(n * 1e6) / 1e6;
/** Class points as { default, 二类 }: 二类乡镇 and 二类单位 are the same class. */
export function cls(p: ClassPoints | undefined): unknown {
  if (p === undefined) return null;
  if (typeof p === 'number') return round(p);
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(p)) out[/^[一二三四五]类/.exec(k)?.[0] ?? k] = round(v);
  const others = Object.keys(out).filter((k) => k !== 'default');
  return others.every((k) => out[k] === out.default) ? out.default : out;
}
const atDefault = (p: ClassPoints): number => (typeof p === 'number' ? p : p.default);
const list = (per: number | readonly number[] | undefined): number[] =>
  per === undefined ? [] : typeof per === 'number' ? [round(per)] : per.map(round);
const one = (per: number | readonly number[] | undefined): number | null =>
  per === undefined ? null : typeof per === 'number' ? round(per) : per.length === 1 ? round(per[0] ?? 0) : null;

/** A requirement asked as the absence of a bad event (无“…”情形, 未发生…) or as a demand met (已完成). */
const polarity = (label: string | undefined): Requires =>
  label === undefined ? 'none' : /^(?:无|未|没有?|不|非|杜绝)|无[“"「]/.test(label) ? 'absence' : 'met';

export interface Ctx {
  readonly role: Role;
  readonly cap: number;
}

/** The most a clause can move: its ceiling, its points when floored at 0, a bonus/penalty row's cap. */
function reach(ceiling: number | undefined, zeroFloor: boolean, points: number, ctx: Ctx): number | null {
  let b = ceiling ?? Infinity;
  if (zeroFloor) b = Math.min(b, points);
  if (ctx.role === 'bonus' || ctx.role === 'penalty') b = Math.min(b, ctx.cap);
  return Number.isFinite(b) ? round(b) : null;
}

/** The parameters that decide a read clause's score. */
export function normGot(c: Clause, ctx: Ctx): Norm {
  const r = c.rule;
  const points = atDefault(c.points);
  const base: Norm = { kind: r.kind, points: cls(c.points), requires: polarity(c.requires?.label) };
  switch (r.kind) {
    case 'deduct':
      return {
        ...base,
        per: r.inputs.map((i) => round(i.per)),
        ceiling: reach(r.ceiling, r.floor === 'zero', points, ctx),
        floor: r.floor,
      };
    case 'yesno':
      return base;
    case 'checklist':
      return { ...base, items: r.inputs.map((i) => cls(i.points)) };
    case 'shortfall':
      return {
        ...base,
        entry: r.input.entry,
        target: r.input.entry === 'shortfall' ? null : (r.target ?? null),
        step: round(r.step),
        per: round(r.per),
        stepping: r.stepping,
        cutoff: r.cutoff ?? null,
        floor: r.floor,
      };
    case 'excess':
      return {
        ...base,
        entry: r.input.entry,
        limit: r.input.entry === 'excess' ? null : r.limit,
        step: round(r.step),
        per: round(r.per),
        stepping: r.stepping,
      };
    case 'threshold':
      return { ...base, cutoff: r.cutoff, target: r.target ?? null, between: r.between, direction: r.direction };
    case 'proportional':
      return { ...base, full: r.full };
    case 'award': {
      // (An award can give no more than its reach: points above it — 每项得1分,最高得3分 in a row of 10 — are none.)
      const ceiling = reach(undefined, true, points, ctx);
      return {
        ...base,
        ...(ceiling !== null && typeof base.points === 'number' ? { points: Math.min(base.points, ceiling) } : {}),
        per: r.inputs.map((i) => round(i.per)),
        step: r.inputs.map((i) => round(i.step)),
        stepping: r.stepping,
        ceiling,
      };
    }
    case 'levels':
      return { ...base, levels: r.levels.map((l) => cls(l.points)) };
    case 'judgement':
      return { ...base, bands: r.bands?.map((b) => [b.min, b.max]) ?? null };
  }
}

/** The same parameters for an expected clause, with the schema's defaults and the row's points. */
export function normExp(e: ClauseExpect, ctx: Ctx): Norm {
  if (e.kind === 'veto') return { kind: 'veto' };
  const pts = e.points ?? (ctx.role === 'penalty' ? 0 : ctx.cap);
  const floor = e.floor ?? (ctx.role === 'penalty' ? 'none' : 'zero');
  const requires: Requires = e.requires === undefined ? 'none' : e.requires === true ? 'any' : e.requires;
  const base: Norm = { kind: e.kind, points: cls(pts), requires };
  const stepping = e.stepping ? { stepping: e.stepping } : {};
  const entry = e.entry ?? 'achieved';
  switch (e.kind) {
    case 'deduct':
      return {
        ...base,
        per: list(e.per),
        ceiling: reach(e.ceiling, floor === 'zero', atDefault(pts), ctx),
        floor,
      };
    case 'yesno':
      return base;
    case 'checklist':
      return { ...base, items: (e.items ?? []).map(cls) };
    case 'shortfall':
      return {
        ...base,
        entry,
        target: entry === 'shortfall' ? null : cls(e.target),
        step: e.step ?? 1,
        per: one(e.per),
        ...stepping,
        cutoff: e.cutoff ?? null,
        floor,
      };
    case 'excess':
      return {
        ...base,
        entry,
        limit: entry === 'excess' ? null : (e.limit ?? null),
        step: e.step ?? 1,
        per: one(e.per),
        ...stepping,
      };
    case 'threshold':
      return {
        ...base,
        cutoff: e.cutoff ?? null,
        target: cls(e.target),
        between: e.between ?? 'full',
        direction: e.direction ?? 'atLeast',
      };
    case 'proportional':
      return { ...base, full: e.full ?? 100 };
    case 'award': {
      const per = list(e.per);
      const ceiling = reach(e.ceiling, true, atDefault(pts), ctx);
      return {
        ...base,
        ...(ceiling !== null && typeof base.points === 'number' ? { points: Math.min(base.points, ceiling) } : {}),
        per,
        step: per.map(() => e.step ?? 1),
        ...stepping,
        ceiling,
      };
    }
    case 'levels':
      return { ...base, levels: (e.levels ?? []).map(cls) };
    case 'judgement':
      return { ...base, bands: e.bands?.map((b) => [...b]) ?? null };
  }
}

/** Where a read clause differs from an expected one; [] when it is that reading. */
export function differences(exp: Norm, got: Norm): string[] {
  const keys = new Set([...Object.keys(exp), ...Object.keys(got)]);
  // Whole or exact steps: compared only where the expectation says (the text settles it).
  if (!('stepping' in exp)) keys.delete('stepping');
  const out: string[] = [];
  for (const k of keys) {
    const [e, g] = [exp[k], got[k]];
    if (k === 'requires' && e === 'any' && g !== 'none') continue;
    if (JSON.stringify(e ?? null) !== JSON.stringify(g ?? null))
      out.push(`${k} ${JSON.stringify(e ?? null)}≠${JSON.stringify(g ?? null)}`);
  }
  return out;
}

export const fmt = (n: Norm): string =>
  [
    String(n.kind),
    ...Object.entries(n)
      .filter(([k, v]) => k !== 'kind' && v !== null && v !== 'none')
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`),
  ].join(' ');

// ---- Classifying each clause ---------------------------------------------------------------------

interface Got {
  readonly id: string;
  readonly norm: Norm;
  readonly flagged: boolean;
}

/** A judgement the importer made because it could not read the clause (its reading says so). */
export const unread = (c: Clause): boolean => c.rule.kind === 'judgement' && /未能.*读懂/.test(c.reading ?? '');

interface Misread {
  readonly item: string;
  readonly clause: string;
  readonly expected: string;
  readonly got: string;
  readonly why?: string;
}

interface Verdict {
  total: number;
  correct: string[];
  flagged: string[];
  misread: Misread[];
}

function judge(words: string, item: string, got: Got[], alts: readonly ItemReading[] | undefined, ctx: Ctx): Verdict {
  const v: Verdict = { total: got.length, correct: [], flagged: [], misread: [] };
  const options = (alts ?? []).map((alt) => alt.map((e) => normExp(e, ctx)));
  const expected = `${options.map((o) => o.map(fmt).join(' + ')).join('  |  ') || 'no such item'}${words ? `  (${words})` : ''}`;
  for (const g of got) if (g.flagged) v.flagged.push(g.id);
  const rest = got.filter((g) => !g.flagged);
  // The alternative that explains the most clauses; the clauses it leaves are misread.
  let best: { matched: Set<Got>; left: Norm[] } = { matched: new Set(), left: options[0] ?? [] };
  for (const option of options) {
    const left = [...option];
    const matched = new Set<Got>();
    for (const g of rest) {
      const at = left.findIndex((e) => differences(e, g.norm).length === 0);
      if (at < 0) continue;
      matched.add(g);
      left.splice(at, 1);
    }
    if (matched.size > best.matched.size || (matched.size === best.matched.size && left.length < best.left.length))
      best = { matched, left };
  }
  for (const g of rest) {
    if (best.matched.has(g)) {
      v.correct.push(g.id);
      continue;
    }
    // The expected clause it comes nearest to, to say what differs.
    const near = options
      .flat()
      .map((e) => ({ e, d: differences(e, g.norm) }))
      .sort(
        (a, b) => Number(b.e.kind === g.norm.kind) - Number(a.e.kind === g.norm.kind) || a.d.length - b.d.length,
      )[0];
    v.misread.push({
      item,
      clause: g.id,
      expected,
      got: fmt(g.norm),
      ...(near ? { why: near.d.join('; ') } : {}),
    });
  }
  // An expected clause nothing was read for, with no flag to cover it, was dropped.
  const dropped = v.flagged.length ? 0 : Math.max(0, best.left.length - (rest.length - best.matched.size));
  for (const e of best.left.slice(best.left.length - dropped)) {
    v.total += 1;
    v.misread.push({
      item,
      clause: 'missing',
      expected,
      got: got.map((g) => fmt(g.norm)).join(' + ') || 'nothing',
      why: `no clause read as ${fmt(e)}`,
    });
  }
  return v;
}

/**
 * The checks of each sheet of a blind table: what the importer reads of its layout, and every clause
 * against `readings` (sheet → item number → acceptable readings; `words`: the same in words, for the
 * report of a misread).
 */
export function describeTables(
  title: string,
  file: string,
  sheets: Record<string, SheetSpec>,
  readings: Record<string, Record<string, readonly ItemReading[]>>,
  words: Record<string, Record<string, string>> = {},
): void {
  describe.each(Object.entries(sheets))(title, (sheet, spec) => {
    let t: Imported;
    beforeAll(async () => {
      t = await importSheet(file, sheet, spec.rows);
    });

    it('reads the total, sections, items, bonus/penalty rows and vetoes', () => {
      expect(t.problems).toEqual([]);
      expect(t.rubric.total).toBe(spec.total);
      const rowOf = (text: string): string => spec.rows.find((w) => squash(w.rule) === squash(text))?.no ?? `?${text}`;
      // A section the table gives no points has none, or the sum of its items'.
      const open = 'none, or the sum of its items';
      expect(
        t.rubric.sections.map((s, k) => {
          const sum = s.items.reduce((a, i) => a + atDefault(i.cap), 0);
          const given = spec.sections[k]?.[1] !== undefined;
          return [
            s.name,
            !given && (s.cap === undefined || s.cap === sum) ? open : s.cap,
            s.items.map((i) => rowOf(i.text)),
          ];
        }),
      ).toEqual(spec.sections.map(([name, cap, rows]) => [name, cap ?? open, rows]));
      // Each item's cap is its row's points (its default class where the text gives 二类 points).
      const items = t.rubric.sections.flatMap((s) => s.items);
      expect(items.map((i) => [rowOf(i.text), atDefault(i.cap)])).toEqual(
        spec.rows.filter((w) => w.role === 'base').map((w) => [w.no, w.cap]),
      );
      expect(t.rubric.adjustments.map((a) => [rowOf(a.text), a.role, a.cap])).toEqual(spec.adjustments);
      expect(t.vetoes.map((v) => v.row?.no)).toEqual(spec.vetoes);
    });

    it('reads every clause as an assessor would or flags it: misreads none', () => {
      const read = readings[sheet] ?? {};
      const all: Verdict = { total: 0, correct: [], flagged: [], misread: [] };
      const add = (v: Verdict): void => {
        all.total += v.total;
        all.correct.push(...v.correct);
        all.flagged.push(...v.flagged);
        all.misread.push(...v.misread);
      };
      for (const row of spec.rows) {
        const ctx: Ctx = { role: row.role, cap: row.cap };
        const got: Got[] = [
          ...t.parts
            .filter((p) => p.row === row)
            .flatMap((p) =>
              p.clauses.map((c) => ({ id: `${row.no}${c.id}`, norm: normGot(c, ctx), flagged: unread(c) })),
            ),
          ...t.vetoes
            .filter((v) => v.row === row)
            .map(() => ({ id: `${row.no}:veto`, norm: { kind: 'veto' }, flagged: false })),
        ];
        add(judge(words[sheet]?.[row.no] ?? '', row.no, got, read[row.no], ctx));
      }
      // Items and vetoes that come from no row of the table.
      for (const p of t.parts.filter((x) => !x.row))
        add(
          judge(
            '',
            `?${p.id}`,
            p.clauses.map((c) => ({
              id: `${p.id}${c.id}`,
              norm: normGot(c, { role: 'base', cap: 0 }),
              flagged: unread(c),
            })),
            undefined,
            { role: 'base', cap: 0 },
          ),
        );
      for (const v of t.vetoes.filter((x) => !x.row))
        add(
          judge('', `?${v.id}`, [{ id: v.id, norm: { kind: 'veto' }, flagged: false }], undefined, {
            role: 'veto',
            cap: 0,
          }),
        );

      const ids = (xs: string[]): string => (xs.length ? ` (${xs.join(' ')})` : '');
      console.log(
        `${sheet}: ${all.total} clauses, ${all.correct.length} correct, ${all.flagged.length} flagged${ids(all.flagged)}, ${all.misread.length} misread${ids(all.misread.map((m) => `${m.item}:${m.clause}`))}`,
      );
      for (const m of all.misread)
        console.log(
          `MISREAD ${sheet} ${m.item} [${m.clause}]\n  expected: ${m.expected}\n  got:      ${m.got}${m.why ? `\n  differs:  ${m.why}` : ''}`,
        );
      expect(all.misread).toEqual([]);
      expect(all.correct.length + all.flagged.length + all.misread.length).toBe(all.total);
    });
  });
}

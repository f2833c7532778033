import type { Clause, Rubric } from '../../../src/core/rubric/schema';
import type { RealBlock, RealRow } from '../../fixtures/tables/real/types';
import { squash } from '../readings';

/**
 * Which part of an imported rubric (an item or a bonus/penalty block) holds which row of a real table:
 * a row is found by its key in the part's name, group or text (rows sharing a key, by their order).
 */

export interface Part {
  readonly id: string;
  readonly kind: 'item' | 'adjustment';
  readonly role: 'base' | 'bonus' | 'penalty';
  readonly name: string;
  readonly text: string;
  readonly cap: unknown;
  readonly clauses: readonly Clause[];
  /** The section it stands in (items only). */
  readonly section?: { readonly id: string; readonly name: string; readonly cap: unknown };
}

/** What owns an expected row: an item, a bonus/penalty block, or nothing (a loose row, a veto row). */
export interface Owner {
  readonly no: string;
  readonly kind: 'item' | 'adjustment' | 'loose' | 'veto';
  readonly pool: boolean;
}

export interface Placed {
  readonly row: RealRow;
  readonly owner: Owner;
  /** The part holding it, if any. */
  part: Part | undefined;
}

export function partsOf(rubric: Rubric): Part[] {
  return [
    ...rubric.sections.flatMap((s) =>
      s.items.map((i): Part => ({
        id: i.id,
        kind: 'item',
        role: 'base',
        name: i.name,
        text: `${i.group ?? ''}|${i.text}`,
        cap: i.cap,
        clauses: i.clauses,
        section: { id: s.id, name: s.name, cap: s.cap },
      })),
    ),
    ...rubric.adjustments.map((a): Part => ({
      id: a.id,
      kind: 'adjustment',
      role: a.role,
      name: a.name,
      text: a.text,
      cap: a.cap,
      clauses: a.clauses,
    })),
  ];
}

/** Whether a part holds a row: its key in the part's words, or (exact) the part's rule or a clause is the key. */
export function holds(p: Part, r: RealRow): boolean {
  const key = squash(r.key);
  if (r.exact) return squash(p.text.split('|').pop() ?? '') === key || p.clauses.some((c) => squash(c.text) === key);
  return squash(`${p.name}|${p.text}`).includes(key);
}

/** Every expected row of a block with its owner, in table order. */
export function expectedRows(b: RealBlock): Placed[] {
  return [
    ...b.items.flatMap((i) =>
      i.rows.map((row): Placed => ({ row, owner: { no: i.no, kind: 'item', pool: i.pool === true }, part: undefined })),
    ),
    ...(b.adjustments ?? []).flatMap((a) =>
      a.rows.map((row): Placed => ({ row, owner: { no: a.no, kind: 'adjustment', pool: false }, part: undefined })),
    ),
    ...(b.loose ?? []).map((row): Placed => ({
      row,
      owner: { no: row.no, kind: 'loose', pool: false },
      part: undefined,
    })),
  ];
}

/**
 * Places each row in the part that holds it; returns the problems of placing (a key in several parts).
 * A key found in more parts than rows share it (a group name written into each part) goes to the parts
 * no other row's own key took.
 */
export function place(rows: Placed[], parts: readonly Part[]): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, Placed[]>();
  for (const p of rows) byKey.set(p.row.key, [...(byKey.get(p.row.key) ?? []), p]);
  const found = new Map(
    [...byKey].map(([key, same]) => [key, parts.filter((part) => same[0] !== undefined && holds(part, same[0].row))]),
  );
  const settled = (key: string): boolean => {
    const n = found.get(key)?.length ?? 0;
    return n <= 1 || n === byKey.get(key)?.length;
  };
  const taken = new Set([...byKey].filter(([key]) => settled(key)).flatMap(([key]) => found.get(key) ?? []));
  for (const [key, same] of byKey) {
    let at = found.get(key) ?? [];
    if (!settled(key)) {
      const free = at.filter((p) => !taken.has(p));
      if (free.length === same.length || free.length === 1) at = free;
      else
        problems.push(
          `“${key}” is in ${at.length} items (${at.map((f) => f.name).join('、')}) for ${same.length} rows`,
        );
    }
    if (at.length) same.forEach((p, k) => (p.part = at[Math.min(k, at.length - 1)]));
  }
  return problems;
}

/** The rows each part holds. */
export function rowsByPart(rows: readonly Placed[], parts: readonly Part[]): Map<Part, Placed[]> {
  const out = new Map<Part, Placed[]>(parts.map((p) => [p, []]));
  for (const r of rows) if (r.part) out.get(r.part)?.push(r);
  return out;
}

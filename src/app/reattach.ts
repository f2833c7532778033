import { builtinRubrics, type Builtin } from '../core/builtin';
import { replanStore } from '../core/audit/replan';
import { parseStore } from '../core/plan/store';
import { type CheckedSheet, sheetsOfPlan } from './check';
import type { WorkbookPort } from './port';

export type Reattached =
  | { readonly found: false }
  | { readonly found: true; readonly ok: false; readonly detail: string }
  | {
      readonly found: true;
      readonly ok: true;
      /** The rubric stored in the workbook, validated with loadRubric. */
      readonly builtin: Builtin;
      readonly sheets: readonly CheckedSheet[];
      /** A built-in rubric has the same id but other content: the workbook's copy is the one used. */
      readonly differsFromBuiltin: boolean;
    };

/** Canonical JSON (keys sorted) so two loaded rubrics compare by content, not key order. */
const canon = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : x,
  );

/**
 * A workbook made earlier (by the add-in or `kaohe new`): its stored rubric, units and sheets,
 * read from the `_kaohe` store in one Excel.run of at most 2 syncs, so the pane can check it
 * without inserting again.
 */
export async function reattach(port: WorkbookPort): Promise<Reattached> {
  const rows = await port.readStore();
  if (rows === undefined) return { found: false };
  const store = parseStore(rows);
  if (!store) return { found: true, ok: false, detail: 'store-unreadable' };
  const r = replanStore(store);
  if (!r.ok) return { found: true, ok: false, detail: r.detail };
  const same = builtinRubrics().get(r.builtin.rubric.id);
  return {
    found: true,
    ok: true,
    builtin: same && canon(same.rubric) === canon(r.builtin.rubric) ? same : r.builtin,
    sheets: sheetsOfPlan(r.planned),
    differsFromBuiltin: same !== undefined && canon(same.rubric) !== canon(r.builtin.rubric),
  };
}

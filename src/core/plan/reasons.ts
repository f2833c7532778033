import { planUnitSheet } from './unit';
import type { PlannedWorkbook } from './workbook';

/** One unit sheet's row heights and page breaks, to set on a workbook already made. */
export interface SheetPages {
  readonly sheet: string;
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly rowBreaks: readonly number[];
}

/**
 * The rows of each unit sheet once its 扣分依据 are written, and where its pages then break: a
 * reason never runs past its item's rows (merged cells do not grow in Excel), and pages still
 * break between items. Only heights and breaks change; every cell, merge and label stays where the
 * plan puts it, so the audit sees the same sheet. Layout 1 sheets fit their page and are left alone.
 */
export function pagesWithReasons(
  planned: PlannedWorkbook,
  reasons: readonly { readonly unit: string; readonly basis: Readonly<Record<string, string>> }[],
): SheetPages[] {
  if (planned.store.layout === 1) return [];
  return planned.units.map((u) => {
    const basis = reasons.find((r) => r.unit === u.unit)?.basis ?? {};
    const { plan } = planUnitSheet(u.graph, u.unit, {
      sheet: u.sheet,
      layout: planned.store.layout,
      ...planned.store.options,
      basis,
    });
    return { sheet: u.sheet, rowHeights: plan.rowHeights, rowBreaks: plan.print.rowBreaks ?? [] };
  });
}

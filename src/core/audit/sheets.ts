import type { Finding } from '../engine/findings';
import { NOTICE_SHEET, STORE_SHEET } from '../plan/names';
import type { SheetPlan } from '../plan/types';
import type { PlannedWorkbook } from '../plan/workbook';
import type { AuditBook, AuditSheet } from './types';

const same = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** A sheet that is probably the plan's sheet under another name: its unit name cell or title still matches. */
function looksLike(p: SheetPlan, pw: PlannedWorkbook, s: AuditSheet): boolean {
  const pu = pw.units.find((u) => u.sheet === p.name);
  if (pu) return String(s.cell(pu.cells.unit).value ?? '') === pu.unit;
  const title = p.cells.find((c) => c.address === 'A1')?.value;
  return title !== undefined && title !== null && s.cell('A1').value === title;
}

/**
 * Which sheet of the book stands for each sheet of the plan; findings for sheets deleted,
 * renamed, hidden, rows hidden, and sheets the plan does not know (listed for information).
 */
export function matchSheets(
  book: AuditBook,
  pw: PlannedWorkbook,
): { found: Map<string, AuditSheet>; findings: Finding[] } {
  const findings: Finding[] = [];
  const found = new Map<string, AuditSheet>();
  const planSheets = pw.plan.sheets.filter((s) => s.kind !== 'store');
  const byName = (n: string): AuditSheet | undefined => book.sheets.find((s) => same(s.name, n));
  const unknown = book.sheets.filter(
    (s) => !pw.plan.sheets.some((p) => same(p.name, s.name)) && !same(s.name, NOTICE_SHEET),
  );
  const claimed = new Set<string>();
  for (const p of planSheets) {
    let s = byName(p.name);
    if (!s) {
      s = unknown.find((u) => !claimed.has(u.name) && looksLike(p, pw, u));
      if (s) {
        claimed.add(s.name);
        findings.push({
          code: 'audit-sheet-renamed',
          severity: 'error',
          sheet: s.name,
          cell: 'A1',
          params: { sheet: p.name, now: s.name },
        });
      } else {
        findings.push({ code: 'sheet-missing', severity: 'error', sheet: p.name, params: { sheet: p.name } });
        continue;
      }
    }
    found.set(p.name, s);
    if (s.state !== p.visibility) {
      findings.push({
        code: 'audit-sheet-hidden',
        severity: 'error',
        sheet: s.name,
        cell: 'A1',
        params: { sheet: s.name, state: s.state },
      });
    }
    if (s.hiddenRows.length > 0) {
      const rows = s.hiddenRows.slice(0, 8).join('、') + (s.hiddenRows.length > 8 ? '…' : '');
      findings.push({
        code: 'audit-rows-hidden',
        severity: 'error',
        sheet: s.name,
        cell: `A${s.hiddenRows[0] ?? 1}`,
        params: { rows, count: s.hiddenRows.length },
      });
    }
  }
  const store = byName(STORE_SHEET);
  if (store && store.state === 'visible') {
    findings.push({ code: 'audit-store-visible', severity: 'warning', sheet: store.name, cell: 'A1', params: {} });
  } else if (store && store.state === 'hidden') {
    // LibreOffice (and WPS) cannot write "very hidden": a re-save makes it plainly hidden. Noted only.
    findings.push({ code: 'audit-store-hidden', severity: 'info', sheet: store.name, cell: 'A1', params: {} });
  }
  for (const u of unknown) {
    if (claimed.has(u.name)) continue;
    // A copy of a unit sheet ("甲镇 (2)"): whatever is typed in it is never read or scored.
    const original = planSheets.find(
      (p) => found.has(p.name) && looksLike(p, pw, u) && pw.units.some((x) => x.sheet === p.name),
    );
    if (original)
      findings.push({
        code: 'audit-sheet-copied',
        severity: 'error',
        sheet: u.name,
        cell: 'A1',
        params: { sheet: original.name, copy: u.name },
      });
    else findings.push({ code: 'audit-sheet-extra', severity: 'info', sheet: u.name, params: { sheet: u.name } });
  }
  return { found, findings };
}

import type { Finding } from '../engine/findings';
import type { SheetPlan } from '../plan/types';
import type { AuditSheet } from './types';

const normalRange = (r: string): string => r.replace(/\$/g, '').toUpperCase();

/**
 * What a sheet's layout says about edits the cells do not show: merged ranges of the plan that
 * were split (only possible after lifting the protection), a sheet locked with a password the
 * office does not know (a reviewer can no longer unprotect it to inspect or restore a formula),
 * and a sheet left unprotected (noted; edits in it are found cell by cell). Skip merges when rows
 * were deleted or inserted: the ranges moved with them and the shift is reported instead.
 */
export function layoutFindings(p: SheetPlan, s: AuditSheet, shifted: boolean): Finding[] {
  const out: Finding[] = [];
  if (s.merges && !shifted && p.merges.length > 0) {
    const have = new Set(s.merges.map(normalRange));
    const broken = p.merges.filter((m) => !have.has(normalRange(m)));
    if (broken.length > 0) {
      const first = broken[0] ?? '';
      const ranges = broken.slice(0, 6).join('、') + (broken.length > 6 ? '…' : '');
      out.push({
        code: 'audit-merge-broken',
        severity: 'error',
        sheet: s.name,
        cell: first.split(':')[0] ?? 'A1',
        params: { ranges, count: broken.length },
      });
    }
  }
  if (s.protection && p.protect) {
    if (s.protection.protected && s.protection.password) {
      out.push({
        code: 'audit-sheet-password',
        severity: 'error',
        sheet: s.name,
        cell: 'A1',
        params: { sheet: s.name },
      });
    } else if (!s.protection.protected) {
      out.push({
        code: 'audit-sheet-unprotected',
        severity: 'info',
        sheet: s.name,
        cell: 'A1',
        params: { sheet: s.name },
      });
    }
  }
  return out;
}

import type { Finding } from '../engine/findings';
import { colIndex, colLetter } from '../plan/grid';
import type { SheetPlan, ValidationPlan } from '../plan/types';
import type { AuditSheet, ReadValidation } from './types';

/**
 * Tampering that leaves every value and formula in place but changes what a reader sees or may
 * type: a number format that shows another figure than the cell holds (`"95.00"` on a total of
 * 72.66, `;;;` to show nothing), a hidden column, and data validation removed or loosened so that
 * any entry goes in. Each reader says what it can read; what it cannot is not judged.
 */

/** Formats that show the number itself: General, or digits with a fixed or optional decimal part. */
const plainFormat = (f: string): boolean => /^(General|#,##0|0)(\.(0+|#+|0+#+))?$/i.test(f);

function expand(range: string): string[] {
  const [a, b = a] = range.replace(/\$/g, '').split(':');
  const p = (x: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(x);
    return m ? [colIndex(m[1] ?? 'A'), Number(m[2])] : [0, 0];
  };
  const [c0, r0] = p(a ?? '');
  const [c1, r1] = p(b ?? '');
  const out: string[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(`${colLetter(c)}${r}`);
  return out;
}

const list = (cells: readonly string[]): string => cells.slice(0, 6).join('、') + (cells.length > 6 ? '…' : '');
const listItems = (f: string | undefined): string[] =>
  (f ?? '')
    .replace(/^"|"$/g, '')
    .split(',')
    .map((x) => x.trim());

/** What a validation read back lets through that the plan's did not; undefined when it is as strict. */
function loosened(v: ValidationPlan, got: ReadValidation): string | undefined {
  if (got.type !== v.type) return `类型 ${v.type} → ${got.type}`;
  if (!got.showErrorMessage || got.errorStyle !== 'stop') return '不再拒绝不合规的录入';
  if (v.type === 'list') {
    const extra = listItems(got.formulae[0]).filter((x) => !(v.list ?? []).includes(x));
    return extra.length ? `可选项多了 ${extra.join('、')}` : undefined;
  }
  const min = Number(got.formulae[0]);
  if (v.min !== undefined && !(min >= v.min)) return `下限 ${v.min} → ${got.formulae[0] ?? ''}`;
  if (v.max !== undefined) {
    const max = Number(got.formulae[1]);
    if (got.operator !== 'between' || !(max <= v.max)) return `上限 ${v.max} → ${got.formulae[1] ?? '无'}`;
  }
  return undefined;
}

function validationFindings(p: SheetPlan, s: AuditSheet): Finding[] {
  if (!s.validation) return [];
  const removed: string[] = [];
  const loose: { cell: string; how: string }[] = [];
  for (const v of p.validations) {
    for (const a of expand(v.range)) {
      const got = s.validation(a);
      if (got === null) removed.push(a);
      else {
        const how = loosened(v, got);
        if (how) loose.push({ cell: a, how });
      }
    }
  }
  const out: Finding[] = [];
  if (removed.length)
    out.push({
      code: 'audit-validation-removed',
      severity: 'error',
      sheet: s.name,
      cell: removed[0] ?? 'A1',
      params: { cells: list(removed), count: removed.length },
    });
  if (loose.length)
    out.push({
      code: 'audit-validation-loosened',
      severity: 'error',
      sheet: s.name,
      cell: loose[0]?.cell ?? 'A1',
      params: { cells: list(loose.map((x) => x.cell)), count: loose.length, how: loose[0]?.how ?? '' },
    });
  return out;
}

function formatFindings(p: SheetPlan, s: AuditSheet): Finding[] {
  const out: Finding[] = [];
  for (const c of p.cells) {
    if (c.formula === undefined) continue;
    const fmt = s.cell(c.address).numFmt;
    if (fmt === undefined || fmt === c.numFmt || plainFormat(fmt)) continue;
    out.push({
      code: 'audit-number-format',
      severity: 'error',
      sheet: s.name,
      cell: c.address,
      params: { cell: c.address, format: fmt },
    });
  }
  return out;
}

function columnFindings(p: SheetPlan, s: AuditSheet): Finding[] {
  const hidden = (s.hiddenColumns ?? []).filter((c) => !(p.hiddenColumns ?? []).includes(c));
  if (hidden.length === 0) return [];
  const cols = hidden.map(colLetter);
  return [
    {
      code: 'audit-columns-hidden',
      severity: 'error',
      sheet: s.name,
      cell: `${cols[0] ?? 'A'}1`,
      params: { cols: list(cols), count: hidden.length },
    },
  ];
}

/** Everything above, for one sheet whose layout did not move (moved cells are judged by the move). */
export function presentationFindings(p: SheetPlan, s: AuditSheet): Finding[] {
  return [...columnFindings(p, s), ...validationFindings(p, s), ...formatFindings(p, s)];
}

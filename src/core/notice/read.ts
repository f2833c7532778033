import { NC, typedColumnOf } from '../plan/notice';
import { KEY_SEP, statuses, typedColumns, type Typed } from './rows';

type Plain = string | number | boolean | null | undefined;

/**
 * What people typed into an existing notice sheet, by row key (the hidden column O). Values the
 * notice itself put there are not "typed": the default 未整改, and a deadline equal to the one
 * generated for that row (hidden column P), so a refresh can give a new default instead.
 */
export function readNoticeTyped(cell: (address: string) => Plain, lastRow: number): Map<string, Typed> {
  const out = new Map<string, Typed>();
  for (let r = 1; r <= lastRow; r++) {
    const key = cell(`${NC.key}${r}`);
    if (typeof key !== 'string' || !key.includes(KEY_SEP)) continue;
    const typed: Typed = { ...(out.get(key) ?? {}) };
    const generated = text(cell(`${NC.defaultDeadline}${r}`));
    for (const col of typedColumns) {
      const v = text(cell(`${typedColumnOf[col]}${r}`));
      if (v === '') continue;
      if (col === 'status' && v === statuses[0]) continue;
      if (col === 'deadline' && v === generated) continue;
      typed[col] = v;
    }
    out.set(key, typed);
  }
  return out;
}

function text(v: Plain): string {
  if (v === null || v === undefined) return '';
  return String(v).trim() === '' ? '' : String(v);
}

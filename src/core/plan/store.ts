import type { CellPlan, SheetPlan } from './types';
import { STORE_SHEET } from './names';
import { colLetter } from './grid';

/**
 * The very hidden '_kaohe' sheet: the rubric (and ranking rule) as JSON, the units and their
 * sheets, and a fingerprint of every generated formula, so any copy of the workbook can be
 * re-checked without the rubric file. A cell holds at most 32767 characters, so long JSON is
 * chunked across a row.
 */
export const STORE_FORMAT = 'kaohe-workbook/1';
const CHUNK = 30000;

export interface StoredUnit {
  readonly unit: string;
  readonly sheet: string;
  readonly cls?: string;
}

export interface StoreData {
  readonly rubric: unknown;
  readonly ranking?: unknown;
  readonly units: readonly StoredUnit[];
  readonly options: { readonly date?: string; readonly team?: string };
  /** sheet name → how many formulas and a hash over them (see fingerprint.ts) */
  readonly fingerprints: Readonly<Record<string, { readonly formulas: number; readonly hash: string }>>;
}

const keys = ['rubric', 'ranking', 'units', 'options', 'fingerprints'] as const;

export function planStoreSheet(data: StoreData): SheetPlan {
  const cells: CellPlan[] = [
    { address: 'A1', value: STORE_FORMAT },
    { address: 'B1', value: '考核计分助手数据（请勿修改）' },
  ];
  keys.forEach((key, i) => {
    const row = i + 2;
    const v = data[key];
    if (v === undefined) return;
    const text = JSON.stringify(v);
    cells.push({ address: `A${row}`, value: key });
    for (let k = 0, c = 2; k < text.length; k += CHUNK, c++) {
      cells.push({ address: `${colLetter(c)}${row}`, value: text.slice(k, k + CHUNK) });
    }
  });
  return {
    name: STORE_SHEET,
    kind: 'store',
    cells,
    merges: [],
    columnWidths: [],
    rowHeights: {},
    validations: [],
    conditionals: [],
    protect: true,
    print: { orientation: 'portrait', fitToWidth: false },
    visibility: 'veryHidden',
  };
}

/** Reads the store back from its rows of cell texts; undefined if it is not one of ours. */
export function parseStore(rows: readonly (readonly (string | undefined)[] | undefined)[]): StoreData | undefined {
  if (rows[0]?.[0] !== STORE_FORMAT) return undefined;
  const found: Record<string, unknown> = {};
  for (const row of rows.slice(1)) {
    const key = row?.[0];
    if (key === undefined || !(keys as readonly string[]).includes(key)) continue;
    try {
      found[key] = JSON.parse((row ?? []).slice(1).join(''));
    } catch {
      return undefined;
    }
  }
  if (found.rubric === undefined || !Array.isArray(found.units)) return undefined;
  return {
    rubric: found.rubric,
    ...(found.ranking !== undefined ? { ranking: found.ranking } : {}),
    units: found.units as StoredUnit[],
    options: (found.options ?? {}) as StoreData['options'],
    fingerprints: (found.fingerprints ?? {}) as StoreData['fingerprints'],
  };
}

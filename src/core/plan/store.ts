import type { CellPlan, SheetPlan } from './types';
import { STORE_SHEET } from './names';
import { colLetter } from './grid';

/**
 * The very hidden '_kaohe' sheet: the rubric (and ranking rule) as JSON, the units and their
 * sheets, and a fingerprint of every generated formula, so any copy of the workbook can be
 * re-checked without the rubric file. A cell holds at most 32767 characters, so long JSON is
 * chunked across a row.
 */
export const STORE_FORMAT = 'kaohe-workbook/2';
const CHUNK = 30000;

/**
 * The sheet layout a workbook was made with, told by its store's format: 1 (until 2026-12: twelve
 * columns printed whole), 2 (the printed columns first, paged between items). The plan of an old
 * workbook is rebuilt with its own layout, so its cells are found and audited where they are.
 */
export type Layout = 1 | 2;
export const CURRENT_LAYOUT: Layout = 2;
const FORMATS: Readonly<Record<string, Layout>> = { 'kaohe-workbook/1': 1, [STORE_FORMAT]: 2 };
const formatOf = (layout: Layout): string => `kaohe-workbook/${layout}`;

export interface StoredUnit {
  readonly unit: string;
  readonly sheet: string;
  readonly cls?: string;
}

export interface StoreData {
  /** From the format in A1, not stored as a key. */
  readonly layout: Layout;
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
    { address: 'A1', value: formatOf(data.layout) },
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
  const layout = FORMATS[rows[0]?.[0] ?? ''];
  if (layout === undefined) return undefined;
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
    layout,
    rubric: found.rubric,
    ...(found.ranking !== undefined ? { ranking: found.ranking } : {}),
    units: found.units as StoredUnit[],
    options: (found.options ?? {}) as StoreData['options'],
    fingerprints: (found.fingerprints ?? {}) as StoreData['fingerprints'],
  };
}

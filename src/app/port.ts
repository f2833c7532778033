import type { Finding } from '../core/engine/findings';
import type { Grid } from '../core/import/header';
import type { WorkbookPlan } from '../core/plan/types';

/**
 * Where one unit's table lives: its sheet, the cell of every input and 扣分依据, and the formulas
 * the plan put there. Read-back, live checks and "formula typed over" all work from this.
 */
export interface UnitSheetMap {
  readonly sheet: string;
  readonly unit: string;
  readonly cls?: string;
  /** input id → cell address. */
  readonly inputs: Readonly<Record<string, string>>;
  /** item id → address of its 扣分依据 cell. */
  readonly basis: Readonly<Record<string, string>>;
  /** address → the formula the plan wrote there (with `=`). */
  readonly formulas: Readonly<Record<string, string>>;
  readonly total?: string;
  readonly grade?: string;
}

export type CellValue = string | number | boolean | null;

/** Cells read back from one sheet: values and, where a formula is expected, what is there now. */
export interface SheetReadback {
  readonly sheet: string;
  readonly values: Readonly<Record<string, CellValue>>;
  readonly formulas: Readonly<Record<string, string>>;
  /** Number formats other than General, by cell: what the user sees is the value through them. */
  readonly formats?: Readonly<Record<string, string>>;
  /** The sheet's name now, when the user renamed it (it is still found, by its id). */
  readonly now?: string;
  /** The sheet is gone (deleted by the user): nothing could be read. */
  readonly missing?: boolean;
}

/** 恢复公式: done, or the sheet is protected with a password the user has to give. */
export type RestoreOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: 'password' };

export interface InsertProgress {
  readonly step: number;
  readonly steps: number;
}

export interface InsertResult {
  /** Sheets that already exist and were not cleared for replacing: nothing was written. */
  readonly clashes: readonly string[];
  readonly inserted: readonly string[];
}

/** A whole sheet as read in one go: its used range from `origin` (1-based row and column). */
export interface GridSheet {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: readonly (readonly CellValue[])[];
  /** Formulas with `=`, or the constant where there is none (as Excel's `range.formulas` gives them). */
  readonly formulas: readonly (readonly CellValue[])[];
  /** Number formats other than General ('' for General), when the reader can tell. */
  readonly formats?: readonly (readonly string[])[];
}

/** The `_kaohe` store sheet as rows of cell texts (row 1 first; empty cells undefined). */
export type StoreRows = readonly (readonly (string | undefined)[])[];

/** The sheet the user is on, read as a table for the importer. */
export interface ActiveTable {
  readonly sheet: string;
  /** Cell texts and merged areas, 0-based from the used range's top-left cell. */
  readonly grid: Grid;
  /** Whether merged areas could be read (ExcelApi 1.13); without them merged cells read as empty. */
  readonly merges: boolean;
}

/** What the pane needs from the host about its abilities. */
export interface PortSupport {
  /** Read a workbook: re-attach, 检查全部, audit, import. */
  readonly canRead: boolean;
  /** Checks as cells change, and 恢复公式. */
  readonly liveChecks: boolean;
  /** Insert sheets and write the notice. */
  readonly canInsert: boolean;
  /** A file can be saved through a browser download. */
  readonly downloads: boolean;
  readonly missing: readonly string[];
}

/**
 * Everything the task pane asks of a workbook. The office-js adapter implements it; tests and the
 * browser e2e drive the pane through it (or through a fake Excel under the adapter).
 */
export interface WorkbookPort {
  support(): PortSupport;
  /** Sheet names of the plan that already exist in the workbook. */
  clashes(plan: WorkbookPlan): Promise<readonly string[]>;
  /** Writes the plan; sheets named in `replace` are replaced, any other clash stops it. */
  insert(
    plan: WorkbookPlan,
    replace: readonly string[],
    onProgress?: (p: InsertProgress) => void,
  ): Promise<InsertResult>;
  /** Reads every input, 扣分依据 and expected-formula cell of the given unit sheets. */
  read(maps: readonly UnitSheetMap[]): Promise<readonly SheetReadback[]>;
  /**
   * Calls `onChange` with the cells of `maps` that the user changed (never the add-in's own
   * writes), and `onError` when such a check fails. Resolves to a function that stops watching.
   */
  watch(
    maps: readonly UnitSheetMap[],
    onChange: (changed: SheetReadback) => void,
    onError?: (e: unknown) => void,
  ): Promise<() => Promise<void>>;
  select(sheet: string, cell: string): Promise<void>;
  /** Writes the plan's formula back into a cell a user typed over; `password` when the user gave one. */
  restore(sheet: string, cell: string, formula: string, password?: string): Promise<RestoreOutcome>;
  /** Every sheet with its visibility and used range (values and formulas): for audit and notices. */
  readAll(): Promise<readonly GridSheet[]>;
  /** The `_kaohe` store of a workbook made earlier; undefined when there is none (≤2 syncs). */
  readStore(): Promise<StoreRows | undefined>;
  /** The active sheet's used range and merged areas, for 从当前表导入 (1 sync). */
  readActiveTable(): Promise<ActiveTable>;
  /** The name of the sheet the user is on. */
  activeSheet(): Promise<string | null>;
  /** Calls back when the user moves to another sheet; resolves to a function that stops it. */
  onActivate?(cb: (sheet: string) => void): Promise<() => Promise<void>>;
}

export type { Finding };

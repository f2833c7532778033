import type { StoreData } from '../plan/store';

/** A workbook as read back for auditing: every sheet with its state, and the parsed store. */
export type Plain = string | number | boolean | null;

export interface AuditCell {
  readonly value: Plain;
  /** With the leading `=`. */
  readonly formula?: string;
  /** The cached result saved beside a formula. */
  readonly result?: Plain;
  /** The number format, when it is not General: what a reader sees is the value through it. */
  readonly numFmt?: string;
  /** A cell inside a merged range other than its top-left one: formulas see it as empty. */
  readonly merged?: true;
}

/** A cell's data validation as read back, normalised across readers (formulas as text). */
export interface ReadValidation {
  readonly type: string;
  readonly operator?: string;
  readonly formulae: readonly string[];
  /** Excel shows the error (and refuses the entry, with errorStyle stop) only when this is on. */
  readonly showErrorMessage: boolean;
  readonly errorStyle: string;
}

export interface AuditSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly hiddenRows: readonly number[];
  cell(address: string): AuditCell;
  /** Merged ranges (`A1:L1`), when the reader can tell; undefined skips the merge check. */
  readonly merges?: readonly string[];
  /** Sheet protection, when the reader can tell: on at all, and with a password (any form). */
  readonly protection?: { readonly protected: boolean; readonly password: boolean };
  /** Hidden columns (1 = A), when the reader can tell. */
  readonly hiddenColumns?: readonly number[];
  /** The validation on a cell (null: none), when the reader can tell; undefined skips the check. */
  readonly validation?: (address: string) => ReadValidation | null;
}

export interface AuditBook {
  readonly file: string;
  readonly sheets: readonly AuditSheet[];
  /** The '_kaohe' store, parsed; undefined when the sheet is missing or unreadable. */
  readonly store: StoreData | undefined;
  /** True when a '_kaohe' sheet exists (even if its content cannot be parsed). */
  readonly hasStoreSheet: boolean;
}

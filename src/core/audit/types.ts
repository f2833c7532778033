import type { StoreData } from '../plan/store';

/** A workbook as read back for auditing: every sheet with its state, and the parsed store. */
export type Plain = string | number | boolean | null;

export interface AuditCell {
  readonly value: Plain;
  /** With the leading `=`. */
  readonly formula?: string;
  /** The cached result saved beside a formula. */
  readonly result?: Plain;
}

export interface AuditSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly hiddenRows: readonly number[];
  cell(address: string): AuditCell;
  /** Merged ranges (`A1:L1`), when the reader can tell; undefined skips the merge check. */
  readonly merges?: readonly string[];
  /** Sheet protection, when the reader can tell: on at all, and with a password. */
  readonly protection?: { readonly protected: boolean; readonly password: boolean };
}

export interface AuditBook {
  readonly file: string;
  readonly sheets: readonly AuditSheet[];
  /** The '_kaohe' store, parsed; undefined when the sheet is missing or unreadable. */
  readonly store: StoreData | undefined;
  /** True when a '_kaohe' sheet exists (even if its content cannot be parsed). */
  readonly hasStoreSheet: boolean;
}

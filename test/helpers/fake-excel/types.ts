/**
 * The fake workbook's data: plain objects a snapshot can carry into the browser e2e. Also the
 * shape of a queued operation, which keeps the object path office.js would send for it, so a
 * request can be sized as office.js serializes it (see payload.ts).
 */

export interface FakeCell {
  /** What `range.values` gives: a number for a date or a percentage, the text otherwise. */
  value: string | number | boolean;
  /** What `range.formulas` gives: the formula in Excel's own spelling, or the value. */
  formula: string;
  /** `range.numberFormat`; absent means "General". */
  numberFormat?: string;
}

export interface FakeProtection {
  protected: boolean;
  options: Record<string, boolean>;
  password: string;
}

export type Handler = (args: unknown) => Promise<void> | void;

export interface FakeSheet {
  id: string;
  name: string;
  visibility: string;
  position: number;
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: { address: string; rule: unknown; prompt?: unknown; errorAlert?: unknown }[];
  conditionals: { address: string; type: string; settings: Record<string, unknown> }[];
  /** Format properties set on each cell (`fill.color`, `font.bold`, `borders.EdgeTop.style` …). */
  looks: Map<string, Record<string, unknown>>;
  columnWidths: Record<string, number>;
  rowHeights: Record<number, number>;
  hiddenColumns: string[];
  /** pageLayout properties as set (`orientation`, `zoom`, `leftMargin`, `headersFooters…` …). */
  pageLayout: Record<string, unknown>;
  /** Rows a manual page break comes before (`horizontalPageBreaks.add('A12')` → 12). */
  pageBreaks: number[];
  unlocked: Set<string>;
  protected: boolean;
  protection: FakeProtection;
  frozen: string | null;
  handlers: Handler[];
  selectionHandlers: Handler[];
}

export interface FakeSnapshot {
  readonly active: string | null;
  readonly sheets: readonly (Omit<FakeSheet, 'handlers' | 'selectionHandlers' | 'cells' | 'unlocked' | 'looks'> & {
    cells: [string, FakeCell][];
    unlocked: string[];
    looks: [string, Record<string, unknown>][];
  })[];
}

export interface SyncRecord {
  /** Request size as office.js serializes the batch (UTF-8 bytes of its JSON body). */
  readonly bytes: number;
  /** Response size: the JSON the host answers with for the batch's loads. */
  readonly response: number;
  readonly ops: number;
}

/** One step of an object path: a property, a method call, or a collection indexer (getItem). */
export type Seg =
  | { readonly k: 'p'; readonly n: string }
  | { readonly k: 'c'; readonly n: string; readonly a: readonly unknown[] }
  | { readonly k: 'i'; readonly a: readonly unknown[] };

/** An API object as office.js addresses it: its parent and the step from it (none for the root). */
export interface PathNode {
  readonly uid: number;
  readonly parent?: PathNode;
  readonly seg?: Seg;
}

let uids = 0;
/** A new object path: a step from `parent` (none for the workbook root). */
export const node = (parent: PathNode | undefined, seg?: Seg): PathNode => ({
  uid: ++uids,
  ...(parent ? { parent } : {}),
  ...(seg ? { seg } : {}),
});

export interface Op {
  readonly node: PathNode;
  /** 'make' creates the object at `node` itself (worksheets.add, copy): office.js sends no action but its path. */
  readonly kind: 'set' | 'call' | 'load' | 'make';
  readonly name: string;
  readonly args: readonly unknown[];
  /** Applies the operation; a load returns the data the host sends back for it. */
  readonly apply: () => unknown;
  /** A write that raises onChanged (Excel fires it for the add-in's own writes too). */
  readonly write?: { readonly sheet: () => FakeSheet; readonly address: string };
}

/** An error as Excel reports it: a code from the Excel.ErrorCodes list and a message. */
export function excelError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`fake Excel: ${message}`), { code });
}

export class NotLoaded extends Error {
  code = 'PropertyNotLoaded';
  constructor(what: string) {
    super(`fake Excel: ${what} is not loaded (call load() and sync() first)`);
  }
}

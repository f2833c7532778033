/**
 * A sheet plan: everything a writer needs to make one worksheet, as plain data. The .xlsx writer
 * (ExcelJS) and the office-js writer both apply the same plan, so the CLI and the add-in make the
 * same sheet. Addresses are A1 style on the plan's own sheet.
 */

/** Named looks; each writer maps a name to its own styling API. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'label'
  | 'header'
  | 'section'
  | 'text'
  | 'rule'
  | 'number'
  | 'input'
  | 'inputText'
  | 'formula'
  | 'subtotal'
  | 'total'
  | 'grade'
  | 'note'
  /** Letter text of a notice: no border, left aligned. */
  | 'letter'
  /** Issuing office and date under a notice: right aligned, no border. */
  | 'signature';

export interface CellPlan {
  readonly address: string;
  /** A constant. Text typed by users is always written as text, never as a formula. */
  readonly value?: string | number | boolean | null;
  /** A formula with its leading `=`, built by src/core/formula. */
  readonly formula?: string;
  readonly style?: CellStyle;
  /** Number format, e.g. `0.00`. */
  readonly numFmt?: string;
  /** Input cells are unlocked; everything else stays locked when the sheet is protected. */
  readonly unlocked?: boolean;
}

export interface ValidationPlan {
  /** A1 range, e.g. `G7` or `G7:G9`. */
  readonly range: string;
  readonly type: 'whole' | 'decimal' | 'list';
  readonly min?: number;
  readonly max?: number;
  readonly list?: readonly string[];
  /** Where a list too long to type into the rule (Excel keeps 255 characters) is read from, e.g. `=$M$80:$M$88`. */
  readonly source?: string;
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

export type ConditionalPlan =
  | {
      readonly type: 'expression';
      readonly range: string;
      /** A formula relative to the top-left cell of the range, without `=`. */
      readonly formula: string;
      readonly look: 'missing-basis' | 'bad-entry' | 'overwritten' | 'lost';
    }
  | { readonly type: 'dataBar'; readonly range: string; readonly color: string }
  | {
      readonly type: 'colorScale';
      readonly range: string;
      readonly colors: readonly [string, string, string];
    };

export interface SheetPlan {
  readonly name: string;
  readonly kind: 'unit' | 'summary' | 'notice' | 'store';
  readonly cells: readonly CellPlan[];
  readonly merges: readonly string[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly validations: readonly ValidationPlan[];
  readonly conditionals: readonly ConditionalPlan[];
  /** Rows and columns frozen above and left of this cell, e.g. `A6`. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Protected without a password, so a reviewer can unprotect and inspect. */
  readonly protect: boolean;
  readonly print: {
    readonly orientation: 'portrait' | 'landscape';
    readonly fitToWidth: boolean;
    /** Rows repeated on every printed page, e.g. `5:6`. */
    readonly repeatRows?: string;
    /** A manual page break after each of these rows (a notice starts each unit on a new page). */
    readonly rowBreaks?: readonly number[];
    /** Text centred at the top of every printed page. */
    readonly header?: string;
    /**
     * The sheet's own name (a unit sheet's is its unit) centred at the top of every printed page,
     * as the page-header code `&A`: every page of a unit's 计分表 says whose it is, and sheets of one
     * layout keep one plan for the add-in to copy.
     */
    readonly sheetNameHeader?: boolean;
    /**
     * The cells that print, e.g. `A1:G60` (a unit sheet prints its first seven columns; the entry
     * columns to their right stay on screen). Unset: everything that has content prints.
     */
    readonly printArea?: string;
  };
  /** Columns (1 = A) kept hidden: the notice's row keys. */
  readonly hiddenColumns?: readonly number[];
  /** 'visible' | 'hidden' | 'veryHidden' (the stored rubric). */
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
}

/** A whole workbook: sheets in order, and workbook-level defined names. */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly { readonly name: string; readonly ref: string }[];
}

/** Where one unit's nodes and inputs live on its sheet, so readers and auditors can find them. */
export interface UnitCells {
  readonly unit: string;
  readonly cls: string;
  readonly date: string;
  readonly team: string;
  readonly base: string;
  readonly total: string;
  readonly grade: string;
  readonly composite?: string;
  /** section id → subtotal cell */
  readonly sections: Readonly<Record<string, string>>;
  /** item id (and adjustment id) → 项目得分 cell */
  readonly items: Readonly<Record<string, string>>;
  /** `itemId/clauseId` → 得分 cell */
  readonly clauses: Readonly<Record<string, string>>;
  /** input id → 录入 cell */
  readonly inputs: Readonly<Record<string, string>>;
  /** item id → 扣分依据 cell */
  readonly basis: Readonly<Record<string, string>>;
  /** every graph node placed on the sheet → its cell */
  readonly nodes: Readonly<Record<string, string>>;
}

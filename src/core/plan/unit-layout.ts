import type { ClausePlan, ItemPlan, UnitGraph } from '../engine/graph';
import type { InputSpec } from '../rules/inputs';
import type { Grid } from './grid';
import type { Layout } from './store';
import type { SheetPlan, UnitCells } from './types';

/** Which column holds what on a unit sheet. */
export interface UnitColumns {
  readonly no: string;
  readonly section: string;
  readonly item: string;
  readonly text: string;
  readonly points: string;
  readonly label: string;
  readonly input: string;
  readonly lost: string;
  readonly score: string;
  readonly itemScore: string;
  readonly basis: string;
  readonly reading: string;
}

export type HeaderCells = Pick<UnitCells, 'unit' | 'cls' | 'date' | 'team'>;
export type TotalStyle = 'subtotal' | 'total' | 'grade';

/** Rows of the table as it was laid out: each item's rows, and each block under a name in column B. */
export interface TableRuns {
  readonly items: readonly (readonly [number, number])[];
  readonly blocks: readonly { readonly title: string; readonly r0: number; readonly r1: number }[];
  /** The 总分 row: it, 等次 and the rows after them close the table. */
  readonly tail: number;
}

/**
 * The frame of a unit sheet in one layout (see store.ts `Layout`): columns, heading, the rows that
 * are not items, and the page. src/core/plan/unit.ts lays the items out the same way in every layout.
 */
export interface UnitLayout {
  readonly version: Layout;
  readonly C: UnitColumns;
  readonly widths: readonly number[];
  /** Rows above the table: title, subtitle, header block, column headings. */
  readonly headerRows: number;
  /** Number format of the clause-level 扣分 and 得分 cells. */
  readonly clauseFormat?: string;
  header(g: Grid, graph: UnitGraph, unit: string, o: { readonly date?: string; readonly team?: string }): HeaderCells;
  /** The constants of a 小计 / 合计 / 总分 / 等次 row; its formula goes into column C.itemScore. */
  totalRow(g: Grid, row: number, label: string, style: TotalStyle, points?: number, text?: string): void;
  /** A row that asks one flag or score (一票否决, 取消评先, 排名约束, 综合评分): its text; where the input goes. */
  captionRow(g: Grid, row: number, spec: InputSpec): { readonly input: string; readonly label: boolean };
  /** What the 分值 column shows for a clause. */
  clausePoints(c: ClausePlan, role: ItemPlan['role']): number | string;
  /** Notes under the table, the names down column B, the page: the last table row and the print setup. */
  finish(
    g: Grid,
    graph: UnitGraph,
    unit: string,
    row: number,
    runs: TableRuns,
  ): { last: number; print: SheetPlan['print'] };
}

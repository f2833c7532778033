import type { Heading } from './headings';

/**
 * The body of a table as rows of meaning: which section and item each row belongs to (merged
 * cells and numbering such as 一、 / 1. / (1) / 1.1), its points ("10", "10分", "+10", "-10") and
 * its rule text. Pure.
 */

export interface Row {
  readonly index: number;
  readonly no: string;
  readonly noKey: string;
  /** The section cell (一级指标 / 一级目录) and its merged range key. */
  readonly section: string;
  readonly sectionKey: string;
  /** The item cell (二级指标 / 考核指标) and its merged range key. */
  readonly name: string;
  readonly nameKey: string;
  /** Every name cell, outermost first, with its merged range key. */
  readonly names: readonly { readonly text: string; readonly key: string }[];
  readonly points: number | undefined;
  readonly pointsText: string;
  readonly pointsKey: string;
  /** A 备注 that says how to score (本项最多扣5分): read with the rule, kept apart from its words. */
  readonly note?: string;
  /** A 备注 of the row's own that says nothing of scoring (剂量应当使用公制单位…): kept with its words, not read. */
  readonly remark?: string;
  /** A 备注 merged down the block the row is in (…累計得分不得超過30分): what it says of the block, not read as the row's. */
  readonly blockNote?: string;
  /** A second points column beside the section names (一级指标 | 分值 | 二级指标 | 分值, 类别小计): the section's points. */
  readonly sectionPoints?: number;
  readonly sectionPointsKey?: string;
  readonly role: 'base' | 'bonus' | 'penalty';
  /** The scoring words: the rule columns, or what is required where no scoring column says anything. */
  readonly rule: string;
  /** What is required (标准 / 评价标准), where a scoring column stands beside it. */
  readonly standard: string;
  /** Rule text by kind of unit (县级部门 | 乡镇(街道)). */
  readonly byClass?: ReadonlyMap<string, string>;
  readonly method: string;
  /** The last heading row above (一、组织领导 on a row of its own), for tables with one name column. */
  readonly heading: string;
  /** Every heading above, outermost first. */
  readonly headings: readonly Heading[];
  /** The table it belongs to, where one sheet holds several (numbering starting again at 一、). */
  readonly block: number;
  /** 一票否决 standing on a row of its own, with no points. */
  readonly veto?: true;
  /** No rule column, and the name says how it scores: the name read as the rule too. */
  readonly ruleInName?: true;
  /** The last row's words stop mid-sentence where the other rows end theirs (…对代耕代种农户的补). */
  readonly cut?: true;
  /** Its points cell holds a figure a scan garbled (1() / IO): no points, its score typed. */
  readonly badFigure?: string;
}

export interface Body {
  readonly rows: Row[];
  /** 合计 / 总分 row, when the table has one. */
  readonly total?: number;
  /** Totals of each table, where one sheet holds several. */
  readonly totals?: readonly (number | undefined)[];
  /** 起评分 written as a row: the table's rows deduct from it (by table). */
  readonly bases?: readonly (number | undefined)[];
  /** 说明 / 备注 cells merged down a block that speak of points: kept out of the clauses, shown to the user. */
  readonly notes?: readonly string[];
  /** The last row holds a name only, or stops mid-sentence with no points: a table cut off there. */
  readonly cut?: { readonly row: number; readonly no?: string; readonly text: string; readonly dropped?: Row };
  /** Words before the first heading or item, with no number and no points: what the table is (its grades). */
  readonly preamble?: readonly { readonly row: number; readonly text: string }[];
  /** Rows of words only (no rule, no points) under an item's name: left out, and named. */
  readonly unread?: readonly {
    readonly row: number;
    readonly text: string;
    readonly note?: true;
    readonly empty?: true;
    /** A heading's points that nothing stood under. */
    readonly cap?: number;
    /** The first row's words with no name, number or points: the end of a row from a page before. */
    readonly torn?: true;
    /** The last row, with no points where every row before has them: kept, the table perhaps cut there. */
    readonly tail?: true;
    /** Its number, named apart from its words (第 20 行（17）“专栏”). */
    readonly no?: string;
    /** A points cell that holds no figure (IO as a scan reads 10): the figure as written. */
    readonly badPoints?: string;
  }[];
}

import { textLines } from './columns';
import { Grid } from './grid';
import type { SheetPlan } from './types';

/** One received file: whether it opened, passed the audit, and how many units it gave. */
export interface RollupSource {
  /** The file's name as printed (no folder). */
  readonly file: string;
  /** The title of the rubric it was made with. */
  readonly rubric: string;
  readonly units: number;
  /** 无问题 / 有问题 / 无法打开 / 不是考核计分助手的工作簿 … */
  readonly status: string;
  readonly problems: number;
  readonly detail: string;
}

/** One finding of the audit, in words, for the 审核问题 sheet. */
export interface RollupFinding {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly item: string;
  readonly severity: string;
  readonly text: string;
}

/**
 * A plain listing on A4 landscape at 100 % (widths in characters add up to at most 110: see
 * paper.ts), each row as tall as its longest wrapped text, so no text runs over the next row.
 */
function table(
  name: string,
  title: string,
  heads: readonly string[],
  widths: readonly number[],
  rows: readonly (readonly (string | number)[])[],
): SheetPlan {
  const g = new Grid(widths);
  const last = String.fromCharCode(64 + heads.length);
  g.span('A', 1, last, 1, { value: title, style: 'title' });
  g.heights[1] = 28;
  heads.forEach((h, i) => g.put(String.fromCharCode(65 + i), 2, { value: h, style: 'header' }));
  g.heights[2] = 20;
  rows.forEach((row, r) => {
    row.forEach((v, i) =>
      g.put(String.fromCharCode(65 + i), r + 3, { value: v, style: typeof v === 'number' ? 'number' : 'text' }),
    );
    const lines = Math.max(...row.map((v, i) => textLines(String(v), widths[i] ?? 10)));
    g.heights[r + 3] = Math.max(20, lines * 14 + 6);
  });
  return {
    name,
    kind: 'summary',
    cells: g.sortedCells(),
    merges: g.merges,
    columnWidths: widths,
    rowHeights: g.heights,
    validations: [],
    conditionals: [],
    freeze: { rows: 2, columns: 0 },
    protect: true,
    print: { orientation: 'landscape', fitToWidth: false, repeatRows: '2:2' },
    visibility: 'visible',
  };
}

/** 来源文件: every file given, including those that could not be opened or failed the audit. */
export function planSourcesSheet(sources: readonly RollupSource[]): SheetPlan {
  return table(
    '来源文件',
    `来源文件（共 ${sources.length} 个）`,
    ['序号', '文件', '考核细则', '单位数', '审核结果', '问题数', '说明'],
    [4, 18, 20, 5, 9, 5, 49],
    sources.map((s, i) => [i + 1, s.file, s.rubric, s.units, s.status, s.problems, s.detail]),
  );
}

/** 审核问题: every problem the audit found, with file, sheet, cell and item. */
export function planFindingsSheet(findings: readonly RollupFinding[]): SheetPlan {
  return table(
    '审核问题',
    `审核问题（共 ${findings.length} 处）`,
    ['文件', '工作表', '单元格', '项目', '程度', '说明'],
    [18, 14, 6, 5, 5, 62],
    findings.map((f) => [f.file, f.sheet, f.cell, f.item, f.severity, f.text]),
  );
}

import { cellText, mergeIndex, valueAt, type Grid, type Header } from './header';
import { figureCell } from './heads';
import { numberingLevel, splitName } from './names';

/**
 * Rows kept in shapes the columns do not name: costs in a 扣分 column beside the lapses (1、工作不主动 | 2), a numbered
 * article or title standing alone where the names stand (二、否定指標 / 1、…扣100分), or in a column no head was read
 * for (选框). Pure.
 */

/** The texts of a row's rule columns as one rule: blanks and repeats (one cell merged across) dropped. */
export function joinRule(texts: readonly string[]): string {
  const parts = texts.filter((t, i) => t !== '' && texts.indexOf(t) === i);
  return parts.reduce((all, t) => (all === '' ? t : /[。；;.!！]$/.test(all) ? `${all}${t}` : `${all}。${t}`), '');
}

/** The bare figure under a 扣分 head on row r, where the figures of the outer name's rows make its points. */
export function costsMakeOuter(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  r: number,
  names: readonly number[],
  col: number,
  head: string,
): number | undefined {
  const [outer] = names;
  const figure = (k: number): number | undefined => {
    const f = /扣分/.test(head) ? figureCell(valueAt(grid, merged, k, col)) : undefined;
    return f && !f.per ? f.n : undefined;
  };
  const own = figure(r);
  if (own === undefined || names.length < 2 || outer === undefined) return undefined;
  const span = merged(r, outer);
  const cap = splitName(valueAt(grid, merged, r, outer)).cap;
  if (!span || span.bottom <= span.top || typeof cap !== 'number') return undefined;
  let sum = 0;
  for (let k = span.top; k <= span.bottom; k++) sum += figure(k) ?? Number.NaN;
  return Math.abs(sum - cap) < 1e-9 ? own : undefined;
}

/**
 * 二、否定指標 over 1、因措施不當…,造成填井返工和報廢井,每次扣100分。 alone in the name column, the rule column empty: a
 * numbered article that says what it costs is a rule written where the names stand.
 */
export function nameRule(cells: readonly string[], rules: number): string {
  const filled = cells.filter((v) => v.trim() !== '');
  const [only] = filled;
  if (rules === 0 || filled.length !== 1 || !only) return '';
  return numberingLevel(cellText(only)) !== undefined && /[扣加减]\s*\d|不得分/.test(only) ? only : '';
}

/** A bonus row's bare figure from a 扣分 column (…,扣5分 from 5) is what it adds. */
export function costAdds(rule: string, cells: readonly string[], name: string): string {
  const last = cells[cells.length - 1] ?? '';
  if (!figureCell(last)) return rule;
  // (1、先进事迹 | 5: the name is what earns it.)
  const what = rule.startsWith('扣') ? name.trim().replace(/[。.;；,，]+$/, '') : '';
  return `${what}${what ? ',' : ''}${rule.replace(/(^|,)扣(\d+(?:\.\d+)?分)$/, '$1加$2')}`;
}

/**
 * 选框 | 分值 | 检核标准 with 一、人员/服务管理, (一)服装仪容 or 1.按规定穿着工作服 alone on a row in the 选框 column (a
 * column no head was read for, the boxes □ below): a numbered title on a line of its own, moved into the rule column
 * so that it reads as the heading it is.
 */
export function liftTitles(grid: Grid, header: Header): Grid {
  const ruleCol = [...header.columns].find(([, r]) => r === 'rule')?.[0];
  if (ruleCol === undefined) return grid;
  let moved = false;
  const rows = grid.rows.map((row, r) => {
    if (r <= header.row || [...header.columns.keys()].some((c) => (row[c] ?? '').trim() !== '')) return row;
    const spare = row.map((v, c) => ({ v: v.trim(), c })).filter((x) => x.v !== '' && !header.columns.has(x.c));
    const [only] = spare;
    if (spare.length !== 1 || !only || numberingLevel(cellText(only.v)) === undefined) return row;
    if (grid.merges.some((m) => m.top <= r && m.bottom >= r && m.left <= ruleCol && m.right >= ruleCol)) return row;
    moved = true;
    return row.map((v, c) => (c === ruleCol ? only.v : c === only.c ? '' : v));
  });
  return moved ? { ...grid, rows } : grid;
}

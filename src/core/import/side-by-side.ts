import { cellText, figureCell, headText } from './heads';
import type { Grid, Header, Range } from './header';

/**
 * 项目 | 具体项目 | 评分 | 具体项目 | 评分 over 食品卫生30分 | 四不制度 | 2 | 留验制度 | 4: a form printed two items to a
 * row to save paper (a clerk's copy adds a 得分 after each 评分). Read as the clerk reads it, each row's left group then
 * its right group, the cells before the groups (the 项目 merged down) over both. Undefined where the header repeats no
 * group of heads whose first column names and second holds figures. Pure.
 */
export function unfoldPairs(grid: Grid, header: Header): Grid | undefined {
  if (header.row !== header.first) return undefined;
  // (评分标准 | 评价得分 said four times over levels of one row, falling: one row's levels, not two rows to a line.)
  if (header.levelPairs) return undefined;
  const heads = (grid.rows[header.row] ?? []).map((v) => headText(v));
  const width = heads.length;
  const body = grid.rows.slice(header.row + 1);
  const figures = (c: number): number => body.filter((r) => figureCell(r[c]) !== undefined).length;
  const words = (c: number): number => body.filter((r) => /[\u4e00-\u9fff]{2}/.test(cellText(r[c]))).length;
  // The group of k heads said again straight after itself, nothing after the second.
  const repeats = (c: number, k: number): boolean =>
    heads.slice(c, c + k).every((h, i) => h !== '' && h === heads[c + k + i]) &&
    heads.slice(c + 2 * k).every((h, i) => h === '' && body.every((r) => cellText(r[c + 2 * k + i]) === '')) &&
    figures(c + 1) >= 3 &&
    figures(c + k + 1) >= 3 &&
    words(c) >= 3 &&
    words(c + k) >= 3;
  const found = [2, 3]
    .flatMap((k) => [...Array(Math.max(0, width - 2 * k + 1)).keys()].map((c) => ({ c, k })))
    .find(({ c, k }) => repeats(c, k));
  if (found === undefined) return undefined;
  const { c: at, k: size } = found;
  const left = (row: readonly string[]): string[] => row.slice(0, at + size);
  const right = (row: readonly string[]): string[] => [
    ...Array<string>(at).fill(''),
    ...Array.from({ length: size }, (_, i) => row[at + size + i] ?? ''),
  ];
  const inMerge = (r: number, c: number): boolean =>
    grid.merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
  const rows: string[][] = grid.rows.slice(0, header.row + 1).map((r) => left(r));
  // Each body row's new place: its left group, then its right group where it has one.
  const place: { left: number; right: number }[] = [];
  // (A cell before the groups not merged down: merged over its two halves, so both groups stand under it.)
  const joins: Range[] = [];
  body.forEach((row, k) => {
    const l = rows.length;
    rows.push(left(row));
    const pair = right(row).some((v) => cellText(v) !== '');
    if (pair) rows.push(right(row));
    place.push({ left: l, right: pair ? l + 1 : l });
    for (let c = 0; c < at && pair; c++)
      if (!inMerge(header.row + 1 + k, c) && cellText(row[c]) !== '')
        joins.push({ top: l, bottom: l + 1, left: c, right: c });
  });
  // Merges above the body stay; merges down the cells before the groups cover both halves of their rows.
  const merges: Range[] = grid.merges.flatMap((m): Range[] => {
    if (m.bottom <= header.row) return [{ ...m, right: Math.min(m.right, at + size - 1) }];
    if (m.left >= at || m.top <= header.row) return [];
    const top = place[m.top - header.row - 1]?.left;
    const bottom = place[m.bottom - header.row - 1]?.right;
    return top === undefined || bottom === undefined ? [] : [{ ...m, top, bottom, right: Math.min(m.right, at - 1) }];
  });
  return { rows, merges: [...merges, ...joins] };
}

import { cellText } from './heads';

/** Grade columns in a header: heads that name a grade, with its factor of the row's points or its points below. Pure. */

/**
 * A | B | C (or 优 | 良 | 中 | 差, 甲 | 乙 | 丙) over rows of figures falling from left to right (5 | 4 | 3): each
 * grade's points, the best first — two or more such columns side by side, most rows with a figure in each.
 */
export function gradeColumns(
  rows: readonly (readonly string[])[],
  r: number,
  width: number,
  /** The head a column shows in row r, or undefined where the cell is merged with others. */
  head: (c: number) => string | undefined,
): ReadonlyMap<number, string> {
  const heads = new Map<number, string>();
  for (let c = 0; c < width; c++) {
    const v = cellText(head(c));
    if (gradeName.test(v)) heads.set(c, v);
  }
  const cols = [...heads.keys()];
  if (cols.length < 2 || cols.some((c, i) => i > 0 && c !== (cols[i - 1] ?? 0) + 1)) return new Map();
  const body = rows.slice(r + 1).filter((row) => cols.some((c) => cellText(row[c]) !== ''));
  const figures = body.filter((row) => {
    const n = cols.map((c) => gradeTop(cellText(row[c])));
    return n.every((x) => Number.isFinite(x) && x >= 0) && n.every((x, i) => i === 0 || x <= (n[i - 1] ?? 0));
  });
  return figures.length >= 3 && figures.length * 4 >= body.length * 3 ? heads : new Map();
}

/** A range of points, 20-25 / 12—15 / 0-9分: the low and high figures. */
export const POINTS_RANGE = /^(\d+(?:\.\d+)?)\s*[-—–~～至]\s*(\d+(?:\.\d+)?)\s*分?$/;

/** A grade cell's figure: 15 / 15分, or the top of a range, 20-25 / 12—15 (its marks within it). */
export function gradeTop(cell: string): number {
  const range = POINTS_RANGE.exec(cell.trim());
  return range ? Number(range[2]) : Number(cell.replace(/分$/, ''));
}

const gradeName = /^(?:[A-D]|[甲乙丙丁]|优秀?|良好?|中等?|合格|不合格|一般|较好|较差|差|好)(?:级|等|档)?$/;

/** A grade's share of the row's points: one factor, or a band of them (优秀(占比90-100%): 0.9 to 1). */
export type GradeShare = number | readonly [number, number];

/**
 * 优秀(占比90-100%) / 合格(占比60-70%) / 不合格(占比60%以下): a grade's head with the band of the row's points it earns.
 */
function gradeBand(text: string): GradeShare | undefined {
  const m =
    /^(?:优秀?|优良|良好?|中等?|合格|不合格|基本合格|一般|较好|较差|差|好|[A-D])(?:级|等|档)?[（(](?:占比|得分率)?(\d{1,3})(?:%|％)?[-—~～至](\d{1,3})[%％][)）]$/.exec(
      cellText(text),
    );
  if (m) return [Number(m[1]) / 100, Number(m[2]) / 100];
  const below = /^(?:不合格|差|较差|[D-E])(?:级|等|档)?[（(](?:占比|得分率)?(\d{1,3})[%％]以下[)）]$/.exec(
    cellText(text),
  );
  return below ? [0, Number(below[1]) / 100] : undefined;
}

/** 一 (1.0) / 二 (0.8) / A(0.6) / 优(1.0): a grade's head with its factor of the row's points (or its band). */
export function gradeFactor(text: string): GradeShare | undefined {
  const band = gradeBand(text);
  if (band) return band;
  const m =
    /^(?:[一二三四五六]|[A-Da-d]|[甲乙丙丁]|优秀?|良好?|中等?|合格|一般|较差|差)?(?:级|等|档)?[（(](0?\.\d+|1(?:\.0+)?)[)）]$/.exec(
      cellText(text),
    );
  // (评估等级 over A1 | B0.8 | C0.6 | D0.4: the letter, then its factor.)
  const lettered = /^[A-D](0?\.\d+|1(?:\.0+)?)$/.exec(cellText(text));
  const factor = m?.[1] ?? lettered?.[1];
  return factor === undefined ? undefined : Number(factor);
}

/** 评价得分 / 得分 / 分值: the head of a level's points beside its words. */
const levelScore = /^(?:评价|考核|实际|标准)?(?:得分|分值|分数)$/;

/**
 * 评分指标 | 评价得分 | 评分标准 | 评价得分 | 评分标准 | 评价得分 …: pairs of a level's words and the points it earns, two or
 * more side by side, the best first — on the rows that fill them, each a figure falling from left to right. The pairs
 * as [words, points] columns; none where fewer than two rows fill two pairs or more.
 */
export function levelPairColumns(
  rows: readonly (readonly string[])[],
  r: number,
  width: number,
  head: (c: number) => string | undefined,
): readonly (readonly [number, number])[] {
  const isScore = (c: number): boolean => levelScore.test(cellText(head(c)));
  let best: [number, number][] = [];
  for (let c = 0; c + 3 < width; c++) {
    const run: [number, number][] = [];
    for (let k = c; k + 1 < width && cellText(head(k)) !== '' && !isScore(k) && isScore(k + 1); k += 2)
      run.push([k, k + 1]);
    if (run.length > best.length) best = run;
  }
  // (Not 目标管理事项 | 分值 | 一级指标 | 分值: levels of one row are said alike, 评分标准 | 评价得分 again and again.)
  const said = best.map(([w, p]) => `${cellText(head(w))}|${cellText(head(p))}`);
  if (best.length < 2 || said.every((x, i) => said.indexOf(x) === i)) return [];
  let laddered = 0;
  for (const row of rows.slice(r + 1)) {
    const filled = best.filter(([w, p]) => cellText(row[w]) !== '' && cellText(row[p]) !== '');
    if (filled.length < 2) continue;
    const n = filled.map(([, p]) => Number(cellText(row[p]).replace(/分$/, '')));
    if (n.some((x) => !Number.isFinite(x) || x < 0) || n.some((x, i) => i > 0 && x > (n[i - 1] ?? x))) return [];
    laddered++;
  }
  return laddered >= 2 ? best : [];
}

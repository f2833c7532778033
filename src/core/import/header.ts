/**
 * A table as read from a sheet (rows of cell text plus merged ranges), and finding its header:
 * which column holds the number, the names (一级/二级 指标 or 目录), the points, the rule text and
 * the way it is checked. Pure.
 */

export interface Range {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly rows: readonly (readonly string[])[];
  readonly merges: readonly Range[];
}

export type Role = 'no' | 'name' | 'points' | 'rule' | 'method' | 'note' | 'other';

export interface Header {
  /** Last header row (a two-row header: 督查内容 over 一级目录 / 二级目录). */
  readonly row: number;
  readonly first: number;
  readonly columns: ReadonlyMap<number, Role>;
}

const words: readonly [Role, RegExp][] = [
  ['other', /^(?:得分|实得分|自评分?|考核得分|扣分依据|扣分原因|扣分|扣分情况|评分|核查得分)$/],
  // 备注 / 说明: read with the rule where it says how to score (本项最多扣5分).
  ['note', /^(?:备注|说明|附注|注)$/],
  [
    'rule',
    /(?:计分标准|评分标准|评分细则|考核内容及计分标准|考核内容及评分标准|评分办法|计分办法|考核标准|扣分标准|细则|评分方法|计分方法|考评标准|评分依据)/,
  ],
  [
    'method',
    /(?:考核方式|考核办法|考核方法|核查方式|检查方式|考评方式|评分方式|督查方式|核查方法|考核途径|牵头单位|责任单位)/,
  ],
  ['points', /^(?:计分|标准|基础)?(?:分值|分数|标准分|满分|分值\(分\)|权重|总分|计分分值|基本分|应得分)$/],
  ['no', /^(?:序号|编号|序|项次|No\.?)$/i],
  ['name', /(?:指标|目录|项目|内容|类别|事项|考核要点|考评内容|工作任务)/],
];

export const cellText = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');

export function roleOf(text: string): Role | undefined {
  const t = cellText(text).replace(/[（(].*?[)）]$/, '');
  if (t === '') return undefined;
  for (const [role, re] of words) if (re.test(t)) return role;
  return undefined;
}

/** Each cell's merged range, for cells inside one. */
export function mergeIndex(grid: Grid): (r: number, c: number) => Range | undefined {
  const at = new Map<string, Range>();
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) at.set(`${r},${c}`, m);
  }
  return (r, c) => at.get(`${r},${c}`);
}

/** The value a cell shows: a merged range shows its top-left value in every cell. */
export function valueAt(grid: Grid, merged: ReturnType<typeof mergeIndex>, r: number, c: number): string {
  const m = merged(r, c);
  const row = grid.rows[m ? m.top : r];
  return (row?.[m ? m.left : c] ?? '').trim();
}

/** Finds the header in the first rows: the row with the most header words, a rule column required. */
export function findHeader(grid: Grid): Header | undefined {
  const merged = mergeIndex(grid);
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  let best: { row: number; score: number } | undefined;
  for (let r = 0; r < Math.min(grid.rows.length, 20); r++) {
    const roles = new Set<Role>();
    for (let c = 0; c < width; c++) {
      const role = roleOf(valueAt(grid, merged, r, c));
      if (role) roles.add(role);
    }
    const score = roles.size + (roles.has('rule') ? 2 : 0) + (roles.has('points') ? 1 : 0);
    if (roles.size >= 2 && (roles.has('rule') || roles.has('points')) && (!best || score > best.score))
      best = { row: r, score };
  }
  if (!best) return undefined;
  const first = best.row;
  // A header cell merged downwards, or a row below naming sub-columns (一级目录 / 二级目录).
  let last = first;
  for (let c = 0; c < width; c++) last = Math.max(last, merged(first, c)?.bottom ?? first);
  const next = grid.rows[last + 1];
  if (next && last === first) {
    const subs = next.map((v) => roleOf(v ?? ''));
    const under = next.some((_, c) => (merged(first, c)?.right ?? c) > (merged(first, c)?.left ?? c));
    if (under && subs.some((s) => s === 'name')) last = first + 1;
  }
  const columns = new Map<number, Role>();
  for (let c = 0; c < width; c++) {
    const own = last > first ? roleOf(grid.rows[last]?.[c] ?? '') : undefined;
    const role = own ?? roleOf(valueAt(grid, merged, first, c));
    if (role) columns.set(c, role);
  }
  const roles = [...columns.values()];
  // 考核内容 with no rule column is the rule text itself.
  if (!roles.includes('rule')) {
    const names = [...columns].filter(([, r]) => r === 'name').map(([c]) => c);
    const lastName = names[names.length - 1];
    if (lastName === undefined || names.length < 2) return undefined;
    columns.set(lastName, 'rule');
  }
  return { row: last, first, columns };
}

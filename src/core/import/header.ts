import { cellText, figureCell, headText, namesPoints, roleOf, roleWords, type Role } from './heads';
import { gradeColumns, gradeFactor, levelPairColumns, type GradeShare } from './header-grades';
import { splitName } from './names';
import { NOTE_LINE } from './rows-notes';

export { cellText, roleOf, type Role } from './heads';

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

export interface Header {
  /** Last header row (a two-row header: 督查内容 over 一级目录 / 二级目录). */
  readonly row: number;
  readonly first: number;
  readonly columns: ReadonlyMap<number, Role>;
  /** Rule columns by kind of unit (县级部门 | 乡镇(街道)): each column's head, the class it is for. */
  readonly classes: ReadonlyMap<number, string>;
  /** 评估原则与等级系数 over 一 (1.0) | 二 (0.8) | …: the grade columns, each with its factor of the row's points. */
  readonly grades?: ReadonlyMap<number, GradeShare>;
  /** A | B | C over 5 | 4 | 3 on each row: grade columns holding each grade's points (the first the best). */
  readonly gradePoints?: ReadonlyMap<number, string>;
  /** 评分标准 | 评价得分 | 评分标准 | 评价得分 …: pairs of a level's words and its points, [words, points] columns. */
  readonly levelPairs?: readonly (readonly [number, number])[];
}

export interface Grid {
  readonly rows: readonly (readonly string[])[];
  readonly merges: readonly Range[];
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

/** Words that score: 扣, 得2, 5分, 不得分, 不计分, 加1. */
export const scoring = /扣|得\d|\d分|不得分|不计分|加\d/;

/** Whether the cells of column c below the header carry scoring words (扣2分, 不得分). */
function scores(grid: Grid, below: number, c: number): boolean {
  return grid.rows.slice(below + 1).some((r) => scoring.test(r[c] ?? ''));
}

/** Whether most of the filled cells of column c below row r end with their points (…保管良好。(5), 消防管理(10)). */
function pricedBelow(grid: Grid, r: number, c: number): boolean {
  const filled = grid.rows.slice(r + 1).filter((row) => cellText(row[c]) !== '');
  return (
    filled.length >= 5 &&
    filled.filter((row) => splitName(row[c] ?? '').cap !== undefined).length * 3 >= filled.length * 2
  );
}

/** Whether most of the filled cells of column c below the header carry scoring words. */
function mostlyScore(grid: Grid, below: number, c: number): boolean {
  const filled = grid.rows.slice(below + 1).filter((r) => cellText(r[c]) !== '');
  return (
    filled.length >= 3 &&
    // (…得基础分5分。每项不达标减1.5分: points earned, or taken off as 减, score as 扣 does.)
    // (…被采用的,一篇5分: points for each one done, earned as 得 is.)
    filled.filter((r) =>
      /扣\s*\d|不得分|不计分|加\s*\d|减\s*\d|得(?:基础分)?\s*\d+(?:\.\d+)?\s*分|(?:一|每)\s*[次篇件条项个人场]\s*\d+(?:\.\d+)?\s*分/.test(
        r[c] ?? '',
      ),
    ).length *
      3 >=
      filled.length * 2
  );
}

interface Candidate {
  readonly row: number;
  readonly score: number;
  readonly roles: ReadonlySet<Role>;
}

/** The header row: the most header words in the first rows, with points, a rule, or names carrying points. */
function candidates(grid: Grid, merged: ReturnType<typeof mergeIndex>, width: number): Candidate[] {
  const out: Candidate[] = [];
  for (let r = 0; r < Math.min(grid.rows.length, 20); r++) {
    // (A title merged across the columns — 行政事业单位内部控制基础性评价指标评分表 — is one cell, however many
    // columns it covers: no header.)
    const title = merged(r, 0);
    if (title && title.left === 0 && title.right >= width - 1 && title.right > 0) continue;
    const roles = new Set<Role>();
    let pointsInNames = false;
    let names = 0;
    let nameCol = -1;
    for (let c = 0; c < width; c++) {
      const v = valueAt(grid, merged, r, c);
      const given = roleOf(v);
      // (项目 | 说明 over 考勤(总5分) | 1、迟到扣1分… / 内容 | 考核办法 over 1、…一次扣2分: a 说明 or a 考核办法 whose cells
      // mostly score is the rule column.)
      // (项目 | 要求 | 扣分 over 扣分:1、不符合主题思想(扣1 分): a column named for what the checker writes, already
      // saying how points are lost, the same.)
      const role =
        (given === 'note' || given === 'method' || (given === 'other' && /扣分|加分/.test(headText(v)))) &&
        mostlyScore(grid, r, c)
          ? 'rule'
          : given;
      if (role) roles.add(role);
      if (role === 'name') {
        names++;
        nameCol = c;
      }
      if (role === 'name' && namesPoints(v)) pointsInNames = true;
    }
    if (gradeColumns(grid.rows, r, width, (c) => (merged(r, c) ? undefined : valueAt(grid, merged, r, c))).size >= 2)
      roles.add('points');
    // 项目 | 考核内容 | 备注: the last of two name heads is the rule text (read so below).
    const usable =
      (roles.size >= 2 && ['rule', 'points', 'standard', 'class'].some((x) => roles.has(x as Role))) ||
      (pointsInNames && roles.size >= 1) ||
      (names >= 2 && roles.size >= 2) ||
      // (分项 | 扣分项目 over …未持有…资格证书,扣1分: two name heads, the last's cells mostly scoring — the rule column.)
      (names >= 2 && mostlyScore(grid, r, nameCol)) ||
      // A级指标 | B级指标 | C级指标 and nothing else: three levels of names, the last holding the rules.
      names >= 3 ||
      // 条文 over the paragraphs of a document pasted into one column: the rule column is the table.
      (width === 1 && roles.has('rule')) ||
      // 编号 | 内容 over numbered lines of rules (拾到校章者,加0.5分/人 / 1. | 考勤(10分)): the same, numbered.
      numberedLines(grid, r, roles, names, nameCol) ||
      // 编号 | 指标 over 消防管理(10) / …保管良好。(5): the names below carry the points.
      (roles.has('no') && names === 1 && pricedBelow(grid, r, nameCol)) ||
      // (价素 | 考核要求 | 评分标准: a first head no word names, over short names merged down — the names.)
      (roles.has('rule') && names === 0 && unknownLeadNames(grid, merged, r));
    const score = roles.size + (roles.has('rule') ? 2 : 0) + (roles.has('points') ? 1 : 0);
    if (usable) out.push({ row: r, score, roles });
  }
  return out;
}

/** 编号 | 内容 and nothing else scoring, where most lines below say what they score: lines of rules, numbered. */
function numberedLines(grid: Grid, r: number, roles: ReadonlySet<Role>, names: number, nameCol: number): boolean {
  if (!roles.has('no') || names !== 1 || [...roles].some((x) => !['no', 'name', 'other'].includes(x))) return false;
  const lines = grid.rows.slice(r + 1).filter((row) => (row[nameCol] ?? '').trim() !== '');
  return lines.length >= 5 && lines.filter((row) => scoring.test(row[nameCol] ?? '')).length * 2 >= lines.length;
}

/** Finds the header in the first rows: the row with the most header words. */
export function findHeader(grid: Grid): Header | undefined {
  const merged = mergeIndex(grid);
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const best = candidates(grid, merged, width).reduce<Candidate | undefined>(
    (a, c) => (!a || c.score > a.score ? c : a),
    undefined,
  );
  if (!best) return undefined;
  const first = best.row;
  // A header cell merged downwards, or a row below naming sub-columns (一级目录 / 二级目录, 县级部门 / 乡镇).
  let last = first;
  for (let c = 0; c < width; c++) last = Math.max(last, merged(first, c)?.bottom ?? first);
  const next = grid.rows[last + 1];
  if (next && last === first) {
    // (A sentence is not a head: 1、未完成上级下达的耕地保护目标任务… names no column.)
    const subs = next.map((v) => (cellText(v).length <= 12 ? roleOf(v ?? '') : undefined));
    const under = next.some((_, c) => (merged(first, c)?.right ?? c) > (merged(first, c)?.left ?? c));
    // (评估等级 spanning A1 | B0.8 | C0.6 | D0.4 below it: the grades' factors, the header's second row.)
    const factors = next.filter((v) => gradeFactor(v ?? '') !== undefined).length >= 2;
    // (1 | 保证项目 | 安全生产责任制 | 未建立安全责任制的,扣10分… under 序号 | 检查项目 (across two): a numbered row of
    // rules is the first item, not a second header row.)
    // (…or a shorter one that scores: 1 | 保证项目 | 扬尘防治责任制 | 未建立扬尘防治责任制,扣20分 | 20.)
    const body =
      next.some((v) => cellText(v).length > 24 || /[扣得加减]\s*\d+(?:\.\d+)?\s*分/.test(cellText(v))) &&
      /^\d{1,3}$/.test(cellText(next[0]));
    if (under && !body && (subs.some((s) => s === 'name' || s === 'class') || factors)) last = first + 1;
  }
  const columns = new Map<number, Role>();
  const classes = new Map<number, string>();
  const grades = new Map<number, GradeShare>();
  const gradePoints = gradeColumns(grid.rows, last, width, (c) =>
    merged(last, c) ? undefined : valueAt(grid, merged, last, c),
  );
  for (let c = 0; c < width; c++) {
    if (gradePoints.size >= 2 && gradePoints.has(c)) continue;
    const below = last > first ? (grid.rows[last]?.[c] ?? '') : '';
    const own = below ? roleOf(below) : undefined;
    const head = own ? below : valueAt(grid, merged, first, c);
    // 考核目标 over 柯城区 | 衢江区 | … (three or more columns, each named below by what no head names): a
    // figure for each unit, not names.
    const span = merged(first, c);
    const perUnit = below.trim() !== '' && !own && span !== undefined && span.right - span.left >= 2;
    const factor = gradeFactor(below || head);
    if (factor !== undefined) {
      grades.set(c, factor);
      continue;
    }
    const role = own ?? (perUnit ? undefined : roleOf(head));
    if (!role) continue;
    columns.set(c, role);
    if (role === 'class') classes.set(c, headText(head).replace(/（/g, '(').replace(/）/g, ')'));
  }
  headlessLead(grid, merged, first, last, width, columns);
  gradeWords(grid, merged, first, last, width, columns, gradePoints);
  // (一级指标 | … | 打分标准 | 分值 | 总分 | 备注 | 类别 with 现场 / 非现场 down the last: a name head after every column
  // that scores, names standing before it — how the row is checked, not what is assessed.)
  const scoringCols = [...columns].filter(([, role]) => role === 'rule' || role === 'points').map(([c]) => c);
  const firstName = Math.min(...[...columns].filter(([, role]) => role === 'name').map(([c]) => c));
  for (const [c, role] of columns)
    if (
      role === 'name' &&
      scoringCols.length >= 2 &&
      scoringCols.every((x) => x < c) &&
      firstName < Math.min(...scoringCols)
    )
      columns.set(c, 'other');
  // (得分 | 小计 added by a clerk, 小计 empty down the sheet: a column to fill in, no group's points.)
  for (const [c, role] of columns)
    if (role === 'sectionPoints' && grid.rows.slice(last + 1).every((row) => cellText(row[c]) === ''))
      columns.set(c, 'other');
  if (!columns.has(0) && ![...columns.values()].includes('name') && unknownLeadNames(grid, merged, last))
    columns.set(0, 'name');
  // (no head) | 工作内容 | 考评标准 | 标准分 with 一、二、三 in the headless first column on the rows that open a
  // group (合计 aside): the numbers' column.
  if (!columns.has(0) && ![...columns.values()].includes('no') && headText(valueAt(grid, merged, first, 0)) === '') {
    const body = grid.rows.slice(last + 1).map((r) => cellText(r[0] ?? ''));
    const filled = body.filter((v) => v !== '' && !/^(?:合计|总计|总分|小计)$/.test(v));
    if (
      filled.length >= 2 &&
      filled.every((v) => /^(?:[一二三四五六七八九十]+|\d{1,2}|[（(][一二三四五六七八九十\d]+[)）])[、.．]?$/.test(v))
    )
      columns.set(0, 'no');
  }
  // 序号 | (no head) | A | B | C: beside grade columns holding points, the headless column of long words is what
  // each row asks (its name and its words).
  if (gradePoints.size >= 2 && ![...columns.values()].some((x) => ['name', 'rule', 'standard'].includes(x)))
    for (let c = 0; c < width; c++) {
      if (columns.has(c) || gradePoints.has(c) || headText(valueAt(grid, merged, first, c)) !== '') continue;
      const texts = grid.rows.slice(last + 1).map((r) => cellText(r[c]));
      const filled = texts.filter((t) => /[\u4e00-\u9fff]{4}/.test(t));
      if (filled.length >= 3 && filled.length * 2 >= texts.length) {
        columns.set(c, 'name');
        break;
      }
    }
  // 类别 | 考核内容 | (no head) | 考核标准及评分方法: a column with no head right after a name column, holding
  // short names that do not score (耕地保护及违法用地查处(20分)), is the next level of names.
  for (let c = 1; c < width; c++) {
    if (columns.has(c) || columns.get(c - 1) !== 'name' || headText(valueAt(grid, merged, first, c)) !== '') continue;
    const body = grid.rows
      .slice(last + 1)
      .map((_, i) => cellText(valueAt(grid, merged, last + 1 + i, c)).replace(/^[-—–]+$/, ''));
    const filled = body.filter((v) => v !== '');
    // (…or numbered demands, however long: 1.把政协提案办理工作列入议事日程,… under 组织领导 10分.)
    const numbered = filled.filter((v) => /^\d{1,2}[、.．]\D/.test(v)).length;
    // (制定处理方案（处理目的、对象、方法、药物名称和用药标准、器械）: an aside in brackets does not make a name long.)
    const named = filled.every(
      (v) =>
        (v.replace(/[（(][^()（）]*[)）]/g, '').length <= 30 || numbered * 4 >= filled.length * 3) &&
        !/扣|不得分|不计分|加\d/.test(v),
    );
    // (…or few, where the name beside them is merged down over two or more of them: 前台客服助理 over 快递管理 / 联系单 —
    // a post and its items, the head 考核内容 written over both columns.)
    const grouped = grid.rows.slice(last + 1).some((_, i) => {
      const m = merged(last + 1 + i, c - 1);
      return (
        m !== undefined &&
        m.top === last + 1 + i &&
        m.bottom > m.top &&
        body.slice(m.top - last - 1, m.bottom - last).every((v) => v !== '' && v.length <= 12)
      );
    });
    if (filled.length > 0 && (filled.length * 2 >= body.length || grouped) && named) columns.set(c, 'name');
  }
  // 评分办法和标准 | (no head) with 由本商会…确定得分 merged down the first and 按协助情况得分 on each row of the second:
  // a column with no head right after the rule column, saying how each row scores, is a rule column too.
  for (let c = 1; c < width; c++) {
    if (columns.has(c) || columns.get(c - 1) !== 'rule' || headText(valueAt(grid, merged, first, c)) !== '') continue;
    // (Not grade columns, 1万以下(10分) | 2万以下(15分): each a level's points, read as the row's grades.)
    if (gradePoints.has(c) || grades.has(c)) continue;
    const body = grid.rows.slice(last + 1).map((r) => cellText(r[c]));
    const filled = body.filter((v) => /[\u4e00-\u9fff]{4}/.test(v));
    if (
      filled.length >= 3 &&
      filled.filter((v) => scoring.test(v) || /得分|计分|赋分|加分/.test(v)).length * 2 >= filled.length
    )
      columns.set(c, 'rule');
  }
  // 考核内容 | (no head) | 评分标准 with 1, 2, 3 under 考核内容 and 采购委托(5) beside them: the head spans the
  // numbers and the names (a cell the copy split); the numbers are the 序号, the headless column the names.
  for (let c = 0; c + 1 < width; c++) {
    const next = columns.get(c + 1);
    if (columns.get(c) !== 'name' || (next !== undefined && next !== 'name')) continue;
    // (…or under the same head merged across both: 考核内容 over the number and the name.)
    const span = merged(first, c);
    if (headText(valueAt(grid, merged, first, c + 1)) !== '' && !(span && span.right >= c + 1)) continue;
    const mine = grid.rows.slice(last + 1).map((r) => cellText(r[c]));
    const filled = mine.filter((v) => v !== '');
    const numbers = filled.filter((v) => /^\d{1,2}[、.．]?$/.test(v));
    const beside = grid.rows.slice(last + 1).filter((r) => /[\u4e00-\u9fff]{2}/.test(cellText(r[c + 1])));
    if (numbers.length >= 3 && numbers.length * 3 >= filled.length * 2 && beside.length >= numbers.length) {
      columns.set(c, 'no');
      columns.set(c + 1, 'name');
    }
  }
  // 项目名称及分值 over three columns: a column under it that holds nothing (or only ——) names nothing.
  for (const [c, role] of columns) {
    const m = merged(first, c);
    if (role !== 'name' || !m || m.right === m.left || last > first) continue;
    const body = grid.rows.slice(last + 1).map((r) => cellText(r[c]).replace(/^[-—–]+$/, ''));
    if (body.every((v) => v === '')) columns.set(c, 'other');
  }
  // 考评主要内容及具体分值 merged over two columns, the second holding 5分 / 6分 / 4分: the content, then its points.
  for (const [c, role] of columns) {
    const m = merged(first, c);
    if (role !== 'name' || !m || m.left !== c || m.right !== c + 1 || columns.get(c + 1) !== 'name') continue;
    if (!/[及和与、](?:具体|各项|标准)?(?:分值|分数)$/.test(headText(valueAt(grid, merged, first, c)))) continue;
    const cells = grid.rows
      .slice(last + 1)
      .map((r) => cellText(r[c + 1]))
      .filter((v) => v !== '');
    const figures = cells.filter((v) => figureCell(v) !== undefined).length;
    if (figures >= 3 && figures * 4 >= cells.length * 3) columns.set(c + 1, 'points');
  }
  // 考核标准 (…(2分)) | 扣分/加分情况 (标识不醒目,发现一次扣1分;…): a column named for what the checker writes whose
  // cells already say how points are lost is how the rows are scored, not a column to fill in.
  for (let c = 0; c < width; c++)
    if (
      [undefined, 'other'].includes(columns.get(c)) &&
      /扣分|加分/.test(headText(valueAt(grid, merged, first, c))) &&
      mostlyScore(grid, last, c)
    )
      columns.set(c, 'rule');
  // Columns a checker would fill in that the form already fills with a figure on every row, no points column beside
  // them: 考核内容 | 得分 | 计分方法 with 6分 down the 得分 — each row's points as printed; 考核项目 | 内容 | 扣分 with
  // 1、植保有病害、虫害。 | 5 — what each lapse costs, a rule column (read as 扣5分 beside the lapse).
  const figured = (c: number): boolean => {
    const filled = grid.rows
      .slice(last + 1)
      .map((r) => r[c] ?? '')
      .filter((v) => cellText(v) !== '');
    const figures = filled.filter((v) => figureCell(v) !== undefined).length;
    return figures >= 5 && figures * 4 >= filled.length * 3;
  };
  const unfilled = (c: number, head: RegExp): boolean =>
    ![...columns.values()].includes('points') &&
    columns.get(c) === 'other' &&
    head.test(headText(valueAt(grid, merged, first, c))) &&
    figured(c);
  // (考核验收内容 | 评分标准 with 4, 4, 4, 3 down the 评分标准 and no points column: the figures are the points, whatever
  // the head says.)
  if (![...columns.values()].includes('points')) {
    const bare = [...columns]
      .filter(([c, r]) => r === 'rule' && figured(c))
      .map(([c]) => c)
      .filter((c) =>
        grid.rows.slice(last + 1).every((r) => cellText(r[c]) === '' || figureCell(r[c] ?? '') !== undefined),
      );
    const [only] = bare;
    if (bare.length === 1 && only !== undefined) columns.set(only, 'points');
  }
  // (具体项目 | 评分 with 2, 7, 6 down the 评分: the same.)
  const given = [...Array(width).keys()].find((c) => unfilled(c, /^(?:得分|分数|标准得分|评分)$/));
  if (given !== undefined) columns.set(given, 'points');
  for (let c = 0; c < width; c++) if (unfilled(c, /^扣分(?:值|分值|标准)?$/)) columns.set(c, 'rule');
  // 项目 | 标准分 | 扣分原因 (缺一件 / 中线不正) | 应扣分 (2 / 5): a 扣分原因 the form already fills with lapses, each
  // beside what it costs, is the list of lapses under each 项目 (names, as 缺陷内容 | 扣分标准 are), the figures the rule.
  for (let c = 0; c + 1 < width; c++) {
    const lapses = grid.rows.slice(last + 1).filter((r) => /[\u4e00-\u9fff]{2}/.test(cellText(r[c]))).length;
    if (
      columns.get(c) === 'other' &&
      /^扣分(?:原因|事由|内容)$/.test(headText(valueAt(grid, merged, first, c))) &&
      /^应?扣分(?:值|分值|标准)?$/.test(headText(valueAt(grid, merged, first, c + 1))) &&
      [undefined, 'other'].includes(columns.get(c + 1)) &&
      figured(c + 1) &&
      lapses >= 5
    ) {
      columns.set(c, 'name');
      columns.set(c + 1, 'rule');
    }
  }
  const cols = (role: Role): number[] =>
    [...columns]
      .filter(([, r]) => r === role)
      .map(([c]) => c)
      .sort((a, b) => a - b);
  // 考核部门 | 考核项目 | 分值 …: departments in the first column head blocks of items, not how they are checked.
  const [lead] = [...columns.keys()].sort((a, b) => a - b);
  const leadHead = lead === undefined ? '' : headText(valueAt(grid, merged, first, lead));
  if (
    lead !== undefined &&
    columns.get(lead) === 'method' &&
    /部门|单位/.test(leadHead) &&
    cols('name').some((c) => c > lead)
  )
    columns.set(lead, 'name');
  // 考核标准 (what is required, no points in it) | 检查方法及其他 (无爱卫组织,扣2分…): where no rule column
  // scores, a column whose head is not known but whose cells score is how the rows are scored.
  // 考核细目 | 细目分值 | 备注 (年底工作计划中有学习安排的得0.5分…): where no rule column scores, a 备注
  // whose cells score is how the rows are scored.
  // (Not a 备注 merged down blocks of rows beside a column of what each row requires: it speaks of the block.)
  // (Not one merged only down the rows of one name — 馆舍建筑面积 over its five steps: that name's own.)
  const lastNameCol = cols('name').slice(-1)[0];
  const blocky = (c: number): boolean =>
    cols('standard').length > 0 &&
    grid.rows.slice(last + 1).some((_, i) => {
      const m = merged(last + 1 + i, c);
      if (m === undefined || m.bottom <= m.top) return false;
      if (lastNameCol === undefined) return true;
      const names = new Set(
        Array.from({ length: m.bottom - m.top + 1 }, (_, k) => valueAt(grid, merged, m.top + k, lastNameCol)),
      );
      return names.size > 1;
    });
  if (!cols('rule').some((c) => scores(grid, last, c))) {
    const silent = cols('rule');
    // (Most of its cells, not one: 累計得分不得超過30分 among notes that define what is counted is no rule column.)
    const mostly = (c: number): boolean => {
      const cells = [
        ...new Set(
          grid.rows
            .slice(last + 1)
            .map((r) => cellText(r[c]))
            .filter((v) => v !== ''),
        ),
      ];
      return cells.filter((v) => scoring.test(v)).length * 2 >= cells.length;
    };
    // (Not a 备注 said once, merged over the whole block — 有一项得0分,评级下调一级 — which speaks of the grade, no row's
    // score.)
    const once = (c: number): boolean => {
      const said = grid.rows
        .map((r, k) => ({ v: cellText(r[c]), k }))
        .filter((x) => x.k > last && x.v !== '' && (merged(x.k, c)?.top ?? x.k) === x.k);
      const [only] = said;
      return said.length === 1 && only !== undefined && (merged(only.k, c)?.bottom ?? only.k) > only.k;
    };
    for (const c of cols('note'))
      if (scores(grid, last, c) && !blocky(c) && mostly(c) && !once(c)) columns.set(c, 'rule');
    // (考核标准 (1.成立专门活动组织机构) | 分值 | 评分方式 (未落实的不得分。): a method column whose cells mostly score is
    // the rule, and the silent 考核标准 beside it what each row requires.)
    const scoringMethods = cols('method').filter((c) => scores(grid, last, c) && mostly(c));
    for (const c of scoringMethods) columns.set(c, 'rule');
    // (说明 | 评估细则 with the 说明 saying how rows score and the 评估细则 only what is counted and what proves it: the
    // 评估细则 is how the figure is checked.)
    if (cols('rule').length > silent.length)
      for (const c of silent) columns.set(c, scoringMethods.length > 0 ? 'standard' : 'method');
  }
  if (!cols('rule').some((c) => scores(grid, last, c)))
    for (let c = 0; c < width; c++)
      if (!columns.has(c) && headText(valueAt(grid, merged, first, c)) !== '' && scores(grid, last, c))
        columns.set(c, 'rule');
  // 类别 | 序号 | 条款 | 分值 with 条款 not a head we know: where nothing holds the words, the column of
  // long words under a head is what each row requires, not a column to ignore.
  if (cols('rule').length === 0 && cols('standard').length === 0)
    for (let c = 0; c < width; c++) {
      if (columns.has(c) || headText(valueAt(grid, merged, first, c)) === '') continue;
      const texts = grid.rows.slice(last + 1).map((r) => cellText(r[c]));
      const filled = texts.filter((t) => t !== '' && !/^[\d.]+分?$/.test(t));
      if (filled.length * 2 >= texts.length && filled.reduce((a, t) => a + t.length, 0) >= filled.length * 10)
        columns.set(c, 'name');
    }
  // 项目 | 编号 | 内容 | 扣分 | 分数 | 备注 with 分数 empty on every row: a column the checker fills in, not the points
  // (床 面(20): carries them).
  for (const c of cols('points')) {
    const body = grid.rows.slice(last + 1).map((_, i) => cellText(valueAt(grid, merged, last + 1 + i, c)));
    if (body.length >= 3 && body.every((v) => v === '')) columns.set(c, 'other');
  }
  // (Whether most filled cells of column c below the header are names carrying their points, 责任意识(10分).)
  const namesWithPoints = (c: number): boolean => {
    const filled = grid.rows
      .slice(last + 1)
      .map((_, i) => cellText(valueAt(grid, merged, last + 1 + i, c)))
      .filter((v) => v !== '');
    const named = filled.filter((v) => /[\u4e00-\u9fff]{2}/.test(v) && splitName(v).cap !== undefined);
    return filled.length > 0 && named.length * 2 > filled.length;
  };
  // 项目分值 over 责任意识(10分), 管理理念 (10分): a "points" head whose cells are names carrying their points is
  // the name column (the points in the names).
  // (评价指标 | 分值 | 评价标准 over 前期工作 | 任务分解 (2分) | …: after a name column too, the next level of names.)
  for (const c of cols('points')) if (namesWithPoints(c) && cols('name').every((n) => n < c)) columns.set(c, 'name');
  // 项目 | 序号 | 考核内容 over 一、…200 分 | (一)结业考试(40 分) | 1.建立结业考试制度。: a 序号 whose cells are names with
  // their points is the next level of names.
  for (const c of cols('no')) if (namesWithPoints(c)) columns.set(c, 'name');
  if (cols('points').length === 0 && gradePoints.size < 2) {
    const c = figuresColumn(grid, merged, first, last, width, columns);
    if (c !== undefined) columns.set(c, 'points');
  }
  // 考核指标 | 考核目标 | 分值 | 评分标准 with 85% / 100% down the 考核目标: a column of targets, no names — what each row
  // requires (the rule's steps count from it).
  if (cols('rule').length > 0 && cols('standard').length === 0)
    for (const c of cols('name')) {
      const cells = grid.rows
        .slice(last + 1)
        .map((r) => cellText(r[c]))
        .filter((v) => v !== '');
      if (cells.length >= 3 && cells.every((v) => /^\d+(?:\.\d+)?[%％]$/.test(v))) columns.set(c, 'standard');
    }
  // (编号 | 内容 as lines of rules: the 内容 is the rule column.)
  const roles = [...columns.values()];
  if (roles.includes('no') && !roles.some((x) => ['points', 'rule', 'standard', 'class'].includes(x))) {
    const named = [...columns].filter(([, x]) => x === 'name').map(([c]) => c);
    if (named.length === 1 && named[0] !== undefined && numberedLines(grid, last, new Set(roles), 1, named[0]))
      columns.set(named[0], 'rule');
  }
  if (cols('rule').length === 0 && classes.size < 2) {
    // No rule column: 考评方法 whose cells score (機構未成立不得分), what is required (评价标准), or the
    // last of several name columns (考核内容, 考核指标) is the rule text itself.
    // (项目 | 说明 over 1、迟到扣1分…: a 说明 whose cells mostly score is the rule, as such a 考评方法 is.)
    const method =
      cols('method').find((c) => scores(grid, last, c)) ?? cols('note').find((c) => mostlyScore(grid, last, c));
    const standard = cols('standard')[0];
    const names = cols('name');
    // (考核明细 | 分值 with each 明细 a whole rule, 违者发现一次扣1分: the one name column, most of whose cells score, is
    // the rule — each row named by its words.)
    const [onlyName] = names;
    const scoringNames =
      names.length === 1 && onlyName !== undefined && cols('points').length > 0 && mostlyScore(grid, last, onlyName);
    // (标准 | 标准分 | 评分要点 with the 评分要点 saying what is lost, 扣20分, and the 标准 what is required: the
    // column that scores is the rule, the standard names the rows.)
    const lastName = names[names.length - 1];
    const scoringPoints =
      standard !== undefined &&
      lastName !== undefined &&
      mostlyScore(grid, last, lastName) &&
      !scores(grid, last, standard);
    if (scoringPoints) columns.set(standard, 'name');
    const rule = scoringPoints
      ? lastName
      : (method ?? standard ?? (names.length >= 2 ? names[names.length - 1] : scoringNames ? onlyName : undefined));
    if (rule !== undefined) columns.set(rule, 'rule');
    else if (
      cols('points').length === 0 &&
      gradePoints.size < 2 &&
      !namesPoints(valueAt(grid, merged, first, names[0] ?? -1)) &&
      !(names.length === 1 && pricedBelow(grid, last, names[0] ?? -1))
    )
      return undefined;
  }
  // 项目 | 考核要求 (merged down its rows, with its points) | 抽查内容、评分标准及办法: of two rule columns, one
  // merged down over rows of the other groups them — a level of names, not a rule.
  const rules = cols('rule');
  const spans = (c: number): boolean =>
    grid.rows.slice(last + 1).some((_, i) => {
      const m = merged(last + 1 + i, c);
      return m !== undefined && m.bottom > m.top && m.top === last + 1 + i;
    });
  const lastRule = rules[rules.length - 1];
  if (rules.length >= 2 && lastRule !== undefined && !spans(lastRule))
    for (const c of rules.slice(0, -1)) if (spans(c)) columns.set(c, 'name');
  // 项目 | 序号 | 考评要求 | 扣分标准 | 分值 with 考评要求 not a head we know: beside a rule column that scores, a
  // headed column of whole requirements that do not score is what each row requires.
  const scoringRule = cols('rule').find((c) => mostlyScore(grid, last, c));
  if (scoringRule !== undefined && cols('standard').length === 0)
    for (let c = 0; c < scoringRule; c++) {
      if (columns.has(c) || headText(valueAt(grid, merged, first, c)) === '') continue;
      const texts = grid.rows.slice(last + 1).map((_, i) => cellText(valueAt(grid, merged, last + 1 + i, c)));
      const filled = texts.filter((t) => t !== '');
      if (
        filled.length >= 3 &&
        filled.length * 3 >= texts.length * 2 &&
        filled.reduce((a, t) => a + t.length, 0) >= filled.length * 10 &&
        // (发现问题2分钟内赶到: a figure of minutes in one of them is no scoring.)
        filled.filter((t) => scoring.test(t)).length * 3 < filled.length
      )
        columns.set(c, 'standard');
    }
  demoteLongNames(grid, merged, last, columns);
  // (评分指标 | 评价得分 | 评分标准 | 评价得分 …: the pairs are the levels of each row, read together — the first words
  // the rule where a row fills no other pair, 得分值=种植率×30.)
  const levelPairs = levelPairColumns(grid.rows, last, width, (c) =>
    merged(last, c) ? undefined : valueAt(grid, merged, last, c),
  );
  for (const [w, p] of levelPairs) {
    columns.delete(w);
    columns.delete(p);
  }
  if (levelPairs[0]) columns.set(levelPairs[0][0], 'rule');
  // (A grade column, 合格(占比60-70%), is read as the row's grades, never as its rule.)
  if (grades.size >= 2) for (const c of grades.keys()) columns.delete(c);
  // (One column with a factor is no scale.)
  return {
    row: last,
    first,
    columns,
    classes,
    ...(grades.size >= 2 ? { grades } : {}),
    ...(gradePoints.size >= 2 ? { gradePoints } : {}),
    ...(levelPairs.length >= 2 ? { levelPairs } : {}),
  };
}

/**
 * 考核项目 | 基本分 | 考核内容 | 评分标准 where 考核内容 holds a whole requirement on every row
 * (做好生态公益林…宣传,积极参加…培训。) and 考核项目 is never merged over rows: the 考核内容 is what is
 * required, not a second level of names. So too with 考核项目 spanning 大项 | 细项 before the 考核要点.
 */
function demoteLongNames(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  head: number,
  columns: Map<number, Role>,
): void {
  const names = [...columns]
    .filter(([, r]) => r === 'name')
    .map(([c]) => c)
    .sort((a, b) => a - b);
  // The name column before the last: with two, the only one; with three (考核项目 over 大项 | 细项, then
  // 考核要点), the 细项 — a 大项 merged down over them is a section either way.
  const before = names[names.length - 2];
  const lastName = names[names.length - 1];
  if (names.length < 2 || before === undefined || lastName === undefined) return;
  if (![...columns.values()].includes('rule') || [...columns.values()].includes('standard')) return;
  const body = grid.rows.slice(head + 1).map((_, k) => head + 1 + k);
  // (一级指标 | 二级指标 | 三级指标 (1.1.1总床位数, 1.1.2年收治病人数…) | 评估内容 (≥3400人次…): names coded by their
  // place in the outline, the words after them what each requires.)
  const coded = (c: number): number =>
    body.filter(
      (r) => starts(merged, r, c) && /^\d{1,2}(?:\.\d{1,2}){2,3}(?!\d)/.test(cellText(valueAt(grid, merged, r, c))),
    ).length;
  const lastCells = body.filter((r) => cellText(valueAt(grid, merged, r, lastName)) !== '').length;
  if (coded(before) >= 5 && coded(before) >= lastCells * 0.75 && coded(lastName) === 0) {
    columns.set(lastName, 'standard');
    return;
  }
  if (names.length > 3) return;
  const texts = body.map((r) => cellText(valueAt(grid, merged, r, lastName))).filter(Boolean);
  // (A 分项 merged over two of eight rows — 5、就业讲座、就业活动 over two 考评内容 with points each — still names
  // rows of its own: one merge among many is an item of two parts, not a group over the last column.)
  const cells = body.filter((r) => cellText(valueAt(grid, merged, r, lastName)) !== '');
  const distinct = new Set(cells.map((r) => `${merged(r, before)?.top ?? r}`)).size;

  const long = texts.length >= 3 && texts.filter((t) => t.length > 20).length >= texts.length * 0.75;
  // (路面清潔(30分) | 路面無垃圾和泥石,保持清潔。 with no points column: the names carrying points are the
  // items, the words after them what each requires.)
  const priced =
    ![...columns.values()].includes('points') &&
    texts.length >= 3 &&
    body.filter(
      (r) => starts(merged, r, before) && splitName(cellText(valueAt(grid, merged, r, before))).cap !== undefined,
    ).length >=
      texts.length * 0.75;
  // (项目 | 考核内容和要求 | 扣分标准 with each row its own 项目, none repeated: 查是否行文确定机构人员。 is what
  // the row's item requires, however short.)
  const outer = body
    .filter((r) => cellText(valueAt(grid, merged, r, lastName)) !== '')
    .map((r) => cellText(valueAt(grid, merged, r, before)));
  const own = outer.length >= 3 && outer.every((t) => t !== '') && new Set(outer).size === outer.length;
  // (分项 1、就业计划 / 2、就业总结 … beside 考评内容 9月份交,内容要包含工作目标…: numbered short names before words
  // twice as long — the names are the items, the words what each asks.)
  // (51.各类报表 … 54.收费管理 merged over two 内容 of its own points: numbered names, one merge among them, the same.)
  const befores = cells
    .filter((r) => starts(merged, r, before))
    .map((r) => cellText(valueAt(grid, merged, r, before)))
    .filter(Boolean);
  const mean = (xs: readonly string[]): number => xs.reduce((a, x) => a + x.length, 0) / Math.max(1, xs.length);
  const numberedNames =
    befores.length >= 3 &&
    befores.filter((t) => /^\d{1,2}[、.．]/.test(t) && t.length <= 14).length >= befores.length * 0.75 &&
    mean(texts) >= 2 * mean(befores);
  const fewMerges = distinct >= cells.length * 0.75;
  const spans =
    body.some((r) => {
      const m = merged(r, before);
      return m !== undefined && m.bottom > m.top;
    }) && (names.length < 3 ? !(numberedNames && fewMerges) : !fewMerges);
  // (技术创新目标完成情况 | 计划任务书中约定的…指标完成数, both merged over the same rows of bands: one name and
  // what it measures, no group over the last column.)
  const paired =
    cells.length >= 3 &&
    body.every((r) => {
      const a = merged(r, before);
      const b = merged(r, lastName);
      return (a?.top ?? r) === (b?.top ?? r) && (a?.bottom ?? r) === (b?.bottom ?? r);
    });
  if ((long || priced || own || numberedNames) && (!spans || paired)) columns.set(lastName, 'standard');
}

/**
 * A级 | B级 | C级 over what each grade looks like in words (认真组织…,获得奖项 | 能组织…,无奖项 | 没有组织参与), beside a
 * points column and no rule column: the grades are the rule, each described — the assessor picks one.
 */
function gradeWords(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  first: number,
  last: number,
  width: number,
  columns: Map<number, Role>,
  gradePoints: ReadonlyMap<number, string>,
): void {
  const roles = [...columns.values()];
  if (roles.includes('rule') || !roles.includes('points') || gradePoints.size >= 2) return;
  const graded = [...Array(width).keys()].filter(
    (c) =>
      !columns.has(c) && GRADE_HEAD.test(headText(valueAt(grid, merged, last, c) || valueAt(grid, merged, first, c))),
  );
  if (graded.length < 2 || graded.some((c, k) => k > 0 && c !== (graded[k - 1] ?? 0) + 1)) return;
  const body = grid.rows.slice(last + 1);
  const worded = body.filter((row) => graded.every((c) => /[\u4e00-\u9fff]{4}/.test(cellText(row[c]))));
  if (worded.length >= 3) for (const c of graded) columns.set(c, 'rule');
}

/** A grade's head: A级 / B / 优秀 / 合格 … */
export const GRADE_HEAD = /^(?:[A-D]|[甲乙丙丁]|优秀|良好|中等|合格|不合格|一般|较好|较差)(?:级|等|档)?$/;

/**
 * Why no header was found, in words for the user: what a header needs and the heads the best row has.
 */
export function missingHeader(grid: Grid): string {
  const merged = mergeIndex(grid);
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  let best: { row: number; heads: string[] } = { row: -1, heads: [] };
  for (let r = 0; r < Math.min(grid.rows.length, 20); r++) {
    const heads: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = valueAt(grid, merged, r, c);
      const role = roleOf(v);
      if (role && !heads.some((h) => h.startsWith(`“${cellText(v)}”`)))
        heads.push(`“${cellText(v)}”（${roleWords[role]}）`);
    }
    if (heads.length > best.heads.length) best = { row: r, heads };
  }
  const need = '分值列（分值、分数、标准分、各项分值等）或评分列（评分标准、评分细则、计分办法、考核内容等）';
  return best.row < 0
    ? `找不到表头：前20行里没有认得出的列名，需要${need}`
    : `找不到表头：第${best.row + 1}行只认出 ${best.heads.join('、')}，缺少${need}`;
}

const starts = (merged: ReturnType<typeof mergeIndex>, r: number, c: number): boolean => (merged(r, c)?.top ?? r) === r;

/**
 * 检查内容 | 计分 | 评分标准 over 5 / 10 / 20, or 检查项目 | 检查项目分类 | 评分标准 over 15分 / 5分: where no head
 * names the points, a column under a head that says 分 holding figures, or any column holding figures written
 * with 分 (not numbers counting the rows, 1 2 3), is the points column.
 */
function figuresColumn(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  first: number,
  last: number,
  width: number,
  columns: ReadonlyMap<number, Role>,
): number | undefined {
  for (let c = 0; c < width; c++) {
    const role = columns.get(c);
    if (role !== undefined && role !== 'name') continue;
    const head = headText(valueAt(grid, merged, first, c));
    const body = grid.rows.slice(last + 1).map((_, i) => cellText(valueAt(grid, merged, last + 1 + i, c)));
    const filled = body.filter((v) => v !== '');
    const figures = filled.filter((v) => /^\d+(?:\.\d+)?分?$/.test(v));
    const withFen = figures.filter((v) => v.endsWith('分'));
    const counting = figures.every((v, i) => Number(v.replace('分', '')) === i + 1);
    if (figures.length < 3 || figures.length * 4 < filled.length * 3 || counting) continue;
    // (标准 | 等级 over 7500 | 80, 6500 | 70 …: a 等级 column of figures is the points each step earns.)
    if ((role === undefined && /分|^(?:等级|档次|分档)$/.test(head)) || withFen.length * 3 >= figures.length * 2)
      return c;
  }
  return undefined;
}

/**
 * 价素 | 考核要求 | 评分标准 over 分区分类摆放 / 整齐摆放 / 其他, each merged down its rows: a first head no word names (a
 * scan's 要素) over short names, no scoring in them — the names' column.
 */
function unknownLeadNames(grid: Grid, merged: ReturnType<typeof mergeIndex>, r: number): boolean {
  const head = headText(valueAt(grid, merged, r, 0));
  if (head === '' || roleOf(head) !== undefined || head.length > 6) return false;
  const cells = grid.rows
    .slice(r + 1)
    .map((row, i) => {
      const m = merged(r + 1 + i, 0);
      return m && m.top !== r + 1 + i ? '' : cellText(row[0]);
    })
    // (说明:… under the rows is a note, not a name.)
    .filter((v) => v !== '' && !NOTE_LINE.test(v));
  const spans = grid.merges.filter((m) => m.left === 0 && m.top > r && m.bottom > m.top).length;
  return (
    cells.length >= 2 &&
    spans >= 1 &&
    cells.filter((x) => x.length <= 12 && /[\u4e00-\u9fff]{2}/.test(x) && !scoring.test(x)).length * 4 >=
      cells.length * 3
  );
}

/**
 * (no head) | (no head) | (no head) | 考核内容 | 满分 | 评分细则 over 1.2.1 | 健康教育计划、年终总结 | 4 merged down its rows: a
 * copy that lost its first heads — the numbers (1.2.1), the groups' names and the groups' points, told by what the
 * columns hold. Only before the first head, and only where a rule column stands after.
 */
function headlessLead(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  first: number,
  last: number,
  width: number,
  columns: Map<number, Role>,
): void {
  // (A head wholly in brackets, （编号，未见）, is an editor's remark where the head was lost.)
  const headed = [...Array(width).keys()].find((c) => {
    const h = headText(valueAt(grid, merged, first, c));
    return h !== '' && !/^[（(][^()（）]*[)）]$/.test(h);
  });
  if (headed === undefined || headed < 2 || ![...columns.values()].includes('rule')) return;
  // Each cell once: the top of a merged range, or a cell of its own.
  const cells = (c: number): string[] =>
    grid.rows
      .slice(last + 1)
      .map((row, i) => {
        const m = merged(last + 1 + i, c);
        return m && m.top !== last + 1 + i ? '' : cellText(row[c]);
      })
      .filter((v) => v !== '');
  const roles: Role[] = [];
  for (let c = 0; c < headed; c++) {
    const v = cells(c);
    if (v.length < 2) return;
    const role: Role | undefined = v.every((x) => /^\d{1,2}(?:\.\d{1,2}){2,3}$/.test(x))
      ? 'no'
      : v.every((x) => /^\d+(?:\.\d+)?分?$/.test(x)) && roles.includes('name')
        ? 'points'
        : v.every((x) => x.length <= 20 && /[\u4e00-\u9fff]{2}/.test(x) && !scoring.test(x))
          ? 'name'
          : undefined;
    if (role === undefined) return;
    roles.push(role);
  }
  roles.forEach((role, c) => columns.set(c, role));
}

import { cellText } from './header';
import { gradeTop, POINTS_RANGE, type GradeShare } from './header-grades';

/**
 * 评估原则与等级系数 over 一 (1.0) | 二 (0.8) | 三 (0.6) | 四 (0.4), each row naming its grades (认识明确 | 较明确 |
 * 一般 | 不明确) beside its 标准分 4: the row's rule, in words the reading takes as levels (认识明确得4分；较明确得
 * 3.2分；…). Pure.
 */
/** 优秀(占比90-100%) over 1000平方米以上 in a row of 10: 9-10 — a band the assessor marks within; a factor, one figure. */
function earnsOf(points: number, f: GradeShare): string {
  const of = (x: number): number => Math.round(points * x * 100) / 100;
  return typeof f === 'number' ? `${of(f)}` : `${of(f[0])}-${of(f[1])}`;
}

export function gradedRule(
  points: number | undefined,
  grades: ReadonlyMap<number, GradeShare> | undefined,
  cell: (c: number) => string,
  head: (c: number) => string = () => '',
): string | undefined {
  if (points === undefined || !grades || grades.size < 2) return undefined;
  // (A1 | B0.8 | C0.6 | D0.4 over cells left empty: the grades are the heads' letters, A等 … D等.)
  const empty = [...grades.keys()].every((c) => cellText(cell(c)) === '');
  const letter = (c: number): string => {
    const m = /^([A-D]|[一二三四五六]|[甲乙丙丁]|优秀?|良好?|中等?|合格|一般|较差|差)/.exec(cellText(head(c)));
    return m?.[1] ? (/^[A-D一二三四五六甲乙丙丁]$/.test(m[1]) ? `${m[1]}等` : m[1]) : '';
  };
  const named = [...grades].map(([c, factor]) => ({ name: empty ? letter(c) : cellText(cell(c)), factor }));
  // (5000册以上 | 3 | (nothing) | (nothing) on the last row, where the copy stops: the grades seen, the rest cut.)
  const seen = named.findIndex((g) => g.name === '');
  if (seen === 0 || (seen > 0 && named.slice(seen).some((g) => g.name !== ''))) return undefined;
  if (seen > 0)
    return named
      .slice(0, seen)
      .map((g, k) => (k < seen - 1 ? `${g.name}得${earnsOf(points, g.factor)}分` : g.name))
      .join('；');
  return named.map((g) => `${g.name.replace(/[。.；;]$/, '')}得${earnsOf(points, g.factor)}分`).join('；');
}

/**
 * A | B | C over 15 | 12 | 9: grade columns holding each grade's points. The row's points are the best grade's;
 * its rule the grades (A得15分；B得12分；C得9分), with what the row's own words say of scoring after them
 * (…补写手册者,该项不计分). Pure.
 */
export function gradePointsRule(
  grades: ReadonlyMap<number, string> | undefined,
  cell: (c: number) => string,
  words: string,
): { points: number; rule?: string } | undefined {
  if (!grades || grades.size < 2) return undefined;
  const own = /扣|不得分|不计分|得\d|加\d|\d分/.test(words) ? words : '';
  // (个性特色加分 | 1.有创新点 | 2 | (nothing) …: a figure in the first grade's cell alone, the others empty, is the row's
  // points — a cell across the grades on the page, no grade of its own; its rule its own words.)
  const [firstCol, ...restCols] = [...grades.keys()];
  const alone = Number(cellText(cell(firstCol ?? -1)).replace(/分$/, ''));
  if (
    cellText(cell(firstCol ?? -1)) !== '' &&
    Number.isFinite(alone) &&
    restCols.every((c) => cellText(cell(c)) === '')
  )
    return { points: alone };
  // (较好 | 一般 | 较差 over 20-25 | 10-19 | 0-9: each grade a range of marks, the assessor's within it.)
  const figures = [...grades].map(([c, name]) => {
    const said = cellText(cell(c)).replace(/分$/, '');
    const range = POINTS_RANGE.exec(said);
    return { name, points: gradeTop(said), earns: range ? `${range[1] ?? ''}-${range[2] ?? ''}` : said };
  });
  if (figures.some((g) => cellText(cell([...grades.keys()][0] ?? -1)) === '' || !Number.isFinite(g.points)))
    return undefined;
  const ladder = figures.map((g) => `${g.name}得${g.earns}分`).join('；');
  return { points: Math.max(...figures.map((g) => g.points)), rule: own ? `${ladder}。${own}` : ladder };
}

/**
 * 有建立联席会议制度 没有建立联席会议制度 | 30分 0分, or 体育开课率100% 80% 70% | 50分 30分 10分: grades written as
 * words side by side in one cell and their points side by side in the points cell beside it — each word its points
 * (有建立联席会议制度得30分;没有建立联席会议制度得0分). One word more than the points leads them (定期进行巡查 | 定期巡查
 * 不定期巡查 没有巡查 | 20分 15分 0分). The row's points are the best. Undefined unless both cells are such lists.
 */
export function sideBySide(rule: string, pointsCell: string): { points: number; rule: string } | undefined {
  const cell = cellText(pointsCell);
  const figures = [...cell.matchAll(/(\d+(?:\.\d+)?)\s*分/g)].map((m) => Number(m[1]));
  if (figures.length < 2 || cell.replace(/\d+(?:\.\d+)?\s*分/g, '').trim() !== '') return undefined;
  if (figures.some((n, k) => k > 0 && n > (figures[k - 1] ?? n))) return undefined;
  const words = rule.trim().split(/\s+/);
  const lead = words.length === figures.length + 1 ? words[0] : undefined;
  const graded = lead === undefined ? words : words.slice(1);
  if (graded.length !== figures.length || /[,，;；。]/.test(rule)) return undefined;
  const paired = graded.map((w, k) => `${w}得${figures[k] ?? 0}分`).join(';');
  return { points: Math.max(...figures), rule: lead === undefined ? paired : `${lead}:${paired}` };
}

/**
 * …100%,培训资料全面 | 4 | …80-99%,… | 3 | …<60%,… | 2 in pairs of a level's words and its points (levelPairColumns):
 * the row's rule, each level its points (…培训资料全面得4分；…), the best the row's points. Undefined where fewer than
 * two pairs are filled.
 */
export function levelPairsRule(
  pairs: readonly (readonly [number, number])[] | undefined,
  cell: (c: number) => string,
): { points: number; rule: string } | undefined {
  const filled = (pairs ?? []).filter(([w, p]) => cellText(cell(w)) !== '' && cellText(cell(p)) !== '');
  if (filled.length < 2) return undefined;
  const levels = filled.map(([w, p]) => ({
    words: cellText(cell(w)).replace(/[。.；;，,]+$/, ''),
    points: Number(cellText(cell(p)).replace(/分$/, '')),
  }));
  if (levels.some((l) => !Number.isFinite(l.points))) return undefined;
  return {
    points: Math.max(...levels.map((l) => l.points)),
    rule: levels.map((l) => `${l.words}得${l.points}分`).join('；'),
  };
}

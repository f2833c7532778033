import { POINTS_RANGE } from './header-grades';
import { splitName } from './names';
import type { Row } from './row-types';
import { scoringWords } from './shape';

/** Rows under one name that are the grades of one item, folded into that item. Pure. */

/**
 * Runs of rows under one name, each joined while `joins(row, k)` holds for its place k in the run (0 for the
 * first), folded into one row by `fold` — or, where `fold` gives nothing, left as they were.
 */
function foldRuns(
  rows: readonly Row[],
  joins: (row: Row, k: number) => boolean,
  fold: (run: readonly Row[], atEnd: boolean) => Row | undefined,
): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length;) {
    const first = rows[i] as Row;
    let end = i;
    if (first.name !== '' && joins(first, 0))
      while (rows[end + 1]?.nameKey === first.nameKey && joins(rows[end + 1] as Row, end + 1 - i)) end++;
    const folded = end > i ? fold(rows.slice(i, end + 1), end === rows.length - 1) : undefined;
    if (folded) {
      out.push(folded);
      i = end + 1;
    } else {
      out.push(first);
      i++;
    }
  }
  return out;
}

const rangeOf = (r: Row): [number, number] | undefined => {
  const m = POINTS_RANGE.exec(r.pointsText.replace(/\s+/g, '')) ?? (r.pointsText === '' ? said(r) : null);
  if (!m || r.points !== undefined || r.role !== 'base') return undefined;
  const lo = Number(m[1]);
  const hi = Number(m[2] ?? m[1]);
  return lo <= hi ? [lo, hi] : undefined;
};

/** 完成30%及以上(30-49) / 完成50%及以上(50) with no points column: the band's points closing its words. */
const SAID = /[（(]\s*(\d+(?:\.\d+)?)(?:\s*[-—–~～至]\s*(\d+(?:\.\d+)?))?\s*[)）]\s*[。.；;]?\s*$/;
const said = (r: Row): RegExpExecArray | null => (/分/.test(r.rule.slice(-6)) ? null : SAID.exec(r.rule));
/** A row's words without the band's points closing them. */
const bandWords = (r: Row): string =>
  (r.pointsText === '' && said(r) ? r.rule.replace(SAID, '') : r.rule).replace(/[。.；;,，\s]+$/, '');

/**
 * 工作技能(权重 30%) merged down over A …具备操作技能… | 20-30 分, B …一般… | 10-19 分, C … | 0-9 分: rows under one
 * name, each a grade with a range of points, are one item — the assessor picks the grade that fits and gives a
 * figure within its range. Its points are the top of the best range; its rule the grades with their ranges
 * (A…得20-30分；B…得10-19分；…), as the reading knows bands.
 */
export function gradeRangeRows(rows: readonly Row[]): Row[] {
  // (聲像室與設施 | 有專門的聲像室… | 0-20 alone under its name: the assessor's figure within the range.)
  const lone = (r: Row): Row => {
    const range = r.pointsText === '' ? undefined : rangeOf(r);
    const mine = rows.filter((x) => x.nameKey === r.nameKey).length === 1;
    if (!range || !mine || r.rule.trim() === '') return r;
    const rule = `${r.rule.replace(/[。.；;,，\s]+$/, '')},得${range[0]}-${range[1]}分`;
    return { ...r, rule, points: range[1], pointsText: String(range[1]) };
  };
  return foldRuns(
    rows,
    (r) => rangeOf(r) !== undefined,
    (run) => {
      const first = run[0] as Row;
      const ranges = run.map((r) => rangeOf(r) as [number, number]);
      // (Bands in the words, (50) / (30-49) / … / (0-19): only as a ladder down to nothing.)
      const inWords = run.some((r) => r.pointsText === '');
      if (inWords && (Math.min(...ranges.map(([lo]) => lo)) !== 0 || !ranges.some(([lo, hi]) => lo < hi)))
        return undefined;
      const top = Math.max(...ranges.map(([, hi]) => hi));
      const band = (k: number): string =>
        ranges[k]?.[0] === ranges[k]?.[1] ? `${ranges[k]?.[0] ?? 0}` : `${ranges[k]?.[0] ?? 0}-${ranges[k]?.[1] ?? 0}`;
      // (…及以上的得50分: 的 before 得, as a band's words read whole.)
      const join = (r: Row): string => (r.pointsText === '' && !/的$/.test(bandWords(r)) ? '的' : '');
      const rule = run.map((r, k) => `${bandWords(r)}${join(r)}得${band(k)}分`).join('；');
      return { ...first, rule, points: top, pointsText: String(top) };
    },
  ).map(lone);
}

/**
 * 2.有专业建设规划,并按进度逐项落实。 merged down over 1.有规划且按进度逐项落实 | 7, 2.有规划但未完全落实 | 3, 3.无规划 | 0:
 * rows under one name, numbered 1, 2, 3 in their rule, their points falling to 0, are the grades of one item — the
 * assessor picks one. Its points are the best grade's; its rule the grades (…得7分；…得3分；…得0分). A last grade
 * cut off before its points (2.教材征订单迟) leaves the item cut.
 */
export function gradeStepRows(rows: readonly Row[]): Row[] {
  return foldRuns(
    rows,
    (r, k) => r.role === 'base' && new RegExp(`^\\s*${k + 1}\\s*[.、．]`).test(r.rule),
    (run, atEnd) => {
      const first = run[0] as Row;
      const last = run[run.length - 1] as Row;
      // (The table's last row, its grade with no points: cut off there, as its words are.)
      const cut = last.cut === true || (last.points === undefined && atEnd);
      const pts = (cut ? run.slice(0, -1) : run).map((r) => r.points);
      const falling = pts.every((p, k) => typeof p === 'number' && (k === 0 || p < (pts[k - 1] ?? 0)));
      // (Not under a name with points of its own, 输卫生(40分) over 1.…10 | 2.…: a section over rows, not one item.)
      const own = first.names[first.names.length - 1]?.text ?? '';
      if (!falling || !(cut || pts[pts.length - 1] === 0) || splitName(own).cap !== undefined) return undefined;
      const grade = (r: Row): string => r.rule.replace(/^\s*\d\s*[.、．]\s*/, '').replace(/[。.；;,，\s]+$/, '');
      const rule = run.map((r) => (r.points === undefined ? grade(r) : `${grade(r)}得${r.points}分`)).join('；');
      return { ...first, rule, points: pts[0] as number, pointsText: String(pts[0]), ...(cut ? { cut: true } : {}) };
    },
  );
}

const STEP_FIGURE = /^\s*(?:≥|>=|不少于|不低于)?\s*(\d+(?:\.\d+)?)\s*(?:↑|以上|及以上)\s*$/;
/** (7500 | 80, 6500 | 70, …: a bare figure, as a standard column of steps writes them, three or more in a run.) */
const BARE_FIGURE = /^\s*(\d+(?:\.\d+)?)\s*$/;

/**
 * 館舍建筑面積(平方米) merged down over 4000↑ | 30, 3000↑ | 20, 2000↑ | 15, 1000↑ | 10: rows under one name, each a
 * figure to reach with its points, falling, are the steps of one item — the best reached earns its points. Its points
 * are the first step's; its rule the steps (4000以上得30分；3000以上得20分；…), as the reading knows levels.
 */
export function figureStepRows(rows: readonly Row[]): Row[] {
  // (設備 | 每種(或每套)設備價值 | (no points) over 50000↑ | 10, 25000↑ | 8 …: each piece earns the points of its band —
  // counts, one a band; the most in all what the 备注 beside them says, 累計得分不得超過30分.)
  const lead = (r: Row): string | undefined =>
    r.role === 'base' && r.points === undefined && !STEP_FIGURE.test(r.rule)
      ? /每([种種套个個件台臺项項])/.exec(r.rule)?.[1]
      : undefined;
  // (The step in the standard column where one stands beside the rule: 标准 | 等级 | 说明 | 评估细则.)
  const stepText = (r: Row): string =>
    STEP_FIGURE.test(r.standard) || BARE_FIGURE.test(r.standard) ? r.standard : r.rule;
  const isStep = (r: Row): boolean =>
    r.role === 'base' && r.points !== undefined && (STEP_FIGURE.test(stepText(r)) || BARE_FIGURE.test(stepText(r)));
  const figure = (r: Row): string => (STEP_FIGURE.exec(stepText(r)) ?? BARE_FIGURE.exec(stepText(r)))?.[1] ?? '';
  return foldRuns(
    rows,
    (r, k) => (k === 0 && lead(r) !== undefined) || isStep(r),
    (run) => {
      const first = run[0] as Row;
      const unit = lead(first);
      const steps = unit === undefined ? run : run.slice(1);
      const pts = steps.map((r) => r.points);
      const falling = pts.every((p, k) => typeof p === 'number' && (k === 0 || p < (pts[k - 1] ?? 0)));
      // (Bare figures, no ↑ or 以上, only as three or more steps falling with their points.)
      const bare = steps.some((r) => !STEP_FIGURE.test(stepText(r)));
      const figures = steps.map((r) => Number(figure(r)));
      const down = figures.every((x, k) => k === 0 || x < (figures[k - 1] ?? 0));
      if (!falling || steps.length < 2 || (bare && (steps.length < 3 || !down))) return undefined;
      if (unit === undefined) {
        const said = steps.map((r) => `${figure(r)}以上得${r.points ?? 0}分`).join('；');
        // (A rule column beside the standard's steps says how the figure is found — 以…为标准,需提供《…》: kept as the
        // item's method, not read as a way of scoring beside the steps.)
        // (One that scores — 超出最高标准的,每增加500平方米加10分… — is read with them, after a full stop.)
        const more = stepText(first) === first.rule ? '' : first.rule.trim();
        const scored = scoringWords.test(more);
        // (Steps parted by commas then, so that no step is read apart from the others with the words after them.)
        const rule = scored ? `${said.replace(/；/g, '，')}。${more}` : said;
        const method = more && !scored ? { method: [first.method, more].filter(Boolean).join('；') } : {};
        // (A 说明 merged down these steps and no further is this item's: read with its rule, as a row's 备注 is.)
        const own =
          first.blockNote !== undefined &&
          /扣|得|加|\d\s*分|不超/.test(first.blockNote) &&
          run.every((r) => r.blockNote === first.blockNote) &&
          rows.filter((r) => r.blockNote === first.blockNote).length === run.length;
        const note = own ? { note: [first.note, first.blockNote].filter(Boolean).join('；') } : {};
        return { ...first, rule, ...method, ...note, points: pts[0] as number, pointsText: String(pts[0]) };
      }
      const words = first.rule
        .replace(/[(（][^()（）]*[)）]/g, '')
        .replace(/每[种種套个個件台臺项項]/, '')
        .trim();
      const rule = steps.map((r) => `${words}${figure(r)}以上的每${unit}得${r.points ?? 0}分`).join('；');
      const most = /(?:不得超过|不得超過|不超过|不超過|最多|最高)\s*(\d+(?:\.\d+)?)\s*分/.exec(
        first.blockNote ?? '',
      )?.[1];
      return {
        ...first,
        rule,
        ...(most === undefined ? {} : { points: Number(most), pointsText: most }),
      };
    },
  );
}

/**
 * A1.1 科技平台(3分) merged down over 按期完成目标,建设成效显著,层次高; | 3, 按期完成目标,建设成效明显 | 2, 没能按期完成目标,…
 * | 1: rows under a name that carries its own points, the first row's points those and falling, each saying nothing of
 * scoring — the bands of one item, the assessor picks one. Its rule the bands (…得3分；…得2分；…得1分).
 */
export function bandRows(rows: readonly Row[]): Row[] {
  // (好(5分) / 较好(3分) / 一般(1分) where the points column holds each band with its points: the band's words.)
  const words = (r: Row): string => {
    const m = /^(.*?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(r.rule.trim());
    return m?.[1] !== undefined && Number(m[2]) === r.points ? m[1] : r.rule;
  };
  return foldRuns(
    rows,
    (r) => r.role === 'base' && r.points !== undefined && words(r).trim() !== '' && !scoringWords.test(words(r)),
    (run) => {
      const first = run[0] as Row;
      const own = splitName(first.names[first.names.length - 1]?.text ?? '').cap;
      const pts = run.map((r) => r.points ?? NaN);
      const falling = pts.every((p, k) => k === 0 || p < (pts[k - 1] ?? 0));
      // (产地环境 merged over …认定之一 | 5, …评价报告 | 3, 无…报告 | 0 with no points of its own: falling to nothing, the
      // cases of one item worth the first.)
      // (Not where a second points column merged over them gives the item's figure: totalBandRows reads those.)
      const toNothing =
        own === undefined && run.length >= 2 && pts[pts.length - 1] === 0 && first.sectionPoints === undefined;
      if (!falling || !((typeof own === 'number' && own === pts[0]) || toNothing)) return undefined;
      const top = pts[0] ?? 0;
      const band = (r: Row): string => words(r).replace(/[。.；;,，\s]+$/, '');
      const rule = run.map((r) => `${band(r)}得${r.points ?? 0}分`).join('；');
      return { ...first, rule, points: top, pointsText: String(top) };
    },
  );
}

/**
 * 关联贷款 | 未发放关联贷款 | 12 | 12 (总分 merged down) over …单户余额未超过…50% | 9, …超过…已向监管部门备案 | 5, … | 0: rows
 * sharing one figure merged down a second points column, the first row's points that figure and falling — the bands of
 * one item worth it. Its rule the bands (…得12分；…得9分；…).
 */
export function totalBandRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length;) {
    const first = rows[i] as Row;
    const key = first.sectionPointsKey;
    let end = i;
    if (key !== undefined && first.sectionPoints !== undefined)
      while (rows[end + 1]?.sectionPointsKey === key && rows[end + 1]?.block === first.block) end++;
    const run = rows.slice(i, end + 1);
    const pts = run.map((r) => r.points ?? NaN);
    const band = (r: Row): string => r.rule.replace(/[。.；;,，\s]+$/, '');
    const folds =
      run.length >= 2 &&
      pts[0] === first.sectionPoints &&
      pts.every((p, k) => k === 0 || p < (pts[k - 1] ?? 0)) &&
      run.every((r) => r.role === 'base' && band(r) !== '' && !scoringWords.test(r.rule));
    if (!folds) {
      out.push(first);
      i++;
      continue;
    }
    const { sectionPoints: _sp, sectionPointsKey: _sk, ...rest } = first;
    out.push({
      ...rest,
      name: run.find((r) => r.name !== '')?.name ?? first.name,
      rule: run.map((r) => `${band(r)}得${r.points ?? 0}分`).join('；'),
      points: first.sectionPoints,
      pointsText: String(first.sectionPoints),
    });
    i = end + 1;
  }
  return out;
}

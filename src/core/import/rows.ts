import { clip } from './text';
import { cellText, GRADE_HEAD, mergeIndex, scoring, valueAt, type Grid, type Header } from './header';
import { headText, roleOf } from './heads';
import { GRADE_SETTLED } from './lexicon-measures';
import { heading, innermostPriced, nextLevel, nextName, nextNumber, rowNumbering, type Heading } from './headings';
import { namedPoints, numberingLevel, readPoints, splitName } from './names';
import { leadNumber, parseNumber } from './numerals';

export { numberOf, readPoints, splitName } from './names';
export { joinRule } from './rows-kept';
export type { Body, Row } from './row-types';
import type { Body, Row } from './row-types';
import { gradedRule, gradePointsRule, levelPairsRule, sideBySide } from './rows-grades';
import { pairedRows } from './rows-pairs';
import { NOTE_HEAD, NOTE_LINE, notesBelow } from './rows-notes';
import { costAdds, costsMakeOuter, joinRule, liftTitles, nameRule } from './rows-kept';
import { gradeGrids } from './rows-grade-grid';
import { eachSaid, readProse, SCALE_OF_100 } from './rows-prose';
import { rowRole, wholeTable } from './rows-role';
import {
  basePoints,
  bareClosingPoints,
  bandRun,
  eachListedRule,
  timesPoints,
  formulaPoints,
  pointsCellRule,
  pooledUnderName,
  type GroupCols,
  type GroupItem,
  bareCost,
  ruleLeadIn,
  closingPoints,
  demandPoints,
  fewerCells,
  figureOverNamedRows,
  figureOverCells,
  figures,
  firstRowPool,
  gainedPoints,
  leadTitle,
  markCut,
  noteBonus,
  onlyAdds,
  runTogetherPoints,
  partsPoints,
  poolsNamedBelow,
  endsText,
  lastFilledRow,
} from './rows-shape';

// (检查项目合计 | | 100: the sum of the items, as 合计 is.)
const totalRow =
  /^(?:(?:检查|考核|考评|评分)?项目合计|合计|总计|共计|总分|小计(?:分值|分数)?|合计分(?:值|数)?|总分值|汇总|累计分值|累计总分|得分合计|合计得分|总得分|总分合计|得分总计|总计得分|本(?:周|月|季度?|次|年度?)(?:得分|总分))$/;
const baseRow = /^(?:起评分|基础分|基本分|起始分|基准分)$/;
/** 安全防事故(5条,7分): a part named with how many articles it holds and its points — a line of contents. */
const CONTENTS_LINE = /^[^,，。;；]{2,30}?[（(]\s*\d+\s*条\s*[,，、]\s*\d+(?:\.\d+)?\s*分\s*[)）][。.]?$/;
/** 附加分 / 加分 / 奖励分 beside a points column: what a row adds beyond its points. */
const BONUS_HEAD = /^(?:附加分|加分|奖励分|加分(?:标准|项目|项|说明|办法))$/;
/** A points cell a scan garbled: a figure with brackets or letters mixed in (1() / IO / l0 / 1O), no words. */
const GARBLED_FIGURE = /^(?=.*\d|[IlO]{2}$)[\dIlO()（）.]{2,5}$/;
/** 记分内容 / 扣分事项 / 失信行为: a head over lapses, the points beside them what each costs. */
const DEMERIT_HEAD = /^(?:记分|扣分|失信)(?:内容|事项|行为|情形)$/;
/** 以上五项扣完40分为止。 / 以上事项扣完5分为止。: what the rows above deduct from, said after them. */
export const POOL_CLOSING = /^以上.{0,8}?扣完(\d+(?:\.\d+)?)分为?止[。.]?$/;
/**
 * 若突击批改作业…敷衍了事,不讲实效者,检查不得分 below the items: the whole check void — a veto, as 一票否决 is.
 * (Not 该项 / 本项 …不得分: that is the one item's.)
 * (说明:项目一、二、三有一项没有达到要求的,本申报项目为不合格。: the whole application fails — a veto too.)
 */
const wholeVoid =
  /(?<!该项|本项|此项|该条|本条)(?:检查|考核|考评|评查|评估)(?:总分|得分|总得分)?(?:不得分|为零分?|计零分|计0分|为0分)|总分(?:为零分?|计零分|计0分|为0分)|本(?:申报|验收|考核|参评)项目(?:为|评为|定为|判为)?不合格/;
/** 必备条件(任一项不符合不得验收): a name over conditions that each bar the unit when not met. */
const GATE =
  /(?:任一|任何一|有一)项不(?:符合|具备|满足|达标|达到)的?[,，]?(?:均|都)?(?:不得|不予|不能)(?:验收|申报|评定|参评|参加|通过|评审|认定)/;
/** 可以验收 不予验收: the assessor's choice, ticked under the conditions — no condition itself. */
const DECISION_LINE = /^(?:可以|准予|同意|予以)[\u4e00-\u9fff]{1,4}\s*(?:不予|不可|不同意|不准)[\u4e00-\u9fff]{1,4}$/;
const vetoWords = (label: string, itemsBefore: number): boolean =>
  /^[^,，;；。]*一票否决[”"]?$/.test(label) ||
  (itemsBefore > 0 && (wholeVoid.test(label) || /^否决项[:：]/.test(label)));

/** The words scored for a row: its rule, then a 备注 that says how to score. */
export const scoredText = (row: Row): string => (row.note ? joinRule([row.rule, row.note]) : row.rule);

export function readBody(sheet: Grid, header: Header): Body {
  const grid = gradeGrids(liftTitles(sheet, header), header);
  const merged = mergeIndex(grid);
  const col = (role: string): number[] =>
    [...header.columns]
      .filter(([, r]) => r === role)
      .map(([c]) => c)
      .sort((a, b) => a - b);
  const names = col('name');
  const [noCol] = col('no');
  // 一级指标 | 分值 | 二级指标 | 分值: the points column after the last name column is the item's; one
  // between the name columns (or a 类别小计) is the section's.
  const pointsCols = col('points');
  const lastName = names[names.length - 1] ?? -1;
  // 分值 (merged down a block) | 考核标准 | 单项分值: of two after the names, the one with more figures.
  const after = pointsCols.filter((c) => c > lastName);
  const given =
    after.length > 1
      ? after.reduce((a, c) => (figures(grid, merged, header.row, c) > figures(grid, merged, header.row, a) ? c : a))
      : (after[0] ?? pointsCols[pointsCols.length - 1]);
  // (A figure merged over rows whose names carry their own points is the group's: a section's.)
  // (…or over rows whose bands of marks give their own: 合管理 | 15 over three standards of 5-4.5 … each.)
  const overNamed =
    figureOverNamedRows(grid, merged, header.row, given, names[names.length - 1]) ||
    // (…or over rules that each close with their own: 40 merged down | 1.标识、标志符合省厅统一标准(5分) | ….)
    figureOverCells(
      grid,
      merged,
      header.row,
      given,
      col('rule')[0],
      3,
      (row, c) => closingPoints(row[c] ?? '') !== undefined,
    ) ||
    figureOverCells(grid, merged, header.row, given, col('rule')[0], 2, (row, c) => bandRun(row, c) !== undefined);
  const pointsCol = overNamed ? undefined : given;
  const otherPointsCol = pointsCol === undefined ? undefined : after.find((c) => c !== pointsCol);
  const sectionPointsCol =
    (overNamed ? given : undefined) ??
    col('sectionPoints')[0] ??
    pointsCols.find((c) => c !== pointsCol && c > (names[0] ?? -1) && c < lastName) ??
    pointsCols.find((c) => c !== pointsCol && fewerCells(grid, merged, header.row, c, pointsCol));
  const [noteCol] = col('note');
  // Two rule columns (考核标准 | 评分方法): the requirement, then how it is scored. Both are the rule.
  // (基本分 | 附加分 with 超过1次的,加5分 under the 附加分: what each row adds beyond its points — a bonus of its own, no rule
  // of the row.)
  const bonusCol =
    given === undefined
      ? undefined
      : col('rule').find((c) => BONUS_HEAD.test(headText(valueAt(grid, merged, header.row, c))));
  const ruleCols = col('rule').filter((c) => c !== bonusCol);
  // (A column's head as read: on the last header row, else the first — 扣分 over a second row naming other columns.)
  const headOf = (c: number): string =>
    headText(valueAt(grid, merged, header.row, c)) || headText(valueAt(grid, merged, header.first, c));
  const [standardCol] = col('standard');
  const classCols = [...header.classes];
  const [methodCol] = col('method');
  const key = (r: number, c: number | undefined): string => {
    if (c === undefined) return '';
    const m = merged(r, c);
    return m ? `${m.top},${m.left}` : `${r},${c}`;
  };
  const starts = (r: number, c: number | undefined): boolean => c !== undefined && (merged(r, c)?.top ?? r) === r;
  // (時間、地點、內容摘要 — a column the assessor fills — empty on every row: no rule is written there.)
  const rulesEmpty =
    ruleCols.length > 0 &&
    grid.rows.slice(header.row + 1).every((row) => ruleCols.every((c) => cellText(row[c]) === ''));
  const rows: Row[] = [];
  const totals: (number | undefined)[] = [];
  const bases: (number | undefined)[] = [];
  const notes: string[] = [];
  let stack: Heading[] = [];
  // (One title merged over rows is one heading for all of them: rows that ask whether a sibling has points find it.)
  const gatherHeads = new Map<string, Heading>();
  let block = 0;
  let topSeen = 0;
  // What the last top heading said it assesses (一、政协委员考核内容 → 政协委员).
  let subjectTop: string | undefined;
  let subjectSub: string | undefined;
  // Rows before this index have had their group's 小计.
  let subtotalled = 0;
  // A name with nothing under it yet: a heading, or, as the last row, a row cut off.
  let pending: { row: number; text: string; no?: string; level?: number; capped?: true } | undefined;
  const unread: NonNullable<Body['unread']>[number][] = [];
  // Headings with points, to name any that nothing scorable stands under (三、風險評估(小計16分) over a cut row).
  const headed: { row: number; h: Heading }[] = [];
  const preamble: { row: number; text: string }[] = [];
  // 类别 | 考核内容 (一级) | (二级) where the first name is one title over every row (自然资源保护和利用(100分)):
  // the level below it is the section.
  const firstNames = new Set(
    grid.rows
      .slice(header.row + 1)
      .map((_, i) => valueAt(grid, merged, header.row + 1 + i, names[0] ?? -1))
      .filter((v) => v !== ''),
  );
  const oneTitle =
    names.length >= 3 &&
    firstNames.size === 1 &&
    grid.rows
      .slice(header.row + 1)
      .some((_, i) => splitName(valueAt(grid, merged, header.row + 1 + i, names[1] ?? -1)).cap !== undefined);
  // (That title's points are the table's: 一、基础条件(110分) over every row.)
  // (Not where rows before it stand under no title: c20…(10分) above a3普及程度150分 is a page before's.)
  const titled = oneTitle && valueAt(grid, merged, header.row + 1, names[0] ?? -1) !== '';
  const titleCap = titled ? splitName([...firstNames][0] ?? '').cap : undefined;
  if (typeof titleCap === 'number') totals[0] = titleCap;
  // 类别 | 分数 | 内容: the outer name column names kinds of rows, not items.
  const byCategory =
    names.length >= 2 && /类别|分类|大类|类型/.test(headText(valueAt(grid, merged, header.row, names[0] ?? -1)));
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    // (续表 alone on its row: the sheet going on to a second page, no part of the table.)
    const said = (grid.rows[r] ?? []).map((v) => cellText(v)).filter(Boolean);
    if (said.length === 1 && /^(?:续表|续上表|接上表)[:：]?$/.test(said[0] ?? '')) continue;
    // A cell holding only a dash (- / ——) says nothing.
    const at = (c: number | undefined): string =>
      c === undefined ? '' : valueAt(grid, merged, r, c).replace(/^[-—–－]+$/, '');
    const note = at(noteCol);
    // A 说明 merged down a block says something of the block, not of each row: never read into its clauses.
    const noteMerge = noteCol === undefined ? undefined : merged(r, noteCol);
    const blockNote = noteMerge !== undefined && noteMerge.bottom > noteMerge.top;
    // (Unless it says what each 条 of the block loses: 每条内容中缺项,扣除本条分值 — read with each row.)
    const eachRow = blockNote && /每条|本条|各条/.test(note) && /扣|不得分|不计分/.test(note);
    // (One that only adds, 每有一项…追加0.5分,加分累计不超2分: a bonus over the block's item, made after its last row.)
    const bonusNote = blockNote && !eachRow && onlyAdds(note);
    if (blockNote && !eachRow && !bonusNote && noteMerge.top === r && /扣|得|加|分/.test(note)) notes.push(note);
    // (20分(达不到酌情扣分) in the points column: how the points are given, read with the rule as a 备注 is.)
    const pointsNote = /\d分[（(]([^()（）\d]+)[)）]$/.exec(cellText(at(pointsCol)))?.[1] ?? '';
    // (Not 不得混用 / 不得涂改: a rule of practice, no points.)
    const scoringNote =
      (!blockNote || eachRow) && /扣|得\s*[\d满]|得分|加\s*\d|加分|\d\s*分|分值|否决|不超过|最多|最高/.test(note)
        ? note
        : /扣|得|加|酌情/.test(pointsNote)
          ? pointsNote
          : '';
    const byClass = new Map(classCols.map(([c, cls]) => [cls, at(c)] as const).filter(([, t]) => t !== ''));
    // (缺陷内容 | 扣分标准 over 缺主诉 | 5 / …有缺陷 | 1/项 / 0。5/项: under a head that says it deducts, a bare
    // figure is what the lapse beside it costs — once, or each time.)
    // (5-4.5 | 4.4-4 | … | 2.9及以下 across the rule columns: the bands the checker picks from.)
    const band = ruleCols[0] === undefined ? undefined : bandRun(grid.rows[r] ?? [], ruleCols[0]);
    // (考核要求 merged down a block | 评分标准 row by row (…混放每个扣3分): what the block requires, said once over its
    // costs — no part of each row's rule.)
    const spans = (c: number): boolean => (merged(r, c)?.bottom ?? r) > (merged(r, c)?.top ?? r);
    const blockDemand =
      standardCol === undefined && ruleCols.length === 2
        ? ruleCols.filter((c) => spans(c) && ruleCols.some((d) => d !== c && !spans(d) && at(d) !== ''))
        : [];
    const ownRule = band
      ? joinRule([band.rule, ...ruleCols.filter((c) => c > band.to).map((c) => at(c))])
      : joinRule(
          ruleCols
            .filter((c) => !blockDemand.includes(c))
            // (A级 | B级 | C级 holding what each grade looks like: each said with its grade.)
            .map((c) =>
              GRADE_HEAD.test(headOf(c)) && at(c) !== ''
                ? `${headOf(c)}：${at(c)}`
                : ruleLeadIn(bareCost(at(c), headOf(c))),
            ),
        );
    // (组织管理( 1.5 分) merged down | 指标说明: 制订…工作制度 / 配备…人员 / 定期…沟通 | A. …0.5分B. …0 分: under a name
    // the rows share, a 说明 of each row's own that does not score is what that row asks.)
    const ownNote =
      standardCol === undefined &&
      note !== '' &&
      scoringNote === '' &&
      !blockNote &&
      names.length > 0 &&
      spans(names[names.length - 1] ?? -1)
        ? note
        : '';
    const standard = at(standardCol) || blockDemand.map((c) => at(c)).join(' ') || ownNote;
    // (85% | 每少3个百分点扣1分: the target beside a rule that counts the steps under it without saying it.)
    const target = /^\d+(?:\.\d+)?[%％]$/.exec(cellText(standard))?.[0];
    const stepsFrom =
      target !== undefined &&
      /每(?:少|低|减少?|下降|降低)\d+(?:\.\d+)?个?(?:百分点|%)/.test(ownRule) &&
      !/\d%/.test(ownRule.replace(/每(?:少|低|减少?|下降|降低|增|增加|提高)\d+(?:\.\d+)?个?(?:百分点|%)/g, ''));
    const classRule = joinRule(
      [...byClass].map(([cls, t]) => (t.startsWith(cls.replace(/\(.*\)$/, '')) ? t : `${cls}:${t}`)),
    );
    const nameCells = names.map((c) => at(c));
    // 管护主体(15分)。林木管护落实… with no points column and no name: the lead names the row and gives its points.
    const led = pointsCol === undefined && nameCells.every((v) => v === '') ? leadTitle(ownRule) : undefined;
    // (党务工作(15分) 1、重大决策贯彻落实执行情况 2、…工作 3、组织建设工作: a title with its points, then only the names of
    // the parts that follow — a heading, nothing to score on its own row.)
    const partsListed =
      led !== undefined &&
      /^(?:\d{1,2}[、.．][^,，。;；:：\d]{2,24}\s*){2,}$/.test(led.rest) &&
      !scoring.test(led.rest);
    const lead = led && partsListed ? { ...led, rest: '' } : led;
    // (No rule column: a name that says how it scores, …规范统计行为的计3分;…不少于10篇的,计2分, is its own rule.)
    const deepestName =
      [...names]
        .reverse()
        .map((c) => at(c))
        .find((v) => v !== '') ?? '';
    const scoringName =
      (ruleCols.length === 0 || rulesEmpty) &&
      standardCol === undefined &&
      // (…完好率在80%以上(5): a rate to reach, said in the name.)
      // (…常务理事会(2分,每项1分) / …学术活动18分或学术年会17分或…(总分18分): what each earns, in the name.)
      (/(?:计|得|记|扣)\s*\d+(?:\.\d+)?\s*分/.test(cellText(deepestName)) ||
        /\d+(?:\.\d+)?[%％](?:及以上|以上)/.test(cellText(deepestName)) ||
        /[（(]\s*\d+(?:\.\d+)?\s*分\s*[,，;；]\s*每[^()（）]{0,4}?\d+(?:\.\d+)?\s*分\s*[)）]/.test(
          cellText(deepestName),
        ) ||
        /\d+(?:\.\d+)?\s*分或/.test(cellText(deepestName)))
        ? deepestName
        : '';
    // (评分项目 …实施;1分2.按规定通报…1分 | 评分说明 1项中考核指标应明确属地和部门责任.: where the column of what is
    // required carries the points and the rule column's words for the row say nothing of scoring, both are the rule.)
    const pricedStandard = ownRule !== '' && /\d\s*分/.test(standard) && !scoring.test(cellText(ownRule));
    // (维护人员未能按规定时限到达现场 | 每次扣1 分 / 服务台热线电话的接通率90% | 每降低 1 个百分点扣0.5 分: a cost that names
    // no lapse, the lapse or the target what is required beside it — read together.)
    const costAlone =
      standard.trim() !== '' &&
      !scoring.test(cellText(standard)) &&
      // (…扣3分,扣满6分止: and the most it takes.)
      /^(?:每[^,，;；。扣]{0,8}?[,，]?)?扣\d+(?:\.\d+)?分(?:[,，;；]?(?:最多|最高|累计)?扣(?:满|完|至)?\d+(?:\.\d+)?分(?:为?止)?)?[。.;；]?$/.test(
        cellText(ownRule),
      ) &&
      // (A step of a rate only beside the rate it falls from: 接通率90%, not 130(华为)/1360(诺西) | 每增加1%扣0.1分.)
      (!/%|百分点/.test(ownRule) || /率\d+(?:\.\d+)?%$/.test(cellText(standard)));
    // (1、植保有病害、虫害。 | 5 under 扣分, the lapse in the name column: the lapse and its cost, one sentence.)
    const lapseName = [...nameCells].reverse().find((v) => v.trim() !== '') ?? '';
    // (扣分原因 | 应扣分 with 每超过30秒扣1分 | (nothing) or 酌情扣分 | (nothing): the lapse says its own cost.)
    const lapseRule =
      ownRule === '' &&
      ruleCols.length > 0 &&
      ruleCols.every((c) => /扣分/.test(headOf(c))) &&
      nameCells.filter((v) => v.trim() !== '').length >= 2 &&
      /扣|酌情|视情/.test(lapseName)
        ? lapseName
        : '';
    const costOnly =
      /^(?:每.|各)?扣\d+(?:\.\d+)?分$/.test(ownRule) &&
      // (Every rule cell a bare figure the 扣分 head made a cost of: 2, 各1, -2.)
      ruleCols.every((c) => bareCost(at(c), headOf(c)) !== at(c));
    // (…必要的文化娱乐设施。(5分) | 实地查看标牌、书籍、设备。酌情打分。: where the rule says nothing of how, the 考核办法's
    // 酌情 is how — read with it.)
    const method = at(methodCol);
    const judged =
      ownRule !== '' && /酌情|视情/.test(method) && !/扣|得\s*\d|加\s*\d|不得分|不计分|酌情|视情/.test(ownRule);
    // (二级指标 | 分值 | 三级指标 | 分值 with the last holding 30分 0分: the grades' points beside the rule, the item's
    // points before it.)
    const sideCol = col('points').find((c) => c > (ruleCols[0] ?? Infinity));
    const ownGrades = pointsCol === undefined ? undefined : sideBySide(ownRule, at(pointsCol));
    const sideGrades = ownGrades ?? (sideCol === undefined ? undefined : sideBySide(ownRule, at(sideCol)));
    // (在市、区教研活动中作中心发言 | 加5分/每人次 under 分值, the 备注 empty: the points cell says how it scores — the rule.)
    const pointsRule = pointsCellRule(at(pointsCol));
    // (…有计划、有总结、有详细的活动记录 | 15 | 每项5分: each thing listed its share.)
    const eachListed = eachListedRule(
      ownRule,
      lapseName,
      pointsCol === undefined ? undefined : readPoints(at(pointsCol)).points,
    );
    const rule = eachListed
      ? eachListed
      : sideGrades
        ? sideGrades.rule
        : stepsFrom
          ? `达到${target ?? ''},${ownRule}`
          : judged
            ? joinRule([ownRule, method])
            : lead
              ? lead.rest
              : pricedStandard
                ? joinRule([standard, ownRule])
                : costAlone
                  ? `${standard.trim().replace(/[。.;；,，]+$/, '')},${ownRule}`
                  : costOnly && lapseName !== '' && nameCells.filter((v) => v.trim() !== '').length >= 2
                    ? `${lapseName.trim().replace(/[。.;；,，]+$/, '')},${ownRule}`
                    : ownRule ||
                      pointsRule ||
                      classRule ||
                      standard ||
                      scoringName ||
                      lapseRule ||
                      nameRule(nameCells, ruleCols.length);
    // 注:该项设有加分项 says a bonus stands beside the item; the item itself is not one.
    const label = headText([at(noCol), ...nameCells].join('')).replace(/注[:：].*$/, '');
    // (必备条件(任一项不符合不得验收) merged down over conditions with no points: each condition a veto.)
    const gated =
      cellText(at(pointsCol)) === '' &&
      ownRule === '' &&
      names.slice(0, -1).some((c) => {
        const m = merged(r, c);
        return m !== undefined && m.bottom > m.top && GATE.test(headText(at(c)).replace(/\s+/g, ''));
      }) &&
      !DECISION_LINE.test(cellText(at(names[names.length - 1])));
    // …确定行政村书记为第一责任人(分值5分)。 with no points column: the points that close the rule.
    // (Not where a name gives the points, 按时完成计划任务得20分; nor the whole of a titled heading's
    // points, 全年沒有稻田拋荒的,計20分 under (三)…(20分): that restates the full score.)
    const numbering = rowNumbering(grid, merged, r, noCol, names, ruleCols[0]);
    const level = numberingLevel(numbering);
    const capNamed = nameCells.some((v) => splitName(v).cap !== undefined);
    // (Its own name cell gives its points — 1、有综治组织机构 (20分) — not a name merged over a block's rows.)
    const lastName = names[names.length - 1];
    const lastSpan = lastName === undefined ? undefined : merged(r, lastName);
    const rowNamedCap =
      lastName !== undefined &&
      splitName(at(lastName)).cap !== undefined &&
      (!lastSpan || lastSpan.bottom === lastSpan.top);
    const whole = [...stack].reverse().find((h) => h.gather)?.cap;
    const gained = capNamed ? undefined : gainedPoints(rule, typeof whole === 'number' ? whole : undefined);
    // (…人手一册6分,每缺一项扣2分: the row's points said before how they are lost; read without them.)
    const demanded =
      pointsCol === undefined && !lead && partsPoints(rule) === undefined && closingPoints(rule) === undefined
        ? demandPoints(rule)
        : undefined;
    const closing =
      pointsCol === undefined && !lead
        ? // (…高于80%(4分),高于60%(2分)。(共4分): the total said last is the row's, not its parts' sum.)
          ((/[（(]\s*共\s*\d+(?:\.\d+)?\s*分\s*[)）][。.]?\s*$/.test(rule) ? closingPoints(rule) : undefined) ??
          timesPoints(rule) ??
          partsPoints(rule) ??
          closingPoints(rule) ??
          // (1.…易于识别。(2分) | 标识不醒目,发现一次扣1分…: the points that close the first of two rule columns.)
          (ruleCols.length > 1 && (at(ruleCols[0]).match(/\d\s*分/g) ?? []).length === 1 && pointsCol === undefined
            ? closingPoints(at(ruleCols[0]))
            : undefined) ??
          (level !== undefined && !rowNamedCap ? bareClosingPoints(rule) : undefined) ??
          demanded?.points ??
          (gained !== undefined && gained !== whole ? gained : undefined) ??
          (level !== undefined || /^单项基准/.test(rule.trim()) ? basePoints(rule) : undefined) ??
          // (2.得分=满意度合格率/85%*10分(85%以上得满分) where the row's own points are lost to a scan: the formula's.)
          formulaPoints(rule))
        : undefined;
    // (A1 社团制度齐全 (7分) over 1. 社团有完整章程(7分) 2. 社团章程不完整(3分): parts worth more than the row's own name
    // says are its ways of earning that, not more.)
    const ownNameCap = rowNamedCap ? splitName(at(lastName)).cap : undefined;
    const overOwnName = (n: number): boolean => typeof ownNameCap === 'number' && n > ownNameCap;
    // (类别 | 26 merged down | 1、商品陈列量标准化(…)(3分) | 2支商品扣1分… : each row's name gives its own points; the
    // figure merged down over them is their group's.)
    // (Only under a 类别 head: 考核要点 merged with its 分值 over 考核内容 rows with their own (10分) is one item of
    // parts.)
    const groupFigure = byCategory ? mergedOverPriced(grid, merged, r, pointsCol, names[names.length - 1]) : undefined;
    // (A | B | C over 15 | 12 | 9: the best grade's points are the row's.)
    const gradeRow =
      gradePointsRule(header.gradePoints, at, nameCells.join('')) ?? levelPairsRule(header.levelPairs, at);
    // (1分2分1分 beside three numbered steps: each step's points, the row worth their sum.)
    const stepped = runTogetherPoints(at(pointsCol), rule);
    const ownCap = splitName(at(names[names.length - 1])).cap;
    // (工作质量 (50 分) over 1、植保有病害、虫害。 | 5, … whose figures under 扣分 make the 50: each lapse's figure is its
    // own points, the most it loses.)
    const costRule = ruleCols[ruleCols.length - 1];
    const costOwn =
      pointsCol === undefined && costRule !== undefined
        ? costsMakeOuter(grid, merged, r, names, costRule, headOf(costRule))
        : undefined;
    // (人員 | …requirements… | 有一項達不到標準扣5分 | 15, the rule and the points merged down together: one item's pool.)
    const pooled = pooledUnderName(grid, merged, r, { pointsCol, names, rule: ruleCols[ruleCols.length - 1] });
    const pts = pooled
      ? {}
      : band
        ? { points: band.top }
        : gradeRow
          ? { points: gradeRow.points }
          : ownGrades
            ? { points: ownGrades.points }
            : groupFigure !== undefined
              ? typeof ownCap === 'number'
                ? { points: ownCap }
                : {}
              : stepped
                ? { points: stepped.points }
                : lead
                  ? { points: lead.points }
                  : closing !== undefined && !overOwnName(closing)
                    ? { points: closing }
                    : costOwn !== undefined
                      ? { points: costOwn }
                      : cellText(at(pointsCol)) === '' && otherPointsCol !== undefined && starts(r, otherPointsCol)
                        ? // (满分 | … | 单项分 with the 单项分 empty on a row of its own: the 满分 is its points.)
                          readPoints(at(otherPointsCol))
                        : readPoints(at(pointsCol));
    // 4个一级指标、7个二级指标 | 21项 | - | - | 100 before any item: the table's total, written first.
    const counted = nameCells.some((v) => /^共?\d+项$/.test(cellText(v))) && ownRule === '';
    // ( | | 100 under the rows, nothing named: the sum of the rows above it — the table's total, its label left off.)
    // (A points cell merged over two rows counts once.)
    const above = [
      ...new Map(
        rows
          .filter((x) => x.block === block && x.role === 'base')
          .map((x, k) => [x.pointsKey || `#${k}`, x.points ?? 0]),
      ).values(),
    ].reduce((a, n) => a + n, 0);
    const bareTotal =
      cellText(label) === '' &&
      ownRule === '' &&
      pts.points !== undefined &&
      rows.length >= 3 &&
      Math.abs(Math.round(above * 100) / 100 - pts.points) < 1e-9;
    const summary = (counted && rows.length === 0 && numberingLevel(label) === undefined) || bareTotal;
    // ( | | 1000 | 800 | 900 | 1000 right under the header, nothing named: the table's total, written first — the other
    // figures named to the user.)
    if (
      rows.length === 0 &&
      stack.length === 0 &&
      cellText(label) === '' &&
      ownRule === '' &&
      pts.points !== undefined &&
      (grid.rows[r] ?? []).every((v) => cellText(v) === '' || readPoints(v).points !== undefined)
    ) {
      totals[block] ??= pts.points;
      const figures = (grid.rows[r] ?? []).map((v) => cellText(v)).filter((v) => v !== '');
      if (figures.length > 1) unread.push({ row: r + 1, text: figures.join(' '), note: true });
      continue;
    }
    const firstCell = headText(grid.rows[r]?.find((v) => v.trim() !== '') ?? '');
    // 备注 | | 仅有…的部门和单位,考核扣分分值加倍。 | 原扣5分-现扣10分…: a note on the rules, no article; named.
    if (/^(?:备注|说明|注)[:：]?$/.test(firstCell) && pts.points === undefined) {
      const said = (grid.rows[r] ?? []).map((v) => v.trim()).filter((v) => v !== '' && headText(v) !== firstCell);
      unread.push({ row: r + 1, text: said.join(' '), note: true });
      continue;
    }
    // (说明:药品陈列满分100分,采用扣分制,扣完为止… alone on its row after the items: a note on the rules, named — and read
    // for what the rows deduct from; 註：… in traditional forms too.)
    const alone = (grid.rows[r] ?? []).map((v) => cellText(v)).filter((v) => v !== '');
    // (Not 评分标准:… alone on its row: the rule of the row above, said on a line of its own.)
    if (
      rows.length > 0 &&
      alone.length === 1 &&
      // (以上五项扣完40分为止。 alone on its row after the rows it closes: a note on their points, as the heading says.)
      (NOTE_LINE.test(headText(alone[0] ?? '')) || POOL_CLOSING.test(headText(alone[0] ?? ''))) &&
      // (说明:…本申报项目为不合格: a veto, read as one.)
      !vetoWords(headText(alone[0] ?? ''), rows.length) &&
      pts.points === undefined
    ) {
      unread.push({ row: r + 1, text: alone[0] ?? '', note: true });
      continue;
    }
    // ((一) | 安全防事故(5条,7分) … (七) | 规范化管理(9条,13分) listed before the articles: what the parts hold, said as
    // contents — no item; the parts themselves follow, with their articles.)
    const words = alone.filter(
      (v) => numberingLevel(v) === undefined || !/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?$/.test(v),
    );
    if (words.length === 1 && CONTENTS_LINE.test(words[0] ?? '')) {
      unread.push({ row: r + 1, text: alone.join(' '), note: true });
      continue;
    }
    // 檢查方法:實地檢查營業場所… alone on its row under a heading: how the items below are checked, no heading of them.
    const filledCells = (grid.rows[r] ?? []).filter((v) => v.trim() !== '').length;
    // 注:…2.因质量较高获得局领导批示表扬的公文,可酌情予以加分。 alone on its row after the items: a bonus the assessor
    // sets, on top of the table (its limit, none written, the total's).
    if (
      filledCells === 1 &&
      rows.length > 0 &&
      pts.points === undefined &&
      /(?:酌情|适当|视情况?)(?:予以|给予)?加分/.test(firstCell) &&
      !/扣|减分|不得分/.test(firstCell)
    ) {
      const said = cellText(grid.rows[r]?.find((v) => v.trim() !== '') ?? '');
      const bonus = noteBonus(rows[rows.length - 1], said.replace(/^(?:注[:：])?\d+[.、．]/, ''));
      if (bonus) {
        const key = `note:${r}`;
        const names = bonus.names.map((_, i) => ({
          text: i === bonus.names.length - 1 ? '加分项' : '',
          key: `${key}:${i}`,
        }));
        rows.push({ ...bonus, index: r, name: '加分项', nameKey: key, noKey: key, pointsKey: key, names });
        continue;
      }
    }
    if (
      /^(?:检查|考核|考评|评估|评分|核查)(?:方法|方式)[:：]/.test(firstCell) &&
      filledCells === 1 &&
      pts.points === undefined
    ) {
      unread.push({ row: r + 1, text: cellText(grid.rows[r]?.find((v) => v.trim() !== '') ?? ''), note: true });
      continue;
    }
    if (baseRow.test(label) || baseRow.test(firstCell)) {
      // 起评分 | | | | 100: what every row below deducts from.
      const figure = grid.rows[r]?.map((v) => readPoints(v).points).find((p) => p !== undefined);
      bases[block] = figure;
      totals[block] = figure ?? totals[block];
      continue;
    }
    // 企业类别资格50分 | 合 计 分 值 after its rows: the group's name and points, closing them — their section.
    const closer = (grid.rows[r] ?? []).map((v) => headText(v)).filter((v) => v !== '');
    const closingName =
      closer.length === 2 && /^(?:合计|小计)(?:分值|分数)?$/.test(closer[1] ?? '') ? closer[0] : undefined;
    const closed = closingName === undefined ? undefined : splitName(closingName);
    if (closed && typeof closed.cap === 'number' && closed.name !== '' && rows.length > subtotalled) {
      for (let k = subtotalled; k < rows.length; k++) {
        const x = rows[k];
        if (x && x.block === block && x.headings.length === 0)
          rows[k] = { ...x, heading: closed.name, headings: [{ text: closed.name, level: 1, cap: closed.cap }] };
      }
      subtotalled = rows.length;
      continue;
    }
    if (
      summary ||
      totalRow.test(label) ||
      totalRow.test(headText(at(noCol))) ||
      totalRow.test(headText(grid.rows[r]?.[0])) ||
      // (保证项目 merged down | 小计 | | 60: the name this row starts.)
      names.some((c) => starts(r, c) && totalRow.test(headText(at(c))))
    ) {
      // 合计 | | | 100, or 总分 | 1000分 wherever the figure stands.
      const figure = pts.points ?? grid.rows[r]?.map((v) => readPoints(v).points).find((p) => p !== undefined);
      // (小计 | | 8 after a group's rows: that group's points, not the table's.)
      // (…but a single 小计 closing the table, with no group before it subtotalled, is the table's: 小计 | | 100.)
      const last = !grid.rows.slice(r + 1).some((row) => row.some((v) => v.trim() !== ''));
      const whole = last && subtotalled === 0;
      if (/^小计/.test(headText(grid.rows[r]?.find((v) => v.trim() !== '') ?? '')) && figure !== undefined && !whole) {
        for (let k = subtotalled; k < rows.length; k++) {
          const x = rows[k];
          if (x && x.block === block && x.sectionPoints === undefined) rows[k] = { ...x, sectionPoints: figure };
        }
        subtotalled = rows.length;
        continue;
      }
      totals[block] = figure ?? totals[block];
      continue;
    }
    // 防汛抗旱专项工作 | 考核内容 | 标准分 | 评分方法 below the rows: the header again, a second table on the
    // sheet starting (its title rows above it are named, not read).
    const heads = (grid.rows[r] ?? []).map((v) => roleOf(v)).filter((x) => x !== undefined);
    // (内容 | 计分标准 again at a page break, word for word a header of two heads: not a row.)
    const again = (grid.rows[r] ?? []).map((v) => headText(v));
    // (评查内容 | | 分值 under 类别 | 评查内容 | 分值: two of the header's heads again, one shifted where the copy lost a
    // cell — the same.)
    const headWords = new Set((grid.rows[header.row] ?? []).map((v) => headText(v)).filter((v) => v !== ''));
    const filledAgain = again.filter((v) => v !== '');
    if (
      heads.length < 3 &&
      filledAgain.length > 0 &&
      (again.every((v, c) => v === '' || v === headText(grid.rows[header.row]?.[c])) ||
        (filledAgain.length >= 2 && filledAgain.every((v) => headWords.has(v))))
    )
      continue;
    if (heads.length >= 3 && heads.some((x) => x === 'points' || x === 'rule') && pts.points === undefined) {
      // (…11 | header | 12…: the header repeated at a page break, the numbering going on: the same table.)
      const lastNo = leadNumber(rows[rows.length - 1]?.no ?? '');
      if (lastNo !== undefined && nextNumber(grid, merged, r, noCol) === lastNo + 1) continue;
      // (…or, with no numbers, the outermost name after it the same as before it: A-1 领导与管理 (90分) again.)
      const before = rows[rows.length - 1]?.names[0]?.text ?? '';
      if (before !== '' && headText(before) === headText(nextName(grid, merged, r, names[0]))) continue;
      // (…or the header's own heads again, one of them lost in the copy — 考核项目 | 考核内容 | 考核办法 | 标准分(100)
      // under 考核项目 | 考核子项 | 考核内容 | 考核办法 | 标准分: a page break, not a new table.)
      const bare = (v: string | undefined): string => headText(v).replace(/\(.*\)$/, '');
      const theirs = new Set(
        grid.rows.slice(header.first, header.row + 1).flatMap((row) => row.map(bare).filter((v) => v !== '')),
      );
      const mine = (grid.rows[r] ?? []).map(bare).filter((v) => v !== '');
      if (mine.length >= 3 && mine.length < theirs.size && mine.every((v) => theirs.has(v))) continue;
      // (…or word for word again, its figures aside — 分值(38分) | 自评得分(34分) over the next part — with the numbering
      // not starting again and the part after it not one already read: a page break too.)
      const nextTop = headText(nextName(grid, merged, r, names[0]));
      const again =
        mine.length >= 3 &&
        mine.length === theirs.size &&
        mine.every((v) => theirs.has(v)) &&
        nextNumber(grid, merged, r, noCol) !== 1 &&
        nextTop !== '' &&
        !rows.some((x) => headText(x.names[0]?.text ?? '') === nextTop);
      if (again) continue;
      // (Only conditions above it — 必备条件(任一项不符合不得验收) — then the scored part's own header: one table.)
      if (rows.length && !rows.every((x) => x.veto)) block++;
      stack = [];
      continue;
    }
    // A row made of cells merged down from a row above, with nothing new in it, is the same row.
    const keyCols = [ruleCols[0] ?? standardCol ?? classCols[0]?.[0], noCol, names[names.length - 1], pointsCol];
    if (!keyCols.some((c) => starts(r, c))) continue;
    const top = level === 1 ? parseNumber(/^[一二三四五六七八九十]+/.exec(numbering)?.[0] ?? '') : undefined;
    // Numbering back at 一、 after 二、… at the top: the next table on the sheet.
    if (top === 1 && topSeen >= 2 && rows.length) {
      block++;
      stack = [];
    }
    // 一、政协委员考核内容 … 二、镇办、市直界别委员活动组考核内容: top headings each naming whom its rules assess —
    // a table for each.
    const whom =
      top !== undefined && pts.points === undefined
        ? /^(?:[一二三四五六七八九十]+[、.．])?(.{2,}?)(?:考核|考评|评分)(?:内容|细则|标准|办法)$/.exec(
            cellText(ownRule || label),
          )?.[1]
        : undefined;
    if (
      whom !== undefined &&
      top !== undefined &&
      top >= 2 &&
      subjectTop !== undefined &&
      subjectTop !== whom &&
      rows.length
    ) {
      block++;
      stack = [];
    }
    // ((一)对委局相关室的考核内容 … (二)对派驻纪检组、监察室和乡镇纪委的信访考核内容 under 一、考核对象及内容: the same one
    // level down, each heading saying 对 whom — a table for each.)
    const toWhom =
      level === 2 && pts.points === undefined
        ? /^(对.{2,}?)(?:的)?[^,，。;；]{0,4}(?:考核|考评|评分)(?:内容|细则|标准|办法)$/.exec(
            cellText(ownRule || label),
          )?.[1]
        : undefined;
    if (toWhom !== undefined) {
      if (subjectSub !== undefined && subjectSub !== toWhom && rows.length) {
        block++;
        stack = [];
      }
      subjectSub = toWhom;
    }
    if (top !== undefined) subjectTop = whom;
    if (top !== undefined) topSeen = top;
    // (满分100分每项2分 alone on the first row: each item's points and the total, said once — no item.)
    const lone = (grid.rows[r] ?? []).map((v) => cellText(v)).filter((v) => v !== '');
    const perItem = rows.length === 0 && lone.length === 1 ? eachSaid(lone[0] ?? '') : undefined;
    if (perItem) {
      preamble.push({ row: r + 1, text: lone[0] ?? '' });
      if (perItem.total !== undefined) totals[block] ??= perItem.total;
      continue;
    }
    // Words that are no item (a lead-in, a preamble, what is assessed, a standard): named, not read.
    // (考核指标共分五项,总分100分。… alone in the 编号 column, a paragraph of the page split there: the words read as
    // the row's, no number.)
    const noWords =
      rule === '' &&
      nameCells.every((v) => v === '') &&
      // (…or a title with what it is worth: 刑侦支队负责考评的内容:(基础分100分).)
      ((cellText(at(noCol)).length >= 12 && /[，,。；;]/.test(at(noCol))) ||
        (cellText(at(noCol)).length >= 8 && /[:：]\s*[（(][^()（）]*\d\s*分[)）]$/.test(cellText(at(noCol))))) &&
      level === undefined &&
      !NOTE_HEAD.test(at(noCol))
        ? at(noCol)
        : '';
    const prose = readProse({
      rule: rule || noWords,
      level,
      no: noWords ? '' : at(noCol),
      noStarts: starts(r, noCol),
      namesEmpty: nameCells.every((v) => v === ''),
      namesQuiet: names.every((c) => at(c) === '' || !starts(r, c)),
      hasPointsCol: pointsCol !== undefined,
      points: pts.points,
      rowsSoFar: rows.length,
      stack,
      byClass: byClass.size,
      ahead: () => nextLevel(grid, merged, r, noCol, names, ruleCols[0]),
    });
    if (prose?.total !== undefined) totals[block] ??= prose.total;
    // (一、 | 日常考核实行百分制 over (一)处罚 …: a heading that says the scale — the total, what the rows deduct from.)
    else if (pts.points === undefined && SCALE_OF_100.test(headText(rule)) && !/[扣加减得计]\s*\d/.test(rule))
      totals[block] ??= 100;
    if (prose?.as === 'admin') {
      const own = level ?? 9;
      stack = [...stack.filter((x) => x.level < own), { text: prose.head ?? rule, level: own, admin: true }];
    }
    if (prose?.as === 'preamble' || prose?.as === 'unread' || (prose?.as === 'admin' && prose.text))
      (rows.length === 0 ? preamble : unread).push({ row: r + 1, text: prose.text ?? rule });
    if (prose && prose.as !== 'read') continue;
    const next = nextLevel(grid, merged, r, noCol, names, ruleCols[0]);
    // ((二) | 一票否决。…凡是存在下列情况之一的,一律不得参加先进村评选。 over 1、有新增村级债务的。 …: the words lead into
    // the conditions below, each a veto.)
    if (
      pts.points === undefined &&
      /一票否决/.test(rule) &&
      /(?:下列|以下|如下)(?:情况|情形|条件|问题|事项)/.test(rule) &&
      level !== undefined &&
      next !== undefined &&
      next > level
    ) {
      stack = [...stack.filter((x) => x.level < level), { text: clip(rule, 40), level, veto: true }];
      continue;
    }
    // (考核内容及标准 | … | 评分规定 with the last empty on this row: a title over rows that fill it.)
    const lastRule = ruleCols.length >= 2 ? ruleCols[ruleCols.length - 1] : undefined;
    const scoringEmpty = lastRule !== undefined && cellText(at(lastRule)) === '';
    const ctx = {
      grid,
      merged,
      r,
      noCol,
      names,
      ruleCol: ruleCols[0],
      pointsCol,
      rule,
      pts,
      numbering,
      next,
      scoringEmpty,
      ...(lead ? { leadName: lead.name } : {}),
      ...(partsListed ? { partsListed } : {}),
    };
    // (3 | 实行告知承诺制…不符的; | 1() — a figure a scan garbled in the points column: the row is an item all the same,
    // its figure said to the user, not a heading over the rows below it.)
    const garbledCell =
      pointsCol !== undefined &&
      pts.points === undefined &&
      starts(r, pointsCol) &&
      GARBLED_FIGURE.test(cellText(at(pointsCol)));
    const garbled = garbledCell && ownRule === '' && nameCells.some((v) => v !== '');
    const h = garbled ? undefined : heading(ctx);
    if (h) {
      // 一、考核评比内容及评分标准(120分): a heading naming the whole table gives its total.
      if (typeof h.cap === 'number' && wholeTable.test(splitName(h.text).name)) totals[block] ??= h.cap;
      stack = [...stack.filter((x) => x.level < h.level), h];
      // (A heading after one at its depth or deeper with nothing under that one: the first is a row of words
      // only — 八 | 卫生等管理制度是否上墙 | (no points) over 八 | 是否悬挂…: named, not lost.)
      if (pending?.level !== undefined && h.level <= pending.level && h.cap === undefined && !pending.capped)
        unread.push({ row: pending.row, text: pending.text });
      pending = { row: r + 1, text: h.text, level: h.level, ...(h.cap === undefined ? {} : { capped: true as const }) };
      if (h.cap !== undefined && !wholeTable.test(splitName(h.text).name)) headed.push({ row: r + 1, h });
      continue;
    }
    // (化管理服务率96%以下得0.3分;… as the first row, no number, no name and nothing in the points column the
    // other rows fill: the end of a row from a page before — named, not made an item of its own.)
    if (
      rows.length === 0 &&
      stack.length === 0 &&
      pointsCol !== undefined &&
      at(pointsCol) === '' &&
      at(noCol) === '' &&
      nameCells.every((v) => v === '') &&
      rule !== ''
    ) {
      unread.push({ row: r + 1, text: rule, torn: true });
      continue;
    }
    // The cells this row starts (not merged down from a row above): what it says of its own.
    const ownNames = names.filter((c) => starts(r, c) && at(c) !== '');
    const ownCells = [starts(r, noCol) ? at(noCol) : '', ...ownNames.map((c) => at(c))].filter(Boolean);
    const ownLabel = headText(ownCells.join(''));
    // (…实际运行情况(30 as the table's last words is cut off there, not 30 points: b10完成率(20 between
    // whole rows is.)
    const cutPoints =
      /[（(]\s*\d+(?:\.\d+)?\s*$/.test(ownLabel) &&
      grid.rows.slice(r + 1).every((x) => x.every((v) => v.trim() === ''));
    // An outer name with its points over rows that only take off: their one item (read once for the row).
    const outer =
      pooled ??
      deductsUnder(grid, merged, r, {
        pointsCol,
        names,
        rule: ruleCols[ruleCols.length - 1],
        head: ruleCols.length ? headOf(ruleCols[ruleCols.length - 1] ?? 0) : '',
      });
    if (garbledCell) {
      const words = headText(ownNames.map((c) => at(c)).join(' '));
      unread.push({
        row: r + 1,
        text: words || ownLabel,
        badPoints: cellText(at(pointsCol)),
        ...(words && starts(r, noCol) && at(noCol) ? { no: at(noCol) } : {}),
      });
    }
    if (
      // (A garbled figure's row is an item all the same, its score typed — see partOf.)
      !garbled &&
      rule === '' &&
      pts.points === undefined &&
      (splitName(ownLabel).cap === undefined || cutPoints) &&
      // (固定资产管理(15分) | 4.1 | (nothing) where the table stops: an item cut off, not a row of words.)
      !outer &&
      // (↑ | 5、对小规模纳税人…应补申报征 | (nothing) as the table's last row, every row before with its rule: cut off
      // in its words, kept for markCut to name.)
      !(
        names.length >= 2 &&
        ruleCols.length > 0 &&
        rows.length >= 3 &&
        rows.every((x) => x.rule.trim() !== '') &&
        cellText(ownLabel).length >= 16 &&
        /[,，、]/.test(ownLabel) &&
        !endsText(ownLabel) &&
        r === lastFilledRow(grid)
      ) &&
      !/一票否决/.test(label) &&
      !vetoWords(label, rows.length) &&
      !gated
    ) {
      if (nameCells.some((v) => v !== '') && names.length < 2) {
        // (Two such rows running: the first had nothing under it, a row with no points — named, not lost.)
        const before = stack.length === 1 && stack[0]?.level === 9 && stack[0].cap === undefined ? pending : undefined;
        if (before) unread.push({ row: before.row, text: before.text });
        stack = [{ text: [at(noCol), ...nameCells].filter(Boolean).join(' '), level: 9 }];
        // (Its number apart from its words: 第 18 行（15）“定”.)
        const words = nameCells.filter(Boolean).join(' ');
        pending =
          at(noCol) && words ? { row: r + 1, text: words, no: at(noCol) } : { row: r + 1, text: stack[0]?.text ?? '' };
      } else if (ownLabel !== '')
        // 考核项目 (merged from above) | 社区每年举办文体活动…并上交街 | (nothing), or ↑ | 5 | (nothing): a row
        // of words only, named.
        unread.push(
          starts(r, noCol) && at(noCol) !== '' && ownCells.length > 1
            ? { row: r + 1, text: ownCells.slice(1).join(' '), no: at(noCol) }
            : { row: r + 1, text: ownCells.join(' ') },
        );
      continue;
    }
    pending = undefined;
    // A row at the depth of a numbered heading, or above it, is no longer under it.
    if (level !== undefined) stack = stack.filter((x) => x.level === 9 || x.level < level);
    const sectionCol = oneTitle ? names[1] : names[0];
    const itemCol = names[names.length - 1];
    // (Where the only name column names each row, the figure over them names no section.)
    const section = overNamed && names.length === 1 ? '' : at(sectionCol);
    // ↑ | b10完成率(20 | (no 三级) : a row whose deepest name is empty is named by the deepest it starts.
    // (Where that is the section's cell, b10 standing alone under 普及程度, it names the item too.)
    const deepest = ownNames.filter((c) => c !== sectionCol).pop() ?? ownNames.find((c) => c === sectionCol);
    const named = lead?.name ?? (at(itemCol) || (deepest === undefined ? '' : at(deepest)));
    // (一)网格化办公室(10分) merged over rows of deductions, and no points column: the rows are one item's,
    // worth the name's points (as paragraphs under a title).
    const spread = itemCol === undefined ? undefined : merged(r, itemCol);
    const overRows =
      pointsCol === undefined && names.length === 1 && spread !== undefined && spread.bottom > spread.top;
    // (财务管理 merged over rows, the first earning 15 and those below taking from 本项: one item of 15, a pool.)
    const ruleCol = ruleCols[0];
    const firstPool =
      overRows && spread && ruleCol !== undefined && splitName(named).cap === undefined
        ? firstRowPool(
            Array.from({ length: spread.bottom - spread.top + 1 }, (_, k) =>
              valueAt(grid, merged, spread.top + k, ruleCol),
            ),
          )
        : undefined;
    const gatherCap = splitName(named).cap ?? firstPool;
    const gathers = overRows && gatherCap !== undefined;
    const gatherKey = spread ? `${spread.top},${spread.left}` : '';
    const gatherHead: Heading | undefined = outer
      ? (gatherHeads.get(outer.key) ?? { text: outer.text, level: 9, cap: outer.cap, gather: true, pool: true })
      : gathers && gatherCap !== undefined
        ? (gatherHeads.get(gatherKey) ?? {
            text: named,
            level: 9,
            cap: gatherCap,
            gather: true,
            ...(firstPool === undefined ? {} : { pool: true as const }),
          })
        : undefined;
    if (gatherHead) gatherHeads.set(outer ? outer.key : gatherKey, gatherHead);
    const held: Heading[] = gatherHead ? [...stack, gatherHead] : stack;
    const name = gathers || outer ? '' : named;
    const role = rowRole({
      label,
      rule,
      stack,
      points: pts.points,
      sign: pts.sign,
      pointsElsewhere: splitName(label).cap !== undefined || sharesPoints(held, rows),
    });
    const previous = rows[rows.length - 1];
    // (Grades in columns of their own — A | B | C holding points, or each a factor of the row's points: the row's
    // rule; its words what it asks.)
    const ladder =
      gradeRow?.rule ??
      gradedRule(pts.points ?? (pointsCol === undefined ? namedPoints(label) : undefined), header.grades, at, (c) =>
        valueAt(grid, merged, header.row, c),
      );
    // (The rule as read where the row says it another way: steps with their points run together, or the row's
    // points said mid-rule.)
    const reread = ladder ?? stepped?.rule ?? demanded?.rest;
    const spAt = sectionPointsCol === undefined ? undefined : readPoints(at(sectionPointsCol));
    // (体育消费场地设施 | IO: a figure a scan misread — said, not passed over.)
    if (
      sectionPointsCol !== undefined &&
      starts(r, sectionPointsCol) &&
      cellText(at(sectionPointsCol)) !== '' &&
      spAt?.points === undefined
    )
      unread.push({ row: r + 1, text: section || label, badPoints: cellText(at(sectionPointsCol)) });
    rows.push(
      ...pairedRows({
        index: r,
        no: at(noCol),
        noKey: key(r, noCol),
        section,
        // 一级指标 written again on every row, not merged: the same section as the row above.
        sectionKey:
          sectionCol === undefined
            ? ''
            : section !== '' && section === previous?.section && previous.block === block
              ? previous.sectionKey
              : key(r, sectionCol),
        name,
        nameKey: key(r, itemCol),
        names: names.map((c) => ({ text: at(c), key: key(r, c) })),
        points: pts.points,
        pointsText: at(pointsCol),
        ...(garbled ? { badFigure: cellText(at(pointsCol)) } : {}),
        // Points in the words (no points column) are the row's own.
        // (Or in the name, where the points cell merged over the rows is their group's.)
        pointsKey:
          (pointsCol === undefined || groupFigure !== undefined) && pts.points !== undefined
            ? `w:${r}`
            : key(r, pointsCol),
        ...(scoringNote ? { note: scoringNote } : {}),
        // (4、药物剂量、数量准确、清楚(5分) | 剂量应当使用公制单位…: a title that says nothing of scoring, the 备注 what it
        // means — kept with its words.)
        ...(!scoringNote &&
        !blockNote &&
        note !== '' &&
        note !== rule &&
        !scoring.test(rule.replace(/[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g, ''))
          ? { remark: note }
          : {}),
        ...(blockNote && !eachRow && !bonusNote && note !== '' ? { blockNote: note } : {}),
        ...(spAt?.points !== undefined && spAt.sign === undefined ? { sectionPoints: spAt.points } : {}),
        ...(groupFigure !== undefined ? { sectionPoints: groupFigure } : {}),
        ...(sectionPointsCol === undefined
          ? {}
          : { sectionPointsKey: `${overNamed ? 'g:' : ''}${key(r, sectionPointsCol)}` }),
        role,
        ...(scoringName && rule === scoringName ? { ruleInName: true as const } : {}),
        // (An item cut off before its rule, under its outer name: its own words, 4.1, are what there is.)
        // (特殊加分 (20 分) | 1、先进事迹 | 5 under 扣分: in a bonus block the figure is what it adds.)
        rule:
          reread ??
          (outer && rule.trim() === '' ? named : role === 'bonus' ? costAdds(rule, ruleCols.map(at), named) : rule),
        standard: ladder ? rule : ownRule && !pricedStandard ? standard : '',
        ...(byClass.size >= 2 ? { byClass } : {}),
        method: at(methodCol),
        // The section: the innermost heading with points of its own (1、组织保障(20分) under (一)考核内容与分值).
        heading: innermostPriced(held)?.text ?? held.find((x) => !wholeTable.test(x.text))?.text ?? held[0]?.text ?? '',
        headings: held,
        block,
        // (否决项:…若出现事故,扣除当月全部工资 in the rule column: the same.)
        ...(((vetoWords(label, rows.length) && ownRule === '') ||
          gated ||
          /^否决项[:：]/.test(cellText(ownRule)) ||
          stack.some((x) => x.veto)) &&
        pts.points === undefined
          ? { veto: true as const }
          : {}),
      }),
    );
    // (A 备注 merged down the item's rows that only adds: a bonus over the item, after its last row.)
    const bonus = bonusNote && noteMerge?.bottom === r ? noteBonus(rows[rows.length - 1], note) : undefined;
    if (bonus) rows.push(bonus);
    // (The row's own 附加分, after the row — only where the row was read as one.)
    const added = bonusCol === undefined || !starts(r, bonusCol) ? '' : at(bonusCol);
    const own = rows[rows.length - 1];
    const extra = added === '' || own?.index !== r ? undefined : noteBonus(own, added, true);
    if (extra) rows.push(extra);
    else if (added !== '') unread.push({ row: r + 1, text: added, note: true });
  }
  const total = totals[0];
  // 记分内容 | 分值 over …到期不换证,继续开展作业的; | 20 (信用记分): what each lapse costs, taken off — no points earned.
  const demerits = [...names, ...ruleCols].some((c) => DEMERIT_HEAD.test(headOf(c)));
  if (demerits)
    rows.forEach((x, k) => {
      if (x.points === undefined || x.role !== 'base' || scoring.test(x.rule)) return;
      rows[k] = { ...x, rule: `${x.rule}扣${x.points}分`, points: undefined, pointsText: '', pointsKey: '' };
    });
  const [kept, dropped] = markCut(poolsNamedBelow(rows));
  // (…1.3.1按规定变更登记(10分) | 1.3.1.1变更程序 | (no points) last, every row before with its points: kept under
  // its name's points, and the user asked whether the table stops there.)
  const end = kept[kept.length - 1];
  const before = kept.slice(0, -1);
  if (
    pointsCol !== undefined &&
    end &&
    end.role === 'base' &&
    end.points === undefined &&
    before.length >= 3 &&
    before.every((x) => x.points !== undefined) &&
    !dropped
  )
    unread.push({ row: end.index + 1, text: end.names.map((n) => n.text).join(' '), tail: true });
  // (注:… / 评分标准:… as the last row: a note on the rows, not a row cut off.)
  const lastWords = pending ?? dropped;
  // (…采取百分制考核的办法,每月考核得分/100*4000为当月所得考核费。 the same: how the whole is scored, said once after it.)
  const cut =
    lastWords && (NOTE_HEAD.test(lastWords.text) || SCALE_OF_100.test(lastWords.text)) ? undefined : lastWords;
  if (lastWords && !cut) unread.push({ row: lastWords.row, text: lastWords.text, note: true });
  for (const { row, h } of headed)
    if (!kept.some((x) => x.headings.some((y) => y.text === h.text && y.level === h.level)))
      unread.push({ row, text: h.text, empty: true, ...(typeof h.cap === 'number' ? { cap: h.cap } : {}) });
  // (注:考核内容中⑷⑺⑻⑼…发现违规一次扣1分 below rows that only say what they ask: their rule, from the note.)
  const below = unread.filter((u) => u.row > (kept[kept.length - 1]?.index ?? Infinity)).map((u) => u.text);
  const ruled = below.length ? notesBelow(kept, below) : kept;
  return {
    rows: ruled,
    ...(total === undefined ? {} : { total }),
    ...(block > 0 ? { totals } : {}),
    ...(bases.length ? { bases } : {}),
    ...(notes.length ? { notes } : {}),
    ...(cut ? { cut } : {}),
    ...(unread.length ? { unread } : {}),
    ...(preamble.length ? { preamble } : {}),
  };
}

/**
 * A row under a title whose points its paragraphs share ((一)…(10分) over rows without points of their own),
 * where no row before it under that title had points of its own (then the title only sums them).
 */
function sharesPoints(held: readonly Heading[], rows: readonly Row[]): boolean {
  const title = [...held].reverse().find((h) => h.gather || h.pool);
  return title !== undefined && !rows.some((x) => x.headings.includes(title) && x.points !== undefined);
}

/**
 * The figure of a points cell merged down over rows whose deepest names each carry their own points (…(3分),
 * …(4分)), which add up to no more than it: the group's points, not each row's. Undefined otherwise.
 */
function mergedOverPriced(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  r: number,
  pointsCol: number | undefined,
  nameCol: number | undefined,
): number | undefined {
  if (pointsCol === undefined || nameCol === undefined) return undefined;
  const span = merged(r, pointsCol);
  if (!span || span.bottom <= span.top) return undefined;
  const figure = readPoints(valueAt(grid, merged, span.top, pointsCol)).points;
  if (figure === undefined) return undefined;
  const caps: number[] = [];
  for (let k = span.top; k <= span.bottom; k++) {
    const cap = splitName(valueAt(grid, merged, k, nameCol)).cap;
    if (typeof cap === 'number') caps.push(cap);
  }
  const rows = span.bottom - span.top + 1;
  return caps.length >= 2 && caps.length * 3 >= rows * 2 && caps.reduce((a, n) => a + n, 0) <= figure + 1e-9
    ? figure
    : undefined;
}

/** ★…直接判定为C / 一票否决: a verdict that settles the grade takes from an item as a lapse does. */
const SETTLES = new RegExp(`一票否决|${GRADE_SETTLED}`);

/**
 * 设备制度管理(5分) merged over 1.1…标准 | 1.1缺一项扣1分… and 1.2…会议 | 1.2迟到一次扣一分…, no points column: the
 * outer name with its points is one item, the rows under it (each only taking off, none with points of its own) what
 * comes off it together. Undefined where the row is not under such a name.
 */
function deductsUnder(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  r: number,
  cols: GroupCols,
): GroupItem | undefined {
  // (一、质量信誉反馈指标200 分 | (一)结业考试(40 分) | 1.建立结业考试制度。 | 每发现 1 例…扣 10 分: of names with
  // points over the rows, the deepest is the one they come off.)
  const inner = cols.names[cols.names.length - 1];
  const outer =
    cols.names
      .slice(0, -1)
      .reverse()
      .find((c) => {
        const m = merged(r, c);
        return m !== undefined && m.bottom > m.top && splitName(valueAt(grid, merged, r, c)).cap !== undefined;
      }) ?? cols.names[0];
  if (cols.pointsCol !== undefined || cols.names.length < 2 || outer === undefined || cols.rule === undefined)
    return undefined;
  const span = merged(r, outer);
  const text = valueAt(grid, merged, r, outer);
  const cap = splitName(text).cap;
  // (The last such name over one row — 消防审批程序和建筑结构(6分) | 1 | … where the table stops — the same.)
  const alone = !span && r === grid.rows.length - 1;
  // (…and there cut off before its rule, with no words of its own: 固定资产管理(15分) | 4.1 | (nothing). Not
  // 殡葬管理制度(10分) | 殡葬管理规章制度健全,并贯彻 | (nothing): a requirement cut off under its title, not the title's item.)
  const innerWords = inner === undefined ? '' : valueAt(grid, merged, r, inner);
  if (
    alone &&
    typeof cap === 'number' &&
    valueAt(grid, merged, r, cols.rule).trim() === '' &&
    !/[\u4e00-\u9fff]{2}/.test(innerWords)
  )
    return { key: `${r},${outer}`, text, cap };
  if ((!alone && (!span || span.bottom <= span.top)) || typeof cap !== 'number') return undefined;
  const [top, bottom] = span ? [span.top, span.bottom] : [r, r];
  // (Figures under 扣分 that make the name's points are each row's own: no pool.)
  if (costsMakeOuter(grid, merged, r, cols.names, cols.rule, cols.head ?? '') !== undefined) return undefined;
  for (let k = top; k <= bottom; k++) {
    const rule = bareCost(valueAt(grid, merged, k, cols.rule), cols.head ?? '');
    const own = inner === undefined ? '' : valueAt(grid, merged, k, inner);
    const takes = /扣\s*[\d一二三四五]/.test(rule) || SETTLES.test(rule);
    // (The last row of the sheet cut off before its cost — …问题 — still comes off the same points.)
    const cut = k === bottom && k === grid.rows.length - 1 && k > top && !/[。.;；]$/.test(rule.trim());
    if (splitName(own).cap !== undefined || (!takes && !cut) || /[得计記记]\s*\d/.test(rule)) return undefined;
  }
  return { key: `${top},${outer}`, text, cap };
}

import { mergeIndex, valueAt, type Grid } from './header';
import { WHOLE_SCORE_LOST } from './lexicon-measures';
import { numberingLevel, readPoints, splitName } from './names';
import { innermostPriced, type Heading } from './headings';
import { cellText, figureCell } from './heads';
import type { Body, Row } from './row-types';
import { BRACKET_POINTS } from './phrase-kit';
import { PINYIN } from './variants';
import { endsOnBareGrade } from './text';

/** What the body's shape says beside its rows: section points in a column, titles leading rules, a cut. */

/**
 * 考核分值 | 总分 (merged down a block): of two points columns, the one that says fewer figures (each
 * merged cell once) sums blocks of the other's rows: the section's points.
 */
export function fewerCells(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  head: number,
  c: number,
  than: number | undefined,
): boolean {
  if (than === undefined) return false;
  const own = figures(grid, merged, head, c);
  return own > 0 && own < figures(grid, merged, head, than);
}

/**
 * 1、建立治安形势分析制度(1分) | 27 (merged down every row) | …: each row's name gives its own points, and the
 * one figure merged over them is the group's (a section's, or what the table counts in all) — not each row's.
 */
export function figureOverNamedRows(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  head: number,
  col: number | undefined,
  nameCol: number | undefined,
): boolean {
  // (Three rows at least: a figure beside one or two named rows is theirs.)
  return figureOverCells(grid, merged, head, col, nameCol, 3, (row, c) => splitName(row[c] ?? '').cap !== undefined);
}

/**
 * Whether the figures of column `col` merge down over rows whose cell in column `of` each says it has points of its
 * own (`own`): over names carrying theirs (figureOverNamedRows), over bands of marks, or — 场所设置 | 基础设施 | 40 merged
 * down | 1.标识、标志符合省厅统一标准(5分) | … — over rules that each close with their own points. Then the figure is
 * the group's.
 */
export function figureOverCells(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  head: number,
  col: number | undefined,
  of: number | undefined,
  least: 2 | 3,
  own: (row: readonly string[], of: number) => boolean,
): boolean {
  if (col === undefined || of === undefined) return false;
  return figureOverRows(grid, merged, head, col, least, (row) => own(row, of));
}

/**
 * Whether every figure the column merges down is over rows that each carry points of their own (`own`): spans of
 * fewer than `least` rows make it false where `least` is 3, and are passed over where it is 2.
 */
function figureOverRows(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  head: number,
  col: number,
  least: 2 | 3,
  own: (row: readonly string[]) => boolean,
): boolean {
  let spans = 0;
  // (The table's last row, where the copy may stop before its points — 5.咨询室3个,其中一个具备私密会 — is not asked.)
  const end = lastFilledRow(grid);
  for (let r = head + 1; r < grid.rows.length; r++) {
    const m = merged(r, col);
    if ((m?.top ?? r) !== r || readPoints(grid.rows[r]?.[col] ?? '').points === undefined) continue;
    const bottom = m?.bottom ?? r;
    if (bottom - r + 1 < least) {
      if (least === 3) return false;
      continue;
    }
    for (let k = r; k <= bottom; k++) if (!own(grid.rows[k] ?? []) && !(k === end && k > r)) return false;
    spans++;
  }
  return spans > 0;
}

/** 5-4.5 / 4.4-4 / 2.9及以下: one band of marks, the higher first; or the last, down to nothing. */
const BAND = /^(\d+(?:\.\d+)?)\s*[-–~至]\s*(\d+(?:\.\d+)?)分?$|^(\d+(?:\.\d+)?)分?及?以下$/;

/**
 * 5-4.5 | 4.4-4 | 3.9-3.5 | 3.4-3 | 2.9及以下 across the columns of a row, from `from` on: bands of marks the checker
 * picks from, each below the one before — said as the reader knows them (第1档得4.5-5分;…), the best band's top the
 * row's points. Undefined where fewer than three bands stand side by side.
 */
export function bandRun(
  cells: readonly string[],
  from: number,
): { rule: string; top: number; from: number; to: number } | undefined {
  const bands: [number, number][] = [];
  let to = from - 1;
  for (let c = from; c < cells.length; c++) {
    const m = BAND.exec(cellText(cells[c]));
    if (!m) break;
    const [a, b] = m[3] !== undefined ? [0, Number(m[3])] : [Number(m[1]), Number(m[2])];
    bands.push([Math.min(a, b), Math.max(a, b)]);
    to = c;
  }
  const falling = bands.every(([, hi], i) => i === 0 || hi <= (bands[i - 1]?.[0] ?? 0));
  const top = bands[0]?.[1];
  if (bands.length < 3 || !falling || top === undefined) return undefined;
  const rule = bands.map(([lo, hi], i) => `第${i + 1}档得${lo}-${hi}分`).join(';');
  return { rule: `${rule}。`, top, from, to };
}

/** How many figures a column says below the header (a merged cell once). */
export function figures(grid: Grid, merged: ReturnType<typeof mergeIndex>, head: number, col: number): number {
  let n = 0;
  for (let r = head + 1; r < grid.rows.length; r++)
    if ((merged(r, col)?.top ?? r) === r && readPoints(grid.rows[r]?.[col] ?? '').points !== undefined) n++;
  return n;
}

/** 管护主体(15分)。林木管护落实… / 资金代管15分:…: a short title with its points leading the rule. */
export function leadTitle(written: string): { name: string; points: number; rest: string } | undefined {
  // (財(cái)務(wù)收支…(20分)。: the pinyin a site put after characters is no part of the title; the rule
  // after it is kept as written.)
  const pinyin = new RegExp(PINYIN, 'y');
  const text = written.trim();
  let rule = '';
  const at: number[] = [];
  for (let k = 0; k < text.length;) {
    pinyin.lastIndex = k;
    const p = pinyin.exec(text);
    if (p) {
      k += p[0].length;
      continue;
    }
    at.push(k);
    rule += text[k] ?? '';
    k++;
  }
  // 资金代管15分:村会计留500元备用金,…: the points after the title and a colon.
  // (Not 值日表迟交扣1分:当日的6:00前 — the points a lapse costs, not a title's.)
  const colon = /^([^,，。;；:：()（）\d]{2,14}?)(?<![扣加减得计记])\s*(\d+(?:\.\d+)?)\s*分\s*[:：]\s*(?=\S)/.exec(
    rule,
  );
  // (课间操巡视1分:9:10—9:30 / 晨岗及责任区早读巡视2分:初中7:00—7:30…: after the colon only when — the title is
  // what is required, and the whole row its rule.)
  // (1、 | 商品销售总额标准分60分、 — a title and its points, nothing more: the 评分标准 follows on a row of its own.)
  // (…标准分30分,评分标准:…增长率达到… — its 评分标准 read on with it: the rule after the title.)
  const bareTitle =
    /^([^,，。;；:：()（）\d]{2,20}?(?:标准分|分值)为?)\s*(\d+(?:\.\d+)?)\s*分[、,，。.]?\s*(?=$|(?:评分标准|计分标准|评分办法|计分办法|考核标准|评分细则)[:：])/.exec(
      rule,
    );
  if (bareTitle?.[1]) {
    const end = at[bareTitle[1].length];
    const from = at[bareTitle[0].length] ?? text.length;
    if (end !== undefined)
      return { name: text.slice(0, end).trim(), points: Number(bareTitle[2]), rest: text.slice(from).trim() };
  }
  // (项目4分,全年新增…低于5个项目本项不计分 / 签约项目6分,在省、市举办的…得3分。: a short title and its points before a
  // comma, the rule after it — not a list of parts each with its points, 现代流通2分,酒类市场管理2分.)
  const comma = /^([^,，。;；:：()（）\d]{2,10}?)(?<![得计记扣加减每分])\s*(\d+(?:\.\d+)?)\s*分\s*[,，]\s*(?=\S)/.exec(
    rule,
  );
  const restOf = comma ? rule.slice(comma[0].length) : '';
  // (Not 考核总分为100分,采取由各村自评…: the whole's points, said before how it is assessed.)
  if (
    comma?.[1] &&
    !/总分|满分|基础分|基本分|起评分|基准分|分值|[为是共计]$/.test(comma[1]) &&
    !/(?![得计记扣加减满分每])[\u4e00-\u9fff]\s*\d+(?:\.\d+)?\s*分/.test(restOf) &&
    /[\u4e00-\u9fff]{6}/.test(restOf)
  ) {
    const end = at[comma[1].length];
    const from = at[comma[0].length];
    if (end !== undefined && from !== undefined)
      return { name: text.slice(0, end).trim(), points: Number(comma[2]), rest: text.slice(from) };
  }
  const after = colon ? rule.slice(colon[0].length) : '';
  const plain = after.replace(/[(（][^()（）]*[)）]/g, '');
  if (colon?.[1] && (plain.match(/[\u4e00-\u9fff]/g) ?? []).length < 6 && !/[扣加得减]/.test(after)) {
    const end = at[colon[1].length];
    return end === undefined ? undefined : { name: text.slice(0, end).trim(), points: Number(colon[2]), rest: text };
  }
  const m =
    // (Not 做好本班活动室(2分)、寝室(1分)、…: the first of a list of parts, 、 after it.)
    // (搞好责任区内乱贴、乱画的清理清除。(100分)沿街建…: the title's stop before its points.)
    // (PM2.5、PM10平均浓度(40分)考核…: figures in a name after Latin letters are part of it.)
    /^((?:[^,，。;；:：()（）\d]|(?<=[A-Za-z][\d.]*)[\d.]){2,30}?)[。.]?[（(]\s*(?:计|共|分值)?\s*(\d+(?:\.\d+)?)\s*分\s*[)）][。.,，:：]?\s*(?=[^\s、])/.exec(
      rule,
    ) ??
    colon ??
    // (落实好村组土地执法监察员和土地监察信息员,配合政府部门开展土地巡回监察工作(5分)。未落实监察人员的扣2分;…: a longer
    // title, commas and all, closed by its points and a full stop, the rule after it scoring.)
    /^([^。;；:：()（）\d]{2,50}?)[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）][。.]\s*(?=[^。]{0,40}?(?:扣\s*\d|不得分|得\s*\d))/.exec(
      rule,
    ) ??
    // 低保动态管理计2分。入户率100%计0.5分,…: a title that says what it counts (计, 占), then a full stop.
    /^([^,，。;；:：()（）\d]{2,16}?)\s*(?:计|計|占)\s*(\d+(?:\.\d+)?)\s*分\s*[。.]\s*(?=\S)/.exec(rule);
  // (…变更项目建设内容(3分); — nothing after the points is no rule led by a title.)
  const from = m && /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(rule.slice(m[0].length)) ? at[m[0].length] : undefined;
  const end = m?.[1] ? at[m[1].length] : undefined;
  return m?.[1] && from !== undefined && end !== undefined
    ? { name: text.slice(0, end).trim(), points: Number(m[2]), rest: text.slice(from) }
    : undefined;
}

/** Words that end as a whole row's do: on a stop, a closing bracket or quote, or 分. */
export const endsText = (t: string): boolean =>
  /[。.；;！!？?)）”"分]$|(?:为|即)?止$/.test(t.trim()) || endsOnBareGrade(t);

/** The index of the sheet's last row with anything in it (-1 for none): where a copy that stops, stops. */
export const lastFilledRow = (grid: Grid): number =>
  grid.rows.reduce((e, row, k) => (row.some((v) => cellText(v) !== '') ? k : e), -1);

/**
 * A table copied only in part stops inside its last row (…未通过省): its words end without the stop
 * the other rows end with. That row is not read; the assessor types its score.
 */
export function markCut(rows: Row[]): [Row[], Body['cut']] {
  // …每推迟一个月扣2 with its row's points stands; …每缺10%扣0.5 with none is cut off before its 分.
  const ends = (r: Row): boolean => endsText(r.rule) || (r.points !== undefined && /\d$/.test(r.rule.trim()));
  const last = rows[rows.length - 1];
  // (…| 2.每半月进行班 | (nothing) as the last row, every row before with its rule: its words stop there.)
  const ruled = rows.slice(0, -1).filter((r) => r.rule.trim() !== '').length;
  if (last && last.rule.trim() === '' && ruled >= 3 && ruled === rows.length - 1 && !endsText(last.name))
    return [[...rows.slice(0, -1), { ...last, cut: true }], undefined];
  // (否决项:…追究其法律责任 with no stop at the end: a veto says all it needs; not cut.)
  if (!last || last.rule.trim() === '' || ends(last) || last.veto) return [rows, undefined];
  // What the others end: whole rows, and the numbered articles before the last one inside the last row
  // ((1)…满分4分。(2)…满分2分。(3)…示范村设).
  const others = rows.slice(0, -1).filter((r) => r.rule.trim() !== '');
  const before = articles(last.rule)
    .slice(0, -1)
    .filter((t) => t.trim() !== '');
  const count = others.length + before.length;
  if (count < 3 || others.filter(ends).length + before.filter(endsText).length < (count * 2) / 3)
    return [rows, undefined];
  // With no points of its own or above it (附加分 … 未通过省), it cannot be scored at all: named, not imported.
  // (…or of its group's, 公共洗手间 | 15 beside it where the figures stand for the groups: kept under them.)
  // (5.及时报送各种信息10分。参照崇仁镇 — its first sentence closes on its points before the copy stops: those are its
  // points, the rest the assessor reads.)
  const opened =
    (/^[^。;；扣加减]*?(?<=[\u4e00-\u9fff”"])(?<![扣加减得计記记各共奖罚值满每占])\s*(\d+(?:\.\d+)?)\s*分\s*[。.]/.exec(
      last.rule.trim(),
    ) ??
      // (…对乡政府下达农产品质量安全责任状的3分,未 — what it earns said, the rest cut: the same.)
      /^[^。;；扣加减]*?[\u4e00-\u9fff](?:的|得)\s*(\d+(?:\.\d+)?)\s*分\s*[,，]\s*(?:未|没有|否则)[^。;；]{0,6}$/.exec(
        last.rule.trim(),
      ))?.[1];
  if (last.points === undefined && opened !== undefined && last.sectionPoints === undefined)
    return [[...rows.slice(0, -1), { ...last, cut: true, points: Number(opened) }], undefined];
  const pointless =
    last.points === undefined &&
    last.sectionPoints === undefined &&
    splitName(last.name).cap === undefined &&
    !last.headings.some((h) => h.cap !== undefined);
  // …空白村当年度考核分不得分,由所在村年底扣除民兵营长5: what it voids is said before the cut; kept.
  // (↑ 13.池水循环消毒设备 | 游泳池: a name merged down from the row above is that item's; named apart from the words.)
  const above = rows[rows.length - 2];
  const shared = above !== undefined && last.nameKey !== '' && above.nameKey === last.nameKey;
  if (pointless && !new RegExp(`一票否决|${WHOLE_SCORE_LOST}`).test(last.rule))
    return [
      rows.slice(0, -1),
      {
        row: last.index + 1,
        ...(last.no || shared ? { no: last.no || last.name } : {}),
        text: [shared ? '' : last.name, last.standard, last.rule].filter(Boolean).join(' '),
        dropped: { ...last, cut: true },
      },
    ];
  // (Alone in its group, the group's figure its points: 公共洗手间 | 15 | 1、门窗、墙身、… cut before its bands — the
  // assessor types what it earns of the 15.)
  const alone =
    last.points === undefined &&
    last.sectionPoints !== undefined &&
    !rows.slice(0, -1).some((r) => r.sectionPointsKey !== undefined && r.sectionPointsKey === last.sectionPointsKey);
  return [[...rows.slice(0, -1), { ...last, cut: true, ...(alone ? { points: last.sectionPoints } : {}) }], undefined];
}

/** (1)…满分2.5分。(2)…满分1分。: a row's numbered articles (the whole row when it numbers none). */
function articles(rule: string): string[] {
  return rule.split(/(?=[（(]\s*\d{1,2}\s*[)）])/);
}

/** …第一责任人(分值5分)。 / …扣01分(分值8分)。: the points in brackets that close a rule. */
export function closingPoints(rule: string): number | undefined {
  const m =
    /[（(]\s*(?:分值|共|计)?\s*(\d+(?:\.\d+)?)\s*分\s*[)）][。.;；]?\s*$/.exec(rule.trim()) ??
    // …建立健全内部审计制度;5分: the points after the words and a stop.
    // (…的清洁工作。共5分 / 遵守幼儿园考勤制度.5分: the same, said as the sum, or after a half-width stop.)
    /(?<=[\u4e00-\u9fff)）][;；。.])\s*(?:(?:共计?|合计|计)为?)?\s*(\d+(?:\.\d+)?)\s*分[。.]?\s*$/.exec(rule.trim()) ??
    // 1.召开班子会研究部署;1分(查看会议纪要,1次0.5分): the points after the words, then a note on checking them.
    /(?<=[\u4e00-\u9fff][;；。.])\s*(\d+(?:\.\d+)?)\s*分\s*[（(][^()（）]*[)）][。.]?\s*$/.exec(rule.trim()) ??
    // …做到制度上墙。(2.5): bare points in brackets after the sentence has ended.
    /(?<=[\u4e00-\u9fff][。.;；])\s*[（(]\s*(\d+(?:\.\d+)?)\s*[)）]\s*$/.exec(rule.trim()) ??
    // (当年乡建重点工作(5分 where the copy stops: the bracket left open.)
    /(?<=[\u4e00-\u9fff])\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*$/.exec(rule.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * 1) 建立工作领导小组和工作班子(2): a numbered row's points in brackets closing it, written without 分 and with no
 * stop before them; or its one figure closing its sentence (…文史资料20分。). Read only for numbered rows where no
 * points column stands ((2) elsewhere may number).
 */
export function bareClosingPoints(rule: string): number | undefined {
  const m =
    /(?<=[\u4e00-\u9fff])\s*[（(]\s*(\d+(?:\.\d+)?)\s*[)）][。.]?\s*$/.exec(rule.trim()) ??
    // 2、反映一条社情民意信息或收集一篇文史资料20分。: the one figure of the row, closing its sentence.
    // (Not 全年沒有稻田拋荒的,計20分。 nor …的扣除考核分1分: a figure given, taken or added is no demand's points.)
    ((rule.match(/\d\s*分/g) ?? []).length === 1 && !/扣|[加减減得计計记記奖獎罚罰]\s*\d/.test(rule)
      ? /(?<=[\u4e00-\u9fff])(?<![扣减加得计記记奖罚各每共至到过为按于超少多])\s*(\d+(?:\.\d+)?)\s*分[。.]?\s*$/.exec(
          rule.trim(),
        )
      : null);
  if (m) return Number(m[1]);
  // 3.将控烟工作纳入本单位的工作计划,2分;并有资金保障,1分; / 4.…都不吸烟,3分;有1位吸烟成员扣1分: each demand's
  // figure after a comma and before a stop, together (what is taken off after them is how they are lost).
  // (Not …实施方案的,1分。: a lapse (…的) before the figure is a deduction with its 扣 lost.)
  const demands = [...rule.matchAll(/(?<=[\u4e00-\u9fff](?<!的)[,，])\s*(\d+(?:\.\d+)?)\s*分(?=\s*(?:[;；。.]|$))/g)];
  // (若设置室外吸烟区…,4分;…若不设室外吸烟区,…4分;: two ways of meeting it, the better one counts.)
  const figures = demands.map((d) => Number(d[1]));
  if (figures.length === 0) return undefined;
  return /若不|如不|否则/.test(rule) ? Math.max(...figures) : figures.reduce((a, n) => a + n, 0);
}

/**
 * …定期召开月度工作例会(6分),无故缺席每次扣1—2分 / …建设情况(3分X做到有牌子… (a copy's X or * for the bracket's
 * close): the row's points in brackets after what it demands, once, before the way they are lost.
 */
function bracketDemand(rule: string): { points: number; rest: string } | undefined {
  const text = rule.trim();
  const all = [...text.matchAll(/[（(]\s*\d+(?:\.\d+)?\s*分/g)];
  const m =
    /^[^。扣]*?(?<=[\u4e00-\u9fff”"])([（(]\s*(\d+(?:\.\d+)?)\s*分\s*(?:[)）]|[X*×](?=[\u4e00-\u9fff])))\s*(?=[,，]?[^;；。]{0,60}?扣\s*\d)/.exec(
      text,
    );
  // (…全年专题研究…不少于3次。(3分)考核:未成立…的扣0.5分;…: the demand, its points, then how they are lost.)
  const said =
    /^[^扣]*?[。.;；]\s*([（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）])\s*(?=(?:考核|评分|计分|扣分|考核办法|评分办法|评分标准|考核标准)[:：])/.exec(
      text,
    );
  if (all.length === 1 && said?.[1] && said[2]) {
    const at = said.index + said[0].length - said[1].length;
    return { points: Number(said[2]), rest: `${text.slice(0, at)}${text.slice(at + said[1].length)}` };
  }
  if (all.length !== 1 || !m?.[1] || !m[2]) return undefined;
  const rest = `${text.slice(0, m.index + m[0].length - m[1].length)}${/^[,，]/.test(text.slice(m.index + m[0].length)) ? '' : ','}${text.slice(m.index + m[0].length)}`;
  return { points: Number(m[2]), rest };
}

/**
 * …规章制度做到人手一册6分,每缺一项扣2分。 / …税费等10分,视情扣分。 with no points column: the points that close
 * the demand, before the way they are lost.
 */
export function demandPoints(rule: string): { points: number; rest: string } | undefined {
  const m =
    /^[^。扣]*?(?<=[\u4e00-\u9fff”"])(?<![扣加减得计記记各共奖罚值满每占])\s*(\d+(?:\.\d+)?)\s*分\s*[,，]\s*(?=(?:每|缺|少|未|发现|出现|视情|酌情)[^;；。]{0,12}?扣)/.exec(
      rule.trim(),
    );
  // (…落实专(兼)职人员抓信访工作3分。未成立领导小组的,扣1分: the demand closes its own sentence on its points, the
  // next sentence says what is taken off — or that the assessor takes it off: …工作5分。未达要求酌情扣分。)
  const said =
    m ??
    /^[^。扣]*?(?<=[\u4e00-\u9fff”")）])(?<![扣加减得计記记各共奖罚值满每占])(?<!满分|总分|满分为)\s*(\d+(?:\.\d+)?)\s*分\s*[。.]\s*(?=[^。]{0,40}?(?:扣\s*\d|(?:酌情|视情)扣))/.exec(
      rule.trim(),
    );
  if (!said?.[1]) return bracketDemand(rule);
  // (The rule read without them: …人手一册,每缺一项扣2分 — they are the row's, not a part of it.)
  const text = rule.trim();
  const tail = /\s*\d+(?:\.\d+)?\s*分\s*(?=[,，。.]\s*$)/.exec(said[0]);
  const rest = tail ? `${text.slice(0, tail.index)}${text.slice(tail.index + tail[0].length)}` : rule;
  return { points: Number(said[1]), rest };
}

/**
 * 各乡镇办事处有一个淘宝村或电商村(社区)得20分,没有不得分,多1个加10分 with no points column: the one
 * 得N分 the rule gives is the row's points.
 */
/** Every 得N分 / 计N分 a rule says (not 不得分). */
// (Not …活动每参加1 次计2分: so much each time, no sum the row earns.)
export const gainsSaid = (rule: string): number[] =>
  [...rule.matchAll(/(?<![不未])(?:得|计|計|记|記|^占)\s*(\d+(?:\.\d+)?)\s*分/g)]
    .filter(
      (m) =>
        !/每[^,，;；。每]{0,8}?[一二两三四五六七八九十\d]+\s*[次个项篇人件户条期场名位]\s*$/.test(
          rule.slice(0, m.index),
        ),
    )
    .map((m) => Number(m[1]));

export function gainedPoints(rule: string, whole?: number): number | undefined {
  // (集中宣傳計15分,…宣傳活動計15分: the same sum said twice is one.)
  // (占20分: the row's share of the whole, said so.)
  const said = gainsSaid(rule);
  // (…资金,得5分;…上年度的资金,…达到90%的,得5分 under (五)…(10分): two parts that make the title's points.)
  if (whole !== undefined && said.length >= 2 && Math.abs(said.reduce((a, n) => a + n, 0) - whole) < 1e-9)
    return undefined;
  // (…达到当年土地流转率得5分,每下降5个百分点扣1分,扣完为止;…签订了规范性土地流转合同得5分。: two demands, each in
  // its own sentence with its own gain, make the row's points together.)
  const sentences = rule.split(/[;；]/).filter((s) => s.replace(/[\s。.]/g, '') !== '');
  // (Not …报帐得25分;不按时记10分: the second the first done late.)
  if (
    said.length === 2 &&
    sentences.length === 2 &&
    sentences.every((s) => gainsSaid(s).length === 1) &&
    !/^\s*(?:不|未|没有|无|逾期|超时)/.test(sentences[1] ?? '')
  )
    return said.reduce((a, n) => a + n, 0);
  const gains = new Set(said);
  const [only] = gains;
  // (…方案得5分;…明确得5分;…办法得5分: three or more are a list of demands, not one sum said again.)
  if (gains.size === 1 && only !== undefined && only > 0 && said.length < 3) return only;
  // 报名率:…,该项分值为0.5分每少一人扣0.1分 / 该项基础分为0.3分: the row's points said as such.
  const stated = /(?:该项|本项|此项)[^,，;；。\d]{0,4}?分值?为\s*(\d+(?:\.\d+)?)\s*分/.exec(rule);
  if (gains.size === 0 && stated?.[1]) return Number(stated[1]);
  // 按满意、较满意、一般、较差、差5档划分,计分为5分、4分、3分、2分、1分: the top of the scale.
  const scale =
    /(?:划分|劃分|评定|評定)[,，]?\s*(?:计分|計分|得分)(?:标准|標準)?(?:分别|依次)?[为為]\s*(\d+(?:\.\d+)?分?(?:[、,，]\s*\d+(?:\.\d+)?分?)+)/.exec(
      rule,
    );
  if (gains.size === 0 && scale?.[1])
    return Math.max(
      ...scale[1]
        .split(/分?[、,，]\s*|分$/)
        .filter(Boolean)
        .map(Number),
    );
  // 在报刊发表禁毒宣传文章10分、**级每份2分、…: the points said first, then what earns them.
  const first = /^[^\d,，。;；:：、()（）扣加减得计记]{2,30}?(\d+(?:\.\d+)?)\s*分[、,，](?=.*每)/.exec(rule.trim());
  if (gains.size === 0 && first?.[1]) return Number(first[1]);
  return undefined;
}

/** (一)每个部门每月基础分30分。…按照“优、良、中、差”确定等次: a numbered row that states its own base points. */
export function basePoints(rule: string): number | undefined {
  const m = /^[^,，;；。]{0,12}?(?:基础分|基本分|满分|单项基准分?)(?:为)?\s*(\d+(?:\.\d+)?)\s*分/.exec(rule.trim());
  return m?.[1] ? Number(m[1]) : undefined;
}

/**
 * 一、组织领导(20分) over 1、…(6分)每缺少一项扣2分,扣完20分为止。 2、…(4分)…扣完20分为止。: each row's deductions run
 * to the heading's points, not its own — the rows share the heading's points, as one item.
 */
export function poolsNamedBelow(rows: readonly Row[]): Row[] {
  const inner = (r: Row): Heading | undefined => innermostPriced(r.headings);
  const pooled = new Map<Heading, Heading>();
  // (Only a heading inside another with points — 二、社会稳定(26分) over it: a table whose top headings are the
  // sections; rows under a top heading are its items.)
  const nestedIn = (h: Heading, under: readonly Row[]): boolean =>
    under[0]?.headings.some((x) => x !== h && x.cap !== undefined && x.level < h.level) === true;
  const heads = [...new Set(rows.map(inner))].filter(
    (h): h is Heading & { cap: number } => h !== undefined && typeof h.cap === 'number' && !h.pool && !h.scored,
  );
  const underOf = (h: Heading): Row[] => rows.filter((r) => inner(r) === h && r.role === 'base');
  for (const h of heads) {
    const under = underOf(h);
    const runs = new RegExp(`(?:扣完|扣满|扣至)${h.cap}分(?:为止|即止)|(?:最多|最高|累计)扣${h.cap}分`);
    // (One such row says it: 至少2种宣传方式,否则不得分 beside it loses its own points from the same pool.)
    const runsTo = under.some((r) => runs.test(r.rule) && r.points !== h.cap);
    // (一)重特大群体性事件(10分) over 1、有…预案,记1分 / 2、发生一起重大群体性事件,扣3分: rows that only deduct,
    // with no points of their own, beside rows with theirs — all come off the heading's 10.
    const bare = (r: Row): boolean =>
      r.points === undefined && r.names.every((n) => splitName(n.text).cap === undefined) && /扣\s*\d/.test(r.rule);
    // (三、扣分标准(10分) the only heading, over every row — 晨岗…巡视2分 beside 迟到5分钟内扣1分 with none: the
    // same; the lapse has nothing of its own to come off.)
    const nested = nestedIn(h, under) || (heads.length === 1 && rows.every((r) => r.role !== 'base' || inner(r) === h));
    const offIt = nested && under.some(bare) && under.some((r) => r.points !== undefined);
    // ((二)地理位置及环境要求 | 50 under 一、建筑要求 | 200, over standards with no points that only take off — 扣20分,
    // 有一个污染源,扣10分 — and the last cut off before it says anything of points: all come off the heading's 50.)
    const silent = (r: Row): boolean =>
      r === under[under.length - 1] && r.points === undefined && !/分|扣|得/.test(r.rule);
    const allOff = nested && under.some(bare) && under.every((r) => bare(r) || silent(r));
    if ((under.length >= 2 && (runsTo || offIt)) || allOff) pooled.set(h, { ...h, pool: true, scored: true });
  }
  // ((一)CSSD建筑设置…| 50 beside (二)…, a heading of the same depth taken as one item: over 1、…| 40 and 2、…| 10,
  // one item too, its rows its parts with their points.)
  const itemLevels = new Set([...pooled.keys()].map((h) => h.level));
  for (const h of heads) {
    const under = underOf(h);
    // (一、…(15分) over (一)加强组织领导(4分) over 1.…(3分) 2.…(0.5分), beside (二)充实法制力量(1分)… — a row of its own at
    // (一)'s depth under the same 一、: (一) is an item too, its rows its parts, whatever they add up to — the last of
    // three or more may be cut before its points.)
    const parent = [...(under[0]?.headings ?? [])].reverse().find((x) => x !== h && x.level < h.level);
    const siblingItem =
      parent !== undefined &&
      rows.some(
        (r) =>
          r.role === 'base' &&
          !r.headings.includes(h) &&
          r.headings.includes(parent) &&
          r.points !== undefined &&
          numberingLevel(r.no.trim()) === h.level,
      );
    const sums =
      !pooled.has(h) &&
      (itemLevels.has(h.level) || siblingItem) &&
      nestedIn(h, under) &&
      under.length >= 2 &&
      (siblingItem
        ? under.every((r, i) => r.points !== undefined || (i === under.length - 1 && i >= 2))
        : under.every((r) => r.points !== undefined) &&
          Math.abs(under.reduce((a, r) => a + (r.points ?? 0), 0) - h.cap) < 1e-9);
    if (sums) pooled.set(h, { ...h, gather: true, scored: true });
  }
  if (pooled.size === 0) return [...rows];
  return rows.map((r) => ({ ...r, headings: r.headings.map((h) => pooled.get(h) ?? h) }));
}

/**
 * 每有一项创新内容效果明显的追加0.5分,加分累计不超2分 in a 备注 merged down an item's rows: a bonus over that item,
 * as a row of its own after them (its limit the one the words give).
 */
export const onlyAdds = (note: string): boolean => /加\s*\d|追加|加分/.test(note) && !/扣|减|不得分/.test(note);

export function noteBonus(last: Row | undefined, note: string, own = false): Row | undefined {
  if (!last || !onlyAdds(note)) return undefined;
  const limit = /(?:不超过?|最多加?|最高加?|至多加?)\s*(\d+(?:\.\d+)?)\s*分/.exec(note)?.[1];
  const { note: _note, ...row } = last;
  // (Named by the block's first name, or — a bonus of the row's own, 附加分 beside each — by the row's.)
  const owner = splitName(
    own ? last.name || last.names[last.names.length - 1]?.text || '' : last.names[0]?.text || last.name,
  ).name.replace(/\s+/g, '');
  const key = `note:${last.index}`;
  return {
    ...row,
    no: '',
    noKey: key,
    name: `${owner}加分`,
    nameKey: key,
    names: last.names.map((n, i) => ({
      text: i === last.names.length - 1 ? `${owner}加分` : n.text,
      key: `${key}:${i}`,
    })),
    points: limit === undefined ? undefined : Number(limit),
    pointsText: '',
    pointsKey: key,
    role: 'bonus',
    rule: note,
    standard: '',
  };
}

/**
 * 土地流转年限不低于规定年限(3分);签订规范的流转合同(2分)。 with no points column: the row's points are its parts'
 * together. (Not where the words stop mid-part, 脱贫效果明显(2分)、贫困群众满意度高(2分)、完成项目建 — more unseen;
 * nor beside a rule that scores otherwise.)
 */
export function partsPoints(rule: string): number | undefined {
  const parts = rule.match(new RegExp(BRACKET_POINTS, 'g')) ?? [];
  if (parts.length < 2 || /[扣得计记加减]\s*\d/.test(rule) || !/[)）。.;；]\s*$/.test(rule)) return undefined;
  return parts.reduce((a, p) => a + Number(/\d+(?:\.\d+)?/.exec(p)?.[0] ?? 0), 0);
}

/**
 * 1 .进房前的准备工作;2 .敲门程序;3 .开门填写进房时间及房态; | 1分2分1分: a points cell holding each numbered step's
 * points run together. The row is worth their sum; where the steps and the figures are as many, each step carries
 * its own (…准备工作(1分);2 .敲门程序(2分);…), so they are read as its parts.
 */
export function runTogetherPoints(cell: string, rule: string): { points: number; rule: string } | undefined {
  const t = cell.replace(/\s+/g, '');
  if (!/^(?:\d+(?:\.\d+)?分){2,}$/.test(t)) return undefined;
  const figures = [...t.matchAll(/(\d+(?:\.\d+)?)分/g)].map((m) => Number(m[1]));
  const points = Math.round(figures.reduce((a, n) => a + n, 0) * 100) / 100;
  const starts: number[] = [];
  for (const m of rule.matchAll(/(?<=^|[;；。\s])(\d{1,2})\s*[.、．](?!\d)/g))
    if (Number(m[1]) === starts.length + 1) starts.push(m.index ?? 0);
  if (starts.length !== figures.length) return { points, rule };
  const ends = [...starts.slice(1), rule.length];
  const parts = starts.map((from, k) => {
    const part = rule.slice(from, ends[k]).trim();
    const stop = /[;；。]$/.exec(part)?.[0] ?? ';';
    return `${part.replace(/[;；。]$/, '')}(${figures[k] ?? 0}分)${stop}`;
  });
  return { points, rule: `${rule.slice(0, starts[0])}${parts.join('')}` };
}

/**
 * 5 / 1/项 / 0。5/项 in a column headed 扣分标准 (扣分, 扣分值): what the lapse beside it costs, said as the reading
 * knows it (扣5分 / 每项扣1分). Any other cell, or head, is left as written.
 */
/**
 * 09评分办法(满分80分) ①…记40分 in the rule cell of item 09 (80分): a title of the cell repeating the item's
 * points, no part of the first rule.
 */
export const ruleLeadIn = (cell: string): string =>
  cell.replace(
    /^\s*\d{0,3}\s*(?:评分办法|评分标准|计分办法|考核办法|评分细则)\s*[(（]\s*满分\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*[:：]?\s*(?=[①②③④⑤⑥⑦⑧⑨⑩1-9（(])/,
    '',
  );

export function bareCost(cell: string, head: string): string {
  // (-2 under 一项不合格扣分标准: what the lapse costs, its minus said.)
  const minus = /扣分/.test(head) ? /^[-－—]\s*(\d+(?:\.\d+)?)分?$/.exec(cellText(cell)) : null;
  if (minus) return `扣${minus[1]}分`;
  // (各1 beside 衣服、鞋、帽不整洁…: so much for each lapse named.)
  const each = /扣分/.test(head) ? /^各(\d+(?:\.\d+)?)分?$/.exec(cellText(cell)) : null;
  if (each) return `各扣${each[1]}分`;
  const f = /扣分/.test(head) ? figureCell(cell) : undefined;
  if (!f) return cell;
  return f.per ? `每${f.per}扣${f.n}分` : `扣${f.n}分`;
}

/**
 * 财务管理 merged over 1、财务管理规范、无假发票、无小金库得15分。 2、私设小金库…不得分。 3、有票据不规范一例扣减5分,直至本项
 * 分数扣完为止。…: no points in the name, the first row earning the item's points and a row below taking from 本项 —
 * the rows one item of those points, deducted from. The points, or undefined.
 */
export function firstRowPool(rules: readonly string[]): number | undefined {
  const [first, ...rest] = rules;
  const gains = gainsSaid(first ?? '');
  if (gains.length !== 1 || rest.length === 0 || /扣/.test(first ?? '')) return undefined;
  if (!rest.some((r) => /(?:直至|直到)?本项(?:分数|分值|得分)?扣完为止/.test(r))) return undefined;
  return gains[0];
}

/** The columns a group of rows is told by: its points, its names (outermost first), its rule (and that rule's head). */
export interface GroupCols {
  readonly pointsCol: number | undefined;
  readonly names: readonly number[];
  readonly rule: number | undefined;
  /** The rule column's head (扣分: a bare figure there is what the lapse costs). */
  readonly head?: string;
}

/** An outer name over rows that share its points: the one item they make. */
export interface GroupItem {
  readonly key: string;
  readonly text: string;
  readonly cap: number;
}

/**
 * 人員 (merged) | 每牙椅至少配備1.03名衛生技術人員 / 至少有2名口腔科醫生 / … | 有一項達不到標準扣5分,扣完為止 (merged) | 15
 * (merged): the rule and the points merged down together over rows of requirements, under one name merged over them —
 * one item of those points, each row a requirement the one rule is read against (相見制度規程評分表, which says no way,
 * is typed for each). Undefined unless the points and the rule span the same rows.
 */
export function pooledUnderName(
  grid: Grid,
  merged: ReturnType<typeof mergeIndex>,
  r: number,
  cols: GroupCols,
): GroupItem | undefined {
  const [outer] = cols.names;
  if (cols.pointsCol === undefined || cols.rule === undefined || outer === undefined || cols.names.length < 2)
    return undefined;
  const pm = merged(r, cols.pointsCol);
  const rm = merged(r, cols.rule);
  const om = merged(r, outer);
  if (!pm || !rm || !om || pm.bottom <= pm.top || pm.top !== rm.top || pm.bottom !== rm.bottom) return undefined;
  if (om.top > pm.top || om.bottom < pm.bottom) return undefined;
  const cap = Number(cellText(valueAt(grid, merged, r, cols.pointsCol)).replace(/分$/, ''));
  const rule = valueAt(grid, merged, r, cols.rule);
  if (!Number.isFinite(cap) || cap <= 0 || rule.trim() === '') return undefined;
  return { key: `${pm.top},${cols.pointsCol}`, text: valueAt(grid, merged, r, outer), cap };
}

/** 加5分/每人次 / 20、15、10、5分/每人次 in a points cell, no figure of its own: the cell says how the row scores. */
export function pointsCellRule(cell: string): string {
  return cell !== '' &&
    readPoints(cell).points === undefined &&
    /(?:加|扣|得)\s*\d|\d\s*分\s*\/|依次类推/.test(cellText(cell))
    ? cell
    : '';
}

/**
 * 教研组学期工作有计划、有总结、有详细的活动记录 | 15 | 每项5分: the name lists the things, each worth the same and the
 * row's points their sum — each thing its points (…有计划得5分;有总结得5分;…). Undefined for any other row.
 */
export function eachListedRule(rule: string, name: string, points: number | undefined): string | undefined {
  const per = /^每(?:项|条)(\d+(?:\.\d+)?)分[。.]?$/.exec(cellText(rule))?.[1];
  const listed = name.replace(/[。.;；]+$/, '').split('、');
  if (per === undefined || listed.length < 2 || points === undefined) return undefined;
  if (Math.abs(listed.length * Number(per) - points) > 1e-9) return undefined;
  return listed.map((t) => `${t.trim()}得${per}分`).join(';');
}

/** 得分=满意度合格率/85%*10分: the points a rate-times-points formula gives in full. */
export function formulaPoints(rule: string): number | undefined {
  const m = /得分\s*[=＝][^;；。]*?[*×xX]\s*(\d+(?:\.\d+)?)\s*分/.exec(rule);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** 按时上报季度报表和年终报表,共报5次,每次记1分,少一次扣0.5分: so many times, so much each — the row's points. */
export function timesPoints(rule: string): number | undefined {
  const m = /共(?:报|有|计|需|要)?\s*(\d+)\s*([次项个篇件期])[,，]\s*每\2\s*(?:记|计|得)\s*(\d+(?:\.\d+)?)\s*分/.exec(
    rule,
  );
  return m?.[1] === undefined || m[3] === undefined ? undefined : Math.round(Number(m[1]) * Number(m[3]) * 100) / 100;
}

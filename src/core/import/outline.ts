import type { Header } from './header';
import { innermostPriced, type Heading } from './headings';
import {
  cleanVeto,
  draft,
  firstName,
  fromBase,
  heldCap,
  listsDemands,
  partOf,
  tiered,
  partsOf,
  tableNumbers,
} from './outline-parts';
import { addAdjustment, bonusRuns } from './outline-adjust';
import type { PartIn } from './item';
import { numberOf, splitName } from './names';
import type { ClassPoints } from './phrases';
import { joinRule, type Row } from './rows';
import { leadTitle } from './rows-shape';
import type { Role } from './rule-text';
import { itemLevel, nameSections, placeholder, safeId, scoringWords, shortName } from './shape';

/**
 * The shape of one table: its sections (merged 一级指标, heading rows, a 类别小计, the only name column
 * merged down), its items (a row; rows under one name with points of their own; the articles of a block
 * that share its points), bonus/penalty rows and 一票否决 rows. Ids as the table numbers them. Pure.
 */

export interface ItemDraft {
  id: string;
  readonly name: string;
  readonly group?: string;
  readonly cap: ClassPoints | undefined;
  /** The words of its rows, joined (a block's articles, the parts under one name). */
  text: string;
  readonly method: string;
  readonly role: Role;
  readonly parts: PartIn[];
  readonly pool?: boolean;
  /** Paragraphs under a title with its points (no points of their own): read together within them. */
  readonly gathered?: boolean;
  /** Points for a bonus/penalty block (its row's, or 最多加N分). */
  readonly blockCap?: number;
  /** No limit written: the block's points are the most its words can add (the user is told). */
  readonly capFromWords?: boolean;
  /** Rows that are the steps of one result (…(100分) / …(75分) / …不得分): its levels, best first. */
  readonly tiers?: readonly { readonly name: string; readonly points: number }[];
  /** A 具体项目 left blank in the table (1. 2. ……). */
  readonly placeholder?: boolean;
  /** Its name says how it scores, in a table with no rule column: read, not typed as the others are. */
  readonly ruleInName?: boolean;
  readonly key: string;
}

export interface SectionDraft {
  id: string;
  readonly name: string;
  readonly cap?: ClassPoints;
  readonly items: ItemDraft[];
  readonly key: string;
}

export interface BlockDraft {
  readonly sections: SectionDraft[];
  readonly adjustments: ItemDraft[];
  readonly vetoes: string[];
  readonly total?: number;
  /** Kinds of unit the points or rules differ by, the default first. */
  readonly classes: string[];
  /** No row says how it scores (no 扣, 得N分, 不得分, 酌情 …): every item is a score the assessor types. */
  readonly noRules: boolean;
}

/**
 * (一)基本分100分 over 1.捐款总额(20分)… 5.…(20分): rows under a 基本分 heading that each have their points, making
 * its 100 — parts that earn, the heading their section, not a base they deduct from.
 */
function earnedUnder(h: Heading, rows: readonly Row[]): boolean {
  const under = rows.filter((r) => r.role === 'base' && r.headings.includes(h));
  const priced = under.filter((r) => r.points !== undefined);
  const cap = typeof h.cap === 'number' ? h.cap : undefined;
  return (
    cap !== undefined &&
    priced.length >= 2 &&
    priced.length >= under.length - 1 &&
    Math.abs(priced.reduce((a, r) => a + (r.points ?? 0), 0) - cap) < 1e-9
  );
}

/** 养护计划执行情况(72分):… — a row's words opening on a title with its points (as leadTitle reads one): that part's own. */
const titledPoints = (r: Row): number | undefined => leadTitle(r.rule)?.points;

export function outlineBlock(
  rows: readonly Row[],
  header: Header,
  total: number | undefined,
  startsFrom?: number,
): BlockDraft {
  // 起评分 and nothing but deductions (信用赋分 -10 … 降B级): one block of shared points.
  // (A row or two with points of their own among them — 区政府领导对实施情况的评价 | 占20分 — are shares of the
  // same points: parts of the one block, worth what they say.)
  const priced = rows.filter((r) => r.role === 'base' && r.points !== undefined);
  const share = priced.reduce((a, r) => a + (r.points ?? 0), 0);
  if (startsFrom !== undefined && (priced.length === 0 || (priced.length * 3 < rows.length && share < startsFrom))) {
    // (Rows among them that only add, taking nothing off, are bonus blocks beside it.)
    // (…专题约稿任务的,每篇计2分 among rows that take off a base of 6: what it counts is added to the base.)
    const adds = (r: Row): boolean =>
      (r.role === 'bonus' ||
        ((r.points === undefined || r.pointsKey.startsWith('w:')) &&
          /每[^,;。]{0,12}?(?:计|加|得)\s*\d/.test(r.rule))) &&
      !/[扣减]\s*\d|不得分|不计分/.test(r.rule);
    // (Its 每篇计2分 is what each piece adds, no limit of the block.)
    const added = rows
      .filter(adds)
      .map((r): Row => ({ ...r, role: 'bonus', ...(r.pointsKey.startsWith('w:') ? { points: undefined } : {}) }));
    const block = fromBase(added.length ? rows.filter((r) => !adds(r)) : rows, header, startsFrom);
    return added.length ? { ...block, adjustments: bonusRuns(added) } : block;
  }
  const names = [...header.columns].filter(([, r]) => r === 'name').length;
  const sections: SectionDraft[] = [];
  const adjustments: ItemDraft[] = [];
  const vetoes: string[] = [];
  const classes = new Set<string>([...header.classes.values()]);
  const byName = nameSections(rows, names);
  const level = itemLevel(rows);
  const { noColumn, ownNumbers, adjustmentNos } = tableNumbers(rows, header);
  let current: (SectionDraft & { sn: string; seen: Map<string, number> }) | undefined;
  let item: ItemDraft | undefined;
  let lastAdjustmentName: string | undefined;

  rows.forEach((row, ri) => {
    if (row.veto) {
      vetoes.push(cleanVeto(row));
      return;
    }
    for (const c of splitName(row.name).classes ?? []) if (c) classes.add(c);
    // (The innermost pool first: 1.搞好…绿化美化。(50分) over its deductions, not (一)包绿化美化。(200分) over it.)
    const pool =
      [...row.headings].reverse().find((h) => h.pool && !earnedUnder(h, rows)) ??
      row.headings.find(
        (h) =>
          (h.pool && !earnedUnder(h, rows)) ||
          (h.gather &&
            (h.scored ||
              pricedAbove(h, row.headings, rows) ||
              (row.points === undefined &&
                splitName(row.name).cap === undefined &&
                // (二、经营服务网络建设(140分) over 1、新网工程建设标准分50分 over its 评分标准: the inner title is the item.)
                !row.headings.some((g) => g.level > h.level && g.gather && g.scored) &&
                // (二)日常管理(分值60分) over rows with points of their own: a section, not one item.
                !rows.some((r) => r.headings.includes(h) && r.points !== undefined)))),
      );
    // Where the section comes from: a pool, a 类别小计, the first of several names, a heading, the only
    // name merged down, or the row itself.
    // (A figure merged over rows whose names give their own points stands for their section too.)
    const fromPoints =
      row.sectionPointsKey !== undefined &&
      ([...header.columns.values()].includes('sectionPoints') || row.sectionPointsKey.startsWith('g:'));
    const inherit = byName && row.name === '' && current !== undefined;
    // A heading with points above a pool (一、工作保障(20分) over (一)网格化办公室(10分)…) is its section.
    // (The nearest: 一、建筑要求(200) over (二)…(50), not Ⅰ、…管理(500) over both.)
    const outer =
      pool && [...row.headings].reverse().find((h) => h !== pool && h.cap !== undefined && h.level < pool.level);
    const head = outer?.text ?? pool?.text ?? row.heading;
    // 一、减贫成效 (65) over (一)贫困人口脱贫 (40) over 1.省下达… | (1)…: headings with points of their own
    // are the sections, above the name columns.
    // (Not the pool itself — (一)结业考试(40 分) under 一、质量信誉反馈指标200 分 in the name column before it.)
    const byHead = names >= 2 && !fromPoints && row.headings.some((h) => h.cap !== undefined && h !== pool);
    // (Its outer name cut away, 一 栏舍 10 分 in the next column over the rows: that name, with its points, the section.)
    const standIn =
      names >= 2 && !byHead && !fromPoints && row.section === ''
        ? row.names.slice(1).find(
            (n, k) =>
              n.text !== '' &&
              splitName(n.text).cap !== undefined &&
              // (The last name only where it is merged over rows, a group's: not one row's own points.)
              (k < row.names.length - 2 || rows.filter((x) => x.names[k + 1]?.key === n.key).length >= 2),
          )
        : undefined;
    const secText = fromPoints
      ? row.section
      : standIn
        ? standIn.text
        : names >= 2 && !byHead
          ? row.section
          : head || (byName ? (inherit ? (current?.name ?? '') : row.name) : row.name);
    const secKey = fromPoints
      ? `p:${row.sectionPointsKey ?? ''}`
      : standIn
        ? standIn.key
        : names >= 2 && !byHead
          ? row.sectionKey
          : head
            ? `h:${head}`
            : byName
              ? inherit
                ? (current?.key ?? '')
                : // Written again on every row (班子和党风廉建设(20分) on each), or merged down: one section.
                  `n:${row.name}`
              : // (No name column, one points cell merged down the rows: they are one section's, one item's.)
                names === 0 && rows.filter((r) => r.pointsKey === row.pointsKey && r.pointsKey !== '').length >= 2
                ? `pm:${row.pointsKey}`
                : // (Its one name and its points merged down together over rows of deductions — 厂区 | …扣3分 | 10:
                  // one item the rows take from.)
                  names === 1 &&
                    row.nameKey !== '' &&
                    rows.filter((r) => r.nameKey === row.nameKey && r.pointsKey === row.pointsKey && r.pointsKey !== '')
                      .length >= 2
                  ? `nm:${row.nameKey}`
                  : `r:${ri}`;
    // (支委会建设30 merged down its rows in the first of two name columns: the bare figure is its points.)
    const bareCap = names >= 2 ? /^(.*[\u4e00-\u9fff])\s*(\d{1,3})$/.exec(secText.trim()) : null;
    const named = splitName(secText);
    const sec =
      bareCap?.[1] && named.cap === undefined ? { ...named, name: bareCap[1], cap: Number(bareCap[2]) } : named;
    const flatWithHeadings = (names < 2 || byHead) && head !== '';
    const rowNo =
      numberOf(row.no) ?? splitName(row.no).number ?? (noColumn && ownNumbers ? splitName(row.name).number : undefined);
    const next = current && current.key === secKey ? current.sn : String(sections.length + 1);
    const sn = (flatWithHeadings ? sec.number : rowNo) ?? sec.number ?? next;
    if (row.role !== 'base') {
      addAdjustment(adjustments, row, lastAdjustmentName, rowNo, adjustmentNos);
      lastAdjustmentName = row.nameKey;
      return;
    }
    if (!current || current.key !== secKey) {
      const held = row.headings.find((h) => h.text === head)?.cap;
      // (A top heading over a pool has its own points: 二、社会稳定(26分) over (一)重特大群体性事件(10分)….)
      // (…and where the outer heading holds another pool beside this one — (一)包绿化美化。(200分) over 1.…(50分) and
      // 2.…(50分) — the section is the outer one, its points the outer's.)
      const shared =
        outer && rows.some((r) => r.headings.includes(outer) && r.headings.some((h) => h.pool && h !== pool));
      const cap = heldCap(
        row,
        sec.cap,
        outer && (outer.level === 1 || shared || (pool && pricedAbove(pool, row.headings, rows)))
          ? outer.cap
          : (pool?.cap ?? held),
        fromPoints,
      );
      current = {
        id: `s${safeId(sn, String(sections.length + 1))}`,
        name: (fromPoints ? firstName(rows, row) : sec.name) || `第${sections.length + 1}部分`,
        ...(cap === undefined ? {} : { cap }),
        items: [],
        key: secKey,
        sn,
        seen: new Map(),
      };
      sections.push(current);
      item = undefined;
    }
    // The articles of a block that share its points: one item.
    if (pool) {
      // 城乡低保 | (1)…: a row under the item with a name of its own keeps it before its words.
      // (Not where the rule opens with the name: 课间操巡视1分:9:10—9:30 named 课间操巡视 by its own words.)
      // (植保有病害、虫害 | 5 under 扣分: a lapse named, its cost beside it — one sentence, the lapse and what it costs.)
      const inner = row.names.length >= 2 ? (row.names[row.names.length - 1]?.text ?? '').trim() : '';
      // (日常工作考核(满分100分) over 1.会议纪律 | 各学院辅导员…扣5分: a part named in its own column keeps the name.)
      const named =
        row.name === '' &&
        inner !== '' &&
        splitName(inner).name !== splitName(pool.text).name &&
        // (Not 一票否决事项 / 平安三率(本项限扣5分): a name that speaks of scoring would be read as a rule.)
        // (至少增加1名口腔科醫生 adds no points.)
        !/否决|扣|(?<![增追])加\s*\d|加分|(?<![增])减\s*\d|减分|\d\s*分/.test(inner) &&
        !row.rule.trim().startsWith(splitName(inner).name) &&
        !listsDemands(inner);
      const own =
        pool.scored &&
        row.name !== '' &&
        !row.rule.trim().startsWith(row.name.trim()) &&
        !/否决/.test(row.name) &&
        !listsDemands(row.name)
          ? { text: `${row.name}：${row.rule}` }
          : named
            ? { text: `${inner}：${row.rule}` }
            : {};
      const part = {
        ...partOf(row),
        ...own,
        ...(pool.scored && row.points !== undefined ? { points: row.points } : {}),
      };
      if (item?.key === `pool:${pool.text}`) {
        item.parts.push(part);
        item.text = joinRule([item.text, part.text]);
      } else {
        item = {
          ...draft(row, safeId(sn, 'i1'), splitName(pool.text).name, { cap: pool.cap, parts: [part] }),
          key: `pool:${pool.text}`,
          text: part.text,
          ...(pool.pool ? { pool: true } : { gathered: true }),
        };
        current.items.push(item);
      }
      return;
    }
    // Rows under a name whose points cell is merged with it (考核要点 | 分值 over 1.1.1 (10分), 1.1.2 (10分)).
    if (level !== undefined) {
      const cell = row.names[level];
      // 责任制落实 | 组织机构健全… / 责任状签订 / … | 5分 merged over them | …得2分 / …得2分,少一个扣1分: the points
      // cell merged over the rows is the item's; each row's own points are in its words (a paragraph of a title).
      const group = cell ? rows.filter((r) => r.names[level]?.key === cell.key) : [];
      // (Not where the rows' own names carry their points, 1.2.3…(5分) under 1.2 | 15: those are theirs.)
      const merged =
        group.length >= 2 &&
        group.every(
          (r) =>
            r.pointsKey === row.pointsKey &&
            r.pointsKey !== '' &&
            splitName(r.names[r.names.length - 1]?.text ?? '').cap === undefined,
        );
      const partsHere = (): PartIn[] => {
        const ps = partsOf(row, item ?? draft(row, '', '', { parts: [] }), adjustments, true, group);
        // (The row's own name — 组织机构健全、人员分工明确 — is what it requires: kept before its rule.)
        // (So too on a row alone under its name: 牙椅 | 至少設有4臺牙科治療椅 | 達不到要求不得分 keeps 至少設有4臺.)
        const asks = row.names
          .slice(level + 1)
          .map((n) => n.text.trim())
          .filter((t) => t !== '' && !ps.some((p) => p.text.includes(t)) && t !== cell?.text.trim());
        const asked = <P extends PartIn>(p: P): P =>
          asks.length ? { ...p, text: `${asks.join('；')}：${p.text}` } : p;
        // (Not 1.2.3县政府领导现场调研(5分)注:该项设有加分项: a name with its own points and notes says more than what
        // is asked.)
        if (!merged) return asks.some((t) => /\d\s*分|注[:：]/.test(t)) ? ps : ps.map(asked);
        if (group.every((r) => titledPoints(r) !== undefined))
          return ps.map((p) => ({ ...p, points: titledPoints(row) ?? 0 }));
        return ps.map(({ points: _points, ...p }) => asked(p));
      };
      if (cell && item?.key === `lvl:${cell.key}`) {
        item.parts.push(...partsHere());
        item.text = joinRule([item.text, ...item.parts.slice(-1).map((x) => x.text)]);
        return;
      }
      if (cell) {
        const own = splitName(cell.text);
        const id = safeId(own.number ?? rowNo ?? '', `${sn}.${current.items.length + 1}`);
        item = {
          ...draft(row, id, own.name, { parts: [] }),
          key: `lvl:${cell.key}`,
          ...(merged ? { gathered: true } : {}),
        };
        item.parts.push(...partsHere());
        item.text = item.parts[0]?.text ?? item.text;
        current.items.push(item);
        return;
      }
    }
    const own = splitName(row.name);
    const sameCell = names >= 2 ? row.nameKey === row.sectionKey : !flatWithHeadings && !byName;
    // (No name column, 10分 merged down the points of every row: the rows share it, as rows of one name do.)
    const groupRows = rows.filter(
      (r) =>
        (names === 0 && row.nameKey === '' && row.pointsKey !== '' && r.pointsKey === row.pointsKey
          ? r.nameKey === ''
          : r.nameKey === row.nameKey && row.nameKey !== '') &&
        r.role === 'base' &&
        !byName,
    );
    // 1经济发展 (merged) | 制定…规划 / 集体经济… / 近两年… | 6 (merged with it): one item of 6, the rows
    // what it asks.
    // (A last row cut off before its points cell joins them.)
    const lead = groupRows[0];
    const sharedKey = lead && lead.pointsKey !== '' ? `pts:${lead.pointsKey}` : '';
    const shared =
      groupRows.length > 1 &&
      lead !== undefined &&
      sharedKey !== '' &&
      groupRows.filter((r) => r.pointsKey === lead.pointsKey).length >= 2 &&
      groupRows.every((r) => r.pointsKey === lead.pointsKey || (r.points === undefined && r.pointsText === ''));
    // (The merged points are the item's: no part has its own — unless every row's words open on a title with its
    // points, 养护计划执行情况(72分):… / 作风建设(18分):… under 日常工作 | 180: those are each part's.)
    const titled = groupRows.length > 1 && groupRows.every((r) => titledPoints(r) !== undefined);
    const unpointed = (ps: PartIn[]): PartIn[] =>
      titled ? ps.map((p) => ({ ...p, points: titledPoints(row) ?? 0 })) : ps.map(({ points: _points, ...p }) => p);
    if (shared && item?.key === sharedKey) {
      item.parts.push(...unpointed(partsOf(row, item, adjustments, true, groupRows)));
      item.text = joinRule([item.text, ...item.parts.slice(-1).map((x) => x.text)]);
      return;
    }
    if (shared) {
      const id = safeId(own.number ?? rowNo ?? '', `${sn}.${current.items.length + 1}`);
      item = {
        ...draft(row, id, own.name || shortName(row.rule), { cap: row.points, parts: [] }),
        key: sharedKey,
        // (With no names, the rows are articles under the merged points: they share them as a title's.)
        ...(names === 0 ? { gathered: true } : {}),
        // (Every row a deduction of its own amount, none worth points: they take from the merged points together.)
        // (Not where each opens on a title with its own points: each deducts from its own.)
        // (A last row cut off before its cost — …其他违规违记 — takes from them too.)
        ...(!titled &&
        groupRows.every((r) => (r.cut === true || /扣\s*\d/.test(r.rule)) && !/(?:得|计|记)\s*\d/.test(r.rule)) &&
        groupRows.some((r) => r.cut !== true)
          ? { pool: true }
          : {}),
      };
      item.parts.push(...unpointed(partsOf(row, item, adjustments, true, groupRows)));
      item.text = item.parts[0]?.text ?? item.text;
      current.items.push(item);
      return;
    }
    const k = current.seen.get(row.nameKey) ?? current.seen.size + 1;
    current.seen.set(row.nameKey, k);
    let id = flatWithHeadings
      ? safeId(rowNo ?? '', `${sn}.${k}`)
      : ownNumbers && rowNo !== undefined && groupRows.length <= 1
        ? safeId(rowNo, `${sn}.${k}`)
        : sameCell && groupRows.length <= 1
          ? safeId(sn, `i${ri + 1}`)
          : `${safeId(sn, String(sections.length))}.${byName ? current.items.length + 1 : (own.number?.split('.').pop() ?? k)}`;
    let group: string | undefined;
    // The only name merged over several rows names their section; over one row, the item too.
    const alone =
      byName && rows.filter((r) => r.nameKey === row.nameKey || r.name === row.name).length === 1 && row.name !== '';
    let name =
      (byName && !alone ? shortName(row.standard || row.rule) : own.name) || shortName(row.standard || row.rule);
    if (alone && rowNo !== undefined) id = safeId(rowNo, id);
    if (groupRows.length > 1 && (!sameCell || names < 2)) {
      id += 'abcdefghijklmnopqrstuvwxyz'[groupRows.indexOf(row)] ?? `-${groupRows.indexOf(row)}`;
      group = row.name.trim();
      name = shortName(row.standard || row.rule);
    }
    // A name merged over rows is the section's: its (30分) are not the row's.
    // (公共区域18分 over rows of their own: the group's points, not a row's.)
    const cap = byName || group !== undefined ? { cap: row.points } : {};
    item = {
      ...draft(row, id, name, { ...cap, ...(group ? { group } : {}) }),
      ...(placeholder(row) ? { placeholder: true } : {}),
    };
    const siblings = byName ? rows.filter((r) => r.nameKey === row.nameKey) : groupRows;
    item.parts.push(...partsOf(row, item, adjustments, false, siblings));
    current.items.push(item);
  });
  // (A name read as its own rule leaves the other rows as plain as before.)
  const noRules = !rows.some((r) => (!r.ruleInName && scoringWords.test(r.rule)) || scoringWords.test(r.note ?? ''));
  for (const s of sections) s.items.splice(0, s.items.length, ...tiered(s));
  return { sections, adjustments, vetoes, ...(total === undefined ? {} : { total }), classes: [...classes], noRules };
}

/**
 * ((五)社区、农村消防工作(18分) over 1.…(6分)。 over (1)…记2分: the innermost heading with points, under another heading
 * with points of a part of the table: an item the rows are parts of, the outer heading its section.)
 */
function pricedAbove(h: Heading, headings: readonly Heading[], rows: readonly Row[]): boolean {
  // (Not under 二、考评内容及评分标准(100 分), the whole table's: there the heading is the section. 三、岗位职责要求(40分)
  // after rows not under it is a part.)
  const outer =
    h === innermostPriced(headings)
      ? [...headings]
          .reverse()
          .find(
            (g) =>
              g.level < h.level && g.cap !== undefined && (g.level > 1 || !rows.every((r) => r.headings.includes(g))),
          )
      : undefined;
  // (Every row under the outer heading so: not where a heading beside this one is over rows named, or titled with
  // points of their own — ①低保审批程序计3分。… — those are items, and the headings over them sections.)
  return (
    outer !== undefined &&
    rows
      .filter((r) => r.headings.includes(outer))
      .every((r) => {
        const inner = innermostPriced(r.headings);
        return inner !== undefined && inner !== outer && r.name.trim() === '' && titledPoints(r) === undefined;
      })
  );
}

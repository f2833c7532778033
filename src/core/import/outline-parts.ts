import type { Header } from './header';
import type { PartIn } from './item';
import { numberOf, splitName } from './names';
import { costWords } from './heads';
import type { ClassPoints } from './phrases';
import { joinRule, type Row } from './rows';
import type { BlockDraft, ItemDraft, SectionDraft } from './outline';
import { partPoints, scoringWords, splitBonus } from './shape';

/** The pieces an outline is built of: an item's draft, a row's parts, a section's points, a 起评分 block. */

const capOf = (r: Row): ClassPoints | undefined => r.points ?? splitName(r.name).cap;

/** A row's rule as a part, marked where the table stops inside it. */
/** (A row cut off before its points keeps what it requires before its words: 全面推进信息系统应用：通过信息系统按时报送….) */
const cutWords = (row: Row, text: string): string =>
  row.cut && row.standard.trim() !== '' ? `${row.standard.trim()}：${text}` : text;

export const partOf = (row: Row): PartIn => ({
  text: cutWords(row, row.rule),
  ...(row.cut ? { cut: true } : {}),
  // (3 | …不符的; | 1(): no figure to read — the assessor types it.)
  ...(row.badFigure === undefined ? {} : { unruled: true, badFigure: row.badFigure }),
});

/** A draft item of a row: its name, points, text and how it is checked. */
export function draft(
  row: Row,
  id: string,
  name: string,
  more: Partial<Pick<ItemDraft, 'group' | 'cap' | 'role' | 'blockCap' | 'parts'>>,
): ItemDraft {
  return {
    id,
    name,
    cap: 'cap' in more ? more.cap : capOf(row),
    text: joinRule([row.standard, row.rule, row.remark ?? '']),
    method: row.method,
    role: more.role ?? 'base',
    parts:
      more.parts ??
      (more.role && more.role !== 'base'
        ? [{ ...partOf(row), ...(more.role === 'penalty' ? { amount: row.points } : {}) }]
        : []),
    key: `row:${row.index}`,
    ...(row.ruleInName ? { ruleInName: true } : {}),
    ...(more.group ? { group: more.group } : {}),
    ...(more.blockCap !== undefined ? { blockCap: more.blockCap } : {}),
  };
}

/** A row's part of an item: its rule with its own points; a 加分项 in it becomes a bonus block beside. */
export function partsOf(
  row: Row,
  item: ItemDraft,
  adjustments: ItemDraft[],
  own = false,
  siblings: readonly Row[] = [],
): PartIn[] {
  const { base, bonus, bonusCap } = splitBonus(row);
  if (bonus) {
    const id = `b${adjustments.filter((a) => a.role === 'bonus').length + 1}`;
    adjustments.push({
      ...draft(row, id, `${item.name}加分项`, { role: 'bonus', blockCap: bonusCap ?? 0, cap: bonusCap }),
      text: bonus,
      parts: [{ text: bonus }],
    });
    // (The item's words are what it scores; the bonus closing them is the bonus block's.)
    const at = item.text.lastIndexOf(bonus);
    if (at > 0 && item.text.slice(at + bonus.length).trim() === '') item.text = item.text.slice(0, at).trim();
  }
  // 羊检测2个指标 under 免疫质量 beside 牛检测…每项指标为5分…每少5%扣1分: a row with no way of scoring whose
  // neighbours under the same name have one — theirs may be meant for it too; the words do not say.
  // (是否组织村干部参加…测试 asks its own yes/no question.)
  const unruled =
    !scoringWords.test(base) && !/是否/.test(base) && siblings.some((s) => s !== row && scoringWords.test(s.rule));
  return [
    {
      text: cutWords(row, base),
      ...(own ? { points: partPoints(row) } : {}),
      ...(unruled ? { unruled: true } : {}),
      ...(row.badFigure === undefined ? {} : { unruled: true, badFigure: row.badFigure }),
      ...(row.cut ? { cut: true } : {}),
    },
  ];
}

/** The section's points: a heading's, a 类别小计's, or its name's. */
export function heldCap(
  row: Row,
  own: ClassPoints | undefined,
  heading: ClassPoints | undefined,
  fromPoints: boolean,
): ClassPoints | undefined {
  if (fromPoints) return row.sectionPoints;
  return own ?? row.sectionPoints ?? heading;
}

/** The first 类别 written in a section made by a 类别小计 cell (組織 考評 / 作作). */
export function firstName(rows: readonly Row[], row: Row): string {
  const group = rows.filter((r) => r.sectionPointsKey === row.sectionPointsKey);
  // (…or, with one name column — 展示大厅 | 30 over standards priced by their bands — that name.)
  return (group.find((r) => r.section !== '')?.section ?? group.find((r) => r.name !== '')?.name ?? '').replace(
    /\s+/g,
    '',
  );
}

/** 八、“一票否决” → 一票否决; 否决项:…若出现事故,扣除当月全部工资。 (in the rule column) → its words. */
// (1、 | 有新增村级债务的。 under a 一票否决 heading: a number alone names nothing — the words are the condition.)
export const cleanVeto = (row: Row): string =>
  splitName([row.no, row.name].filter(Boolean).join(' '))
    .name.replace(/[“”"]/g, '')
    .replace(/^[(（]?[\d一二三四五六七八九十]{1,3}[)）]?[、.．]?$/, '') ||
  row.rule.trim().replace(/^否决项[:：]\s*/, '') ||
  '一票否决';

/** A table of deductions under a 起评分 row: one item worth the 起评分, each row an article deducting from it. */
export function fromBase(rows: readonly Row[], header: Header, base: number): BlockDraft {
  const first = rows[0];
  // (Rows naming each its own 条目 — 上报区政府重点工作实施方案。 | 未报扣10分 — are articles, none the whole's name:
  // each keeps its name before its rule.)
  const own = new Set(rows.map((r) => r.name).filter(Boolean)).size > 1;
  const name = (own ? '' : splitName(first?.name ?? '').name) || '起评分';
  const parts: PartIn[] = rows.map((r) => ({
    ...partOf(r),
    // (Not 一票否决事项: a name that speaks of vetoing would be read as the veto; its rule says what it costs.)
    // (…计划不完整 | 5分(1分/项): a cost alone in the rule column is what the lapse named costs.)
    // (Nor 1 .同一药品摆放在一起…;2 .商品正面向前… merged over a block: the demands it lists, no article's name.)
    ...(own && r.name && !/否决/.test(r.name) && !listsDemands(r.name)
      ? {
          text: costWords(r.rule)
            ? `${r.name.replace(/[。.;；]$/, '')},${costWords(r.rule) ?? ''}`
            : `${r.name.replace(/[。.;；]$/, '')}：${r.rule}`,
        }
      : {}),
    ...(r.role === 'penalty' ? { amount: r.points } : r.points !== undefined ? { points: r.points } : {}),
  }));
  // (平安三率(本项限扣5分) over two of the lines: they take no more than 5 between them — a pool of their own, the
  // rest coming off what is left of the 起评分.)
  const limitOf = (r: Row): number | undefined => {
    const m = /(?:限扣|最多扣|最高扣|扣分不超过)\s*(\d+(?:\.\d+)?)\s*分/.exec(r.names[0]?.text ?? '');
    return m?.[1] ? Number(m[1]) : undefined;
  };
  const limited = [...new Set(rows.filter((r) => limitOf(r) !== undefined).map((r) => r.names[0]?.key ?? ''))];
  const pool = (id: string, title: string, cap: number, its: readonly PartIn[], key: string): ItemDraft => ({
    id,
    name: title,
    cap,
    text: joinRule(its.map((p) => p.text)),
    method: first?.method ?? '',
    role: 'base',
    parts: [...its],
    pool: true,
    key,
  });
  const apart = limited.flatMap((key, k) => {
    const its = rows.flatMap((r, i) => (r.names[0]?.key === key && parts[i] ? [{ row: r, part: parts[i] }] : []));
    const [lead] = its;
    const cap = lead ? limitOf(lead.row) : undefined;
    if (!lead || cap === undefined) return [];
    const title = splitName((lead.row.names[0]?.text ?? '').replace(/[（(][^()（）]*[)）]\s*$/, '')).name;
    return [
      pool(
        String(k + 2),
        title,
        cap,
        its.map((x) => x.part),
        `limit:${key}`,
      ),
    ];
  });
  const rest = parts.filter((_, i) => !limited.includes(rows[i]?.names[0]?.key ?? '\u0000'));
  const held = apart.reduce((a, d) => a + Number(d.cap ?? 0), 0);
  // (Only where the limited lines leave others and part of the 起评分 to them; else one pool of all, as before.)
  const split = apart.length > 0 && held < base && rest.length > 0;
  const item = pool('1', name, split ? base - held : base, split ? rest : parts, 'base');
  return {
    sections: [{ id: 's1', name, items: split ? [item, ...apart] : [item], key: 'base' }],
    adjustments: [],
    vetoes: [],
    total: base,
    classes: [...header.classes.values()],
    noRules: false,
  };
}

/** How the table numbers its rows: a 序号 column that numbers every row once, and its bonus/penalty rows. */
export function tableNumbers(
  rows: readonly Row[],
  header: Header,
): { noColumn: boolean; ownNumbers: boolean; adjustmentNos: boolean } {
  // A 序号 column that numbers every row once (1.1, 1.2, 5.4.1) gives the items their ids as the table writes them.
  const base = rows.filter((r) => r.role === 'base' && !r.veto);
  // (No 序号 column: the numbers the names carry, 1.成立… 9.执行…, where each is the table's own.)
  const noColumn = [...header.columns.values()].every((r) => r !== 'no');
  const baseNos = base.map(
    (r) => numberOf(r.no) ?? splitName(r.no).number ?? (noColumn ? splitName(r.name).number : undefined),
  );
  const ownNumbers = baseNos.every((n) => n !== undefined) && new Set(baseNos).size === baseNos.length;
  const adjNos = rows.filter((r) => r.role !== 'base').map((r) => numberOf(r.no) ?? splitName(r.no).number);
  const adjustmentNos =
    adjNos.every((n) => n !== undefined) &&
    new Set(adjNos).size === adjNos.length &&
    !adjNos.some((n) => baseNos.some((b) => b === n || b?.split('.')[0] === n));
  return { noColumn, ownNumbers, adjustmentNos };
}

/**
 * 得分项目 over …完成任务…(100分) / …80%以上…(75分) / …50%以上…(50分) / …50%以下的不得分: the steps of one
 * result, not items to add up: one item worth the first, its levels the steps. Only where the points
 * fall step by step and the last row gives nothing.
 */
export function tiered(section: SectionDraft): ItemDraft[] {
  const items = section.items;
  const [first] = items;
  const last = items[items.length - 1];
  if (!first || !last || items.length < 3 || items.some((i) => i.role !== 'base' || i.pool)) return items;
  const caps = items.slice(0, -1).map((i) => (typeof i.cap === 'number' ? i.cap : Number.NaN));
  const falling = caps.every((c, k) => Number.isFinite(c) && (k === 0 || c < (caps[k - 1] ?? 0)));
  if (!falling || last.cap !== undefined || !/不得分|不计分|得0分/.test(last.text)) return items;
  const tiers = [
    ...items.slice(0, -1).map((i, k) => ({ name: i.name, points: caps[k] ?? 0 })),
    { name: last.name, points: 0 },
  ];
  return [
    {
      ...first,
      name: section.name,
      cap: caps[0],
      text: items.map((i) => i.text).join(''),
      parts: [{ text: items.map((i) => i.text).join('') }],
      tiers,
    },
  ];
}

/** 1 .同一药品摆放在一起…;2 .商品正面向前… merged over a block: the demands it lists, no name of one part. */
export const listsDemands = (t: string): boolean => (t.match(/(?:^|[;；。])\s*\d{1,2}\s*[.、．]/g) ?? []).length >= 2;

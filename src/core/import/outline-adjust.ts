import type { ItemDraft } from './outline';
import { normalize } from './text';
import { draft, partOf } from './outline-parts';
import { joinRule, type Row } from './rows';
import { safeId } from './shape';
import { namedPoints, splitName } from './names';

/** Bonus and penalty blocks: a row's draft, rows joined under one name, the limit their words give. */

/** A bonus or penalty row's draft. */
const bonusHead = /加分|奖励/;
const penaltyHead = /扣分|减分|惩/;

export function adjustmentDraft(
  row: Row,
  rowNo: string | undefined,
  adjustmentNos: boolean,
  adjustments: readonly ItemDraft[],
): ItemDraft {
  // Bonus and penalty rows numbered on from the items (7, 8) keep their numbers; rows that share
  // one, have none, or number from 1 again all become b1, b2 … p1.
  const prefix = row.role === 'bonus' ? 'b' : 'p';
  const id =
    adjustmentNos && rowNo !== undefined
      ? safeId(rowNo, `${prefix}${adjustments.length + 1}`)
      : `${prefix}${adjustments.filter((a) => a.role === row.role).length + 1}`;
  // Rows under (二)加分因素 with no name of their own: the block is the heading's.
  const under = [...row.headings].reverse().find((h) => (row.role === 'bonus' ? bonusHead : penaltyHead).test(h.text));
  const name =
    splitName(row.name).name ||
    (under ? splitName(under.text).name : '') ||
    (row.role === 'bonus' ? '加分项' : '扣分项');
  // No points column: the most the words allow (累计最高加5分), or none said.
  // (…进行倒扣分,总倒扣分值不超过10分: the same, said as what it does not pass.)
  const said = (/(?:累计|最高|最多|总计|合计)[^,;。]{0,6}?(?:加|扣)?\s*(\d+(?:\.\d+)?)\s*分/.exec(row.rule) ??
    /(?:扣|加)分值?(?:累计|总计|合计)?(?:不超过|不得超过|不高于)\s*(\d+(?:\.\d+)?)\s*分/.exec(row.rule))?.[1];
  // (…其他卫生监督协管任务。（2分，为奖励分）: the points in its own name.)
  const named = splitName(row.name).cap;
  const own = row.points ?? (typeof named === 'number' ? named : undefined);
  const most =
    own === undefined && said === undefined
      ? row.role === 'bonus'
        ? mostAdded(row.rule)
        : mostTaken(row.rule)
      : undefined;
  const blockCap = own ?? (said === undefined ? most : Number(said));
  return {
    ...draft(row, id, name, { role: row.role, ...(blockCap === undefined ? {} : { blockCap }) }),
    ...(most === undefined ? {} : { capFromWords: true }),
  };
}

/**
 * …分别加1-5分;为…作出突出贡献的加3-5分: with no limit written, the most its words can add — each
 * sentence's largest amount (alternatives within it), summed. None where an award repeats (每…加1分).
 */
export function mostAdded(rule: string): number | undefined {
  if (/每[^,;。]{0,12}?加|每[^;。]{0,40}?分别加/.test(rule)) return undefined;
  return most(rule, '加');
}

/**
 * (扣5分) / (扣12分,其中每少报1个月报表扣1分): the most a penalty row's words take — each sentence's largest
 * amount; a 每…扣 with nothing larger beside it has no most.
 */
export function mostTaken(rule: string): number | undefined {
  const open = rule
    .split(/[;；。]/)
    .some((s) => /每[^,;。]{0,12}?扣/.test(s) && (s.match(/扣\s*\d/g) ?? []).length < 2);
  return open ? undefined : most(rule, '扣');
}

function most(rule: string, verb: '加' | '扣'): number | undefined {
  let sum = 0;
  // (Read in the normal form: 扣除考核分1分 is 扣1分 there, as the clause reading takes it.)
  for (const s of normalize(rule).text.split(/[;。]/)) {
    // (分别加3分、5分、8分、10分: the list after 加 is its amounts too.)
    const re = new RegExp(
      `${verb}\\s*(\\d+(?:\\.\\d+)?)(?:\\s*[-—~至]\\s*(\\d+(?:\\.\\d+)?))?\\s*分((?:、\\s*\\d+(?:\\.\\d+)?\\s*分?)*)`,
      'g',
    );
    const amounts = [...s.matchAll(re)].flatMap((m) => [
      Number(m[2] ?? m[1]),
      ...[...(m[3] ?? '').matchAll(/\d+(?:\.\d+)?/g)].map((x) => Number(x[0])),
    ]);
    if (amounts.length) sum += Math.max(...amounts);
  }
  return sum > 0 ? sum : undefined;
}

/** A bonus or penalty block with one more row of its own amount: its limit, where none is written, what all its rows can take. */
export function joined(block: ItemDraft, row: Row): ItemDraft {
  const parts = [...block.parts, partOf(row)];
  const text = joinRule([block.text, row.rule]);
  const words = parts.map((p) => (block.role === 'bonus' ? mostAdded(p.text) : mostTaken(p.text)));
  const sum = words.every((w) => w !== undefined) ? words.reduce<number>((a, w) => a + (w ?? 0), 0) : undefined;
  const fromWords = block.blockCap === undefined || block.capFromWords === true;
  return {
    ...block,
    parts,
    text,
    ...(fromWords && sum !== undefined ? { blockCap: sum, capFromWords: true } : {}),
  };
}

/** A bonus row's part with the figure it adds as its points (1、先进事迹 | 5). */
const ownPart = (row: Row): ItemDraft['parts'][number] => ({
  ...partOf(row),
  ...(row.points === undefined ? {} : { points: row.points }),
});

/** The points of a bonus row's outer name, merged over it and others (特殊加分 (20 分)). */
function outerCap(row: Row): number | undefined {
  if (row.names.length < 2 || !(row.role === 'bonus' ? bonusHead : penaltyHead).test(row.names[0]?.text ?? ''))
    return undefined;
  return namedPoints(row.names[0]?.text ?? '');
}

/**
 * A bonus or penalty row added to the blocks: joined to the last one where it stands under the same name (扣分项目
 * merged over rows of their own amounts, no points column), else a block of its own.
 */
export function addAdjustment(
  blocks: ItemDraft[],
  row: Row,
  lastKey: string | undefined,
  rowNo?: string,
  adjustmentNos = false,
): void {
  const prev = blocks[blocks.length - 1];
  if (prev && row.nameKey !== '' && row.nameKey === lastKey && prev.role === row.role && row.points === undefined)
    blocks[blocks.length - 1] = joined(prev, row);
  // (特殊加分 (20 分) merged over 1、先进事迹 | 5, 2、合理化建议 | 5 …: one block, its limit the outer name's 20.)
  else if (
    prev &&
    outerCap(row) !== undefined &&
    prev.role === row.role &&
    prev.key === `outer:${row.names[0]?.key ?? ''}`
  )
    blocks[blocks.length - 1] = {
      ...prev,
      parts: [...prev.parts, ownPart(row)],
      text: joinRule([prev.text, row.rule]),
    };
  else if (outerCap(row) !== undefined) {
    const d = adjustmentDraft(row, rowNo, adjustmentNos, blocks);
    const { capFromWords: _words, ...rest } = d;
    blocks.push({
      ...rest,
      cap: undefined,
      parts: [ownPart(row)],
      name: splitName(row.names[0]?.text ?? '').name || d.name,
      blockCap: outerCap(row) ?? 0,
      key: `outer:${row.names[0]?.key ?? ''}`,
    });
  } else blocks.push(adjustmentDraft(row, rowNo, adjustmentNos, blocks));
}

/**
 * Rows that only add, beside a 起评分 the others deduct from (加分 | 典型推介…加1分…, 集中建房 | 规模50户以上每个另加3分):
 * bonus blocks, the rows under one name joined, each limited where its words say so.
 */
export function bonusRuns(rows: readonly Row[]): ItemDraft[] {
  const blocks: ItemDraft[] = [];
  rows.forEach((row, i) => addAdjustment(blocks, row, rows[i - 1]?.nameKey));
  return blocks;
}

import type { Heading } from './headings';
import { BRACKET_POINTS } from './phrase-kit';
import type { Row } from './row-types';

/**
 * Whether a body row adds to the score, is a bonus or a penalty: from its points' sign, its own words
 * and the headings over it. Pure.
 */

const bonusWord = /加分/;
const penaltyWord = /扣分(?:规定|项|事项)|减分/;
/** 扣分项 / 二、否定指標 (what costs the whole score): a heading over penalties. */
const PENALTY_HEAD = /扣分项|减分项|扣分事项|否定(?:指[标標]|项|項)/;

/** …不能及时有效配合处置的扣除考核分1分 with no points of its own: taken from the unit's total. */
const fromTotal = /(?:扣除?|减去?)(?:年度|当年度?)?(?:考核|综合)总?分\s*\d|从总分中扣/;

/** 三、考核计分 / 二、考核办法 over (一)基础分…: a heading that names the whole table, not a section of it. */
export const wholeTable =
  /^[一二三四五六七八九十\d]*[、.．]?\s*(?:考核|考评|评分|计分)(?:评比)?(?:奖惩)?(?:计分|内容|办法|标准|细则|评分)?(?:(?:和|及|与)(?:考核|评分|计分)?(?:标准|办法|细则))?$/;

export interface RoleInput {
  /** The row's number and names, as one text. */
  readonly label: string;
  readonly rule: string;
  readonly stack: readonly Heading[];
  readonly points: number | undefined;
  readonly sign: '+' | '-' | undefined;
  /** Its points are given elsewhere: in its name, or by a title it is one paragraph of. */
  readonly pointsElsewhere: boolean;
}

export function rowRole({ label, rule, stack, points, sign, pointsElsewhere }: RoleInput): Row['role'] {
  // (A heading naming the whole table, 五、考核奖惩办法, says nothing of a row's role.)
  // The innermost heading that speaks of adding or taking decides (1.加分规则 under (二)加分、减分规则).
  const mixedWord = /奖扣|奖惩|加扣分|加减分|奖罚|加分.{0,2}(?:减分|扣分)/;
  const heads =
    [...stack]
      .reverse()
      .filter((s) => !wholeTable.test(s.text))
      .find((s) => [bonusWord, penaltyWord, mixedWord, PENALTY_HEAD].some((w) => w.test(s.text)))?.text ?? '';
  // Unsigned points under a heading of their own (（六）加分项（最高加3分）) take the heading's role.
  const underBonus = bonusWord.test(heads) && !penaltyWord.test(heads) && sign === undefined;
  const underPenalty = PENALTY_HEAD.test(heads) && sign === undefined;
  // 六、奖扣分项目 over rows whose words say 加N分 or 扣N分: each row's own words say which.
  if (mixedWord.test(heads) && sign === undefined)
    return /加\s*\d|加分/.test(rule) ? 'bonus' : /[扣减]\s*\d|扣分|减分/.test(rule) ? 'penalty' : 'base';
  // …有改扩建敬老院任务的乡镇,视其完成情况加减分。验收合格…加2分,验收不合格扣2分 with no points of its own and
  // nothing it earns (得/计N分): it adds to the score, as a bonus row does.
  const adds =
    points === undefined &&
    !pointsElsewhere &&
    // (视完成情况加5-20分: a range added is added all the same.)
    /加\s*\d+(?:\.\d+)?(?:\s*[-—~至]\s*\d+(?:\.\d+)?)?\s*分/.test(rule) &&
    !/(?:得|计|計|记|記)\s*\d/.test(rule) &&
    // (…每个扣30分;…每个扣5分;…每个扣2分。…自行发现的火点,…不扣分,并给予加分(每个火点加2分): it takes off
    // far more than it gives back — a row that scores, with a little given back.)
    (rule.match(/[扣减]\s*\d/g)?.length ?? 0) <= (rule.match(/加\s*\d/g)?.length ?? 0) &&
    // (…不早退(10分)。书面提出议案建议…(10分),每增减1条增减5分: parts with their own points are an item's.)
    !new RegExp(BRACKET_POINTS).test(rule) &&
    // (单项基准为6分,…每多10天加分1.5分: a row with a base of its own scores from it.)
    !/基准(?:分)?为?\s*\d/.test(rule);
  // (加减分项 | 加分项(10分): a name over both says neither; the row's own name says which.)
  const own = label.replace(new RegExp(mixedWord.source, 'g'), '');
  // (完成…交付的其他卫生监督协管任务。（2分，为奖励分）: its points said to be a reward.)
  // (4.主要领导出庭应诉(加1分): its points said to be added.)
  const rewardOnly =
    /[（(]\d+(?:\.\d+)?分[,，]?为?奖励分[)）]/.test(label) || /[（(]\s*加\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/.test(label);
  if (sign === '+' || (bonusWord.test(own) && !penaltyWord.test(own)) || underBonus || adds || rewardOnly)
    return 'bonus';
  // (3 | 倒扣分(仅年终考核实施)。对存在的突出空气质量问题进行倒扣分,总倒扣分值不超过10分。: titled as taken off the total.)
  const reverse = [own, rule].some((t) => /^(?:[\d一二三四五六七八九十]+[、.．]?\s*)?倒扣分/.test(t.trim()));
  if (
    sign === '-' ||
    penaltyWord.test(own) ||
    underPenalty ||
    reverse ||
    (points === undefined && fromTotal.test(rule))
  )
    return 'penalty';
  return 'base';
}

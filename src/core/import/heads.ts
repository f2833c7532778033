import { readingText, withoutPinyin } from './variants';

/**
 * What a header cell names: the number, a name level, the points, the rule text, what is required,
 * a kind of unit, how it is checked, a note, or a column to fill in. Heads are read without spaces
 * (消 防 工 作 标 准) and in simplified forms (考評內容, 分數). Pure.
 */

export type Role =
  'no' | 'name' | 'points' | 'sectionPoints' | 'rule' | 'standard' | 'class' | 'method' | 'note' | 'other';

const words: readonly [Role, RegExp][] = [
  // (备查材料及考核内容: the papers to check, and what they show — not a name.)
  [
    'other',
    /^(?:得分|实得分|自评分?|(?:县级|市级|省级|区级|镇级|乡级|部门)评分|考核得分|扣分依据|扣分原因|扣分|扣分情况|评分|核查得分|终分|检查记录|情况说明|得分情况|评分单位|考核对象|数据来源|扣分次数|扣分明细|(?:准备|佐证|备查|提供|所需|证明|应备|需备)(?:材料|资料)(?:及[\u4e00-\u9fff]{2,6}|目录|目录索引|清单|索引|\(电子版\))?|得分说明|评分说明及依据)$/,
  ],
  // 备注 / 说明: read with the rule where it says how to score (本项最多扣5分).
  // (指标说明: what the indicator means — read as the rule where its cells score, as a 说明 is.)
  ['note', /^(?:备注|说明|附注|注|指标说明)$/],
  // 类别小计: the section's points, merged down the section.
  // (分项总分 merged down a group beside 最高分值 on each row: the group's points.)
  ['sectionPoints', /(?:小计(?:分值)?|类别分[数值]|^(?:分项|类别|大项)总分)$/],
  // (得分标准 | 扣分标准: what earns the points, (10分) closing it, then what takes them off — two rule columns.)
  [
    'rule',
    /(?:计分标准|评分标准|评分细则|评分细项|说明及(?:计分|评分|扣分)|内容(?:及|和|与)标准|考核内容及计分标准|考核内容及评分标准|评分办法|计分办法|考核标准|扣分标准|细则|评分方法|计分方法|考评标准|评分依据|计分条件|赋分办法|赋分标准|考核要求|扣分办法|评分说明|计分说明|考核说明|考评说明|(?:计分|评分|扣分)措施|(?:要求|标准)(?:及|和|与)(?:扣分|评分|计分)|(?:检查|考核|评分|考评)(?:方法|方式)(?:和|及|与|、)?(?:评价|评分|计分)标准|^条文$|^细节$|^检核(?:标准|内容|要求)$|^扣分(?:值|分值)$|^得分标准$|^打分标准$)/,
  ],
  // 标准 / 消防工作标准 / 评价标准 beside a scoring column: what is required, read where no scoring words are.
  [
    'standard',
    /^(?:标准|标准(?:与|及|和)(?:因素|要素|要求)|绩效目标|评价标准|评估标准|测评标准|评定标准|质量标准|检查标准|达标标准|[\u4e00-\u9fff]{0,6}工作标准|检查内容标准|原则及规定|要求及规定|规定)$/,
  ],
  [
    'method',
    /(?:考核方式|考核办法|考核方法|检查方法|测评方式|测评方法|核查方式|检查方式|考评方式|考评方法|考评办法|评价方法|评估方法|评估方式|评分方式|督查方式|核查方法|考核途径|考核依据|牵头单位|责任单位|考核部门|负责部门|考核单位|(?:信息)?提供部门|信息来源部门)/,
  ],
  [
    'points',
    /^(?:计分|标准|基础|各项|信用|考核|考评|评分|检查|项目|单项|分项|细项|小项|细目|子项|最高|指标|具体|评价|评比|目标|折合)?(?:分值|分数|标准分|满分|分值\(分\)|权重|总分|计分分值|基本分|应得分|应得分数|应得分值|基础分|赋分|标准分数|标准得分|总分值|份值|配分)$|^(?:单项|小项|细项|条目)分$/,
  ],
  ['no', /^(?:考核|项目|指标)?(?:序号|编号|标号|序|项次)$|^No\.?$/i],
  [
    'name',
    /(?:指标|目录|项目|内容|类别|任务(?:及|和|与)(?:评)?分值|名称(?:或|及|和)条文|^(?:考核|考评|评价|指标)?分类$|事项|考核要点|评分要点|绩效方向|绩效指标|考核维度|考评要点|评价要点|(?:考核|评估|评价|测评|考评|检查|评分)要素|考核明细|检查明细|观测点|考评内容|工作任务|工作目标|目标任务|实现目标|考核目标|目标要求|具体要求|基本要求|工作要求|细目|条目|^(?:考核|评分|评价|考评)?(?:分项|子项|细项|总项)$|^题目$|^(?:考核|考评|评价|评分)?方面$)/,
  ],
];

/** Heads naming a kind of unit (县级部门 | 乡镇(街道)): a rule column for that class. */
const classHead =
  /^(?:县级部门|县直部门|县直单位|区直部门|区直单位|市直单位|乡镇(?:\(街道\))?|街道|农场|社区|村|行政村|[一二三]类(?:单位|乡镇|村)?)$/;

/** A head as read: no spaces (消 防 工 作 标 准), traditional forms simplified (考評內容, 分數). */
export const headText = (s: string | undefined): string => {
  // 原則及規(guī)定: the pinyin a site put after characters is not part of the head.
  return readingText(withoutPinyin(cellText(s)));
};

export const cellText = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');

/**
 * A cell that is only a figure — 5 / 0.5分 / 0。5 / 1/项 — as a 扣分 or 得分 column prints each row's: the figure,
 * and the thing counted after a slash; none for a cell of words.
 */
export function figureCell(cell: string | undefined): { n: number; per?: string } | undefined {
  const m = /^(\d+(?:[.。]\d+)?)分?(?:\/([项次处个人例份条]))?$/.exec(cellText(cell));
  return m?.[1] ? { n: Number(m[1].replace('。', '.')), ...(m[2] ? { per: m[2] } : {}) } : undefined;
}

export function roleOf(text: string): Role | undefined {
  const full = headText(text).replace(/（/g, '(').replace(/）/g, ')');
  if (classHead.test(full)) return 'class';
  const t = full.replace(/\(.*?\)$/, '');
  if (t === '') return undefined;
  for (const [role, re] of words) if (re.test(t)) return role;
  return undefined;
}

/** The role of a column in words, for messages. */
export const roleWords: Readonly<Record<Role, string>> = {
  no: '序号',
  name: '名称',
  points: '分值',
  sectionPoints: '小计分值',
  rule: '评分细则',
  standard: '考核标准',
  class: '按单位类别的要求',
  method: '考核方式',
  note: '备注',
  other: '填写栏',
};

/** A name head that says the points stand in the names (项目(分值), 考核指标及分值). */
// (分项内容(100分) over 1、确保…(10分): the whole's points in the head, each row's in its words.)
export const namesPoints = (head: string): boolean =>
  (/分值/.test(headText(head)) || /[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/.test(cellText(head))) &&
  roleOf(head) === 'name';

/**
 * A cell of a 扣分标准 column that is only a cost — 10分/次, 5分(1分/项) (1 a thing, at most 5), 10/次(2分/项) — said
 * as the deduction it is (每次扣10分 / 每项扣1分,最多扣5分); none for a cell of words.
 */
export function costWords(cell: string | undefined): string | undefined {
  const t = cellText(cell).replace(/（/g, '(').replace(/）/g, ')');
  // (2分/基, 0.3分/火, 0.2/火: a lamp, a light.)
  const per = /^(\d+(?:\.\d+)?)分?\/([项次处个人例份条基盏火])$/.exec(t);
  if (per) return `每${per[2] ?? '次'}扣${per[1] ?? ''}分`;
  const capped = /^(\d+(?:\.\d+)?)分?(?:\/[项次处个人例份条])?\((\d+(?:\.\d+)?)分\/([项次处个人例份条])\)$/.exec(t);
  if (capped) return `每${capped[3] ?? '项'}扣${capped[2] ?? ''}分,最多扣${capped[1] ?? ''}分`;
  return undefined;
}

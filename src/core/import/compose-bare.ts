import { asRequirement, negates, one, type Composed, type Ctx } from './compose';
import type { ClauseIn } from './parse';
import type { ClassPoints } from './phrases';

/** Readings with no rule of their own: a typed score, 酌情, or points only (all or nothing). */

export function judgement(text: string, cid: string, item: string, points: ClassPoints): ClauseIn {
  return {
    id: cid,
    text,
    points,
    rule: {
      kind: 'judgement',
      input: { id: `${item}${cid}-score`, label: `得分（${text.length > 30 ? `${text.slice(0, 29)}…` : text}）` },
    },
    reading: '未能自动读懂本条，由评分人按原文直接填写得分。',
  };
}

export function discretion(c: Ctx): Composed | undefined {
  if (!one(c, 'discretion')) return undefined;
  return {
    rule: {
      kind: 'judgement',
      // 根据…文件标准评分: the scale is another document's.
      input: { id: c.id(1), label: /文件|标准|规定|办法/.test(c.text) ? '按所引标准评定的得分' : '酌情评定的得分' },
    },
    readAs: 'judgement (酌情)',
    confidence: 0.8,
    // (…进行酌情加分(最高10分) in a row of 10: the most it may give is the row's points, said again.)
    uses: ['discretion', 'points', ...(mostIsOwn(c) ? (['awardMax'] as const) : [])],
  };
}

/** A most given (最高10分) that is the clause's own points said again. */
function mostIsOwn(c: Ctx): boolean {
  const most = one(c, 'awardMax')?.n;
  return most !== undefined && c.points !== undefined && Math.abs(most - c.points) < 1e-9;
}

/**
 * 按落实情况计分,不落实管护主体不得分: the assessor's score, and what loses it all asked beside. Read
 * before the other rules, which would take the 不得分 alone for the whole clause.
 */
export function judgedUnless(c: Ctx): Composed | undefined {
  const zero = one(c, 'zero');
  const said = one(c, 'discretion');
  if (!said || !zero || c.facts.some((f) => !['discretion', 'zero', 'points'].includes(f.t))) return undefined;
  // …视情节轻重在总分中扣减 takes from the unit's total, not this item's score.
  if (/总分/.test(c.text) || !/(?:酌情|视情况?|按[^,;。]{0,8}情况)(?:计分|评分|打分|给分|赋分|扣分)/.test(c.text))
    return undefined;
  const judged = discretion(c);
  // (完成乡下达的报刊订阅任务记5分,未完成的酌情扣分,未订阅不记分: nothing done at all is the least of the measure, no
  // other thing asked.)
  const earned = /^([^,;。]{2,}?)的?[记计得]\d+(?:\.\d+)?分/.exec(c.text)?.[1];
  const least = earned !== undefined && negates(zero.label, earned);
  return (
    judged && {
      ...judged,
      readAs: least ? 'judgement (酌情), nothing done 0' : 'judgement (酌情) + void flag',
      uses: [...judged.uses, 'zero'],
      ...(least ? {} : { requires: asRequirement(zero.label, c.text) }),
    }
  );
}

/** 课间操巡视1分:9:10—9:30: a title and its points before a colon (the title what is required). */
const TITLE_POINTS = /^([\u4e00-\u9fff、]{2,14})\d+(?:\.\d+)?分[:：]/;

/** Only points, no rule: all or nothing (做到得全分，否则0分). */
export function bare(c: Ctx, full: boolean): Composed | undefined {
  // 通动力电率达到100%,户户通电率达到100%: reaching all of a measure is a requirement, not a scale.
  const rest = c.facts.filter(
    (f) =>
      f.t !== 'points' &&
      f.t !== 'gain' &&
      f.t !== 'money' &&
      f.t !== 'countGoal' &&
      !(f.t === 'pctTarget' && f.x === 100) &&
      // (仪器设备的完好率在80%以上(5): one rate to reach, with the points only — reached or not.)
      !(f.t === 'pctTarget' && f.above === true && c.facts.filter((g) => g.t === 'pctTarget').length === 1),
  );
  if (rest.length > 0 || c.points === undefined || c.points <= 0) return undefined;
  // 辖 / 县级部门:报表期内确 / 公共: words cut off before they say what is required.
  const titleOnly = TITLE_POINTS.exec(c.text.trim())?.[1];
  const words = (titleOnly ?? c.text.replace(/^[^:]{2,8}:/, '')).replace(/[^\u4e00-\u9fff]/g, '');
  // (课间操巡视1分:9:10—9:30: a title and its points before the times — the title is what is required.)
  if (words.length < (titleOnly ? 4 : 6)) return undefined;
  // (以实际评定的好路率xl800: a rate times figures a scan garbled — a product, not a requirement met.)
  if (/率\s*[*×xX]/.test(c.text)) return undefined;
  // (按落实相关机构 in a column of 按…情况得分: a measure cut short before it says how — not a requirement.)
  if (/^按(?!时|期|要求|规定|照|月|季|年)/.test(c.text.trim()) && words.length <= 10) return undefined;
  // 社区未成立消防: a failure named with nothing it costs is a sentence cut off, not a requirement.
  const last =
    c.text
      .trim()
      .split(/[,;。]/)
      .pop() ?? '';
  if (!/[。.;!?]$/.test(c.text.trim()) && /未|没有/.test(last)) return undefined;
  // 驻村扶贫工作队队伍建设管理和工作开展情况。 names what is assessed, not what earns the points.
  const first = (c.text.split(/\n/)[0] ?? '').replace(/[(（][^()]*[)）]/g, '');
  if (/情况[。.]?$/.test(first)) return undefined;
  // 确保贫困村都有单位帮扶,贫困户都有干部联系 (2分): all or nothing, or a share for each? The text does not say.
  const demands = first.split(/[。;,]/).filter((d) => d.length >= 4);
  // (有档案、有组织计10分 / …满分2.5分: the clause's own words put the demands to its points, all of them.)
  // (Not inside a pool, 全年没有稻田抛荒的,计20分 over deductions: there it restates the whole.)
  const said =
    c.given !== 0 &&
    c.facts.some((f) => (f.t === 'points' || f.t === 'gain') && typeof f.n === 'number' && f.n === c.points);
  const confidence = demands.length >= 2 && c.points > 1 && !said ? 0.5 : full ? 0.85 : 0.65;
  // 通过问卷调查评价得出相应街镇得分…按照街镇户数发生率划档评分: the score is given by a survey or a scale kept
  // elsewhere; the assessor enters it.
  if (
    /得出[^,;。]{0,10}得分|划档(?:评分|计分|打分|赋分)|问卷(?:调查)?[^,;。]{0,4}(?:评价|测评|评分)|计入最终得分/.test(
      c.text,
    )
  )
    return {
      rule: { kind: 'judgement', input: { id: c.id(1), label: '评价得出的得分' } },
      readAs: 'judgement (score given elsewhere)',
      confidence: 0.8,
      uses: ['points', 'gain'],
      reading: '得分由原文所说的评价（问卷、测评、划档）得出，由评分人填写。',
    };
  const label = c.text
    .replace(new RegExp(`${TITLE_POINTS.source}.*$`, 's'), '$1')
    .replace(/[(（][^()]*[)）]/g, '')
    .replace(/[;；。.]+$/, '')
    .replace(/[。.,;]?\d*(?:\.\d+)?分?[。.]?$/, '')
    // (…并保证使用,记10分: the verb of the points goes with them.)
    .replace(/[,，]?(?:记|计|得)$/, '')
    .replace(/^是否/, '');
  return {
    rule: { kind: 'yesno', input: { id: c.id(1), label: `已做到：${label.slice(0, 36) || '本条要求'}` } },
    readAs: full ? 'yesno (得满分)' : 'yesno (points only)',
    confidence,
    uses: ['points', 'gain', 'pctTarget'],
    reading: '原文只写分值、未写扣分办法：做到得全分，否则0分。',
  };
}

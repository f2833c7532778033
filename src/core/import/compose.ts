import type { z } from 'zod';
import type { Rule } from '../rubric/schema';
import type { ClassPoints, Fact } from './phrases';

/**
 * Composing the facts read from one clause into one rule kind. Each reading names what it was
 * read as, how sure it is, which kinds of fact it used (any other fact left over makes the clause
 * flagged), and the reading it takes where the source is open.
 */

export type RuleIn = z.input<typeof Rule>;
export type Of<T extends Fact['t']> = Extract<Fact, { t: T }>;

export interface Composed {
  readonly rule: RuleIn;
  readonly readAs: string;
  readonly confidence: number;
  /** Fact kinds this reading used; a fact of any other kind in the clause is left unexplained. */
  readonly uses: readonly Fact['t'][];
  readonly points?: ClassPoints;
  readonly reading?: string;
  readonly requires?: string;
  /** Percentages the reading accounts for (a target or full value not written as a phrase). */
  readonly percents?: readonly number[];
  /** Facts whose phrase is only noted (每超过30秒扣1分) that this reading reads whole: their words are not left unread. */
  readonly claims?: readonly Fact['t'][];
}

export interface Ctx {
  readonly facts: readonly Fact[];
  readonly points: number | undefined;
  /** The points the row gives the clause from outside its words (its column, its share); 0 inside a pool. */
  readonly given?: number;
  readonly id: (k: number | string) => string;
  readonly role: 'base' | 'bonus' | 'penalty';
  readonly text: string;
  /** The points are shared with the other deductions of the row: one that takes them all is still a deduction. */
  readonly shared?: boolean;
}

export const all = <T extends Fact['t']>(c: Ctx, t: T): Of<T>[] => c.facts.filter((f): f is Of<T> => f.t === t);
export const one = <T extends Fact['t']>(c: Ctx, t: T): Of<T> | undefined => all(c, t)[0];
export const short = (s: string, fallback: string): string => {
  // Quotes around a label go; a bracket goes only when it has no partner (…实施办法(工作方案) keeps its own).
  const count = (re: RegExp): number => (s.match(re) ?? []).length;
  const open = count(/\(/g);
  const close = count(/\)/g);
  let t = s.replace(/^["']+|["']+$/g, '');
  if (open > close) t = t.replace(/^\(+/, '');
  if (close > open) t = t.replace(/\)+$/, '');
  t = t.trim();
  // (是得4分 / 有得4分: a bare yes says nothing of what is asked — the fallback does.)
  return t === '' || /^(?:是|有)$/.test(t) ? fallback : t.length > 40 ? `${t.slice(0, 39)}…` : t;
};
export const dflt = (n: ClassPoints): number => (typeof n === 'number' ? n : n.default);

/** 得满分, or 得N分 worth all the clause's points: where the rule beside it starts from, not a part of its own. */
export const wholeGain = (g: Of<'gain'>, points: number | undefined): boolean =>
  g.n === 'full' || (points !== undefined && dflt(g.n) === points);

/** 被评为省级示范型服务站 → 省级: the level a bonus names, or the words themselves. */
export const levelWord = (label: string): string => /(国家级|省级|市级|县级|区级|乡级)/.exec(label)?.[1] ?? label;

/** 优秀/良好/一般/不合格, 好/差, or the condition itself. */
export function levelName(label: string): string {
  const m =
    /(不合格|优秀|良好|较好|较差|合格|一般|好|差)(?:等次|等级)?$/.exec(label) ??
    /(不合格|优秀|良好|较好|较差|合格|一般)/.exec(label);
  return m?.[1] ?? short(label, '其他');
}

/**
 * The yes/no question whose 是 keeps the points, from the condition that loses them: 未完成 → 已完成,
 * 无制度 → 有制度, 不按时上报 → 按时上报, and any other event (发生较大事故) → 无“发生较大事故”情形.
 */
/** 否则不得分 / 未达到的不得分 beside a measure: the words only restate it, and ask nothing of their own. */
export const restates = (label: string): boolean =>
  // (未到达旳: 到达 and 旳 as offices mistype 达到 and 的. 是得4分;否得0分 / 有…;无…: 否 and 无 alone too.)
  /^(?:(?:未|没有|不)?(?:达到|到达|完成|达标)?|否则|否|无|其余|其他|达不到|超过|超出|高于|低于|不足|不到)(?:的|旳|者)?$/.test(
    label,
  );

/** 未完成 / 不达标 / 没有建立 beside 完成的 / 达标的 / 建立…的: the 不得分 is the 得N分 not met. */
export const negates = (zero: string, gain: string): boolean => {
  // (组织指导及落实不到位 beside 认真组织指导及落实得10分: the lapse said after the thing, 不到位 / 不完整 — its stem.)
  const after = /^(.{2,}?)(?:不到位|不认真|不完整|不规范|不及时|不达标|不合格|不力)的?$/.exec(
    zero.replace(/^(?:如|若|凡)/, ''),
  );
  if (after?.[1] && gain.includes(after[1])) return true;
  // (有1例不合格 beside 关停手续、证明资料齐全,得2分 / 有1例死灰复燃 beside 无死灰复燃现象,得2分: one case that fails, or
  // one of what the gain says there is none of — the demand not met.)
  const oneCase = /^(?:有|出现|发现)(?:1|一)(?:例|起|个|件|处|次)(.{2,})$/.exec(zero.replace(/的$/, ''))?.[1];
  if (
    oneCase &&
    (/^不(?:合格|达标|符合要求?|规范)$/.test(oneCase) || ['无', '未'].some((no) => gain.includes(`${no}${oneCase}`)))
  )
    return true;
  // (未建立组织和无组织活动 beside 有团组织,积极开展团员、青年活动的记5分: each lapse joined by 和 the negation of one of
  // the demands — the second carrying its own 无, or the first's 未.)
  const lead = /^(?:如|若|凡)?(未|没有|没|不|无)/.exec(zero)?.[1];
  const joined = zero.replace(/的$/, '').split(/和|或/);
  if (lead && joined.length > 1 && joined.every((p) => p.length >= 2))
    return joined.every((p, i) => negates(i === 0 || /^(?:未|没有|没|不|无)/.test(p) ? p : `${lead}${p}`, gain));
  const stem = zero.replace(/^(?:如|若|凡)?(?:未|没有|没|不|无)/, '').replace(/的$/, '');
  if (stem === zero || stem.length < 1) return false;
  // (未建立组织 beside 有团组织: the thing itself, the verb aside.)
  if (stem.length >= 4 && /^(?:建立|成立|设立|开展|制定|配备|落实)/.test(stem) && gain.includes(stem.slice(2)))
    return true;
  // 不达要求 beside 达到“三增长”要求的得10分: the stem's words in the gain's, in order, words between.
  let at = 0;
  const inOrder = [...stem].every((ch) => (at = gain.indexOf(ch, at) + 1) > 0);
  // (没有配备 beside 有…并配发巡查袖标得1分: a bare verb of two, one of its characters in the gain's — no other thing.)
  const bareVerb = stem.length <= 2 && [...stem].some((ch) => gain.includes(ch));
  return gain.includes(stem.slice(0, 2)) || (stem.length >= 3 && inOrder) || bareVerb;
};

/** Events that lose points whatever negation they carry (未经鉴定擅自销毁): asked as their absence. */
const badEvent = /擅自|违规|违法|私自|销毁|丢失|泄露|泄密|虚报|瞒报|伪造|篡改|截留|挪用|弄虚作假/;

export const asRequirement = (label: string, text = ''): string => {
  const l = label.replace(/^(?:如|若|凡)/, '');
  if (badEvent.test(l)) return `无“${l}”情形`;
  if (l.replace(/^(?:未|没有|没|无|不)/, '').length < 2) return `已做到：${text.split(/[。,;(]|计\d/)[0] ?? ''}`;
  if (/^(?:未|没有|没)/.test(l)) return `已${l.replace(/^(?:未|没有|没)/, '')}`;
  // (无故旷工: 无故 is "without cause", no 无 of the thing.)
  if (/^无(?!故|端|理)/.test(l)) return `有${l.slice(1)}`;
  // (Not 不良言行 / 不当 / 不法: 不 there is part of the word, not a negation of a thing done.)
  if (/^不(?!良|当|法|轨|实|正当|足)/.test(l)) return l.slice(1);
  return `无“${l}”情形`;
};

import type { z } from 'zod';
import type { Clause } from '../rubric/schema';
import { splitClauses } from './clauses';
import { one, type Ctx } from './compose';
import { deductRule } from './compose-deduct';
import { addRule, eachRule } from './compose-each';
import { checkRule, gainRule, targetLadder } from './compose-gain';
import {
  bandsRule,
  gradesRule,
  overBandRule,
  rankRule,
  scoreBandRule,
  scoreLadder,
  shortBandRule,
} from './compose-rank';
import { describeReading } from './describe';
import { bare, discretion, judgedUnless, judgement } from './compose-bare';
import { measureRule } from './measure';
import { GRADE_SETTLED, UNGRADED, WHOLE_SCORE_LOST } from './lexicon-measures';
import { factWords, rivalTargets, statedByCheck } from './parse-facts';
import { readPhrases, unread, unreadPercents, type ClassPoints, type Fact } from './phrases';

/**
 * Reading the rule text of one item: split it into clauses, read each clause's phrases, compose
 * them into one rule kind. A clause read with too little confidence, or with scoring words left
 * over, becomes a `judgement` input (score typed, 0..points) with a warning that quotes it.
 */

export type ClauseIn = z.input<typeof Clause>;

export interface Reading {
  readonly clause: ClauseIn;
  /** What the clause was read as: a rule kind and the pattern behind it. */
  readonly readAs: string;
  readonly confidence: number;
  readonly flagged: boolean;
  readonly warnings: readonly string[];
  /** 一票否决: the clause is a veto on the unit, not points. */
  readonly veto?: string;
  /** The clause also scores (…本项不得分，并实行一票否决): keep it beside the veto. */
  readonly scoredToo?: boolean;
  /** 没有年度任务的按缺项考核计分: when the item does not apply (its words); the item is then left out. */
  readonly na?: string;
  /** The clause says only that (no points of its own). */
  readonly naOnly?: boolean;
  /** The points the clause stated for itself (计N分 / 共N分), when it did. */
  readonly stated?: ClassPoints;
  /** The points the clause's own words give it (计N分, a single 得N分, parts that add up), read without the points column. */
  readonly own?: ClassPoints;
  /** The rule kind the words were read as, even when flagged, and a deduction's ceiling (累计最多扣N分). */
  readonly tried?: { readonly kind: string; readonly ceiling?: number };
}

export interface ParseOptions {
  /** The item's id (input ids are built from it). */
  readonly item: string;
  /** Points from the table's points column, when the item has one clause or for the clauses left. */
  readonly points?: number | undefined;
  readonly role?: 'base' | 'bonus' | 'penalty';
  /** Its points shared with the row's other deductions (see Ctx.shared). */
  readonly shared?: boolean;
}

/** Below this a reading is not trusted: the clause is flagged and typed as a judgement. */
export const CONFIDENT = 0.6;

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Reads one clause (already split) into a rubric clause. */
export function parseClause(
  text: string,
  normal: string,
  cid: string,
  opts: ParseOptions & { points: number | undefined },
): Reading {
  const { found, claimed } = readPhrases(normal);
  const facts: Fact[] = statedByCheck(found.map((f) => f.fact));
  const stated = facts.find((f): f is Extract<Fact, { t: 'points' }> => f.t === 'points')?.n;
  const full = facts.some((f) => f.t === 'gain' && f.n === 'full');
  // 达到110%得22分 / 完成的得2分，少一人扣1分: a single 得N分 states the clause's points.
  const gains = facts.filter((f): f is Extract<Fact, { t: 'gain' }> => f.t === 'gain' && typeof f.n === 'number');
  const gained = gains.length === 1 && typeof gains[0]?.n === 'number' ? gains[0].n : undefined;
  // 完成任务的得6分(二类乡镇得4分): the row's points, with the class's own where the words give them.
  const classGain = facts.find((f) => f.t === 'gain' && typeof f.n === 'object');
  const classed = classGain?.t === 'gain' && typeof classGain.n === 'object' ? classGain.n : undefined;
  const byClass = classed && opts.points !== undefined && classed.default === opts.points ? classed : undefined;
  const points = stated ?? opts.points ?? gained;
  const ctx: Ctx = {
    facts,
    points,
    ...(opts.points === undefined ? {} : { given: opts.points }),
    id: (k) => `${opts.item}${cid}-${k}`,
    role: opts.role ?? 'base',
    text: normal,
    ...(opts.shared ? { shared: true } : {}),
  };
  // …每迟发1个月扣1分；截留、挪用的，本项不得分，并实行一票否决: the veto, and the rest read as a rule
  // beside it (the clause is kept too).
  const scoredBeside = facts.some((f) => !['veto', 'points', 'cumulative', 'discretion'].includes(f.t));
  // (…扣完为止,影响全省上报的取消评比资格: the condition that bars goes with the veto.)
  const besideVeto = normal
    .replace(/[,，]?(?:并|同时|且)?(?:实行|实施|予以)?“?一票否决”?/g, '')
    .replace(new RegExp(`[★☆]?[^,，;；。]*?(?:${GRADE_SETTLED}|${UNGRADED}|${WHOLE_SCORE_LOST})[,，]?`, 'g'), '');
  if (one(ctx, 'veto') && scoredBeside && besideVeto !== normal) {
    const rest = parseClause(text, besideVeto, cid, opts);
    return { ...rest, veto: text, scoredToo: true };
  }
  // 没有年度任务的按缺项考核计分 on its own: no points, it says when the item is left out.
  const na = one(ctx, 'na');
  if (na && !facts.some((f) => !['na', 'points'].includes(f.t))) {
    return {
      clause: judgement(text, cid, opts.item, 0),
      readAs: 'not applicable (按缺项计分)',
      confidence: 0.9,
      flagged: false,
      warnings: [],
      na: text,
      naOnly: true,
    };
  }
  if (one(ctx, 'veto')) {
    return {
      clause: judgement(text, cid, opts.item, 0),
      readAs: 'veto (一票否决)',
      confidence: 0.9,
      flagged: false,
      warnings: [],
      veto: text,
    };
  }
  const composed =
    judgedUnless(ctx) ??
    rankRule(ctx) ??
    scoreBandRule(ctx) ??
    scoreLadder(ctx) ??
    overBandRule(ctx) ??
    shortBandRule(ctx) ??
    bandsRule(ctx) ??
    gradesRule(ctx) ??
    targetLadder(ctx) ??
    measureRule(ctx) ??
    checkRule(ctx) ??
    deductRule(ctx) ??
    eachRule(ctx) ??
    addRule(ctx) ??
    gainRule(ctx) ??
    discretion(ctx) ??
    bare(ctx, full);
  const warnings: string[] = [];
  // (A phrase noted, not claimed — 每超过30秒扣1分 — is read where the reading uses it.)
  const read = claimed.map(
    (v, i) => v || found.some((f) => composed?.claims?.includes(f.fact.t) && f.from <= i && i < f.to),
  );
  const left = unread(normal, read);
  if (left.length) warnings.push(`未读懂的计分用语：${left.join('、')}`);
  if (composed) {
    // 酌情 before the rule that says how (酌情扣分。出现一次扣2分) is that rule; after it (…每人次扣一分；报告空泛的，酌情扣分), it is another way of losing points.
    const firstRule = found.findIndex((f) => !['discretion', 'cumulative', 'points', 'veto'].includes(f.fact.t));
    // (…进行综合考核,评估定分。未按规定上报…的,每项扣1分: a score set in a sentence of its own before the rule is a
    // way of scoring beside it, not that rule — unlike 酌情扣分。出现一次扣2分, which the next sentence says how.)
    const sentences = normal.split('。');
    const sentence = (at: number): number => {
      const k = (normal.slice(0, at).match(/。/g) ?? []).length;
      return /扣|加|减/.test(sentences[k] ?? '') ? Number.POSITIVE_INFINITY : k;
    };
    const ruleAt = found[firstRule]?.from;
    const lateDiscretion =
      !composed.readAs.startsWith('judgement (酌情)') &&
      found.some(
        (f, i) =>
          f.fact.t === 'discretion' &&
          firstRule >= 0 &&
          (i > firstRule ||
            (ruleAt !== undefined && sentence(f.from) < sentence(ruleAt)) ||
            // (酌情扣分,领导不满意退文扣5分: one lapse at its own cost after it is another way of losing points, not
            // how the 酌情 is measured — unlike 酌情扣分,每发现一处扣1分.)
            (found[firstRule]?.fact.t === 'bare' && !found.some((g) => g.fact.t === 'deduct'))),
      );
    const extra = facts.filter(
      (f) =>
        (!composed.uses.includes(f.t) || (f.t === 'discretion' && lateDiscretion)) &&
        f.t !== 'cumulative' &&
        f.t !== 'na' &&
        f.t !== 'money' &&
        f.t !== 'countExcess' &&
        // A 酌情 after the rule is another way of losing points whatever the reading uses.
        !(f.t === 'discretion' && !lateDiscretion) &&
        // A count to reach is a note unless two of them stand beside one deduction (小学25册、初中35册，每少1册).
        !(f.t === 'countGoal' && !rivalTargets(facts)) &&
        (f.t !== 'discretion' || lateDiscretion),
    );
    if (extra.length)
      warnings.push(
        `读作${composed.readAs}，但还有未用上的短语：${[...new Set(extra.map((f) => factWords[f.t] ?? f.t))].join('、')}`,
      );
    // A percentage no phrase read (全部如期脱贫的得5分每少脱贫1%0.5汾) may carry a rule the reading missed.
    const used = new Set(composed.percents ?? []);
    // (…达到年度任务90%及以上的,得4分;比例不足90%时,每减少5%…: the target said again is the same target.)
    const rule = composed.rule;
    if (rule.kind === 'shortfall' && rule.target !== undefined) used.add(rule.target);
    if (rule.kind === 'excess') used.add(rule.limit);
    if (rule.kind === 'threshold') used.add(rule.cutoff);
    const measured = ['shortfall', 'excess', 'threshold', 'proportional'].includes(composed.rule.kind);
    const pct = unreadPercents(normal, claimed, !measured).filter((p) => !used.has(Number(p.replace('%', ''))));
    if (pct.length) warnings.push(`未读懂的百分数：${pct.join('、')}`);
  }
  const clausePoints = composed?.points ?? (stated === undefined ? byClass : undefined) ?? points;
  // The text says 得2 where the points column says 4: one of them is wrong, and the reader cannot tell which.
  const said = typeof clausePoints === 'object' ? clausePoints.default : clausePoints;
  if (opts.points !== undefined && stated === undefined && said !== undefined && Math.abs(said - opts.points) > 1e-9)
    warnings.push(`正文的分值（${said}分）与分值栏（${opts.points}分）不符`);
  // …召开专题会议1次以上记0.3分 where the points column says 3: the same doubt, said as 记N分.
  if (opts.points !== undefined && opts.points > 0 && stated !== undefined && Math.abs(stated - opts.points) > 1e-9)
    warnings.push(`正文写的分值（${stated}分）与分值栏（${opts.points}分）不符`);
  // 召开专题会议一次计3分,专题分析…二次得2分: the words give two sums and the reading kept one.
  const kept = typeof composed?.points === 'object' ? composed.points.default : composed?.points;
  if (stated !== undefined && kept !== undefined && Math.abs(kept - stated) > 1e-9)
    warnings.push(`正文写了${stated}分，读出的却是${kept}分`);
  if (clausePoints === undefined) warnings.push('未写分值');
  // …积极参加院内宣传工作会议,各记0.5 (the words stop before 分): an amount the reading may have passed over.
  const tail = normal.trimEnd();
  const dangling = /[计记得扣加减]\s*(\d+(?:\.\d+)?)[。.;,]?$/.exec(tail);
  const end = tail.length - 1;
  if (dangling && !claimed.slice(Math.max(0, end - 1), end + 1).some(Boolean))
    warnings.push(`原文在“${dangling[0]}”处中断，没有写“分”，读不出它的分值`);
  const confidence = composed ? composed.confidence : 0;
  const own = opts.points === undefined ? clausePoints : stated;
  const ceiling = facts.find((f): f is Extract<Fact, { t: 'ceiling' }> => f.t === 'ceiling')?.n;
  const known = {
    ...(own === undefined ? {} : { own }),
    // (每超过5分钟扣5分, the time over typed, takes off as a deduction does.)
    ...(composed
      ? {
          tried: {
            kind:
              composed.rule.kind === 'excess' && composed.rule.input.entry === 'excess' ? 'deduct' : composed.rule.kind,
            ...(ceiling === undefined ? {} : { ceiling }),
          },
        }
      : {}),
  };
  const flagged = !composed || confidence < CONFIDENT || warnings.length > 0;
  if (flagged || !composed) {
    // The assessor's score is capped by the row's points where the text's own disagree with them.
    const judged = stated ?? opts.points ?? clausePoints ?? 0;
    const cap = typeof judged === 'object' ? judged.default : judged;
    const what = composed
      ? `（试读为：${describeReading(composed.rule, clausePoints, 'zh')}，把握 ${composed.confidence}）`
      : '';
    return {
      clause: judgement(text, cid, opts.item, judged),
      readAs: 'judgement (unread)',
      confidence,
      flagged: true,
      warnings: [`未能有把握地读懂，改为评分人直接填写得分（0–${cap}分）${what}：“${text}”`, ...warnings],
      ...(stated === undefined ? {} : { stated }),
      ...known,
    };
  }
  const clause: ClauseIn = {
    id: cid,
    text,
    points: clausePoints ?? 0,
    rule: composed.rule,
    ...(composed.requires ? { requires: { id: `${opts.item}${cid}-ok`, label: composed.requires } } : {}),
    ...(composed.reading ? { reading: composed.reading } : {}),
  };
  return {
    clause,
    readAs: composed.readAs,
    confidence,
    flagged: false,
    warnings: [],
    ...(na ? { na: text } : {}),
    ...(stated === undefined ? {} : { stated }),
    ...known,
  };
}

/** Reads an item's whole rule text: its clauses, with points from the text or the points column. */
export function parseRuleText(raw: string, opts: ParseOptions): Reading[] {
  const pieces = splitClauses(raw);
  if (pieces.length === 0) return [];
  const single = pieces.length === 1;
  return pieces.map((p, i) =>
    parseClause(p.text, p.normal, letters[i] ?? `c${i}`, {
      ...opts,
      points: single || opts.role === 'penalty' ? opts.points : undefined,
    }),
  );
}

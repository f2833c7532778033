import { measurePhrases } from './lexicon-measures';
import { pointPhrases } from './lexicon-points';
import { LOST_FIGURE, NUM } from './numerals';

/**
 * The lexicon of rule text: each phrase of the scoring language (计N分, 每…1户扣X分, 扣完为止,
 * 最高扣X分, 低于X%不计分, …) as a pattern over normalised text and the fact it states. parse.ts
 * composes facts into a rule; anything here that claims no span is left for parse.ts to flag.
 */

export type ClassPoints = number | { default: number; [cls: string]: number };

export type Fact =
  | { t: 'veto' }
  | { t: 'cumulative' }
  /** 仅就最高级别加分,不作累加: of several awards only the highest counts. */
  | { t: 'highestOnly' }
  | { t: 'ceiling'; n: number }
  | { t: 'awardMax'; n: number }
  | { t: 'floorZero'; n?: number }
  | { t: 'floorNone' }
  | { t: 'pctStep'; step: number; per: number }
  | { t: 'excessStep'; step: number; per: number }
  | { t: 'excessLimit'; x: number }
  | { t: 'cutoff'; x: number }
  | { t: 'pctTarget'; x: number; above?: boolean }
  | { t: 'atMost'; x: number }
  | { t: 'proportional'; of?: string }
  | { t: 'propFull'; x: number }
  | { t: 'amountStep'; step: number; unit: string; per: number }
  | { t: 'amountPer'; step: number; unit: string; per: number }
  | { t: 'amountTarget'; x: number; unit: string }
  | { t: 'countTarget'; x: number; unit: string }
  | { t: 'award'; step: number; unit: string; per: number; label: string }
  | { t: 'askCount'; n: number; unit: string }
  | { t: 'deduct'; per: number; unit: string; label: string; verb: '扣' | '计' }
  | { t: 'bare'; per: number; label: string }
  | { t: 'void'; label: string }
  | { t: 'zero'; label: string }
  | { t: 'gain'; label: string; n: ClassPoints | 'full'; max?: number }
  | { t: 'check'; label: string; n: number }
  | { t: 'add'; label: string; n: number; max?: number }
  | {
      t: 'each';
      parts: { label: string; n?: number }[];
      each?: number;
      numbers?: string;
      verb: '得' | '加' | '计';
      /** 按…5档划分,计分标准为…: the steps of one scale, whatever their names. */
      scale?: true;
    }
  | { t: 'pctBand'; lo: number; hi: number; n: number }
  | { t: 'money'; x: number; unit: string }
  | { t: 'countLimit'; x: number; unit: string }
  | { t: 'countExcess'; step: number; unit: string; per: number }
  | { t: 'eachOpen' }
  | { t: 'countGoal'; x: number; unit: string }
  | { t: 'pctBelow'; x: number }
  | { t: 'shortCut'; n: number }
  | { t: 'points'; n: number; how: string }
  | { t: 'discretion' }
  | { t: 'ranks'; values: number[]; label: string }
  | { t: 'exception'; label: string }
  | { t: 'na'; label: string }
  | { t: 'scoreTop'; x: number }
  | { t: 'scoreFloor'; x: number }
  | { t: 'scoreBand'; below: number; per: number }
  | { t: 'overBand'; x: number; per: number; beyond: boolean; unit: string }
  /** 比任务低5%以内的扣2分 / 低5%-10%的扣4分 / 低超过10%的扣6分: one band of how far short, and what it loses. */
  | { t: 'shortBand'; lo?: number; hi?: number; per: number }
  | { t: 'grades'; values: number[] };

export interface Found {
  readonly fact: Fact;
  readonly from: number;
  readonly to: number;
}

/** In priority order: a span claimed by an earlier phrase is not read again. */
export const phrases = [...measurePhrases, ...pointPhrases];

/** Reads every phrase it knows in a clause's normal text, each span claimed once. */
export function readPhrases(text: string): { found: Found[]; claimed: boolean[] } {
  const claimed: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: Found[] = [];
  for (const ph of phrases) {
    ph.re.lastIndex = 0;
    for (let m = ph.re.exec(text); m; m = ph.re.exec(text)) {
      if (m[0] === '') {
        ph.re.lastIndex++;
        continue;
      }
      const from = m.index;
      const to = from + m[0].length;
      if (claimed.slice(from, to).some(Boolean)) {
        ph.re.lastIndex = from + 1;
        continue;
      }
      const fact = ph.make(m);
      if (!fact || Object.values(fact).some((v) => typeof v === 'number' && Number.isNaN(v))) {
        ph.re.lastIndex = from + 1;
        continue;
      }
      if (ph.claims) for (let i = from; i < to; i++) claimed[i] = true;
      found.push({ fact, from, to });
    }
  }
  found.sort((a, b) => a.from - b.from);
  return { found, claimed };
}

/** Scoring words left unread: a number of points, a deduction or an addition no phrase claimed. */
export function unread(text: string, claimed: readonly boolean[]): string[] {
  const out: string[] = [];
  // …培训效果不明显的，扣分。: a 扣分 with no number is a way of losing points too.
  // (Not 没有完成的扣分,每低于目标值2%扣1分: the 扣分 leads into the cost that follows.)
  const re = new RegExp(
    // …的,每1; (words lost after 每N): a count of something, its cost missing.
    // (扣K)分: a figure a scan lost — still a cost.)
    `(?:扣|加|得|计)${NUM}分?|扣${LOST_FIGURE}分|${NUM}分|每${NUM}(?=[;；。,，]|$)|不得分|不计分|一票否决|(?<!酌情|适当|视情况|视情节|视情|不|免|不予)扣分(?=$|[。;,])(?![,:]?每[^。;]{0,16}?扣${NUM})|比例(?:加|扣)分|(?<!酌情|适当|视情况|视情节|视情|不|重复|不予|累计)(?!(?<=给予|予以)加分[,，][^。;]{0,16}?加${NUM})加分(?=$|[。;,])`,
    'g',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = claimed.slice(m.index, m.index + m[0].length);
    if (!span.some(Boolean)) out.push(m[0]);
  }
  return out;
}

/** Percentages no phrase claimed (a target or a cut-off the reader may have missed). */
export function unreadPercents(text: string, claimed: readonly boolean[], scoredOnly = false): string[] {
  const out: string[] = [];
  const re = new RegExp(`${NUM}%`, 'g');
  // In a clause not read as a measure, only a percentage that scores (每少脱贫1% / 低于95%) is suspect.
  // 供水保证率不低于95% is a standard the requirement names, not a way of scoring.
  const scoring = new RegExp(`(?<!不)(?:每|少|减|低于|超过|高于)[^,;。]{0,6}?${NUM}%$`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (claimed.slice(m.index, m.index + m[0].length).some(Boolean)) continue;
    if (scoredOnly && !scoring.test(text.slice(Math.max(0, m.index - 10), m.index + m[0].length))) continue;
    out.push(m[0]);
  }
  return out;
}

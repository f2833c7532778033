import type { Row } from './row-types';
import { readingText } from './variants';

/**
 * 注:考核内容中⑷⑺⑻⑼以学校平时检查为依据,发现违规一次扣1分。 / 評分標準:1.不達標準該項不得分。 below rows that say what
 * they ask and not how they score: the note gives their rule — to the rows it numbers, or, where it numbers none
 * and speaks of 该项 / 每项, to every such row. Only sentences that say what is lost are taken. Pure.
 */

/** ⑴…⒇ and ①…⑳ as the numbers they stand for. */
const circled = (ch: string): number | undefined => {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2474 && c <= 0x2487) return c - 0x2473;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x245f;
  return undefined;
};

/** The number a row is known by: its number cell, or a ⑷ / 4. / 第4项 its words start with. */
function rowNumber(r: Row): number | undefined {
  for (const t of [r.no, r.rule, r.name].map((x) => x.trim())) {
    const c = circled(t.charAt(0));
    if (c !== undefined) return c;
    const m = /^(?:第)?(\d{1,2})(?:[、.．项]|\s|$)/.exec(t);
    if (m?.[1]) return Number(m[1]);
  }
  return undefined;
}

/** 注: / 评分标准: / 説明: …: the words a note below the rows starts with. */
export const NOTE_HEAD = /^\s*(?:注|备注|说明|評分標準|评分标准|计分说明|評分說明|评分说明)\s*[:：]\s*/;

/** 注: / 备注: / 说明: alone, the heads of a note on the rules (not 评分标准:, which can be a row's own rule). */
export const NOTE_LINE = /^\s*(?:注|备注|说明)\s*[:：]/;

/** 評分標準:…該項不得分 → 评分标准:…该项不得分: the note read in simplified forms. */

/** Whether a row's words already say how it scores. */
const scores = (r: Row): boolean =>
  /扣\s*\d|得\s*\d|计\s*\d|不得分|不计分|加\s*\d|\d\s*分/.test(`${r.rule}${r.note ?? ''}`);

/** The rows a note's sentences give a rule to, with the rule each gets. */
export function notesBelow(rows: readonly Row[], notes: readonly string[]): Row[] {
  const bare = rows.filter((r) => r.role === 'base' && r.points !== undefined && !scores(r));
  if (bare.length === 0) return [...rows];
  const given = new Map<Row, string[]>();
  for (const note of notes) {
    const body = readingText(note).replace(NOTE_HEAD, '');
    for (const sentence of body.split(/[。;；]/)) {
      // (Only a sentence that says what is lost; 达标项目按该得分比率计分 leaves the reader no rule to apply.)
      if (!/扣\s*\d+(?:\.\d+)?\s*分|不得分|不计分/.test(sentence)) continue;
      const numbers = [...sentence].map(circled).filter((n): n is number => n !== undefined);
      const listed = /第?\d{1,2}(?:[、,，]\d{1,2})*项/.exec(sentence);
      const said = numbers.length ? numbers : listed ? (listed[0].match(/\d{1,2}/g) ?? []).map(Number) : undefined;
      // The rule is what the sentence says after the numbers it names.
      const rule = sentence
        .replace(/^\s*\d{1,2}\s*[.、．]\s*/, '')
        .replace(/^[^⑴-⒇①-⑳]*[⑴-⒇①-⑳]+(?:[、,，和及][⑴-⒇①-⑳]+)*/, '')
        .replace(/^[^第]*第?\d{1,2}(?:[、,，]\d{1,2})*项/, '')
        .trim();
      if (rule === '') continue;
      const to = said
        ? bare.filter((r) => said.includes(rowNumber(r) ?? -1))
        : /该项|每项|本项|各项/.test(sentence)
          ? bare
          : [];
      for (const r of to) given.set(r, [...(given.get(r) ?? []), rule]);
    }
  }
  return rows.map((r) => {
    const rules = given.get(r);
    return rules ? { ...r, note: [r.note, ...rules].filter(Boolean).join('；') } : r;
  });
}

/**
 * 出现安全事故考核费全部扣除 in the words under (or above) the rows: the whole fee or score of the period lost —
 * a veto over the table, not one item's zero (该项…全部扣除 is the item's). The clause that says so, as its label.
 */
const WHOLE_LOST =
  /(?:出现|发生)[^,，;；。]{1,24}?[,，]?\s*(?:当月|本月|当季|全年|当年|年度)?的?(?:考核费|考核奖金?|绩效(?:工资|奖金?)|奖金|考核(?:总)?得?分|总分|承包费)(?:全部|一律)(?:扣除|扣完|取消)/;

export function vetoesSaid(words: readonly string[]): string[] {
  return words.flatMap((w) =>
    readingText(w)
      .split(/[。;；]/)
      .map((s) => WHOLE_LOST.exec(s)?.[0])
      .filter((s): s is string => s !== undefined),
  );
}

import { cellText } from './heads';
import { namedPoints } from './names';
import { scoredText, type Row } from './rows';
import { withoutPinyin } from './variants';

/**
 * What the cells around a row say about the table's shape: which name column the points are merged
 * with (the item level), whether the only name column is merged down over rows (sections), blank
 * 具体项目 (1. 2. ……), and a 加分项 written into a rule. Pure.
 */

/** Words that say how a row scores; a table with none of them gives only requirements and points. */
// (是4;否0 / 记录全3;记录不全1;无0: answers closing on bare figures down to 0 say it too.)
export const scoringWords =
  /扣|得\s*[\d满]|\d\s*分|不得分|不计分|加\s*\d|酌情|视情|一票否决|按[^,;。]{0,8}(?:赋分|计分|评分|打分)|^[\u4e00-\u9fff]{1,8}\d+(?:\.\d+)?(?:[;；,，][\u4e00-\u9fff]{1,8}\d+(?:\.\d+)?)*[;；,，][\u4e00-\u9fff]{1,8}0[;；。]?$/;

export const safeId = (s: string, fallback: string): string => {
  const t = s.replace(/[^A-Za-z0-9_.-]/g, '').replace(/^[._-]+/, '');
  return t === '' ? fallback : t;
};

export const shortName = (rule: string): string =>
  // 鎮(zhèn)“鄉(xiāng)村夜話”: the pinyin a site put after characters is not part of the name.
  (
    withoutPinyin(rule)
      .replace(/^\s*看/, '')
      // (1)各部门要将… / 1.有机构: the numbering is not the name.
      .replace(/^\s*(?:[（(][\d一二三四五六七八九十]{1,2}[)）]|\d{1,2}[、.．](?!\d))\s*/, '')
      // (县(市、区)政府至少研究2次…: a short aside in brackets after a word or two is read through, not cut at.)
      .replace(/^([^(（。，,；;]{1,3})[(（][^()（）]{1,8}[)）]/, '$1')
      // (定期与居(村)委会…沟通: after four, an aside of a word or two with no figure in it.)
      .replace(/^([^(（。，,；;\d]{4})[(（][^()（）\d分]{1,3}[)）]/, '$1')
      .split(/[(（。，,；;]/)[0] ?? ''
  )
    .replace(/\s+/g, '')
    // (…收集一篇文史资料20分。: the points that close it are not the name.)
    // (…文件等齐全的得3分,少一项扣1分: nor what it earns, 的得3分.)
    .replace(/(?<=[\u4e00-\u9fff]{2})(?:的?[得计])?\d+(?:\.\d+)?分$/, '')
    .slice(0, 30) || '（未命名）';

/**
 * 考核要点 | 分值 merged together over 考核内容 rows that each say （10分）: the name column whose cells the
 * points cells follow is the item; the rows under it are its parts. Undefined where points are per row.
 */
export function itemLevel(rows: readonly Row[]): number | undefined {
  const width = rows[0]?.names.length ?? 0;
  if (width < 2) return undefined;
  const shared = rows.some((r, i) => i > 0 && r.pointsKey !== '' && r.pointsKey === rows[i - 1]?.pointsKey);
  if (!shared) return undefined;
  for (let k = width - 2; k >= 0; k--) {
    const follows = rows.every((r, i) => {
      const prev = rows[i - 1];
      return !prev || (r.pointsKey === prev.pointsKey) === (r.names[k]?.key === prev.names[k]?.key);
    });
    if (follows) return k;
  }
  return undefined;
}

/**
 * The only name column merged down (or written again) over rows with points and rules of their own
 * (一、政策制度(20分) over (1)(2)(3), 项目 over 序号 1, 2): the name is the section, the rows its items.
 */
export function nameSections(rows: readonly Row[], names: number): boolean {
  if (names !== 1) return false;
  return rows.some((r, i) => {
    const prev = rows[i - 1];
    if (!prev || prev.block !== r.block) return false;
    const sameName = r.nameKey === prev.nameKey || (r.name !== '' && r.name === prev.name);
    // (…or what it asks: 1.教学目标体现课标理念… and 2.教学目标明确具体… under one name, both 优得5分；良得4分….)
    return (
      sameName &&
      r.pointsKey !== prev.pointsKey &&
      r.points !== undefined &&
      (r.rule !== prev.rule || r.standard !== prev.standard)
    );
  });
}

/** A part's own points: （10分） in its own name cell, else its own points cell. */
export function partPoints(row: Row): number | undefined {
  const last = row.names[row.names.length - 1]?.text ?? '';
  return namedPoints(last.replace(/注[:：].*$/, '')) ?? row.points;
}

/** 1. / 2. / …… under a section: a 具体项目 left blank, with no points. */
export const placeholder = (row: Row): boolean =>
  /^(?:\d{1,2}[.、．]?|[…．.。]{2,})$/.test(cellText(row.name)) && row.points === undefined;

/**
 * …每少一次扣1.25分。加分项:县主要领导参加一次加2.5分 (注:该项设有加分项(最多加5分)): the 加分项 is a bonus
 * block of its own beside the item, capped where the table says 最多加N分.
 */
export function splitBonus(row: Row): { base: string; bonus?: string; bonusCap?: number } {
  const text = scoredText(row);
  const m = /(?<=[。;；.])\s*加分项[:：]/.exec(text);
  if (!m) return trailingBonus(row, text);
  const words = [...row.names.map((n) => n.text), text].join(' ');
  const cap = /最多加\s*(\d+(?:\.\d+)?)\s*分/.exec(words)?.[1];
  return {
    base: text.slice(0, m.index).trim(),
    bonus: text.slice(m.index + m[0].length).trim(),
    ...(cap ? { bonusCap: Number(cap) } : {}),
  };
}

/**
 * 造林(25分)。…(3分);…(3分);…(3分);…(3分);…(13分);…;春季…成活率达到90%以上,加3分。: the parts give the
 * row's points in full, so the 加3分 closing it is a bonus beyond them, capped at what it adds.
 */
function trailingBonus(row: Row, text: string): { base: string; bonus?: string; bonusCap?: number } {
  const sentences = text.split(/(?<=[;；。])/).filter((t) => t.trim() !== '');
  const last = sentences[sentences.length - 1] ?? '';
  const before = text.slice(0, text.length - last.length);
  // (修订完善…预案,记1分。组织较大规模演练,报市局同意后,增记2分。: more, on top of what the sentence before earns —
  // a bonus beyond the row, whatever its points.)
  const more = /(?:增记|增計|另加|另记|另計|再加|加记)\s*(\d+(?:\.\d+)?)\s*分[。.]?\s*$/.exec(last);
  if (more?.[1] && sentences.length >= 2 && /(?:记|計|计|得)\s*\d+(?:\.\d+)?\s*分/.test(before) && !/扣|每/.test(last))
    return { base: before.trim(), bonus: last.trim(), bonusCap: Number(more[1]) };
  const adds = /加\s*(\d+(?:\.\d+)?)\s*分[。.]?\s*$/.exec(last);
  if (row.points === undefined || !adds?.[1] || /扣|得|计|記|记/.test(last) || sentences.length < 2)
    return { base: text };
  const parts = [...before.matchAll(/[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/g)].reduce((a, x) => a + Number(x[1]), 0);
  if (Math.abs(parts - row.points) > 1e-9) return { base: text };
  return { base: before.trim(), bonus: last.trim(), bonusCap: Number(adds[1]) };
}

import { parseNumber } from './numerals';
import { cellText, mergeIndex, valueAt, type Grid, type Header } from './header';

/**
 * The body of a table as rows of meaning: which section and item each row belongs to (merged
 * cells and numbering such as 一、 / 1. / (1) / 1.1), its points ("10", "10分", "+10", "-10") and
 * its rule text. Pure.
 */

export interface Row {
  readonly index: number;
  readonly no: string;
  /** The section cell (一级指标 / 一级目录) and its merged range key. */
  readonly section: string;
  readonly sectionKey: string;
  /** The item cell (二级指标 / 考核指标) and its merged range key. */
  readonly name: string;
  readonly nameKey: string;
  readonly points: number | undefined;
  readonly pointsText: string;
  /** A 备注 that says how to score (本项最多扣5分): read with the rule, kept apart from its words. */
  readonly note?: string;
  /** A second points column beside the section names (一级指标 | 分值 | 二级指标 | 分值): the section's points. */
  readonly sectionPoints?: number;
  readonly role: 'base' | 'bonus' | 'penalty';
  readonly rule: string;
  readonly method: string;
  /** The last heading row above (一、组织领导 on a row of its own), for tables with one name column. */
  readonly heading: string;
}

export interface Body {
  readonly rows: Row[];
  /** 合计 / 总分 row, when the table has one. */
  readonly total?: number;
}

/** "10" / "10分" / "+10" / "-10" / "10.0" → points and whether they are a bonus or penalty. */
export function readPoints(raw: string): { points?: number; sign?: '+' | '-' } {
  const t = cellText(raw)
    .replace(/[（(]?分[)）]?$/, '')
    .replace(/^[＋]/, '+')
    .replace(/^[－—]/, '-');
  const m = /^([+-])?(.+)$/.exec(t);
  const n = parseNumber(m?.[2] ?? '');
  if (n === undefined) return {};
  return { points: n, ...(m?.[1] === '+' || m?.[1] === '-' ? { sign: m[1] } : {}) };
}

/** 责任落实(30分) → name 责任落实, cap 30; 1.工作队是否到位(5分) → number 1. */
export function splitName(raw: string): { name: string; cap?: number; number?: string } {
  let name = raw.replace(/\s+/g, ' ').trim();
  let cap: number | undefined;
  const capM = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(name);
  if (capM) {
    cap = Number(capM[1]);
    name = name.slice(0, capM.index).trim();
  }
  // 1、 / (1) / 1.2 / 一、 / （一）: the numbering before a name.
  const numM =
    /^(?:[（(](\d{1,2})[)）]|(\d{1,2}(?:\.\d{1,2})?)[、.．]?(?!\d)|([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[)）])\s*/.exec(
      name,
    );
  let number: string | undefined;
  if (numM && numM[0].length < name.length) {
    number = numM[1] ?? numM[2] ?? String(parseNumber(numM[3] ?? numM[4] ?? '') ?? '');
    name = name.slice(numM[0].length).trim();
  }
  return { name: name.replace(/\s+/g, ''), ...(cap === undefined ? {} : { cap }), ...(number ? { number } : {}) };
}

const chineseNo = /^[一二三四五六七八九十]+[、.．]?$/;
const chineseNamed = /^[一二三四五六七八九十]+、/;
const totalRow = /^(?:合计|总计|共计|总分|小计|合计分|总分值)$/;
const bonusWord = /加分/;
const penaltyWord = /扣分(?:规定|项|事项)|减分/;

/** "3" / "3." / "1.2" → the number; anything else → undefined. */
export function numberOf(raw: string): string | undefined {
  return /^\s*[（(]?(\d{1,3}(?:\.\d{1,3})*)[)）]?\s*[、.．]?\s*$/.exec(raw)?.[1];
}

/** The words scored for a row: its rule, then a 备注 that says how to score. */
export const scoredText = (row: Row): string => (row.note ? joinRule([row.rule, row.note]) : row.rule);

/** The texts of a row's rule columns as one rule: blanks and repeats (one cell merged across) dropped. */
function joinRule(texts: readonly string[]): string {
  const parts = texts.filter((t, i) => t !== '' && texts.indexOf(t) === i);
  return parts.reduce((all, t) => (all === '' ? t : /[。；;.!！]$/.test(all) ? `${all}${t}` : `${all}。${t}`), '');
}

const sectionCap = (p: { points?: number | undefined; sign?: string | undefined }): { sectionPoints?: number } =>
  p.points === undefined || p.sign !== undefined ? {} : { sectionPoints: p.points };

export function readBody(grid: Grid, header: Header): Body {
  const merged = mergeIndex(grid);
  const col = (role: string): number[] => [...header.columns].filter(([, r]) => r === role).map(([c]) => c);
  const names = col('name');
  const [noCol] = col('no');
  // 一级指标 | 分值 | 二级指标 | 分值: the points column after the last name column is the item's; one
  // between the name columns is the section's.
  const pointsCols = col('points');
  const lastName = names[names.length - 1] ?? -1;
  const pointsCol = pointsCols.find((c) => c > lastName) ?? pointsCols[pointsCols.length - 1];
  const sectionPointsCol = pointsCols.find((c) => c !== pointsCol && c > (names[0] ?? -1) && c < lastName);
  const [noteCol] = col('note');
  // Two rule columns (考核标准 | 评分方法): the requirement, then how it is scored. Both are the rule
  // text, in column order; the scoring words are usually in the second.
  const ruleCols = col('rule');
  const [ruleCol] = ruleCols;
  const [methodCol] = col('method');
  const key = (r: number, c: number | undefined): string => {
    if (c === undefined) return '';
    const m = merged(r, c);
    return m ? `${m.top},${m.left}` : `${r},${c}`;
  };
  const rows: Row[] = [];
  let total: number | undefined;
  let heading = '';
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const at = (c: number | undefined): string => (c === undefined ? '' : valueAt(grid, merged, r, c));
    // A 备注 that says how to score (本项最多扣5分) is read with the rule.
    const note = at(noteCol);
    const scoringNote = /扣|得|加|分|否决|不超过|最多|最高/.test(note) ? note : '';
    const rule = joinRule(ruleCols.map((c) => at(c)));
    const nameCells = names.map((c) => at(c));
    const label = cellText([at(noCol), ...nameCells].join(''));
    const pts = readPoints(at(pointsCol));
    if (totalRow.test(label) || totalRow.test(cellText(at(noCol)))) {
      total = pts.points ?? total;
      continue;
    }
    // A cell merged down from a row above with nothing new in this row is the same row.
    const fresh = ruleCol !== undefined && (merged(r, ruleCol)?.top ?? r) === r;
    if (!fresh) continue;
    // One cell merged across the row (一、组织保障（20分）) is a heading, not an item.
    const wide = ruleCol !== undefined ? merged(r, ruleCol) : undefined;
    if (wide && [noCol, ...names].some((c) => c !== undefined && c < wide.left) === false && wide.left < ruleCol!) {
      // 一、服务提供 merged across, 35 under 标准分 beside it: the section's points.
      const beside = pointsCol !== undefined && (pointsCol < wide.left || pointsCol > wide.right);
      const cap = beside && pts.points !== undefined && pts.sign === undefined && !/\d+(?:\.\d+)?分/.test(rule);
      heading = cap ? `${rule}（${pts.points}分）` : rule;
      continue;
    }
    if (rule === '' && pts.points === undefined) {
      const h = [...nameCells, at(noCol)].find((v) => v.trim() !== '');
      if (h && names.length < 2) heading = [at(noCol), ...nameCells].filter(Boolean).join(' ');
      continue;
    }
    // 一 | 组织保障 | 20分 with no rule: a section heading with its points, not an item.
    if (
      rule === '' &&
      names.length < 2 &&
      (chineseNo.test(cellText(at(noCol))) || chineseNamed.test(cellText(nameCells.join(''))))
    ) {
      const no = cellText(at(noCol)).replace(/[、.．]$/, '');
      const name = nameCells.filter(Boolean).join(' ');
      const cap = pts.points !== undefined && pts.sign === undefined ? `（${pts.points}分）` : '';
      heading = `${no ? `${no}、` : ''}${name}${cap}`;
      continue;
    }
    const sectionCol = names[0];
    const itemCol = names[names.length - 1];
    const section = at(sectionCol);
    const name = at(itemCol);
    const words = `${label}${rule.slice(0, 8)}`;
    // Unsigned points under a heading of their own (（六）加分项（最高加3分）) take the heading's role.
    const underBonus = bonusWord.test(heading) && !penaltyWord.test(heading) && pts.sign === undefined;
    const underPenalty = /扣分项|减分项|扣分事项/.test(heading) && pts.sign === undefined;
    const role: Row['role'] =
      pts.sign === '+' || (bonusWord.test(label) && !penaltyWord.test(label)) || underBonus
        ? 'bonus'
        : pts.sign === '-' || penaltyWord.test(words.slice(0, label.length)) || underPenalty
          ? 'penalty'
          : 'base';
    rows.push({
      index: r,
      no: at(noCol),
      section,
      // 一级指标 written again on every row, not merged: the same section as the row above.
      sectionKey:
        sectionCol === undefined
          ? ''
          : section !== '' && section === rows[rows.length - 1]?.section
            ? (rows[rows.length - 1]?.sectionKey ?? key(r, sectionCol))
            : key(r, sectionCol),
      name,
      nameKey: key(r, itemCol),
      points: pts.points,
      pointsText: at(pointsCol),
      ...(scoringNote ? { note: scoringNote } : {}),
      ...(sectionPointsCol === undefined ? {} : sectionCap(readPoints(at(sectionPointsCol)))),
      role,
      rule,
      method: at(methodCol),
      heading,
    });
  }
  return { rows, ...(total === undefined ? {} : { total }) };
}

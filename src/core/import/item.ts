import type { Reading } from './parse';
import type { ClassPoints } from './phrases';
import { LETTERS, readRule, saysPoints, type Role } from './rule-text';
import { cutLast, dflt, eventDeduction, isEvent, tiersReading, typed, typedDeduction, unruled } from './item-readings';

/**
 * One item of the table → its clauses: the rule of one row, the rules of the rows under one name
 * that have points of their own (1.1.1 (10分) + 1.1.2 (10分)), the articles of a block that share its
 * points (共60分，扣完为止), or no rule at all (a name and its points: a score the assessor types).
 */

export interface PartIn {
  /** Its rule text (what is required, where no scoring words are given). */
  readonly text: string;
  /** Its own points (（10分） in its name, 5分 in its row); none where they are the item's. */
  readonly points?: number | undefined;
  /** The table stops inside its words (…对代耕代种农户的补): not read. */
  readonly cut?: boolean;
  /** What it costs each time, where the points column says so and the words do not (信用赋分 -10). */
  readonly amount?:
    number | undefined; /** No way of scoring of its own, where the rows beside it under one name have one. */
  readonly unruled?: boolean;
  /** …for its points cell holds a figure a scan garbled (1()), written so. */
  readonly badFigure?: string;
}

export interface ItemIn {
  readonly id: string;
  readonly cap: ClassPoints | undefined;
  readonly role: Role;
  readonly parts: readonly PartIn[];
  /** The articles deduct from the cap together (倒扣分 over a block). */
  readonly pool?: boolean;
  /** Paragraphs under a title with its points, none with points of its own. */
  readonly gathered?: boolean;
  /** The steps of one result (…(100分) / …(75分) / …不得分): read as its levels. */
  readonly tiers?: readonly { readonly name: string; readonly points: number }[];
  /** The table says nowhere how anything scores: the assessor types each score. */
  readonly plain?: boolean;
}

export interface ItemRead {
  readonly readings: Reading[];
  /** The item stops at nothing though clauses may go below (a deduction that takes from the others). */
  readonly floored: boolean;
  /** Paragraphs that only say what is assessed, left out of the clauses (named to the user). */
  readonly described?: readonly string[];
}

/** A reading that earns its points when done (not one that takes off, not one left to the assessor). */
const earns = (r: Reading): boolean =>
  !r.flagged && !r.veto && ['yesno', 'checklist', 'levels'].includes(r.clause.rule.kind);

/**
 * Articles that deduct from one block's points (一、…(共60分,扣完为止) over (1)(2)…): each read as a
 * deduction taking from the others, the block's points on the first, the block stopping at nothing.
 */
function pooled(item: ItemIn): ItemRead {
  // 2、救灾救济工作(10分) over ①建立乡级财政…列入乡镇财 and nothing more: the one paragraph is cut off, so
  // the whole item is the assessor's, and the user is told where the words stop.
  const [only] = item.parts;
  if (item.parts.length === 1 && only?.cut && !isEvent(only))
    return { readings: [unruled(item.id, only.text, item.cap ?? 0, 'a', true)], floored: false };
  let k = 0;
  const readings: Reading[] = [];
  // (晨岗…巡视2分 beside 迟到5分钟内扣1分 under 扣分标准(10分): a part with its own points, read as done or not, keeps
  // them — a round not done loses its 2 — and the deductions take from what the others leave.)
  const own = new Map<Reading, number>();
  for (const part of item.parts) {
    const rs = isEvent(part)
      ? [eventDeduction(item.id, LETTERS[k] ?? `c${k}`, part.text, part.amount)]
      : part.unruled
        ? [unruled(item.id, part.text, 0, LETTERS[k] ?? `c${k}`, part.badFigure)]
        : cutLast(readRule(item.id, part.text, 0, 'base', k).readings, item.id, part.cut);
    k += rs.length;
    const read = rs.map((r) => (r.flagged ? typedDeduction(r, item.id) : beyond(r, dflt(item.cap), item.id)));
    const [one] = read;
    if (part.points !== undefined && part.points > 0 && read.length === 1 && one && earns(one))
      own.set(one, part.points);
    readings.push(...read);
  }
  const cap = dflt(item.cap) ?? 0;
  const kept = [...own.values()].reduce((a, n) => a + n, 0);
  const keeps = own.size > 0 && kept < cap - 1e-9;
  const first = readings.findIndex((r) => (!r.veto || r.scoredToo) && !(keeps && own.has(r)));
  const out = readings.map((r, i) => {
    const rule = r.clause.rule.kind === 'deduct' ? { ...r.clause.rule, floor: 'none' as const } : r.clause.rule;
    const points = keeps && own.has(r) ? (own.get(r) ?? 0) : i === first ? (keeps ? cap - kept : cap) : 0;
    return { ...r, clause: { ...r.clause, rule, points } };
  });
  return { readings: out, floored: true };
}

/**
 * …未按方案组织实施,扣515分 in a pool of 15: one lapse costing more than the whole — a range that lost its dash (5～15)
 * as likely as a figure; the assessor types what it costs, and the user is told why.
 */
function beyond(r: Reading, cap: number | undefined, id: string): Reading {
  const rule = r.clause.rule;
  const over = rule.kind === 'deduct' && cap !== undefined ? rule.inputs.filter((x) => x.per > cap) : [];
  if (over.length === 0) return r;
  const why = `一处扣 ${over.map((x) => x.per).join('、')} 分，多于本项的 ${cap ?? 0} 分（原表是否为“5～10分”这样的区间，印刷时丢了“～”？）`;
  return typedDeduction(
    {
      ...r,
      flagged: true,
      warnings: [`未能有把握地读懂，改为评分人按原文填写所扣分数，从本项分值中扣除：${why}：“${r.clause.text}”`],
    },
    id,
  );
}

/**
 * (二)完成糧食生產計劃任務(30分) over 1、…記12分 2、…記12分 3、…記6分: the paragraphs' own points share the
 * title's. (三)…(20分) over 沒有拋荒的計20分 and deductions: they do not add up, so the paragraphs deduct
 * from the title's points together.
 */
function gathered(item: ItemIn): ItemRead {
  const cap = dflt(item.cap);
  const read = readRule(
    item.id,
    item.parts.map((p) => p.text),
    cap,
    item.role,
  );
  // Each paragraph's own words give its points, and they make the title's: read so; else they deduct together.
  const sumOf = (rs: readonly Reading[]): number =>
    rs.filter((r) => !r.veto || r.scoredToo).reduce((a, r) => a + (dflt(r.own) ?? Number.NaN), 0);
  const fits = (rs: readonly Reading[]): boolean => cap !== undefined && Math.abs(sumOf(rs) - cap) < 1e-9;
  // 有预案得2分,有制度或公开上墙得1分 among them: two things had, 2 + 1, where reading it as the better of two
  // (levels) leaves the title's points short by what the parts then make up.
  // (3. 稽查报表(8分) over one paragraph, 每迟到一天扣1分;…每发现一处错误扣0.5分: the title's points are that
  // paragraph's, read as a row's rule is.)
  const [only] = item.parts;
  if (item.parts.length === 1 && only && !only.cut && !isEvent(only)) return read;
  const asParts = read.readings.map(partsOfLevels);
  const readings = fits(read.readings) ? read.readings : fits(asParts) ? asParts : undefined;
  // (4、重点减排工程…(7分) over (1)…得1分 (2)…得2分 (3)…设施正常运行、 where the copy stops: the parts seen keep their
  // points, the cut one what they leave, typed.)
  const head = read.readings.slice(0, -1);
  const said = sumOf(head);
  if (
    !readings &&
    !read.floored &&
    item.parts[item.parts.length - 1]?.cut &&
    cap !== undefined &&
    head.length > 0 &&
    !Number.isNaN(said) &&
    said < cap - 1e-9
  )
    return { ...read, readings: cutLast(read.readings, item.id, true, cap - said) };
  if (!readings || read.floored) return pooled(item);
  return { ...read, readings: cutLast(readings, item.id, item.parts[item.parts.length - 1]?.cut) };
}

/** A reading as levels (有A得2分,有B得1分) taken as the parts it names, each had or not: a checklist of them. */
function partsOfLevels(r: Reading): Reading {
  const rule = r.clause.rule;
  if (r.flagged || rule.kind !== 'levels' || rule.levels.some((l) => typeof l.points !== 'number')) return r;
  const items = rule.levels.filter((l) => l.points !== 0);
  const sum = items.reduce((a, l) => a + Number(l.points), 0);
  return {
    ...r,
    own: sum,
    readAs: 'checklist (有…得N分 each)',
    clause: {
      ...r.clause,
      points: sum,
      rule: {
        kind: 'checklist',
        inputs: items.map((l, k) => ({
          id: `${rule.input.id.replace(/-\d+$/, '')}-${k + 1}`,
          label: l.name,
          points: l.points,
        })),
      },
    },
  };
}

/**
 * 考核内容:村制定方案、组织机构… over 考核办法及分值:制定具体治理方案得5分;…: paragraphs under a title
 * that say nothing of points, beside paragraphs that do, say what is assessed; they are no clauses.
 * One paragraph left is read as the item's rule.
 */
function described(given: ItemIn): ItemIn {
  if (given.parts.length < 2 || given.tiers || !(given.pool || given.gathered)) return given;
  if (given.parts.some((p) => p.points !== undefined || isEvent(p))) return given;
  // (未列入县考核的,由县国资办参照部门考核要求进行考核。: scored by someone's own assessment — a way of scoring, typed.)
  const says = (p: PartIn): boolean =>
    p.cut === true ||
    p.unruled === true ||
    saysPoints(p.text) ||
    /由[^,，。;；]{1,12}?(?:参照|按照|根据|依据)[^。;；]{0,30}?(?:进行)?(?:考核|评分|打分|评定)[。.]?$/.test(
      p.text.trim(),
    );
  const parts = given.parts.filter(says);
  if (parts.length === 0 || parts.length === given.parts.length) return given;
  if (parts.length > 1) return { ...given, parts };
  const { pool: _pool, gathered: _gathered, ...rest } = given;
  return { ...rest, parts };
}

/** The clauses of one item. */
export function readItem(given: ItemIn): ItemRead {
  const item = described(given);
  const left = given.parts.filter((p) => !item.parts.includes(p)).map((p) => p.text);
  const read = readParts(item);
  return left.length ? { ...read, described: left } : read;
}

function readParts(item: ItemIn): ItemRead {
  if (item.pool) return pooled(item);
  if (item.tiers) return { readings: [tiersReading(item, item.tiers)], floored: false };
  if (item.gathered && item.parts.every((p) => p.points === undefined)) return gathered(item);
  const [only] = item.parts;
  // (What one item of points asks, row by row, with no points of its own: one score for all of it.)
  if (item.plain && item.parts.length > 1 && item.parts.every((p) => p.points === undefined))
    return {
      readings: [typed(item.id, 'a', item.parts.map((p) => p.text).join('；'), item.cap ?? 0)],
      floored: false,
    };
  if (item.plain) {
    const readings = item.parts.map((p, k) => {
      const cid = LETTERS[k] ?? `c${k}`;
      const points = item.parts.length === 1 ? (item.cap ?? 0) : (p.points ?? 0);
      const n = typeof points === 'number' ? points : points.default;
      // (仪器设备的完好率在80%以上(5) in a table with no scoring words: a rate to reach is said, read so.)
      const target = /\d+(?:\.\d+)?\s*[%％]\s*(?:及以上|以上)/.test(p.text)
        ? readRule(item.id, p.text, n, item.role, k).readings
        : [];
      const [own] = target;
      return target.length === 1 && own && !own.flagged ? own : typed(item.id, cid, p.text, points);
    });
    return { readings, floored: false };
  }
  if (item.parts.length === 1 && only?.unruled)
    return { readings: [unruled(item.id, only.text, item.cap ?? 0, 'a', only.badFigure)], floored: false };
  if (item.parts.length === 1 && only && isEvent(only))
    return { readings: [eventDeduction(item.id, 'a', only.text, only.amount)], floored: false };
  if (item.parts.length === 1 && only) {
    if (only.text === '') return { readings: [told(typed(item.id, 'a', '', item.cap ?? 0))], floored: false };
    const tail = only.cut ? cutTail(item.id, only.text, only.points ?? dflt(item.cap), item.role) : undefined;
    if (tail) return { readings: tail, floored: false };
    // A part that states its own points ((10分) under a 考核要点 worth 20): read within them.
    const read = readRule(item.id, only.text, only.points ?? dflt(item.cap), item.role);
    // (1.…实施方案,得2分;…目标,得1分。 2.…每项得1分,最高得3分。 3.…(4分) in 10: the first two things had, 2 + 1,
    // where the better of two leaves the row short by what the parts then make up.)
    const asParts = read.readings.map(partsOfLevels);
    const whole = only.points ?? dflt(item.cap);
    const sums = (rs: readonly Reading[]): number => rs.reduce((a, r) => a + (dflt(r.own) ?? Number.NaN), 0);
    const better =
      read.readings.length > 1 &&
      whole !== undefined &&
      Math.abs(sums(read.readings) - whole) > 1e-9 &&
      Math.abs(sums(asParts) - whole) < 1e-9;
    return { ...read, readings: cutLast(better ? asParts : read.readings, item.id, only.cut) };
  }
  // Rows with points of their own: each read within them, lettered on.
  const readings: Reading[] = [];
  let floored = false;
  for (const part of item.parts) {
    const cid = LETTERS[readings.length] ?? `c${readings.length}`;
    if (part.text === '') {
      readings.push(told(typed(item.id, cid, '', part.points ?? 0)));
      continue;
    }
    if (part.unruled) {
      readings.push(unruled(item.id, part.text, part.points ?? 0, cid, part.badFigure));
      continue;
    }
    const r = readRule(item.id, part.text, part.points, item.role, readings.length);
    floored ||= r.floored;
    readings.push(...cutLast(r.readings, item.id, part.cut));
  }
  return { readings, floored };
}

/**
 * b10完成率(20 with nothing beside it, where other rows say how they score: typed, and the user told, for
 * the table may have lost its words.
 */
function told(r: Reading): Reading {
  const cap = dflt(r.clause.points) ?? 0;
  return { ...r, warnings: [...r.warnings, `原表只有名称和分值，没有评分办法：由评分人直接填写得分（0–${cap}分）`] };
}

/**
 * 22、…(2分)23、…(2分)24、…(2分)25、…(3分)26、开 in a row of 17, the table cut off inside it: the numbered
 * pieces before the cut read within the points they state (9), the piece cut off typed, worth what they
 * leave (8), the user told. Undefined where the words before the cut do not read plainly.
 */
function cutTail(id: string, text: string, whole: number | undefined, role: Role): Reading[] | undefined {
  const at = [...text.matchAll(/(?<=[;；。.)）\s])\d{1,2}[、.．](?!\d)/g)].pop()?.index;
  if (at === undefined || whole === undefined || /\d\s*分/.test(text.slice(at))) return undefined;
  const head = text.slice(0, at);
  const first = readRule(id, head, undefined, role).readings;
  const given = first.reduce((a, r) => a + (dflt(r.own) ?? dflt(r.clause.points) ?? 0), 0);
  if (first.length === 0 || first.some((r) => r.flagged || r.veto) || given <= 0 || given >= whole) return undefined;
  const read = readRule(id, head, given, role).readings;
  if (read.some((r) => r.flagged)) return undefined;
  const cid = LETTERS[read.length] ?? `c${read.length}`;
  const left = Math.round((whole - given) * 100) / 100;
  const cut = unruled(id, text.slice(at).replace(/^\d{1,2}[、.．]/, ''), left, cid, true);
  const share = `（本项 ${whole} 分，原文写明分值的各条共 ${given} 分，本条按余下的 ${left} 分）`;
  return [...read, { ...cut, warnings: cut.warnings.map((w) => w + share) }];
}

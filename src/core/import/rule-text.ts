import { clip, normalize } from './text';
import { GRADE_SETTLED, UNGRADED } from './lexicon-measures';
import { round2 } from '../engine/score';
import { splitClauses, type Piece } from './clauses';
import { asRequirement } from './compose';
import { judgement } from './compose-bare';
import { dflt, typedDeduction } from './item-readings';
import { parseClause, type ClauseIn, type Reading } from './parse';

/**
 * Reading the rule text of one item, or of one part of an item that has points of its own: its
 * clauses, and how the item's points are shared among clauses that state none. Pure.
 */

export type Role = 'base' | 'bonus' | 'penalty';

/**
 * 1.…2.…3.…以上指标,每项1.5分,不达标不得分: the numbered parts before it are each worth N, met or not.
 */
function eachOfAbove(pieces: readonly Piece[], id: string, letters: string): Reading[] | undefined {
  const last = pieces[pieces.length - 1];
  // …(4)有一支村居民政信息员队伍每项各2.5分): the same, said at the end of the last part, where no part
  // says anything else of points.
  const closing = /(每项各?(\d+(?:\.\d+)?)分[)）]?[。;]?)$/.exec(last?.normal ?? '');
  const quiet = pieces.every(
    (p) => !/分|扣|得/.test(p === last ? p.normal.slice(0, -(closing?.[1]?.length ?? 0)) : p.normal),
  );
  const m =
    /(?:^|[。;])(以上[^,;。]{0,8}?,?每项(\d+(?:\.\d+)?)分.*)$/.exec(last?.normal ?? '') ?? (quiet ? closing : null);
  if (!last || !m || pieces.length < 2) return undefined;
  const points = Number(m[2]);
  // The sentence may close the last numbered part (3.…100%。以上指标,每项1.5分): that part is one of them.
  const own = last.normal.slice(0, last.normal.length - (m[1] ?? '').length).replace(/[。;]$/, '');
  const at = last.text.lastIndexOf(m === closing ? '每项' : '以上');
  const raw = last.text.slice(0, at).replace(/[。；;.]\s*$/, '');
  const parts = own ? [...pieces.slice(0, -1), { text: raw, normal: own }] : pieces.slice(0, -1);
  if (parts.length < 2) return undefined;
  return parts.map((p, i): Reading => {
    const cid = letters[i] ?? `c${i}`;
    const label = p.normal.split(/[。;,]/)[0] ?? p.normal;
    return {
      clause: {
        id: cid,
        text: p.text,
        points,
        rule: { kind: 'yesno', input: { id: `${id}${cid}-1`, label: `已达标：${label.slice(0, 30)}` } },
        reading: `原文：“${m[1] ?? ''}”——以上各项每项${points}分，达标得分，不达标不得分。`,
      },
      readAs: 'yesno (以上指标每项N分)',
      confidence: 0.85,
      flagged: false,
      warnings: [],
    };
  });
}
export const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Words that say anything of points (扣, 得, 加分, 否决, N分 — not 分工 or 分类). */
export const saysPoints = (text: string): boolean =>
  /\d\s*分|扣|得|加分|否决/.test(text) ||
  // (…依法移送司法机关处理的：直接评定为不符合要求 / 不予执业许可: the grade settled, a veto, whatever the points.)
  SETTLED.test(normalize(text).text);

const SETTLED = new RegExp(`${GRADE_SETTLED}|${UNGRADED}`);

/** …该项不得分 / 本项不得分 / 全部扣完: the item's whole points lost. */
const voiding = /(?:该|本|此)项(?:分值|指标)?(?:不得分|不计分|全扣)|全部扣完/;

/** 7、隐报、瞒报或对违法用地行为袒护、说情…的,该项不得分 → 隐报、瞒报或对违法用地行为袒护、说情…: the event that voids. */
function voidEvent(normal: string, k: number): string {
  const event = normal
    .replace(/^\s*(?:\d{1,2}[、.．]|[（(]\d{1,2}[)）])/, '')
    .replace(/[,，]?(?:该|本|此)项(?:分值|指标)?(?:不得分|不计分|全扣)[。;]?.*$|[,，]?全部扣完.*$/, '')
    .replace(/的$/, '');
  return clip(event, 40) || `第${k + 1}种情形`;
}

/**
 * 1、…计划全部落实,得8分。2、…30%以上、20%以上和10%以上,分别得6分、4分和2分。3、…计划未全部落实,本项指标不得分。
 * in a row of 14: parts that earn the row's points between them, and a part of no points that voids the row — the
 * void is a condition on each part that earns (答“否”本条0分), not a part of its own. A part that earns for the
 * very thing the void denies (…计划全部落实,得8分) needs no condition: it is lost when that is not so.
 */
function voidOnGains(readings: Reading[], voids: Reading[], pieces: Piece[], id: string): Reading[] | undefined {
  const others = readings.filter((r) => !voids.includes(r) && !r.veto);
  const earns = (r: Reading): boolean =>
    !r.flagged &&
    r.own !== undefined &&
    !r.clause.requires &&
    r.clause.rule.kind !== 'deduct' &&
    r.clause.rule.kind !== 'judgement';
  if (!voids.length || !others.length || !others.every(earns) || voids.some((v) => v.own !== undefined))
    return undefined;
  const events = voids.map((v) => voidEvent(pieces[readings.indexOf(v)]?.normal ?? v.clause.text, 0));
  // 计划未全部落实 → 计划全部落实 (met); an event with no 未 → 无“…”情形.
  const labels = events.map((e) => (/^[^未]{2,}未[^未]+$/.test(e) ? e.replace('未', '') : asRequirement(e)));
  const label = labels.join('，且');
  const plain = (t: string): string => t.replace(/[\s,，。;；、]/g, '');
  return readings
    .filter((r) => !voids.includes(r))
    .map((r) =>
      r.veto || labels.some((l) => plain(r.clause.text).includes(plain(l)))
        ? r
        : {
            ...r,
            readAs: `${r.readAs} + void flag`,
            clause: { ...r.clause, requires: { id: `${id}${r.clause.id}-ok`, label } },
          },
    );
}

/**
 * 1、…扣5分。…8、…该项不得分。上述情况扣分,直到扣完为止。: the closing sentence says how the articles
 * above deduct together (down to nothing); it is no article of its own.
 */
function closedTogether(pieces: Piece[]): Piece[] {
  const last = pieces[pieces.length - 1];
  const m = /[。;,]((?:以上|上述)[^。;]{0,8}?扣[^。;]{0,10}?(?:扣完为止|扣完即止)[。;]?)$/.exec(last?.normal ?? '');
  if (!last || !m || pieces.length < 2) return pieces;
  return [...pieces.slice(0, -1), { ...last, normal: last.normal.slice(0, -(m[1]?.length ?? 0)) }];
}

/**
 * The clauses of one rule text worth `cap`: split, each read, the points shared out where the text
 * gives some clauses none. `first` letters the clauses on from an earlier part of the same item.
 */
export function readRule(
  id: string,
  rule: string | readonly string[],
  cap: number | undefined,
  role: Role,
  first = 0,
): { readings: Reading[]; floored: boolean } {
  // Paragraphs given apart (rows under one title) stay apart.
  const split = closedTogether(typeof rule === 'string' ? splitClauses(rule) : rule.flatMap((r) => splitClauses(r)));
  // ①年度工作计划及实施;②公益事业的发展规划及实施;…: numbered matters none of which says anything of points
  // are one list, not parts each scored.
  const quiet = split.length > 1 && split.every((p) => !saysPoints(p.normal));
  // …的得2分,…得2分;…计2分,…计2分。 worth 8 / 配备较好…加3分,有电教设备加2分 worth 5: things earned, each its points,
  // that add up to the row's and take nothing away — one checklist, however the sentences part them.
  const earned = split.flatMap((p) =>
    [...p.normal.matchAll(/(?<![不未])(?:得|计|記|记|加)(\d+(?:\.\d+)?)分/g)].map((m) => ({
      n: Number(m[1]),
      added: m[0].startsWith('加'),
    })),
  );
  const adds =
    typeof rule === 'string' &&
    role === 'base' &&
    cap !== undefined &&
    (split.length > 1 ? earned.length >= 3 : earned.length >= 2 && earned.some((e) => e.added)) &&
    Math.abs(earned.reduce((a, e) => a + e.n, 0) - cap) < 1e-9 &&
    split.every((p) => !/扣|减|不得分|不计分|否则|每[^,;。]{0,8}?(?:得|计|记|加)\d|按|以上|以下|%/.test(p.normal));
  const pieces = quiet
    ? [{ text: split.map((p) => p.text).join(''), normal: split.map((p) => p.normal).join('') }]
    : adds
      ? // (计2分 / 加2分 within the row's points are earned as 得2分 is.)
        [
          {
            text: split.map((p) => p.text).join(''),
            normal: split
              .map((p) => p.normal)
              .join('')
              .replace(/(?<![不未])(?:计|記|记|加)(?=\d+(?:\.\d+)?分)/g, '得'),
          },
        ]
      : split;
  const letters = LETTERS.slice(first);
  const each = eachOfAbove(pieces, id, letters);
  if (each) return { readings: each, floored: false };
  const pts = role === 'penalty' ? 0 : cap;
  const opts = { item: id, role };
  let readings = pieces.map((p, i) =>
    // A penalty row's clauses have no points of their own: each takes from the unit's total.
    // (…停电后15分钟内需发电供电,每超过5分钟扣5分 among parts that deduct: the steps over, counted as the others are.)
    overAsCount(
      parseClause(p.text, p.normal, letters[i] ?? `c${first + i}`, {
        ...opts,
        points: pieces.length === 1 || role === 'penalty' ? pts : undefined,
      }),
      pieces.length,
    ),
  );
  const reread = (points: (r: Reading) => number | undefined, shared = false): Reading[] =>
    readings.map((r, i) => {
      const p = r.own === undefined && pieces[i] ? points(r) : undefined;
      return p === undefined || !pieces[i]
        ? r
        : overAsCount(
            parseClause(pieces[i].text, pieces[i].normal, r.clause.id, {
              ...opts,
              points: p,
              ...(shared ? { shared } : {}),
            }),
            pieces.length,
          );
    });
  let floored = false;
  // A veto beside them (…每起扣4分；…实行一票否决) is no part of the points.
  const missing = readings.filter((r) => r.own === undefined && !r.veto);
  const known = readings.reduce(
    (a, r) => a + (r.own === undefined ? 0 : typeof r.own === 'number' ? r.own : r.own.default),
    0,
  );
  const left = pts === undefined ? undefined : Math.round((pts - known) * 1e6) / 1e6;
  // 7、隐报、瞒报…的,该项不得分 among articles that deduct: no points of its own, it voids the item.
  const voids = readings.filter((r, i) => voiding.test(pieces[i]?.normal ?? '') && r.tried?.kind !== 'deduct');
  // 1、供电所应均具有并与现场必须相符2、每缺一种—1.5分3、…—3分: a part that says nothing of points among parts
  // that deduct is what they check, not a part scored of its own.
  // (Only before the deductions: a last part that says nothing is cut off or a rule of its own.)
  const lastDeduct = readings.map((r) => r.tried?.kind === 'deduct').lastIndexOf(true);
  const said = readings.filter((_, i) => i < lastDeduct && !saysPoints(pieces[i]?.normal ?? ''));
  const deductions =
    missing.every((r) => r.tried?.kind === 'deduct' || voids.includes(r) || said.includes(r)) &&
    missing.some((r) => r.tried?.kind === 'deduct');
  const ceilings = missing.reduce((a, r) => a + (r.tried?.ceiling ?? Number.NaN), 0);
  const scored = readings.filter((r) => !r.veto).length;
  const voided = left === 0 ? voidOnGains(readings, voids, pieces, id) : undefined;
  // 每少3个百分点扣1分,每增3个百分点加1分: a cost for each step under and a gain for each step over, each the row's
  // points (the gain cannot lift the row above them).
  // (…的得10分,每减1个百分点扣5分 with its own 10: the gain above it the row's points all the same.)
  const upDown =
    readings.length === 2 &&
    missing.some((r) => r.tried?.kind === 'award') &&
    readings.some((r) => ['shortfall', 'deduct'].includes(r.tried?.kind ?? '')) &&
    readings.some((r) => r.tried?.kind === 'award');
  if (voided) readings = voided;
  else if (upDown && pts !== undefined && pts > 0) readings = reread(() => pts);
  else if (scored === 1 && pieces.length > 1 && missing.length === 1 && left !== undefined && left > 0)
    readings = reread(() => left);
  else if (pieces.length > 1 && missing.length > 0 && left !== undefined) {
    // One clause without its own points takes what the others leave of the row's points.
    if (
      missing.length === 1 &&
      left > 0 &&
      !(deductions && missing[0]?.tried?.ceiling !== undefined && missing[0].tried.ceiling !== left)
    )
      // …and where it is typed, the warning says where its points come from.
      readings = reread(() => left).map((r) =>
        r.flagged && r.own === undefined && !r.veto
          ? {
              ...r,
              warnings: r.warnings.map((w, i) =>
                i === 0
                  ? `${w}（本项 ${pts} 分，原文写明分值的各条共 ${round2(known)} 分，本条按余下的 ${left} 分）`
                  : w,
              ),
            }
          : r,
      );
    // …的得1分；…的得1分；每有1个空白村扣2 (row 2): a deduction with nothing left of its own takes from the others.
    else if (left === 0 && deductions) {
      readings = reread(() => 0);
      // …but the row as a whole stops at nothing unless the words say 倒扣分.
      floored = !missing.some((r) => /倒扣|不设下限/.test(r.clause.text));
    }
    // 每少完成一次扣0.25分累计最多扣1分 / …累计最多扣1 (row 2): each deduction is worth what it can take.
    else if (deductions && Math.abs(ceilings - left) < 1e-9) readings = reread((r) => r.tried?.ceiling);
    // 1.…不出勤一天扣5分;2.…未佩带护林标志和工具的一次扣2分 in a row of 10, no clause with points of its
    // own: the deductions take from the row's points together, the row stopping at nothing.
    else if (deductions && missing.length === scored && left > 0) {
      const aside = (r: Reading): boolean => voids.includes(r) || said.includes(r);
      const read = reread((r) => (aside(r) ? undefined : left), true);
      const merged = oneDeduction(
        read.filter((r) => !aside(r)),
        left,
        voids.map((r, k) => voidEvent(pieces[readings.indexOf(r)]?.normal ?? r.clause.text, k)),
        voids.length || said.length ? pieces.map((p) => p.text).join('') : undefined,
      );
      // (Where they do not make one deduction, the parts stay as they were read, with no points of their own —
      // not each with the whole row's: 1、…扣0.5分2、…扣1分…4、…扣1.5分 in a row of 1.5.)
      const one = merged.filter((r) => !r.veto).length === 1;
      const together = one ? undefined : takenTogether(read, left, id, aside);
      if (together) {
        readings = together;
        floored = true;
      } else readings = one ? merged : readings;
    }
    // (…and where a part not read is still a deduction by its words, 每超过5分钟扣5分, the same.)
    else if (
      missing.length === scored &&
      left > 0 &&
      missing.every((r) => r.tried?.kind === 'deduct' || takesOff(r)) &&
      missing.some((r) => r.tried?.kind === 'deduct')
    ) {
      const together = takenTogether(
        reread(() => left, true),
        left,
        id,
        () => false,
      );
      if (together) {
        readings = together;
        floored = true;
      }
    }
  }
  // Flagged clauses with no points of their own share what the others leave, as the most the assessor can give.
  const open = readings.filter((r) => r.flagged && r.clause.points === 0);
  const given = readings.reduce((a, r) => a + (typeof r.clause.points === 'number' ? r.clause.points : 0), 0);
  if (pieces.length > 1 && open.length > 0 && pts !== undefined && pts - given > 0) {
    // 20 over three: 6.67, 6.67 and the rest (6.66), so that the shares make the row's points.
    const even = Math.round(((pts - given) / open.length) * 100) / 100;
    const last = Math.round((pts - given - even * (open.length - 1)) * 100) / 100;
    // …and the warning that quotes it says the same range (not 0–0分).
    readings = readings.map((r) => {
      if (!open.includes(r)) return r;
      const share = r === open[open.length - 1] ? last : even;
      return {
        ...r,
        clause: { ...r.clause, points: share },
        warnings: r.warnings.map((w, i) =>
          i === 0
            ? `${w.replace('（0–0分）', `（0–${share}分）`)}（本项 ${pts} 分，原文写明分值的各条共 ${round2(given)} 分，${open.length > 1 ? `余下的 ${round2(pts - given)} 分由未写分值的 ${open.length} 条均分` : `本条按余下的 ${round2(pts - given)} 分`}）`
            : w,
        ),
      };
    });
  }
  // 村民自治村计2分,合格村计1分 in a row of 2: the clauses give more than the row holds, and the words do
  // not say which part is the row's; a bare 做到得N分 among them is not trusted. (A clause with its own
  // way of scoring, 共3分,每1户未落实扣0.3分, keeps it.)
  // (…,一个加1分,最多加2分 after 得1分: added beyond the row's points, within a limit of its own — not counted in them.)
  const extra = (r: Reading): boolean => r.clause.rule.kind === 'award' && /(?:最多|最高)加/.test(r.clause.text);
  const earnedAll =
    pts !== undefined &&
    Math.abs(readings.reduce((a, r) => a + (r.veto || extra(r) ? 0 : (dflt(r.clause.points) ?? 0)), 0) - pts) < 1e-9;
  const beyond = (r: Reading): boolean => earnedAll && extra(r);
  const sum = readings.reduce((a, r) => a + (r.veto || beyond(r) ? 0 : (dflt(r.clause.points) ?? 0)), 0);
  if (pieces.length > 1 && role === 'base' && pts !== undefined && sum > pts + 1e-9)
    readings = readings.map((r) =>
      r.flagged || r.veto || r.clause.rule.kind !== 'yesno'
        ? r
        : unsure(r, id, `各条分值合计 ${sum} 分，超过本项 ${pts} 分`),
    );
  // 3、宣传工作到位…(10分)4、…档案;(10分)5、…到检率100%;(10分) in a row of 20: parts that give more than
  // the clause holds are not a checklist of it; nor parts that give less (…(3分);完成服务业普查(4分);推行全面
  // 质量管理,…每年有统计数据质量评价报 in a row of 20: the rest is in words cut off or not read).
  if (role === 'base' && pts !== undefined)
    readings = readings.map((r) => {
      const own = dflt(r.clause.points);
      if (r.flagged || r.clause.rule.kind !== 'checklist' || own === undefined) return r;
      const given = round2(r.clause.rule.inputs.reduce((a, i) => a + (dflt(i.points) ?? 0), 0));
      if (Math.abs(given - own) < 1e-9) return r;
      return unsure(r, id, `各条分值合计 ${given} 分，${given > own ? '超过' : '少于'}本条 ${own} 分`);
    });
  return { readings, floored };
}

/** A part not read whose words only take off (…每超过5分钟扣5分): a deduction still, of what the reading missed. */
const takesOff = (r: Reading): boolean =>
  r.flagged && /扣\s*\d/.test(r.clause.text) && !/(?:得|加|计|记)\s*\d/.test(r.clause.text);

/**
 * 1、…一次扣5分 … 4、…每超过5分钟扣5分 (not read) … 10、…每次扣5分 in a row of 55: the parts take from the row's points
 * together — each read where it can be, the one not read typed as what it takes — not each a share of the 55. Only
 * where three or more parts deduct and at most a third are not read (at all).
 */
function takenTogether(
  read: Reading[],
  left: number,
  id: string,
  aside: (r: Reading) => boolean,
): Reading[] | undefined {
  const deducting = read.filter((r) => !r.veto && !aside(r));
  const ok =
    deducting.length >= 3 &&
    deducting.every((r) => r.tried?.kind === 'deduct' || takesOff(r)) &&
    deducting.filter((r) => r.flagged).length * 3 <= deducting.length &&
    // (Only parts not read as deductions: one read in part — 3、…—0.5分/条4、…每低5—0.5分, run together — keeps its doubt.)
    deducting.every((r) => !r.flagged || r.tried?.kind !== 'deduct');
  if (!ok) return undefined;
  // The parts read make one deduction of the row's points (as 每…扣5分,每…扣2分 in one sentence); the ones not read
  // are typed beside it, taking from the same points.
  const plain = deducting.filter((r) => !r.flagged);
  const merged = oneDeduction(plain, left).filter((r) => !r.veto);
  const [one] = merged;
  if (merged.length !== 1 || !one) return undefined;
  const typed = deducting.filter((r) => r.flagged).map((r) => typedDeduction(r, id));
  const open = { ...one, clause: { ...one.clause, rule: { ...one.clause.rule, floor: 'none' as const } } };
  return [...read.filter((r) => !deducting.includes(r)), open as Reading, ...typed];
}

/**
 * 1.…不出勤一天扣5分;2.…未佩带护林标志和工具的一次扣2分 in a row of 10, no clause with points of its own:
 * one deduction of the row's points with each clause's count beside the others (as 每…扣5分,每…扣2分 in
 * one sentence), where each reads plainly; else the clauses as they are.
 */
function oneDeduction(readings: Reading[], points: number, events: readonly string[] = [], whole?: string): Reading[] {
  const scored = readings.filter((r) => !r.veto);
  const [head] = scored;
  const plain = scored.every(
    (r) => !r.flagged && r.clause.rule.kind === 'deduct' && r.clause.rule.ceiling === undefined && !r.clause.requires,
  );
  if (!head || !plain || head.clause.rule.kind !== 'deduct') return readings;
  const requires = events.length
    ? {
        requires: {
          id: `${head.clause.rule.inputs[0]?.id ?? 'x'}-void`,
          label: `无${events.map((e) => `“${e}”`).join('、')}情形`,
        },
      }
    : {};
  // (The inputs numbered again under the one clause: the letters of the clauses merged may be those of the
  // next row's clauses, 1b-1 twice.)
  const stem = (head.clause.rule.inputs[0]?.id ?? 'x-1').replace(/-\d+$/, '');
  const inputs = scored
    .flatMap((r) => (r.clause.rule.kind === 'deduct' ? r.clause.rule.inputs : []))
    .map((input, k) => ({ ...input, id: `${stem}-${k + 1}` }));
  const none = scored.some((r) => r.clause.rule.kind === 'deduct' && r.clause.rule.floor === 'none');
  const clause: ClauseIn = {
    ...head.clause,
    text: whole ?? scored.map((r) => r.clause.text).join(''),
    points,
    rule: { ...head.clause.rule, inputs, floor: none ? 'none' : 'zero' },
    ...requires,
  };
  const merged: Reading = { ...head, clause, warnings: scored.flatMap((r) => r.warnings) };
  return [...readings.filter((r) => r.veto), merged];
}

/**
 * 每超过5分钟扣5分 read as the time over (each 5 minutes 5) beside other parts of the row that deduct: the same as a
 * count of the 5-minute steps, 5 each — one deduction with the others.
 */
function overAsCount(r: Reading, parts: number): Reading {
  const rule = r.clause.rule;
  if (parts < 2 || rule.kind !== 'excess' || rule.input.entry !== 'excess') return r;
  const step = rule.step ?? 1;
  const unit = `${step === 1 ? '' : step}${rule.input.unit}`;
  return {
    ...r,
    clause: {
      ...r.clause,
      rule: {
        kind: 'deduct',
        inputs: [{ id: rule.input.id, label: `超出的${unit}数`, unit, per: rule.per }],
        floor: 'zero',
      },
    },
    tried: { kind: 'deduct' },
  };
}

/** A reading the item's sums put in doubt: typed by the assessor, the reading named in the warning. */
function unsure(r: Reading, item: string, why: string): Reading {
  const points = r.clause.points;
  return {
    ...r,
    clause: judgement(r.clause.text, r.clause.id, item, points),
    readAs: 'judgement (unread)',
    flagged: true,
    warnings: [
      `未能有把握地读懂，改为评分人直接填写得分（0–${dflt(points) ?? 0}分）：${why}：“${r.clause.text}”`,
      ...r.warnings,
    ],
  };
}

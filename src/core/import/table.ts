import type { z } from 'zod';
import { message } from '../messages';
import { loadRubric, type Problem } from '../rubric/load';
import type { Item, RubricInput, Section } from '../rubric/schema';
import { splitClauses } from './clauses';
import { findHeader, type Grid } from './header';
import { parseClause, type ClauseIn, type Reading } from './parse';
import { numberOf, readBody, readPoints, scoredText, splitName, type Row } from './rows';

/**
 * A scoring table (a grid read from any sheet) → a rubric and a report of how every clause was
 * read. The rubric is validated with loadRubric; nothing that does not add up is "fixed".
 */

export interface ClauseReport {
  readonly item: string;
  readonly clause: string;
  readonly text: string;
  readonly readAs: string;
  readonly confidence: number;
  readonly flagged: boolean;
  /** What did not add up in this clause; a flagged clause's first warning quotes it. */
  readonly warnings: readonly string[];
  /** The rule read, its points and its void condition, for describing the reading (describe.ts). */
  readonly rule: ClauseIn['rule'];
  readonly points: ClauseIn['points'];
  readonly requires?: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly rubric: RubricInput;
      readonly total: number;
      readonly clauses: readonly ClauseReport[];
      readonly warnings: readonly string[];
      /** Problems loadRubric found; empty when the rubric loads. */
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly error: 'not-a-table' | 'no-rows'; readonly message: string };

export interface ImportOptions {
  readonly id?: string;
  readonly title?: string;
  readonly source?: string;
}

type ItemIn = z.input<typeof Item>;
type SectionIn = z.input<typeof Section>;

const safeId = (s: string, fallback: string): string => {
  const t = s.replace(/[^A-Za-z0-9_.-]/g, '').replace(/^[._-]+/, '');
  return t === '' ? fallback : t;
};
const shortName = (rule: string): string =>
  (rule.replace(/^\s*看/, '').split(/[(（。，,；;]/)[0] ?? '').replace(/\s+/g, '').slice(0, 30) || '（未命名）';

function readItem(
  id: string,
  rule: string,
  cap: number | undefined,
  role: Row['role'],
): { readings: Reading[]; floored: boolean } {
  const pieces = splitClauses(rule);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const pts = role === 'penalty' ? 0 : cap;
  const opts = { item: id, role };
  let readings = pieces.map((p, i) =>
    // A penalty row's clauses have no points of their own: each takes from the unit's total.
    parseClause(p.text, p.normal, letters[i] ?? `c${i}`, {
      ...opts,
      points: pieces.length === 1 || role === 'penalty' ? pts : undefined,
    }),
  );
  const reread = (points: (r: Reading) => number | undefined): Reading[] =>
    readings.map((r, i) => {
      const p = r.own === undefined && pieces[i] ? points(r) : undefined;
      return p === undefined || !pieces[i]
        ? r
        : parseClause(pieces[i].text, pieces[i].normal, r.clause.id, { ...opts, points: p });
    });
  let floored = false;
  // A veto beside them (…每起扣4分；…实行一票否决) is no part of the points.
  const missing = readings.filter((r) => r.own === undefined && !r.veto);
  const known = readings.reduce(
    (a, r) => a + (r.own === undefined ? 0 : typeof r.own === 'number' ? r.own : r.own.default),
    0,
  );
  const left = pts === undefined ? undefined : Math.round((pts - known) * 1e6) / 1e6;
  const deductions = missing.every((r) => r.tried?.kind === 'deduct');
  const ceilings = missing.reduce((a, r) => a + (r.tried?.ceiling ?? Number.NaN), 0);
  const scored = readings.filter((r) => !r.veto).length;
  if (scored === 1 && pieces.length > 1 && missing.length === 1 && left !== undefined && left > 0)
    readings = reread(() => left);
  else if (pieces.length > 1 && missing.length > 0 && left !== undefined) {
    // One clause without its own points takes what the others leave of the row's points.
    if (
      missing.length === 1 &&
      left > 0 &&
      !(deductions && missing[0]?.tried?.ceiling !== undefined && missing[0].tried.ceiling !== left)
    )
      readings = reread(() => left);
    // …的得1分；…的得1分；每有1个空白村扣2 (row 2): a deduction with nothing left of its own takes from the others.
    else if (left === 0 && deductions) {
      readings = reread(() => 0);
      // …but the row as a whole stops at nothing unless the words say 倒扣分.
      floored = !missing.some((r) => /倒扣|不设下限/.test(r.clause.text));
    }
    // 每少完成一次扣0.25分累计最多扣1分 / …累计最多扣1 (row 2): each deduction is worth what it can take.
    else if (deductions && Math.abs(ceilings - left) < 1e-9) readings = reread((r) => r.tried?.ceiling);
  }
  // Flagged clauses with no points of their own share what the others leave, as the most the assessor can give.
  const open = readings.filter((r) => r.flagged && r.clause.points === 0);
  const given = readings.reduce((a, r) => a + (typeof r.clause.points === 'number' ? r.clause.points : 0), 0);
  if (pieces.length > 1 && open.length > 0 && pts !== undefined && pts - given > 0) {
    const share = Math.round(((pts - given) / open.length) * 100) / 100;
    // …and the warning that quotes it says the same range (not 0–0分).
    readings = readings.map((r) =>
      open.includes(r)
        ? {
            ...r,
            clause: { ...r.clause, points: share },
            warnings: r.warnings.map((w, i) => (i === 0 ? w.replace('（0–0分）', `（0–${share}分）`) : w)),
          }
        : r,
    );
  }
  return { readings, floored };
}

export function importTable(grid: Grid, opts: ImportOptions = {}): ImportResult {
  const header = findHeader(grid);
  if (!header)
    return {
      ok: false,
      error: 'not-a-table',
      message: '找不到表头（序号、考核指标、分值、评分细则等），这张表不像考核细则',
    };
  const body = readBody(grid, header);
  if (body.rows.length === 0) return { ok: false, error: 'no-rows', message: '表头下面没有考核项目' };
  const above = grid.rows.slice(0, header.first).flatMap((r) => r.map((v) => v.trim()).filter(Boolean));
  const titleTotal = above.map((t) => /(?:总分值?|满分)\s*[:：为]?\s*(\d+(?:\.\d+)?)\s*分/.exec(t)?.[1]).find(Boolean);
  const title = opts.title ?? above.find((t) => !/^[（(].*[)）]$/.test(t)) ?? '导入的考核细则';
  const names = [...header.columns].filter(([, r]) => r === 'name').length;

  const sections: SectionIn[] = [];
  const adjustments: NonNullable<RubricInput['adjustments']> = [];
  const report: ClauseReport[] = [];
  const warnings: string[] = [];
  const vetoes: { id: string; label: string }[] = [];
  const classes = new Set<string>();
  let current: { key: string; sn: string; section: SectionIn; seen: Map<string, number> } | undefined;

  const addItem = (row: Row, id: string, name: string, group: string | undefined): ItemIn | undefined => {
    const cap = row.points ?? splitName(row.name).cap;
    const { readings, floored } = readItem(id, scoredText(row), cap, row.role);
    if (cap === undefined && readings.some((r) => !r.veto)) warnings.push(`第 ${id} 项“${name}”没有分值`);
    const clauses: ClauseIn[] = [];
    for (const r of readings) {
      report.push({
        item: id,
        clause: r.clause.id,
        text: r.clause.text,
        readAs: r.readAs,
        confidence: r.confidence,
        flagged: r.flagged,
        warnings: r.warnings,
        rule: r.clause.rule,
        points: r.clause.points,
        ...(r.clause.requires ? { requires: r.clause.requires.label } : {}),
      });
      for (const w of r.warnings) warnings.push(`第 ${id} 项：${w}`);
      if (r.veto) vetoes.push({ id: `${id}${r.clause.id}-veto`, label: `未触发一票否决：${r.veto}` });
      if (!r.veto || r.scoredToo) clauses.push(r.clause);
      const pts = r.clause.points;
      if (typeof pts === 'object')
        Object.keys(pts)
          .filter((k) => k !== 'default')
          .forEach((k) => classes.add(k));
    }
    if (clauses.length === 0) return undefined;
    // One clause whose points differ by unit class (二类单位得3分): the item's cap does too.
    const only = clauses.length === 1 ? clauses[0]?.points : undefined;
    const itemCap = typeof only === 'object' && only.default === cap ? only : (cap ?? 0);
    return {
      id,
      name,
      ...(group ? { group } : {}),
      cap: itemCap,
      text: row.rule,
      ...(row.method ? { method: row.method } : {}),
      clauses,
      ...(floored && cap !== undefined ? { maxDeduction: cap } : {}),
      ...(cap === undefined ? { sourceGap: '原表未写分值' } : {}),
    };
  };

  // A 序号 column that numbers every row once (1.1, 1.2, 5.4.1) gives the items their ids as the table writes them.
  const baseNos = body.rows.filter((r) => r.role === 'base').map((r) => numberOf(r.no) ?? splitName(r.no).number);
  const ownNumbers = baseNos.every((n) => n !== undefined) && new Set(baseNos).size === baseNos.length;
  const adjNos = body.rows.filter((r) => r.role !== 'base').map((r) => numberOf(r.no) ?? splitName(r.no).number);
  const adjustmentNos =
    adjNos.every((n) => n !== undefined) &&
    new Set(adjNos).size === adjNos.length &&
    !adjNos.some((n) => baseNos.some((b) => b === n || b?.split('.')[0] === n));

  body.rows.forEach((row, ri) => {
    const sec = splitName(names >= 2 ? row.section : row.heading || row.name);
    const secKey = names >= 2 ? row.sectionKey : row.heading ? `h:${row.heading}` : `r:${ri}`;
    const flatWithHeadings = names < 2 && row.heading !== '';
    const rowNo = numberOf(row.no) ?? splitName(row.no).number;
    const next = current && current.key === secKey ? current.sn : String(sections.length + 1);
    const sn = (flatWithHeadings ? sec.number : rowNo) ?? sec.number ?? next;
    if (row.role !== 'base') {
      // Bonus and penalty rows numbered on from the items (7, 8) keep their numbers; rows that share
      // one, have none, or number from 1 again all become b1, b2 … p1.
      const prefix = row.role === 'bonus' ? 'b' : 'p';
      const id =
        adjustmentNos && rowNo !== undefined
          ? safeId(rowNo, `${prefix}${adjustments.length + 1}`)
          : `${prefix}${adjustments.filter((a) => a.role === row.role).length + 1}`;
      const name = splitName(row.name).name || (row.role === 'bonus' ? '加分项' : '扣分项');
      const item = addItem(row, id, name, undefined);
      if (item) {
        const cap = row.points ?? 0;
        adjustments.push({
          id,
          name,
          role: row.role,
          cap,
          text: row.rule,
          ...(row.method ? { method: row.method } : {}),
          clauses: item.clauses,
        });
      }
      return;
    }
    if (!current || current.key !== secKey) {
      const section: SectionIn = {
        id: `s${safeId(sn, String(sections.length + 1))}`,
        name: sec.name || `第${sections.length + 1}部分`,
        ...(sec.cap !== undefined
          ? { cap: sec.cap }
          : row.sectionPoints !== undefined
            ? { cap: row.sectionPoints }
            : {}),
        items: [],
      };
      current = { key: secKey, sn, section, seen: new Map() };
      sections.push(section);
    }
    const own = splitName(row.name);
    const sameCell = names >= 2 ? row.nameKey === row.sectionKey : !flatWithHeadings;
    const groupRows = body.rows.filter((r) => r.nameKey === row.nameKey && r.role === 'base');
    const k = current.seen.get(row.nameKey) ?? current.seen.size + 1;
    current.seen.set(row.nameKey, k);
    let id = flatWithHeadings
      ? safeId(rowNo ?? '', `${sn}.${k}`)
      : ownNumbers && rowNo !== undefined && groupRows.length <= 1
        ? safeId(rowNo, `${sn}.${k}`)
        : sameCell
          ? safeId(sn, `i${ri + 1}`)
          : `${safeId(sn, String(sections.length))}.${own.number?.split('.').pop() ?? k}`;
    let group: string | undefined;
    let name = own.name || shortName(row.rule);
    if (groupRows.length > 1 && !sameCell) {
      id += 'abcdefghijklmnopqrstuvwxyz'[groupRows.indexOf(row)] ?? `-${groupRows.indexOf(row)}`;
      group = row.name.trim();
      name = shortName(row.rule);
    }
    const item = addItem(row, id, name, group);
    if (item) current.section.items.push(item);
  });

  const kept = sections.filter((s) => s.items.length > 0);
  const baseSum = kept.reduce(
    (a, s) => a + s.items.reduce((b, i) => b + (typeof i.cap === 'number' ? i.cap : i.cap.default), 0),
    0,
  );
  const total = readPoints(titleTotal ?? '').points ?? body.total ?? baseSum;
  const rubric: RubricInput = {
    id: opts.id ?? 'imported',
    title,
    ...(opts.source ? { source: opts.source } : {}),
    total,
    ...(classes.size
      ? { classes: ['一类', ...classes].filter((c, i, a) => a.indexOf(c) === i).map((id) => ({ id })) }
      : {}),
    sections: kept,
    adjustments,
    grades: [{ name: '优秀', min: 90 }, { name: '良好', min: 80 }, { name: '合格', min: 70 }, { name: '不合格' }],
    vetoes,
    readings: [
      {
        about: '等次',
        text: '原表未规定等次；导入时沿用四档（90分以上优秀，80–89良好，70–79合格，70分以下不合格），请按本地规定修改 grades。',
      },
    ],
  };
  const loaded = loadRubric(rubric);
  const lint = loaded.ok ? loaded.warnings.map((w) => message('zh', w.code, w.params)) : [];
  const problems = loaded.ok ? [] : loaded.problems;
  return { ok: true, rubric, total, clauses: report, warnings: [...lint, ...warnings], problems };
}

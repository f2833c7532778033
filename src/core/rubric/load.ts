import type { z } from 'zod';
import { Rubric, RankingRule } from './schema';
import { lintRubric } from './lint';
import type { Params } from '../messages';

/** A problem found while loading a rubric file: where (JSON path) and what (a message code). */
export interface Problem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly params: Params;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly rubric: Rubric;
      readonly ranking?: RankingRule;
      readonly warnings: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** `sections[0].items[2].cap` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** The JSON type of a value as a message names it: null and arrays are not "object". */
const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function fromZod(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = jsonPath(issue.path);
  const p = (code: string, params: Params): Problem => ({ code, severity: 'error', path, params: { path, ...params } });
  switch (issue.code) {
    case 'invalid_type': {
      const received = receivedAt(input, issue.path);
      if (received === undefined) return p('schema-missing', { key: String(issue.path[issue.path.length - 1] ?? '') });
      return p('schema-type', { expected: issue.expected, received: jsonType(received) });
    }
    case 'invalid_value':
      return p('schema-enum', { options: issue.values.map(String).join(' / ') });
    case 'invalid_union': {
      if ('discriminator' in issue) {
        const value = receivedAt(input, issue.path);
        return p('schema-kind', { value: String(value), options: ruleKindNames.join(', ') });
      }
      return p('schema-other', { detail: issue.message });
    }
    case 'too_small':
      return p('schema-too-small', { minimum: Number(issue.minimum) });
    case 'too_big':
      return p('schema-too-big', { maximum: Number(issue.maximum) });
    case 'unrecognized_keys':
      return p('schema-unknown-key', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return p('schema-bad-id', {});
    default:
      return issue.message === 'bad-id' ? p('schema-bad-id', {}) : p('schema-other', { detail: issue.message });
  }
}

const ruleKindNames = [
  'deduct',
  'yesno',
  'checklist',
  'shortfall',
  'excess',
  'threshold',
  'proportional',
  'award',
  'levels',
  'judgement',
];

function receivedAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Checks across the file that a schema cannot: unique ids, declared classes, targets that exist. */
function crossCheck(r: Rubric, rankings: ReadonlyMap<string, RankingRule>): Problem[] {
  const problems: Problem[] = [];
  const err = (code: string, path: string, params: Params = {}): void => {
    problems.push({ code, severity: 'error', path, params: { path, ...params } });
  };
  const seen = new Map<string, string>();
  const claim = (kind: string, id: string, path: string): void => {
    const key = `${kind}:${id}`;
    if (seen.has(key)) err('duplicate-id', path, { id });
    else seen.set(key, path);
  };
  const classes = new Set(r.classes.map((c) => c.id));
  const checkClassNum = (n: unknown, path: string): void => {
    if (n !== null && typeof n === 'object') {
      for (const k of Object.keys(n)) if (k !== 'default' && !classes.has(k)) err('unknown-class', path, { cls: k });
    }
  };
  const itemIds = new Set(r.sections.flatMap((s) => s.items.map((i) => i.id)));
  const inputIds = new Map<string, string>();
  const claimInput = (id: string, path: string): void => {
    if (inputIds.has(id)) err('duplicate-id', path, { id });
    else inputIds.set(id, path);
  };
  const walkClauses = (clauses: Rubric['sections'][number]['items'][number]['clauses'], at: string): void => {
    clauses.forEach((c, ci) => {
      const cp = `${at}.clauses[${ci}]`;
      checkClassNum(c.points, `${cp}.points`);
      const rule = c.rule;
      const ins = 'inputs' in rule ? rule.inputs : [rule.input];
      ins.forEach((i, ii) =>
        claimInput(i.id, 'inputs' in rule ? `${cp}.rule.inputs[${ii}].id` : `${cp}.rule.input.id`),
      );
      if (c.requires) claimInput(c.requires.id, `${cp}.requires.id`);
      if (rule.kind === 'shortfall' && rule.input.entry === 'achieved' && rule.target === undefined) {
        err('target-required', `${cp}.rule.target`);
      }
      if (rule.kind === 'levels')
        rule.levels.forEach((l, li) => checkClassNum(l.points, `${cp}.rule.levels[${li}].points`));
      if (rule.kind === 'checklist')
        rule.inputs.forEach((i, ii) => checkClassNum(i.points, `${cp}.rule.inputs[${ii}].points`));
      if (rule.kind === 'judgement') {
        rule.bands?.forEach((b, bi) => {
          if (b.min > b.max) err('band-inverted', `${cp}.rule.bands[${bi}]`, { min: b.min, max: b.max });
        });
      }
    });
  };
  r.sections.forEach((s, si) => {
    claim('section', s.id, `sections[${si}].id`);
    s.items.forEach((it, ii) => {
      const at = `sections[${si}].items[${ii}]`;
      claim('item', it.id, `${at}.id`);
      checkClassNum(it.cap, `${at}.cap`);
      walkClauses(it.clauses, at);
      if (it.notApplicable) {
        claimInput(it.notApplicable.input.id, `${at}.notApplicable.input.id`);
        const to = it.notApplicable.to;
        if (it.notApplicable.mode === 'moveTo' && (to === undefined || !itemIds.has(to))) {
          err('unknown-move-target', `${at}.notApplicable.to`, { to: to ?? '' });
        }
      }
    });
  });
  r.adjustments.forEach((a, ai) => {
    claim('item', a.id, `adjustments[${ai}].id`);
    walkClauses(a.clauses, `adjustments[${ai}]`);
  });
  [...r.vetoes, ...r.disqualifiers].forEach((f, i) => claimInput(f.id, `vetoes/disqualifiers[${i}].id`));
  r.composite?.parts.forEach((p, i) => claimInput(p.id, `composite.parts[${i}].id`));
  const mins = r.grades.map((g) => g.min);
  const ordered = mins.every((m, i) =>
    m === undefined ? i === mins.length - 1 : i === 0 || (mins[i - 1] ?? Infinity) > m,
  );
  if (!ordered) err('grades-order', 'grades');
  if (typeof r.ranking === 'string' && !rankings.has(r.ranking))
    err('unknown-ranking', 'ranking', { ranking: r.ranking });
  if (r.defaultClass !== undefined && !classes.has(r.defaultClass))
    err('unknown-class', 'defaultClass', { cls: r.defaultClass });
  return problems;
}

/** Loads a rubric from parsed JSON: every problem at once, or the rubric with its warnings. */
export function loadRubric(input: unknown, rankings: ReadonlyMap<string, RankingRule> = new Map()): LoadResult {
  const parsed = Rubric.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => fromZod(i, input)) };
  const rubric = parsed.data;
  const problems = crossCheck(rubric, rankings);
  if (problems.length > 0) return { ok: false, problems };
  const ranking = typeof rubric.ranking === 'string' ? rankings.get(rubric.ranking) : rubric.ranking;
  return { ok: true, rubric, ...(ranking ? { ranking } : {}), warnings: lintRubric(rubric) };
}

/** Loads a rubric from the text of a file, reporting broken JSON as a problem, not a crash. */
export function loadRubricText(text: string, file: string, rankings?: ReadonlyMap<string, RankingRule>): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ code: 'json-invalid', severity: 'error', path: '', params: { file, detail: (e as Error).message } }],
    };
  }
  return loadRubric(data, rankings);
}

export function loadRanking(input: unknown): { ok: true; ranking: RankingRule } | { ok: false; problems: Problem[] } {
  const parsed = RankingRule.safeParse(input);
  return parsed.success
    ? { ok: true, ranking: parsed.data }
    : { ok: false, problems: parsed.error.issues.map((i) => fromZod(i, input)) };
}

import { importTable } from '../../src/core/import/table';
import { loadRubric } from '../../src/core/rubric/load';
import { scoreUnit } from '../../src/core/engine/score';
import {
  correct,
  correctionProblem,
  readingText,
  finish,
  needsLook,
  rubricFile,
  setMeta,
  startDraft,
  startingCorrection,
  type Draft,
} from '../../src/taskpane/import-draft';
import { table002 } from '../fixtures/table-002';

function draft(): Draft {
  const r = importTable({
    rows: table002,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 0, bottom: 1, right: 4 },
    ],
  });
  if (!r.ok) throw new Error(r.message);
  return startDraft(r, '考核细则');
}
const clause = (d: Draft, id: string) => d.clauses.find((c) => `${c.item}${c.clause}` === id)!;
const ruleOf = (d: Draft, item: string, cl: string) =>
  d.rubric.sections
    .flatMap((s) => s.items)
    .find((i) => i.id === item)!
    .clauses.find((c) => c.id === cl)!;

describe('the import draft: the report and the corrections a user makes', () => {
  it('starts from the report: points per clause, flagged ones to look at, their warnings kept with them', () => {
    const d = draft();
    expect(d.clauses.map((c) => [`${c.item}${c.clause}`, c.points])).toEqual([
      ['1a', 6],
      ['1b', 2],
      ['2a', 2],
      ['2b', 3],
      ['3a', 3],
      ['3b', 2],
    ]);
    expect(d.clauses.filter(needsLook).map((c) => `${c.item}${c.clause}`)).toEqual(['2b']);
    expect(clause(d, '2b').warnings[0]).toMatch(
      /^未能有把握地读懂.*“2、50%贫困户得到新型经营组织扶持。计3分，低于20%的不计分。”$/,
    );
    // Per-clause warnings are not repeated among the table's own.
    expect(d.warnings.some((w) => w.includes('50%贫困户'))).toBe(false);
    expect(d.warnings.some((w) => w.includes('与总分 100 分不符'))).toBe(true);
  });

  it('turns a flagged clause into a proportional rule that scores', () => {
    const d = correct(draft(), '2', 'b', { kind: 'proportional', unit: '%', full: 50 }, 3);
    expect(clause(d, '2b')).toMatchObject({ flagged: false, corrected: { kind: 'proportional', full: 50 }, points: 3 });
    expect(d.clauses.filter(needsLook)).toEqual([]);
    expect(ruleOf(d, '2', 'b').rule).toEqual({
      kind: 'proportional',
      input: { id: '2b-1', label: '实际达到（%）', unit: '%', entry: 'achieved' },
      full: 50,
    });
    const f = finish(d);
    if (!f.ok) throw new Error(f.problems.join('\n'));
    const r = scoreUnit(f.builtin.rubric, '甲', { values: { '2a-1': true, '2b-1': 25 }, basis: {} });
    const item = r.items.find((i) => i.id === '2');
    expect(item?.score).toBeCloseTo(2 + 1.5, 5); // 2a met; 25% where 50% earns all 3 → half
  });

  it.each([
    [
      { kind: 'deduct', unit: '户', per: 0.5, floor: 'zero', ceiling: 2 },
      { kind: 'deduct', inputs: [{ id: '1a-1', unit: '户', per: 0.5 }], ceiling: 2, floor: 'zero' },
    ],
    [{ kind: 'yesno' }, { kind: 'yesno', input: { id: '1a-1' } }],
    [
      { kind: 'judgement', min: 4, max: 5 },
      { kind: 'judgement', input: { id: '1a-score' }, bands: [{ name: '评定', min: 4, max: 5 }] },
    ],
    [{ kind: 'judgement' }, { kind: 'judgement', input: { id: '1a-score' } }],
    [
      { kind: 'shortfall', unit: '%', target: 100, step: 1, per: 0.2 },
      {
        kind: 'shortfall',
        input: { id: '1a-1', unit: '%', entry: 'achieved' },
        target: 100,
        step: 1,
        per: 0.2,
        stepping: 'exact',
      },
    ],
  ] as const)('rewrites a clause as %j, and the rubric still loads', (c, rule) => {
    const d = correct(draft(), '1', 'a', c, 6);
    expect(ruleOf(d, '1', 'a').rule).toMatchObject(rule);
    expect(ruleOf(d, '1', 'a').reading).toMatch(/^导入后由使用者改为/);
    expect(loadRubric(d.rubric).ok).toBe(true);
  });

  it('changes the clause points and refuses numbers that make no rule', () => {
    const d = correct(draft(), '1', 'a', { kind: 'yesno' }, 4);
    expect(ruleOf(d, '1', 'a').points).toBe(4);
    expect(correctionProblem({ kind: 'deduct', unit: '次', per: 0, floor: 'zero' }, 6)).toBeDefined();
    expect(correctionProblem({ kind: 'judgement', min: 5, max: 4 }, 6)).toBeDefined();
    expect(correctionProblem({ kind: 'judgement', min: 0, max: 7 }, 6)).toBeDefined();
    expect(correctionProblem({ kind: 'proportional', unit: '%', full: NaN }, 6)).toBeDefined();
    expect(correctionProblem({ kind: 'yesno' }, -1)).toBeDefined();
    const same = draft();
    expect(correct(same, '1', 'a', { kind: 'deduct', unit: '次', per: -1, floor: 'zero' }, 6)).toBe(same);
    expect(correct(same, '9', 'z', { kind: 'yesno' }, 1)).toBe(same);
  });

  it('says what a clause was read as in words a user knows', () => {
    const d = draft();
    expect(readingText(clause(d, '2b'), 'zh')).toMatch(/^.+：/);
    for (const c of d.clauses) {
      const text = readingText(c, 'zh');
      expect(text).not.toMatch(/[a-z]{4,}/);
      if (c.flagged) expect(text).toMatch(/^未读懂，改为人工评分：评分人直接填写得分（0–\d+(?:\.\d+)?分）$/);
    }
    const deduct = d.clauses.find((c) => c.rule.kind === 'deduct');
    expect(deduct && readingText(deduct, 'zh')).toMatch(/^按次扣分：\d+(?:\.\d+)?分；.+每.+扣[\d.]+分/);
    expect(deduct && readingText(deduct, 'en')).toMatch(/^deduct: /);
  });

  it('starts each kind’s form from the clause', () => {
    const d = draft();
    expect(startingCorrection('judgement', clause(d, '2b'))).toEqual({ kind: 'judgement', min: 0, max: 3 });
    expect(startingCorrection('proportional', clause(d, '2b'))).toEqual({ kind: 'proportional', unit: '%', full: 100 });
    expect(startingCorrection('shortfall', clause(d, '3a'))).toMatchObject({ unit: '万元' });
  });

  it('edits title and id; a bad id is caught when the rubric is used; the file is the rubric JSON', () => {
    let d = setMeta(draft(), { title: '会龙山 2016（导入）', id: 'huilongshan-import' });
    const f = finish(d);
    expect(f.ok && f.builtin.rubric).toMatchObject({ id: 'huilongshan-import', title: '会龙山 2016（导入）' });
    const file = rubricFile(d);
    expect(file.name).toBe('huilongshan-import.json');
    expect(JSON.parse(file.text)).toEqual(d.rubric);
    d = setMeta(d, { id: '会龙山' });
    const bad = finish(d);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.join()).toMatch(/id/);
  });
});

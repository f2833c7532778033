import { readBook, readTable } from '../../src/adapters/xlsx/table';
import { scoreUnit } from '../../src/core/engine/score';
import { importTable } from '../../src/core/import/table';
import { correct, finish, needsLook, startDraft, type Draft } from '../../src/taskpane/import-draft';

/**
 * 从当前表导入 on the real tables (test/fixtures/tables/real), as the add-in does it: the tables a
 * sheet holds, and every kind of flag the importer raises on them fixed in the correction form, the
 * rubric then scoring as the fixed reading says.
 */

const sheetOf = async (id: string, sheet: string) => {
  const r = importTable(readTable(await readBook(`${__dirname}/../fixtures/tables/real/${id}.xlsx`), sheet));
  if (!r.ok) throw new Error(r.message);
  return r;
};
const score = (d: Draft, values: Record<string, number | boolean | string>) => {
  const f = finish(d);
  if (!f.ok) throw new Error(f.problems.join('\n'));
  return scoreUnit(f.builtin.rubric, '甲', { values, basis: {} });
};
const inputsOf = (d: Draft, item: string): string[] =>
  [...d.rubric.sections.flatMap((s) => s.items), ...(d.rubric.adjustments ?? [])]
    .filter((i) => i.id === item)
    .flatMap((i) => i.clauses)
    .flatMap((c) => ('inputs' in c.rule ? c.rule.inputs.map((x) => x.id) : [c.rule.input.id]));

describe('从当前表导入 on real tables', () => {
  it('offers each table of a sheet that holds two (jisheng), the user picking the second', async () => {
    const r = await sheetOf('jisheng', '台账');
    expect(r.blocks.map((b) => [b.rubric.title, b.total])).toEqual([
      ['**县2008年度人口与计划生育目标管理考核指标（表1）', 90],
      ['**县2008年度人口与计划生育目标管理考核指标（表2）', 100],
    ]);
    const second = startDraft(r.blocks[1] ?? r, '台账');
    expect(second.rubric.classes?.map((c) => c.id)).toEqual(['乡镇', '农场']);
    expect(second.clauses.filter(needsLook)).toEqual([]);
  });

  it('turns a typed deduction in a block of shared points into 每次扣N分 (liuchi 2(3): 按考核项目“1”中扣分标准)', async () => {
    let d = startDraft(await sheetOf('liuchi', '原表'), '原表');
    const flagged = d.clauses.filter((c) => c.flagged).map((c) => `${c.item}${c.clause}`);
    expect(flagged).toEqual(['1e', '1f', '1g']);
    d = correct(d, '1', 'f', { kind: 'deduct', unit: '次', per: 30, floor: 'none' }, 0);
    const ids = inputsOf(d, '1');
    const values = Object.fromEntries(ids.map((id) => [id, 0]));
    // 2(3): a fire with a death, counted once: 30 from the block's 60 (the death itself counted in 1(1) too).
    expect(score(d, { ...values, '1f-1': 1, '1a-1': 1 }).total).toBe(0);
    expect(score(d, { ...values, '1f-1': 1 }).total).toBe(30);
  });

  it('turns a flagged clause into levels, a checklist or awards per event, with their numbers', async () => {
    const d0 = startDraft(await sheetOf('sanyuan', '原表'), '原表');
    // 4: ①未建立不得分 ②只年终扣3分 ③只半年和年终扣2分 — as four levels 5、3、2、0 instead.
    let d = correct(d0, '4', 'a', { kind: 'levels', levels: [5, 3, 2, 0] }, 5);
    expect(d.rubric.sections.flatMap((s) => s.items).find((i) => i.id === '4')?.clauses[0]?.rule).toMatchObject({
      kind: 'levels',
      levels: [{ points: 5 }, { points: 3 }, { points: 2 }, { points: 0 }],
    });
    d = correct(d, '3', 'a', { kind: 'checklist', items: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5] }, 3);
    d = correct(d, '8', 'a', { kind: 'award', unit: '次', per: [1, 0.5] }, 4);
    expect(finish(d).ok).toBe(true);
  });

  it('adds, keeps or removes the condition that voids a clause (全部扣完), and asks it', async () => {
    const d0 = startDraft(await sheetOf('xiaofang', '原表'), '原表');
    expect(d0.clauses.find((c) => c.item === '1')?.voids).toBe('未建立防火委员会机构');
    const kept = correct(d0, '1', 'a', { kind: 'deduct', unit: '次', per: 1, floor: 'zero' }, 3);
    expect(kept.rubric.sections[0]?.items[0]?.clauses[0]?.requires?.label).toBe('已建立防火委员会机构');
    const gone = correct(d0, '1', 'a', { kind: 'deduct', unit: '次', per: 1, floor: 'zero', voids: '' }, 3);
    expect(gone.rubric.sections[0]?.items[0]?.clauses[0]?.requires).toBeUndefined();
    const added = correct(d0, '4', 'a', { kind: 'yesno', voids: '发生亡人火灾' }, 5);
    const clause = added.rubric.sections.flatMap((s) => s.items).find((i) => i.id === '4')?.clauses[0];
    expect(clause?.requires).toEqual({ id: '4a-ok', label: '无“发生亡人火灾”情形' });
    const values = { '4a-1': true, '4a-ok': '否' };
    expect(score(added, { ...answers(added), ...values }).items.find((i) => i.id === '4')?.score).toBe(0);
  });

  it('marks an item that may not apply (按缺项考核计分): left out, the total rescaled', async () => {
    const d0 = startDraft(await sheetOf('datian', '原表'), '原表');
    const d = correct(d0, '4', 'a', { kind: 'yesno', mayNotApply: true }, 10);
    const item = d.rubric.sections.flatMap((s) => s.items).find((i) => i.id === '4');
    expect(item?.notApplicable).toMatchObject({ mode: 'rescale' });
    expect(d.clauses.find((c) => c.item === '4')?.mayNotApply).toBe(true);
    const all = answers(d);
    const full = score(d, { ...all, '4a-1': true });
    const without = score(d, { ...all, '4a-1': true, '4-na': '否' });
    // 40 + 10 + 10 of 60 scored, rescaled to the table's 70.
    expect([full.total, without.total]).toEqual([70, 70]);
  });
});

/** Every input of a draft at its best: no deductions, every demand met. */
function answers(d: Draft): Record<string, number | boolean | string> {
  const out: Record<string, number | boolean | string> = {};
  for (const i of [...d.rubric.sections.flatMap((s) => s.items), ...(d.rubric.adjustments ?? [])])
    for (const c of i.clauses) {
      const r = c.rule;
      if ('inputs' in r) for (const x of r.inputs) out[x.id] = r.kind === 'checklist' ? true : 0;
      else
        out[r.input.id] = r.kind === 'judgement' ? (typeof c.points === 'number' ? c.points : c.points.default) : true;
    }
  return out;
}

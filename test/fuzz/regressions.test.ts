import { scoreUnit } from '../../src/core/engine/score';
import { loadRubric } from '../../src/core/rubric/load';

/**
 * Bugs in src/core found by the fuzz suite, each kept as the smallest case fast-check shrank to.
 */

// Every rescaled item (视情调整) marked not applicable while they hold all the points: the rescale
// total / (total − missing) divided by zero and the engine threw FormulaError('#DIV/0!'). Fixed in
// graph.ts (base is 0 when nothing is left to rescale); kept as a regression test.
describe('core bug: rescaling when every item is not applicable', () => {
  const loaded = loadRubric({
    id: 'na-all',
    title: '全部不适用',
    total: 10,
    sections: [
      {
        id: 's1',
        name: '一级指标',
        items: [
          {
            id: '1',
            name: '小额信贷',
            cap: 10,
            text: '年度没有此项任务的，此项分值视情调整',
            clauses: [
              {
                id: 'a',
                text: '按计划完成的得10分',
                points: 10,
                rule: { kind: 'yesno', input: { id: 'done', label: '按计划完成' } },
              },
            ],
            notApplicable: { input: { id: 'has-task', label: '本年度有此项任务' }, mode: 'rescale' },
          },
        ],
      },
    ],
    grades: [{ name: '合格', min: 60 }, { name: '不合格' }],
  });

  it('scores the unit without throwing', () => {
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const r = () => scoreUnit(loaded.rubric, '甲镇', { values: { done: true, 'has-task': false }, basis: {} });
    expect(r).not.toThrow();
    expect(r().total).toBe(0);
  });
});

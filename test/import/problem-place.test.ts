import { placeOf } from '../../src/core/import/problem-place';
import type { RubricInput } from '../../src/core/rubric/schema';

/** A problem in an imported rubric is placed in the table's words, never as a schema path. */

const rubric = {
  id: 't',
  title: '森林防火',
  total: 20,
  sections: [
    {
      id: 's1',
      name: '责任制落实',
      items: [
        { id: '1', name: '组织机构', cap: 10, text: '…', clauses: [] },
        { id: '2', name: '', cap: 10, text: '…', clauses: [] },
      ],
    },
  ],
  adjustments: [{ id: 'b1', name: '加分项', role: 'bonus', cap: 5, text: '…', clauses: [] }],
  grades: [{ name: '合格' }],
} as unknown as RubricInput;

describe('where a problem stands, in words', () => {
  it.each([
    ['sections[0].items[1].name', '第 1 部分“责任制落实”第 2 项的名称'],
    ['sections[0].items[0].cap', '第 1 部分“责任制落实”第 1 项“组织机构”的分值'],
    ['sections[0].items[0].clauses[2].points', '第 1 部分“责任制落实”第 1 项“组织机构”第 3 条评分条目的分值'],
    ['adjustments[0].cap', '加扣分第 1 项“加分项”的分值'],
    ['total', '总分'],
  ])('%s → %s', (path, words) => {
    expect(placeOf(rubric, path)).toBe(words);
  });
});

import { importTable } from '../../src/core/import/table';
import type { Grid } from '../../src/core/import/header';

/**
 * A table laid out unlike the fixtures: 序号 | 考核项目 | 分值 | 考核标准 | 评分方法, sections on rows of
 * their own numbered 一 / 二 with their points ("20分"), Chinese numerals in the points column.
 * The scoring words are in 评分方法, the second of two rule columns.
 */
const grid: Grid = {
  rows: [
    ['某某镇2019年度村级脱贫攻坚工作考核评分表', '', '', '', ''],
    ['序号', '考核项目', '分值', '考核标准', '评分方法'],
    ['一', '组织保障', '20分', '', ''],
    [
      '1',
      '领导责任',
      '10分',
      '成立脱贫攻坚领导小组，定期研究工作。',
      '全年研究工作少于4次的，每少一次扣两分，扣完为止。',
    ],
    ['2', '队伍建设', '10分', '配齐配强扶贫专干。', '每缺1名扣3分，扣完为止。'],
    ['二', '精准帮扶', '40分', '', ''],
    ['3', '群众满意度', '20分', '群众满意度达到95%以上。', '满意度达到95%得20分，每减少1个百分点扣2分。'],
    ['4', '信息报送', '二十分', '按时报送信息。', '迟报1次扣0.5分，漏报1次扣1分，扣完为止。'],
    ['合计', '', '60分', '', ''],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
};

describe('import: a table with 考核标准 and 评分方法 columns and sections on rows of their own', () => {
  const r = importTable(grid, { id: 'layout' });
  if (!r.ok) throw new Error(r.message);

  it('reads the scoring rule from 评分方法, not only the requirement in 考核标准', () => {
    const byItem = new Map(r.clauses.map((c) => [c.item, c]));
    expect(byItem.get('1')?.readAs).toMatch(/^deduct/);
    expect(byItem.get('2')?.readAs).toMatch(/^deduct/);
    expect(byItem.get('3')?.readAs).toMatch(/^shortfall/);
    expect(byItem.get('4')?.readAs).toMatch(/^deduct/);
    expect(r.clauses.some((c) => /points only/.test(c.readAs))).toBe(false);
    const item4 = r.rubric.sections.flatMap((s) => s.items).find((i) => i.id === '4');
    expect(JSON.stringify(item4?.clauses)).toContain('"per":0.5');
  });

  it('keeps the rows 一 组织保障 20分 as sections with their points, not as items or lost rows', () => {
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => i.id)])).toEqual([
      ['组织保障', 20, ['1', '2']],
      ['精准帮扶', 40, ['3', '4']],
    ]);
    expect(r.total).toBe(60);
    expect(r.problems).toEqual([]);
  });
});

import { grid, items, ok, warned } from './real-grid';

/** The pieces the forty-first round of unseen tables (tables/fresh41) taught, in the tables' own words. */

describe('layouts of the forty-first round', () => {
  const rows = [
    ['供气质量', '1', '供应的燃气应符合GB50494的规定;', '1、查阅资料;2、现场查看。'],
    ['↑', '2', '向用户公布所供应燃气的种类、组分、热值和供气压力等质量信息。', '↑'],
    ['新增用户', '3', '制定和公布燃气用户用气条件;', '1、查阅资料;2、现场查看。'],
    ['↑', '4', '与用户签订合同,合同内容符合国家相关规定。', '↑'],
  ];
  const head = ['检查项目', '序号', '检查内容', '检查要求'];

  it('满分100分每项2分 alone on the first row: every item worth 2, the total 100 said against what is seen — no item of its own (zipingranqi)', () => {
    const r = ok(grid([head, ['满分100分每项2分', '', '', ''], ...rows]));
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 2, 2]);
    expect(items(r).some((i) => i.name.includes('满分'))).toBe(false);
    expect(warned(r)).toMatch(/8[^0-9].*100|100[^0-9].*8/);
  });

  it('the same said above the header (zipingranqi as a clerk keeps it)', () => {
    const r = ok(
      grid([['瓶装燃气企业规范服务考核评价表', '', '', ''], ['满分100分每项2分', '', '', ''], head, ...rows]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 2, 2]);
  });
});

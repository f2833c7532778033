import { grid, items, ok, only, warned } from './real-grid';

/** The pieces the forty-fifth round of unseen tables (tables/fresh45) taught, in the tables' own words. */

describe('layouts of the forty-fifth round', () => {
  it('考核验收内容 | 评分标准 with 4 | 4 | 3 down the 评分标准, then | | 100: the figures are the points, the 100 their total (xiangshifanshe)', () => {
    const r = ok(
      grid([
        ['考核验收项目分类', '考 核 验 收 内 容', '评分标准'],
        ['示范社所在市(州)重视情况 15分)', '农民专业合作社指导工作机构健全', '4'],
        ['↑', '安排了专项扶持经费', '4'],
        ['↑', '安排工作经费10万元以上', '4'],
        ['↑', '月报告等材料齐全及时', '3'],
        ['示范社建设情况 10分)', '有专用的办公场所', '5'],
        ['↑', '有独立的财务和成员帐户', '5'],
        ['', '', '25'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([4, 4, 4, 3, 5, 5]);
    expect(r.rubric.total).toBe(25);
    expect(items(r).some((i) => i.name === '（未命名）')).toBe(false);
  });

  it('场所设置 | 基础设施 | 40 merged down | 1.标识、标志符合省厅统一标准(5分) …: the 40 is the group’s, each rule its own points (jiangsuyuanzhu)', () => {
    const r = ok(
      grid([
        ['考核内容', '', '分值', '考核标准', '扣分标准'],
        ['场所设置', '基础设施', '40', '1.标识、标志符合省厅统一标准(5分)', '1.标识、标志不符合标准扣5分'],
        ['↑', '↑', '↑', '2.指示牌醒目(2分)', '2.指示牌不醒目扣2分'],
        ['↑', '↑', '↑', '3.无障碍设施齐全、规范(3分)', '3.无障碍设施不齐全或不规范扣1-3分'],
        ['↑', '功能区划', '↑', '1.开放式业务受理厅(2分)', ''],
        ['↑', '↑', '↑', '2.12348电话处理室(1分)', ''],
        ['↑', '↑', '↑', '5.咨询室3个,其中一个具备私密会', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 2, 3, 2, 1]);
    expect(warned(r)).toMatch(/咨询室/);
    expect(warned(r)).toMatch(/场所设置.*40/);
  });

  it('采用功效系数法打分 / 村主要领导测评分2分: a score worked out or given elsewhere — the assessor’s (chanyelongtou, cunguan)', () => {
    expect(only('采用功效系数法打分。', 10).clause.rule.kind).toBe('judgement');
    expect(only('村主要领导测评分2分。', 2).clause.rule.kind).toBe('judgement');
  });

  it('考核采用100分制 … 按要求做好“网格化管理,组团式服务”工作5分。未达要求酌情扣分。 … 及时报送各种信息10分。参照崇仁镇 (cunguan)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '考核内容'],
        ['', '考核采用100分制,具体内容如下:'],
        ['(一)', '联村工作(10分)'],
        ['1.', '按要求做好“网格化管理,组团式服务”工作5分。未达要求酌情扣分。'],
        ['2.', '按要求参加培训5分。缺席一次扣1分。'],
        ['(二)', '镇“六个一”工作(20分)'],
        ['1.', '共育责任田5分。旷工一次扣1分,扣完为止。'],
        ['2.', '为民办实事5分。少一件扣1分。'],
        ['3.', '及时报送各种信息10分。参照崇仁镇'],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 5, 5, 10]);
    expect(warned(r)).toMatch(/30 分，与总分 100 分不符/);
  });
});

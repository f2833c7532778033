import { grid, items, ok } from './real-grid';

/**
 * Layouts of the real tables (shared/tables, test/fixtures/tables/real), each quoted in a few of its
 * own rows: what the importer must make of them. `↑` is a cell merged with the one above, as there.
 */

describe('layouts of real tables', () => {
  it('reads 各项分值 and 负责考核部门, with 考核指标 as the rule column (the issue’s table)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '各项分值', '考核指标', '负责考核部门'],
        ['1', '组织领导', '10', '成立领导小组的得4分；每季度研究一次，少一次扣1.5分。', '县委办'],
        ['2', '信息报送', '5', '每少报一篇扣1分，扣完为止。', '县政府办'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap, i.method])).toEqual([
      ['组织领导', 10, '县委办'],
      ['信息报送', 5, '县政府办'],
    ]);
  });

  it('reads traditional, spaced heads and sections from a 类别小计 merged down (sanyuan: 考評內容 | 分數 | 考評方法)', () => {
    const r = ok(
      grid([
        ['类别', '类别小计', '考評內容', '分數', '考評方法'],
        ['組織 考評', '5', '1.成立效能建設工作機構', '3', '機構未成立不得分。計劃、總結缺一項扣一分'],
        ['', '↑', '2.全年班子研究效能工作2次以上。', '2', '少一次扣1分'],
        ['', '10', '3.建立效能建設常規(guī)制度', '3', '每少一項扣0.5分'],
        ['', '↑', '5.建立人員公示制度', '2', '設人員去向牌、座位牌,少一項扣1分'],
        ['作作', '20', '9.執(zhí)行考勤制度、健全考勤檔案', '5', '①未執(zhí)行考勤制度不得分 ②考勤檔案不齊全扣2分'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.cap, s.items.length])).toEqual([
      [5, 2],
      [10, 2],
      [20, 1],
    ]);
    expect(r.total).toBe(35);
    expect(r.warnings.join()).toContain('标注 20 分，但所含各项合计 5 分');
  });

  it('reads what 标准 requires where 计分办法 is empty, and checks 合计 against the items (longtian)', () => {
    const r = ok(
      grid([
        ['项目', '序号', '标准', '分值', '计分办法'],
        ['清除裸露垃圾', '1', '做到“四边”整洁,无裸露垃圾和陈年垃圾。', '8', '每村环绕一圈,每处不合格扣0.5分'],
        ['↑', '2', '无乱倒垃圾现象。', '7', ''],
        ['开展入户卫生评比', '13', '每月对组和农户开展卫生检查评比。', '5', '未评比不得分'],
        ['合计', ' ', ' ', '100', ''],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.items.map((i) => i.id)])).toEqual([
      ['清除裸露垃圾', ['1', '2']],
      ['开展入户卫生评比', ['13']],
    ]);
    expect(items(r)[1]?.clauses[0]?.text).toBe('无乱倒垃圾现象。');
    expect(r.total).toBe(100);
    expect(r.warnings).toContain('各项分值合计 20 分，与总分 100 分不符');
  });

  it('reads 一、…(共60分,扣完为止) over 1、 over (1)、 articles as one item whose articles share the 60 (liuchi)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '辖区内安全生产事故(共60分,扣完为止)'],
        ['1、', '有人员伤亡的安全事故'],
        ['(1)、', '发生安全责任死亡事故:死亡1人扣30分/次;一次死亡2人及以上实行一票否决;'],
        ['2、', '消防安全事故'],
        ['(1)、', '无人员伤亡的农房火灾事故,按受灾户数扣10分/户;'],
      ]),
    );
    const [item] = items(r);
    expect([r.total, items(r).length, item?.cap, item?.maxDeduction]).toEqual([60, 1, 60, 60]);
    expect(item?.clauses.map((c) => [c.points, c.rule.kind, c.rule.kind === 'deduct' && c.rule.floor])).toEqual([
      [60, 'deduct', 'none'],
      [0, 'deduct', 'none'],
    ]);
    expect(r.rubric.vetoes?.map((v) => v.label)).toEqual(['未触发一票否决：一次死亡2人及以上实行一票否决;']);
  });

  it('reads the only name column merged down, with its points, as sections (zhongshanling); a row without points is said', () => {
    const r = ok(
      grid([
        ['考核类别', '考核内容', '分值'],
        ['一、政策制度(20分)', '(1)各部门要将“河长制”工作纳入重要议事日程,实现“河长制”全覆盖。', '10'],
        ['↑', '(2)建立河湖水库长效管理机制并组织实施。', '10'],
        ['四、水环境整治(30分)', '(1)科学组织实施控源截污、清淤疏浚等整治工程。', '10'],
        ['↑', '(3)河道保洁全覆盖,严禁垃圾等污染物入河,无成堆生活垃圾和建', ''],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => i.cap)])).toEqual([
      ['政策制度', 20, [10, 10]],
      ['水环境整治', 30, [10, 0]],
    ]);
    expect(r.warnings.some((w) => w.includes('原表未写分值') && w.includes('河道保洁全覆盖'))).toBe(true);
    expect(r.warnings).toContain('原表没有写评分办法（没有扣分、得分的规定）：各项都由评分人按考核要求直接填写得分。');
  });

  it('reads rule columns by kind of unit as classes (lushan: 项目(分值) | 县级部门 | 乡镇(街道))', () => {
    const r = ok(
      grid([
        ['项目(分值)', '县级部门', '乡镇(街道)'],
        ['一、统计基础建设(30分)', '', ''],
        ['1.有机构。(5分)', '县级部门:成立统计办公室,负责本单位统计工作', '乡镇(街道):成立乡镇(街道)统计站。'],
        ['2.有人员。(10分)', '县级部门:指定一名专、兼职统计员', '乡镇(街道):至少指派一名专职统计员'],
      ]),
    );
    expect(r.rubric.classes?.map((c) => c.id)).toEqual(['县级部门', '乡镇(街道)']);
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => [i.name, i.cap])])).toEqual([
      [
        '统计基础建设',
        30,
        [
          ['有机构', 5],
          ['有人员', 10],
        ],
      ],
    ]);
  });
});

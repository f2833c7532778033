import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the forty-fourth round of unseen tables (tables/fresh44) taught, in the tables' own words. */

describe('layouts of the forty-fourth round', () => {
  it('完成或超额完成目标值得基本分;没有完成的扣分,每低于目标值2%扣1分,最低为零分: 1 a 2% short of the target, the whole 30 (yejiguoqi)', () => {
    const r = only('完成或超额完成目标值得基本分;没有完成的扣分,每低于目标值2%扣1分,最低为零分。', 30);
    expect(r.flagged).toBe(false);
    expect(r.clause.points).toBe(30);
    expect(r.clause.rule).toMatchObject({ kind: 'shortfall', target: 100, step: 2, per: 1 });
  });

  it('…没有完成的,按实际完成值占目标值的比重计算得分,最低为零分: the points in proportion (yejiguoqi)', () => {
    const r = only('完成或超额完成目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分,最低为零分。', 15);
    expect(r.flagged).toBe(false);
    expect(r.clause.points).toBe(15);
    expect(r.clause.rule).toMatchObject({ kind: 'proportional', full: 100 });
  });

  it('…的,扣0.5分至1分: the assessor picks within the range (jixiaowushui)', () => {
    const r = only('运行管理机构未配置或不健全的,扣0.5分至1分。', 1);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind).toBe('judgement');
  });

  it('(一)…各指标计分: 1.利润总额指标 … (二)…各指标计分: 1.利润总额指标 …: the same indicators again, a table for each (yejiguoqi)', () => {
    const rule = '完成或超额完成目标值得基本分;没有完成的扣分,每低于目标值2%扣1分,最低为零分。';
    const r = ok(
      grid([
        ['编号', '指标', '计分方法'],
        ['(一)', '市直管国有企业各指标计分:', ''],
        ['1.', '利润总额指标(基本分为30分)', rule],
        ['2.', '经济增加值(基本分为35分)', rule],
        ['3.', '分类指标(基本分为35分)', rule],
        ['(二)', '委托主管部门和管委会管理的国有企业各指标计分:', ''],
        ['1.', '利润总额指标(基本分为20分)', rule],
        ['2.', '经济增加值(基本分为25分)', rule],
        ['3.', '分类指标(基本分为55分)', rule],
      ]),
    );
    expect(r.blocks.map((b) => b.rubric.total)).toEqual([100, 100]);
    expect(warned(r)).toMatch(/2 张细则/);
  });

  it('评议指标(基本分为20分) | 并按下表打分: over 指标 程度 | … and 好 | 3 | 3 | 4 …: each thing rated a row of levels under it (yejiguoqi)', () => {
    const r = ok(
      grid([
        ['编号', '指标', '计分方法', '', ''],
        ['1.', '利润总额指标(基本分为30分)', '完成目标值得基本分;每低于目标值2%扣1分,最低为零分。', '', ''],
        ['2.', '评议指标(基本分为10分)', '市国资委组织相关人员进行评议,并按下表打分:', '', ''],
        ['指标 程 度', '风险控制能力', '综合社会贡献', '廉政建设、安全生产', '完成各项工作'],
        ['好', '3', '2', '3', '2'],
        ['中', '2', '1', '2', '1'],
        ['差', '1', '0', '0', '0'],
      ]),
    );
    expect(r.rubric.total).toBe(40);
    const rated = items(r).filter((i) => /风险控制|社会贡献|廉政建设|完成各项/.test(i.name));
    expect(rated.map((i) => i.cap)).toEqual([3, 2, 3, 2]);
    expect(rated.flatMap((i) => i.clauses).every((c) => c.rule.kind === 'levels')).toBe(true);
  });

  it('分项 | 扣分项目 with 扣1分 / 得满分4分 / 最多扣4分 and no points anywhere: each row worth the most it loses, the user told (jixiaowushui)', () => {
    const r = ok(
      grid([
        ['分项', '扣分项目'],
        ['技术负责人是否持证', '技术负责人未持有国家或福建省住房和建设行政主管部门颁发的污水处理证书,扣1分。'],
        ['技术职称人员比例是否达标', '比例达标的得满分4分。比例每低于标准规定的5个百分点,扣0.5分。最多扣4分。'],
        ['特殊工种操作岗位人员是否持证上岗', '未持证上岗的,每缺少1人,扣1分,最多扣4分'],
        ['污水化验监测人员是否持证上岗', '未持证上岗的,每缺少1人,扣1分,'],
        ['岗位职责是否明确', '岗位职责未制定或不健全的,扣0.5分至1分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([1, 4, 4, 0, 1]);
    expect(warned(r)).toMatch(/污水化验监测人员是否持证上岗.*没有分值/);
    expect(warned(r)).toMatch(/按写明的最多扣分计分值.*第 5 行按次扣分/);
  });

  it('…未报扣10分 / 扣5分 / 每次扣5分 with no row saying its most: still asked for the 起评分 (as duban is)', () => {
    const g = grid([
      ['类别', '序号', '考核条目', '考核细则'],
      ['区政府重点工作', '1', '上报区政府重点工作实施方案。', '未报扣10分'],
      ['↑', '2', '实施方案无阶段性目标,无具体工作措施。', '扣5分'],
      ['↑', '3', '上报半年实施情况报告。', '未报扣10分'],
      ['↑', '4', '未按要求参加有关会议和调研活动。', '每次扣5分'],
    ]);
    expect(() => ok(g)).toThrow(/起评分/);
  });

  it('教学目标10% over two rows under 优 | 良 | 中 | 差 of 5 | 4 | 3 | 2: the section worth 10; 个性特色加分 | 1.有创新点 | 2 alone under 优: its 2, no ladder (pingke)', () => {
    const r = ok(
      grid([
        ['评价项目', '评价要点', '优', '良', '中', '差'],
        ['教学目标10%', '1.教学目标体现课标理念,面向全体学生。', '5', '4', '3', '2'],
        ['↑', '2.教学目标明确具体、切合学生实际。', '5', '4', '3', '2'],
        ['教师素质90%', '1.教师教态自然,语言规范。', '5', '4', '3', '2'],
        ...Array.from({ length: 17 }, (_, k) => ['↑', `${k + 2}.板书设计条理清楚第${k + 2}条。`, '5', '4', '3', '2']),
        ['个性特色加分', '1.有创新点', '2', '', '', ''],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.cap, s.items.length])).toEqual([
      [10, 2],
      [90, 18],
    ]);
    expect(JSON.stringify(r.rubric.adjustments)).not.toMatch(/良得0分/);
  });

  it('考核内容主要分四大块,总计13分 … (四)、 | 当年乡建重点工作(5分 where the copy stops: an item of 5, the total 13 (chengzhen)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['', '考核内容主要分四大块,总计13分,考核内容及评分依据如下:'],
        ['(一)、', '组织机构(3分)'],
        ['1、', '是否成立领导小组。资料齐全得1.5分,无资料映证扣1.5分。'],
        ['2、', '是否落实经费。纳入财政预算得1.5分,未纳入扣1.5分。'],
        ['(二)、', '规划的实施(5分)'],
        ['1、', '是否按规划方案实施建设。按总体规划建设得5分,未按总体规划建设扣5分。'],
        ['(四)、', '当年乡建重点工作(5分'],
      ]),
    );
    expect(r.rubric.total).toBe(13);
    expect(items(r).some((i) => i.cap === 5 && /当年乡建重点工作/.test(i.name))).toBe(true);
    expect(clauses(r).length).toBeGreaterThanOrEqual(4);
  });
});

import { clauses, grid, items, ok, only } from './real-grid';

/** The pieces the thirty-second round of unseen tables (tables/fresh32) taught, in the tables' own words. */

describe('layouts of the thirty-second round', () => {
  it('评估等级 columns A1 | B0.8 | C0.6 | D0.4, left empty: each row’s points times the grade’s factor (shenxin)', () => {
    const r = ok(
      grid([
        ['一级指标', '二级指标', '评估内容', '评估要素', '评估方法', '分值', 'A1', 'B0.8', 'C0.6', 'D0.4'],
        [
          'A1规划管理20分',
          'B1机构建设8分',
          '1、以文件形式明确心理健康教育工作机构(或领导小组)、校级分管领导以及具体负责部门。',
          '相应文件',
          'abd',
          '5',
          '',
          '',
          '',
          '',
        ],
        [
          '↑',
          '↑',
          '2、有符合专业要求的心理辅导机构和辅导员工作制度。',
          '心理辅导室、环境布置',
          'c',
          '3',
          '',
          '',
          '',
          '',
        ],
      ]),
    );
    const ladders = clauses(r).map((c) => (c.rule.kind === 'levels' ? c.rule.levels.map((l) => l.points) : []));
    expect(ladders).toEqual([
      [5, 4, 3, 2],
      [3, 2.4, 1.8, 1.2],
    ]);
  });

  it('分项总分 merged down a group beside 最高分值 on each row; bands 1个,1分;2个,1.5分;3个,2分 a ladder (huoli)', () => {
    const r = ok(
      grid([
        ['序号', '评定项目', '分项总分', '评定指标', '说明', '最高分值'],
        ['1', '体育消费基础条件', '8', '经常参加体育锻炼人数比例', '37.2%-40%,1分;40%-42%,1.5分;超过42%,2分。', '2'],
        ['2', '↑', '↑', '城乡居民达到国民体质测定标准合格以上的比例', '90.4%-92%,1分;92%-95%,1.5分;超过95%,2分。', '2'],
        ['11', '体育消费市场培育', '14', '体育类上市公司数量', '1个,1分;超过1个,2分。', '2'],
        ['12', '↑', '↑', '参与全国职业联赛的职业体育俱乐部数量', '1个,1分;2个,1.5分;3个,2分。', '2'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.cap)).toEqual([8, 14]);
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 2, 2]);
    const ladders = clauses(r).map((c) => (c.rule.kind === 'levels' ? c.rule.levels.map((l) => l.points) : []));
    expect(ladders).toEqual([
      [1, 1.5, 2],
      [1, 1.5, 2],
      [1, 2],
      [1, 1.5, 2],
    ]);
  });

  it('企业类别资格50分 | 合 计 分 值 after its rows: their section, its points (weixiuqiye)', () => {
    const r = ok(
      grid([
        ['考 核 项 目', '分值(分)', '评 分 标 准'],
        ['场地', '10', '不满足整车维修企业开业条件中场地要求的扣 10 分。'],
        ['设施设备', '20', '不满足整车类维修企业开业条件中设施设备要求的扣 20 分。'],
        ['人员配置', '20', '不满足整车类维修企业开业条件中人员配置要求的扣 20 分。'],
        ['企业类别资格50分', '合 计 分 值', ''],
        ['技术负责人', '30', '经全国统一考试合格人数占总人数比例 100%起,每降低 5%,扣 5 分。'],
        ['证件管理', '10', '从业人员与所持证件不符的,扣 5 分/人。'],
        ['从业人员素质100分', '合 计 分 值', ''],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.length])).toEqual([
      ['企业类别资格', 50, 3],
      ['从业人员素质', 100, 2],
    ]);
    // 100%起,每降低 5%,扣 5 分: where the count starts from is the target.
    const shortfall = clauses(r)[3]?.rule;
    expect(shortfall?.kind === 'shortfall' ? [shortfall.target, shortfall.step, shortfall.per] : []).toEqual([
      100, 5, 5,
    ]);
  });

  it('1 | 组 织 管 理 | 25 over 1.1 … in 项目 | 内容 | 分值: a heading with its points, not an item (xinyonglvshe)', () => {
    const r = ok(
      grid([
        ['项目', '内容', '分值'],
        ['1', '组 织 管 理', '25'],
        ['1.1', '企业管理者重视诚信工作;明确有一名副总经理以上管理者全面负责诚信管理并开展工作。', '2'],
        ['1.2', '管理者备有并熟悉《旅行社管理条例》、《导游人员管理条例》,不熟悉的此项不得分。', '2'],
        ['1.3', '建立健全各项岗位职责、经营管理制度。不完善的酌情扣分。', '2'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name.replace(/\s/g, ''), s.cap])).toEqual([['组织管理', 25]]);
    expect(items(r)).toHaveLength(3);
  });

  it('评查内容 | | 分值 again at a page break, one head lost: not a row (minshang)', () => {
    const r = ok(
      grid([
        ['类别', '评查内容', '分值'],
        ['实体处理(30分)', '适用法律是否全面正确', '6'],
        ['↑', '其他违反实体法律的情形', '6'],
        ['评查内容', '', '分值'],
        ['裁判文书(15分)', '裁判文书格式是否符合规定', '1'],
        ['↑', '裁判文书有无错漏(一处扣3分)', '5'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['实体处理', '裁判文书']);
    expect(items(r)).toHaveLength(4);
  });

  it('(一)基本分100分 over 其中…20分,… and 1.捐款总额(20分)… 5.…(20分): a section of five items (datangguanai)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '基本分100分'],
        ['', '其中捐款总额20分,党员干部捐款率20分,普通农户捐款率20分,基金使用率20分,完善基金章程、建立关爱网格20分。'],
        ['1.', '捐款总额(20分)。历年捐款总额达到20万(含)的得20分,未达到的不得分。'],
        ['2.', '党员干部捐款率(20分)。当年党员干部捐款率达到85%(含)的得20分,未达到的不得分。'],
        [
          '3.',
          '普通农户捐款率(20分)。当年普通农户捐款率未达到20%的不得分,20%(含)至30%(不含)的得10分,30%(含)以上的得20分。',
        ],
        ['4.', '基金使用率(20分)。历年基金使用率未达到20%的不得分,20%(含)至30%(不含)的得10分,30%(含)以上的得20分。'],
        ['5.', '完善基金章程、建立关爱网格(20分)。按照要求完善关爱基金使用章程、建立关爱网格并发挥作用的,得20分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([20, 20, 20, 20, 20]);
    expect(clauses(r).some((c) => c.text.startsWith('其中'))).toBe(false);
  });
});

describe('words of the thirty-second round', () => {
  it('2 .53人-3人,1分;3 人-3.5人,1.5分;超过3.5人,2分: bands of figures, the points rising to the row’s (huoli)', () => {
    const r = only('2 .53人-3人,1分;3 人-3.5人,1.5分;超过3.5人,2分。', 2);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind === 'levels' ? r.clause.rule.levels.map((l) => l.points) : []).toEqual([1, 1.5, 2]);
  });
});

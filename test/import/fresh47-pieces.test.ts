import { clauses, grid, items, ok, only } from './real-grid';

/** The pieces the forty-seventh round of unseen tables (tables/fresh47) taught, in the tables' own words. */

describe('layouts of the forty-seventh round', () => {
  it('A1.1 科技平台(3分) merged over 按期完成目标,建设成效显著,层次高; | 3, …明显 | 2, 没能按期完成目标… | 1: one item of bands (shengxietong)', () => {
    const r = ok(
      grid([
        ['一级指标', '三级指标', '评价标准', '计分'],
        ['A1科学研究(5分)', 'A1.1 科技平台(3分)', '按期完成目标,建设成效显著,层次高;', '3'],
        ['↑', '↑', '按期完成目标,建设成效明显', '2'],
        ['↑', '↑', '没能按期完成目标,建设成效不明显', '1'],
        ['↑', 'A1.3专利(2分)', '按期完成目标,专利层次高;', '2'],
        ['↑', '↑', '按期完成目标,专利层次较高;', '1'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([3, 2]);
    const rules = clauses(r).map((c) => c.rule);
    expect(rules.map((x) => x.kind)).toEqual(['levels', 'levels']);
    expect(rules[0]?.kind === 'levels' && rules[0].levels.map((l) => l.points)).toEqual([3, 2, 1]);
  });

  it('好:6分,較好:4分一般:3分,差:2分: the grades with their points, a ladder (xiangcaiguan)', () => {
    const r = only('好:6分,較好:4分一般:3分,差:2分', 6);
    expect(r.flagged).toBe(false);
    expect(r.clause.rule.kind === 'levels' && r.clause.rule.levels.map((l) => l.points)).toEqual([6, 4, 3, 2]);
  });

  it('序号 | 得分标准 (…(10分)) | 扣分标准: what earns the points, then what takes them off (yuecailiaoyuan)', () => {
    const r = ok(
      grid([
        ['序号', '得分标准', '扣分标准'],
        [
          '1',
          '服从公司的统一领导与安排,分项目制订材料采购计划并经领导审定。(10分)',
          '缺一项扣1分;不服从安排,无审定计划表采购的不得分.',
        ],
        [
          '2',
          '对采购材料进行多方考察,摸价,不超计划数进货。(10分)',
          '未考查签字、摸价、超计划采购及先付款的每项次扣1分。',
        ],
        ['3', '对甲方进场材料坚持验收工作,及时索取合格证等手续.(10分)', '进场材料无合格证等手续的,有一项次扣1分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([10, 10, 10]);
  });

  it('刑侦支队负责考评的内容:(基础分100分) alone in the 编号 column: the title, no unnamed item (gonganxingzhen)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['刑侦支队负责考评的内容:(基础分100分)', ''],
        ['(一)', '刑事案件现场保护(10分):各派出所接报的各类有现场的刑事案件,未采取措施保护现场的,每起扣2分。'],
        ['(二)', '如实立案工作(10分):够立案标准的立即上报刑侦支队。未按规定上报的,每起扣2分。'],
      ]),
    );
    expect(items(r).some((i) => i.name === '（未命名）')).toBe(false);
    expect(items(r).map((i) => i.cap)).toEqual([10, 10]);
  });

  it('分值 merged over rules that deduct, the last cut off before its cost, 得分 | 小计 added empty: one pool, the cut rule typed in it (jichadadui)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '分值', '评 分 标 准', '得分', '小计'],
        ['一', '基础信息管理', '15', '1、按要求进行客户的新增、注销,手续齐全,发现一次扣5分', '', ''],
        ['↑', '↑', '↑', '2、服务册没有按照要求填写发现一次扣3分', '', ''],
        ['二', '监管工作', '30', '1、组织对客户经理拜访客户进行监管,监管不到位一次扣 1分;', '', ''],
        ['↑', '↑', '↑', '2、组织对送货员送货到位情况进行监管,监管不到位一次扣1分', '', ''],
        ['↑', '↑', '↑', '3、组织对客户经理订单采集进行检查,发现一次违规情况扣1分', '', ''],
        ['↑', '↑', '↑', '4、组织对客户经理和送货员收购、套购客户紧俏卷烟及其他违规违记', '', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([15, 30]);
    expect(r.rubric.total).toBe(45);
    expect(JSON.stringify(r.rubric)).toContain('紧俏卷烟');
  });
});

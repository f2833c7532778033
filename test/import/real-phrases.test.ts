import { parseRuleText, type Reading } from '../../src/core/import/parse';
import { readRule } from '../../src/core/import/rule-text';

/**
 * Sentences of the real tables (shared/tables), quoted as the tables write them (typos, traditional
 * forms and pinyin kept): what each must be read as, or that it is flagged for a typed score.
 */

const read = (text: string, points?: number): Reading[] => parseRuleText(text, { item: 't', points });
const only = (text: string, points?: number): Reading => {
  const r = read(text, points);
  expect(r).toHaveLength(1);
  const first = r[0];
  if (!first) throw new Error('no clause');
  return first;
};
const pers = (r: Reading): number[] => (r.clause.rule.kind === 'deduct' ? r.clause.rule.inputs.map((i) => i.per) : []);

describe('phrases of real tables', () => {
  it('单起受害面积30亩以上的扣10分 is 10 for each such fire (datian)', () => {
    const r = only('各职能单位因履职不到位引发森林火灾的,单起受害面积30亩以上的扣10分,扣完为止。', 40);
    expect([r.flagged, r.clause.rule.kind, pers(r)]).toEqual([false, 'deduct', [10]]);
  });

  it('扣30分/次 and 扣10分/户: the amount for each thing after the slash (liuchi)', () => {
    expect(
      pers(only('发生伤残事故:重伤1人扣15分/次;重伤2人及以上扣30分/次;轻伤1人扣10分/次;轻伤2人及以上扣20分/次。', 60)),
    ).toEqual([15, 30, 10, 20]);
    const r = only('无人员伤亡的农房火灾事故,按受灾户数扣10分/户;', 60);
    expect(r.clause.rule.kind === 'deduct' && r.clause.rule.inputs.map((i) => [i.unit, i.per])).toEqual([['户', 10]]);
  });

  it('…,5分;…,5分;…,10分: each demand with its points after it, a checklist (liuhe)', () => {
    const r = only(
      '村(社区)成立社会管理综合治理委会办公室(以上简称综治办),主任担任,并明确1名负责人主管综治矛调维稳工作,配备1名以上综治社工,5分;每年至少召开2次综治创建工作会议,研究部署创建工作,5分;有一套完整综治创建工作台帐,10分。(由区综治办评分)',
      20,
    );
    expect([r.flagged, r.clause.rule.kind === 'checklist' && r.clause.rule.inputs.map((i) => i.points)]).toEqual([
      false,
      [5, 5, 10],
    ]);
  });

  it('按实绩赋分 / 按排名赋分: a score the assessor types, on a scale the table does not give (wenzhou)', () => {
    for (const t of ['按实绩赋分', '按排名赋分']) expect(only(t, 30).clause.rule.kind).toBe('judgement');
  });

  it('a (N分) beside a way of scoring states the clause’s points (yibao)', () => {
    const a = only('3.认真参加县级组织的业务培训和会议(2分),缺席一次扣0.5分。');
    expect([a.flagged, a.clause.points, pers(a)]).toEqual([false, 2, [0.5]]);
    const b = only('1.积极开展医保政策宣传,营造良好社会氛围,根据配合情况酌情打分(5分)。');
    expect([b.flagged, b.clause.points, b.clause.rule.kind]).toEqual([false, 5, 'judgement']);
    const c = only(
      '4.配合工作,及时完成县局部署、交办任务和督办件(5分),未及时完成的每件扣1分,其中催办后仍未完成的加扣2分,扣完为止。',
    );
    expect([c.flagged, c.clause.points, pers(c)]).toEqual([false, 5, [1, 2]]);
  });

  it('failures named after the points with no amount are flagged, not read as all or nothing (yibao)', () => {
    const r = only(
      '2.进一步提升全民参保管理质量(3分),未严格按照国家、省政策制度规定,落实全民参保登记管理,未按照规则有序清理重复参保人员',
    );
    expect([r.flagged, r.clause.points]).toEqual([true, 3]);
  });

  it('①未建立不得分 ②…扣3分 ③…扣2分: the lapses deduct, the 不得分 voids the item (sanyuan, traditional)', () => {
    const a = only('①未建立不得分 ②只進行年終績效考評扣3分 ③只進行半年和年終績效考評扣2分', 5);
    expect([a.flagged, pers(a), a.clause.requires?.label]).toEqual([false, [3, 2], '已建立']);
    const b = only('①未執(zhí)行考勤制度不得分 ②考勤檔案不齊全扣2分 ③被抽查到上下班遲到早退和擅自離崗每人每次扣1分', 5);
    expect([b.flagged, pers(b), b.clause.requires?.label]).toEqual([false, [2, 1], '已执行考勤制度']);
  });

  it('words cut off before they say what is required are flagged, not read as a yes/no (liuhe “辖”, lushan)', () => {
    expect(only('辖', 25).flagged).toBe(true);
    expect(only('县级部门:报表期内确', 5).flagged).toBe(true);
    expect(only('公共', 3).flagged).toBe(true);
  });
});

describe('phrases of real tables (held out, taught after their second run)', () => {
  it('按从高到低排序,分别得10、8、6、4分: points by place; a mark before it is the first level (zhoushan)', () => {
    const lv = (r: Reading): number[] =>
      r.clause.rule.kind === 'levels' ? r.clause.rule.levels.map((l) => Number(l.points)) : [];
    const a = read(
      '15年教育普及率以市平均为标准,高于或等于市平均的县(区)得10分,低于市平均的县(区)按从高到低得8、6、4分。初中生辍学率按从低到高分别得10、8、6、4分。',
    );
    expect(a.map((r) => [r.flagged, r.clause.points, lv(r)])).toEqual([
      [false, 10, [10, 8, 6, 4]],
      [false, 10, [10, 8, 6, 4]],
    ]);
    const b = read('区域内标准化学校达到85%得10分;低于85%的县(区)按从高到低排序,分别得8、6、4、2分。', 10);
    expect(b.map((r) => [r.flagged, lv(r)])).toEqual([[false, [10, 8, 6, 4, 2]]]);
    // …要求得10分,不达要求不得分;…比例按从高到低排序,分别得…: two measures, two clauses.
    const c = read(
      '教育经费达到“三增长”要求得10分,不达要求不得分;中小学生均预算内公用经费占生均预算内教育事业费比例按从高到低排序,分别得10、8、6、4分。',
      20,
    );
    expect(c.map((r) => [r.clause.rule.kind, r.clause.points, r.clause.requires])).toEqual([
      ['yesno', 10, undefined],
      ['levels', 10, undefined],
    ]);
  });

  it('参合率100%计满分;每减少0.1个百分点扣1分: the rate for all the points is the target (tuopin)', () => {
    const r = only('参合率100%计满分;每减少0.1个百分点扣1分,扣完为止。', 2);
    expect([r.flagged, r.clause.rule]).toMatchObject([false, { kind: 'shortfall', target: 100, step: 0.1, per: 1 }]);
  });

  it('每一户不符合扣除0.1分: 扣除 a number is 扣 it (helan)', () => {
    const r = only(
      '猪、牛、羊免疫密度均须达到100%,一个 乡镇摸排两个村,每个村5户,每一户不符合扣除0.1分,以该项分数扣完为止,考核方式采 用进村入户,其他村电话回访。',
      10,
    );
    expect(pers(r)).toEqual([0.1]);
  });

  it('社区未成立消防: a failure with nothing it costs is cut off, flagged, not read as a yes/no (xiaofang)', () => {
    expect(only('社区未成立消防', 6).flagged).toBe(true);
  });
});

describe('the shapes issue 14 quotes from real tables', () => {
  it('全部扣完 voids the item: a flag asked beside the deduction', () => {
    const r = only('隐患排查不到位的每处扣1分;发生安全责任事故,全部扣完。', 10);
    expect([r.flagged, pers(r), r.clause.requires?.label]).toEqual([false, [1], '无“发生安全责任事故”情形']);
  });

  it('…此事件可以不扣分: an exception is never dropped silently (flagged, quoted)', () => {
    const r = only('群众投诉的事件每件扣1分,如果事件处理的能够让群众满意，此事件可以不扣分。', 5);
    expect(r.flagged).toBe(true);
    expect(r.warnings.join()).toContain('可以不扣分的例外');
  });

  it('没有年度任务的按缺项考核计分: the item applies or not, and the reading says so', () => {
    const r = only('完成年度任务的得5分,未完成不得分;没有年度任务的按缺项考核计分。', 5);
    expect([r.clause.rule.kind, r.flagged, r.na]).toEqual(['yesno', false, r.clause.text]);
  });

  it('在省、市县得到肯定和推广的，分别加5分、3分、2分: three values, paired with the three levels named', () => {
    const r = only('在省、市县得到肯定和推广的，分别加5分、3分、2分。', 5);
    expect([r.flagged, r.clause.rule.kind === 'award' && r.clause.rule.inputs.map((i) => [i.label, i.per])]).toEqual([
      false,
      [
        ['省级（次数）', 5],
        ['市级（次数）', 3],
        ['县级（次数）', 2],
      ],
    ]);
  });

  it('事件处理率*15分: the rate times the points', () => {
    expect(only('事件处理率*15分', 15).clause.rule).toMatchObject({ kind: 'proportional', full: 100 });
  });

  it('1.…2.…3.…以上指标,每项1.5分,不达标不得分: each numbered part before it, met or not', () => {
    const { readings: r } = readRule(
      't',
      '1.贫困户安全住房达标率100%;2.饮水安全达标率100%;3.适龄儿童入学率100%。以上指标,每项1.5分,不达标不得分。',
      4.5,
      'base',
    );
    expect(r.map((x) => [x.clause.rule.kind, x.clause.points, x.flagged])).toEqual([
      ['yesno', 1.5, false],
      ['yesno', 1.5, false],
      ['yesno', 1.5, false],
    ]);
  });

  it('（3分，少一次扣1分）: a part’s own points, and its deduction inside the brackets', () => {
    const r = read('1.每季度召开一次专题会议（3分，少一次扣1分）;2.建立工作台账（2分）。', 5);
    expect(r.map((x) => [x.clause.rule.kind, x.clause.points, pers(x)])).toEqual([
      ['deduct', 3, [1]],
      ['yesno', 2, []],
    ]);
  });

  it('满意度在90分以上满分,90分以下扣1分;80分以下扣5分: bands of a score, not deductions added up', () => {
    const r = only('群众满意度在90分以上满分,90分以下扣1分;80分以下扣5分。', 10);
    expect([r.flagged, r.clause.rule.kind === 'levels' && r.clause.rule.levels.map((l) => l.points)]).toEqual([
      false,
      [10, 9, 5],
    ]);
  });

  it('points written （20） with no 分', () => {
    const r = read('1.组织领导（20）;2.工作落实（10）', 30);
    expect(r.map((x) => x.clause.points)).toEqual([20, 10]);
  });

  it('多投稿一篇按2：1：0.5比例加分: a way of adding points the reading does not know is flagged, never dropped', () => {
    expect(only('全年投稿不少于4篇,每少一篇扣1分;多投稿一篇按2：1：0.5比例加分。', 5).flagged).toBe(true);
  });
});

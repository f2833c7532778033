import { flaggedIn, grid, items, ok, only } from './real-grid';

/** The pieces the eighth round of unseen tables (tables/fresh8) taught, in the tables' own words. */

describe('layouts of the eighth round', () => {
  it('headings on how the assessment is run are named, not items; the total they state is kept (fulian)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['一、', '考核对象:各县(市、区)妇联、市直开发区妇工委。'],
        ['二、', '考核原则:坚持民主公开、注重实绩、讲求实效的原则。'],
        ['三、', '考核方式:'],
        ['', '考核总分为20分。考核内容结合本年度重点工作,注重量化评价,体现结果差异。'],
        ['四、', '考核程序:'],
        ['1、', '各单位自查自评。根据考核目标,年终时各县(市、区)实事求是搞好书面总结,打好自评分。'],
        ['五、', '考核内容:'],
        ['(一)', '婚姻家庭纠纷人民调解组织建设工作  20分'],
        ['1.', '建立组织、队伍。设立婚姻家庭纠纷人民调解委员会,建立人民调解员队伍。10分'],
        ['2.', '设立调解室。有专门的婚姻家庭纠纷调解室,相关名单、制度上墙。10分'],
      ]),
    );
    expect([r.rubric.total, items(r).map((i) => i.cap)]).toEqual([20, [10, 10]]);
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['婚姻家庭纠纷人民调解组织建设工作']);
    const named = r.warnings.filter((w) => /未作为考核项目导入|未导入/.test(w)).join('\n');
    for (const words of ['各县(市、区)妇联', '讲求实效', '考核总分为20分', '各单位自查自评'])
      expect(named).toContain(words);
  });

  it('a title that says what it counts (…计2分。) leads its row; a row that only adds is a bonus (jiuzhu)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['1、', '社会救助工作(4分)'],
        [
          '①',
          '低保动态管理计2分。入户率100%计0.5分,按规定时间申报计0.5分,低保对象有进有出计0.5分,来信来访登记齐全计0.5分。',
        ],
        ['②', '救助档案管理计2分。申报对象档案资料不齐扣1分,档案管理不规范的扣1分。'],
        [
          '③',
          '有改扩建敬老院和五保之家建设任务的乡镇,视其完成情况加减分。验收合格,达到省定标准加2分,验收不合格扣2分。',
        ],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['低保动态管理', 2],
      ['救助档案管理', 2],
    ]);
    expect(items(r)[0]?.clauses.map((c) => c.points)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap])).toEqual([['bonus', 2]]);
  });

  it('a titled heading over one paragraph cut off: the whole item typed, the cut said (jiuzhu)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['1、', '社会救助工作(6分)'],
        ['①', '救助档案管理计2分。申报对象档案资料不齐扣1分,档案管理不规范的扣1分。'],
        ['②', '救助资金发放及时到位计2分。扣发、缓发、挪用救助金,发现一例扣2分。'],
        ['③', '农村五保供养工作计2分。五保对象核定不准造成漏保、错保的每人次扣0.5分。'],
        ['2、', '救灾救济工作(10分)'],
        ['①', '建立乡级财政“特大自然灾害救济补助费”科目,按人平1元的标准列入乡镇财'],
      ]),
    );
    const cut = items(r).find((i) => i.name === '救灾救济工作');
    expect([cut?.cap, cut?.clauses.map((c) => c.rule.kind)]).toEqual([10, ['judgement']]);
    expect(r.warnings.some((w) => w.includes('救灾救济工作') && w.includes('0–10分') && w.includes('中途中断'))).toBe(
      true,
    );
  });

  it('备注 that scores is the rule where no rule column does; 考核细目 | 细目分值 name and price the rows (tongzhan)', () => {
    const r = ok(
      grid([
        ['考核项目', '考核分值', '总体要求', '考核细目', '细目分值', '备注'],
        [
          '爱 国 爱 教',
          '4',
          '热爱祖国,拥护中国共产党的领导。',
          '1、建立并实施时事政治学习制度。',
          '2',
          '学习有记录的得1分,每年学习4次以上的得1分。',
        ],
        ['↑', '↑', '↑', '2、设立橱窗、板报等各类宣传服务窗口。', '2', '橱窗、板报内容定期更新,每出一期得0.5分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => [i.cap, i.clauses[0]?.text])])).toEqual([
      [
        '爱国爱教',
        4,
        [
          [2, '学习有记录的得1分,每年学习4次以上的得1分。'],
          [2, '橱窗、板报内容定期更新,每出一期得0.5分。'],
        ],
      ],
    ]);
  });

  it('points whose bracket the copy lost (理论武装10分), b10完成率(20 between rows; …(30 at the end is cut off (xuanchuan, kongchuo)', () => {
    const r = ok(
      grid([
        ['一级指标', '二级指标', '三级指标', '评分标准'],
        [
          '普及程度60分',
          'b9入学率(20分)',
          'c25、小学适龄儿童入学率达到100%。(20分)',
          '每低0.1个百分点扣2分,扣完为止。',
        ],
        ['↑', 'b10完成率(20', '', ''],
        ['↑', 'b11毕业率(20分)', 'c28、小学毕业年级学生毕业率达到98%以上。(20分)', '每低0.1个百分点扣2分,扣完为止。'],
        ['↑', '(二)实际运行情况(30', '', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([20, 20, 20]);
    expect(r.warnings.some((w) => w.includes('完成率') && w.includes('原表只有名称和分值'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('实际运行情况(30'))).toBe(true);
    const lost = ok(
      grid([
        ['考核项目及分值', '序号', '考核内容及要求', '标准分值', '评分标准及办法'],
        ['理论武装10分)', '4', '认真组织开展理论学习', '10', '年初未制定并上报中心组学习计划的,扣1分。'],
        ['↑', '5', '', '', ''],
      ]),
    );
    expect(lost.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['理论武装', 10]]);
    expect(lost.warnings.some((w) => w.includes('“5”'))).toBe(true);
  });

  it('one column of paragraphs from a base stated in words (基本分为IOO分): one pool, the cut row kept (tiaojie)', () => {
    const r = ok(
      grid([
        ['条文'],
        ['本办法考核对象为村调委会调解员,考核基本分为IOO分。'],
        ['积极参与派出所纠纷调解,未及时参与化解的,每起扣2分。'],
        ['完善共享法庭建设,墙上应有共享法庭标识,桌上有共享法庭立牌,每少一项扣5分。'],
        ['村发生一般矛盾纠纷的,应当先由村调委会进行调解。调解员如未及时组织调解,每起扣3分。'],
        ['如因未及时调解造成民转刑案件或群体性事件的'],
      ]),
    );
    expect([r.rubric.total, items(r).map((i) => [i.cap, i.clauses.map((c) => c.rule.kind)])]).toEqual([
      100,
      [[100, ['deduct', 'deduct', 'deduct', 'deduct']]],
    ]);
    // The cut row: the points it takes typed by the assessor, and the user told where the words stop.
    expect(items(r)[0]?.clauses[3]?.rule).toMatchObject({ inputs: [{ label: '所扣分数（由评分人按原文填写）' }] });
  });
});

describe('language of the eighth round', () => {
  it('执行好的给8-10分: points given are points earned, in bands (kongchuo)', () => {
    const r = only('制度完善,执行好的给8-10分,一般的给4-7分,较差的给1-3分。', 10);
    expect(r.clause.rule).toMatchObject({
      kind: 'judgement',
      bands: [
        { min: 8, max: 10 },
        { min: 4, max: 7 },
        { min: 1, max: 3 },
      ],
    });
  });

  it('parts that give more than the row holds are no checklist of it (minbing)', () => {
    const text =
      '3、宣传工作到位,适龄青年及其家长的思想工作落实;(10分)4、建立适龄青年、退伍军人的文字与电子档案;(10分)5、初检、复检到检率100%;(10分)';
    expect(flaggedIn('双拥共建', text, 30)).toEqual([false]);
    expect(flaggedIn('双拥共建', text, 20)).toEqual([true]);
  });

  it('有…计1分, then a count of something else and its shortfall: not read as the count alone (jiuzhu)', () => {
    expect(only('有排查方案及排查资料记录齐全计1分,一年排查不得少于4次,少一次扣0.25分。', 1).flagged).toBe(true);
  });
});

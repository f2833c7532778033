import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the twenty-eighth round of unseen tables (tables/fresh28) taught, in the tables' own words. */

describe('layouts of the twenty-eighth round', () => {
  it('第五條 | 考核實行百分制,…進行加減分,不設得分上限。 over articles that only deduct: 100 to deduct from, bonuses unlimited (fujing)', () => {
    const r = ok(
      grid([
        ['编号', '条文', '扣分', '加分', '得分'],
        ['第五條', '考核實行百分制,80分為及格分,按照本考核細則及附則進行加減分,不設得分上限。', '', '', ''],
        ['(一)', '考勤情況', '', '', ''],
        ['1、', '不履行上崗電子簽到制度,扣3分;', '', '', ''],
        ['2、', '擅自調(diào)班的,扣2分;', '', '', ''],
        ['3、', '擅自曠工,扣10分;', '', '', ''],
        ['4、', '全勤,加5分。', '', '', ''],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    // 擅自… is a lapse as 不… is: each read as a deduction, none left to the assessor.
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'deduct', 'deduct']);
    // No limit of the bonus taken from 全勤,加5分: the table says the score has none; the total is the limit, said.
    expect(warned(r)).toMatch(/原表未写加（扣）分上限，按总分 100 分为限/);
    expect(warned(r)).not.toMatch(/最多可加的分数合计/);
  });

  it('考评项目 | 分项 | 考评内容 | 标准 | 分值 with 5、 merged over two 考评内容: the 分项 name the items (xibujiuye)', () => {
    const r = ok(
      grid([
        ['考评项目', '分项', '考评内容', '考评方法评分标准', '分值'],
        [
          '一 计划、总结',
          '1、就业计划',
          '9月份交,内容要包含工作目标、工作要点、责任落实',
          '按时、按要求上报计划得2分; 延迟上报扣0.5分。',
          '2',
        ],
        [
          '↑',
          '2、就业总结',
          '1月份交,内容要详实,要突出工作实效,能提出可行的创新改进措施',
          '按时、按要求上报总结得2分; 延迟上报扣0.5分,查上交资料。',
          '2',
        ],
        [
          '↑',
          '3、就业调研',
          '专业就业形势调研、毕业生就业质量调研',
          '分专业调研,问卷调查或上门调查,于12月底形成调查报告交就业指导中心。',
          '2',
        ],
        [
          '二 就业指导',
          '4、就业指导培训',
          '对就业工作人员开展培训,旨在提高就业指导能力;对学生开展培训,旨在提高就业能力',
          '开展一次得1分。',
          '2',
        ],
        [
          '↑',
          '5、就业讲座、就业活动',
          '求职技巧、政策宣传、创业经验、职场实践、求职经验等主题',
          '每开展一次得1分,充分组织学生参加。',
          '3',
        ],
        ['↑', '↑', '系部自行开展与就业相关的第二课堂活动', '每项活动得2分。', '6'],
        [
          '↑',
          '6、职业咨询',
          '接受学生职业咨询及跟踪辅导(达到职业生涯规划的高度)',
          '每辅导一位学生得0.2分,团体辅导(10人以上)一次得1分。',
          '3',
        ],
      ]),
    );
    // (The two 考评内容 under 5、 each keep their own points: items of their own, named by their words.)
    expect(items(r).map((i) => i.name)).toEqual([
      '就业计划',
      '就业总结',
      '就业调研',
      '就业指导培训',
      '求职技巧、政策宣传、创业经验、职场实践、求职经验等主题',
      '系部自行开展与就业相关的第二课堂活动',
      '职业咨询',
    ]);
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 2, 2, 3, 6, 3]);
  });

  it('课间操巡视1分:9:10—9:30 beside 迟到… under 三、扣分标准(10分): one pool, each round keeping its points (zhiqin)', () => {
    const r = ok(
      grid([
        ['编号', '条文', '扣分'],
        ['三、', '扣分标准(10分)', ''],
        ['1、', '迟到5分钟内扣1分,10分钟内扣2分,10分钟以上扣5分。', ''],
        ['2、', '晨岗及责任区早读巡视2分:初中7:00—7:30高中7:00—7:30', ''],
        ['3、', '课间操巡视1分:9:10—9:30', ''],
        ['4、', '食堂或教室午餐巡视2分:11:50—12:20', ''],
        ['5、', '上课及责任区抽查1分', ''],
        ['6、', '文明午休巡视2分:12:40—1:30(在责任区楼层管理接受1号人员考勤)', ''],
        ['7、', '清校及卫生巡视1分:17:15—17:35', ''],
        ['8、', '值日表迟交扣1分:当日的6:00前', ''],
      ]),
    );
    expect(items(r)).toHaveLength(1);
    expect(items(r)[0]?.cap).toBe(10);
    const cs = clauses(r);
    // Lateness by band: three lapses, each its cost; the rounds each done or not at their points; the 10 in all.
    expect(cs[0]?.rule).toMatchObject({ kind: 'deduct', inputs: [{ per: 1 }, { per: 2 }, { per: 5 }] });
    expect(cs.slice(1, 7).map((c) => [c.rule.kind, c.points])).toEqual([
      ['yesno', 2],
      ['yesno', 1],
      ['yesno', 2],
      ['yesno', 1],
      ['yesno', 2],
      ['yesno', 1],
    ]);
    expect(cs.reduce((a, c) => a + Number(c.points), 0)).toBe(10);
    expect(cs[2]?.rule.kind === 'yesno' && cs[2].rule.input.label).toBe('已做到：课间操巡视');
    // 值日表迟交扣1分: a lapse's cost, not a title's points.
    expect(cs[7]?.rule).toMatchObject({ kind: 'deduct', inputs: [{ per: 1 }] });
  });

  it('注:…2.因质量较高获得局领导批示表扬的公文,可酌情予以加分。 below the 合计: a bonus the assessor sets (gongwen)', () => {
    const r = ok(
      grid([
        ['考核内容', '', '', '分值', '评分细则'],
        ['公文格式(50分)', '标题', '规范简洁,准确体现公文内容', '25', '每处错误1分,严重错误(如文不对题)5分。'],
        ['↑', '发送单位', '行文关系正确,恰当使用全称或规范性简称,排序正确', '25', '每处错误1分。'],
        ['合计', '', '', '50', ''],
        ['注:1.本表为对单一公文的考核表。', '', '', '', ''],
        ['2.因质量较高获得局领导批示表扬的公文,可酌情予以加分。', '', '', '', ''],
      ]),
    );
    expect((r.rubric.adjustments ?? []).map((a) => [a.role, a.clauses[0]?.rule.kind])).toEqual([
      ['bonus', 'judgement'],
    ]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'deduct']);
  });

  it('考核内容 | (no head) | 评分标准 | 分值 with 1.… demands under it: the headless column names the items (banli)', () => {
    const r = ok(
      grid([
        ['考核内容', '', '评分标准', '分值'],
        [
          '组织领导 10分',
          '1.把政协提案办理工作列入议事日程,成立领导小组和办公室,明确分工,有专人负责。',
          '成立机构,明确分工,有专人负责,纳入单位内部年度考核,记1分;少一项,扣0.25分。',
          '1',
        ],
        [
          '↑',
          '2.建立健全提案办理工作制度,制定主要领导督办提案办理制度、层层负责制度、走访面商制度,规范工作流程。',
          '制度健全,有现场办理方案和面商计划的,记1.5分;少一项,扣0.5分。',
          '1.5',
        ],
        [
          '工作程序 25',
          '6.在提案办理过程中,主动与提案者进行联系沟通,面对面进行协商沟通,面商率达到100%。',
          '采取上门沟通、邀请到单位面商、到现场踏勘等面对面的方式开展协商沟通,面商率100%,记5分,少一个百分点扣1分。',
          '5',
        ],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['组织领导', 10],
      ['工作程序', 25],
    ]);
    // 少一项 is each demand missing (not one demand's failure beside others unscored); 面商率100% the target.
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'deduct', 'shortfall']);
    expect(clauses(r)[2]?.rule).toMatchObject({ target: 100, per: 1 });
  });

  it('满分120分 over parts of 10 and 25: the parts’ stated points against the total are said (banli)', () => {
    const r = ok(
      grid([
        ['政协提案办理工作考核内容及评分标准(满分120分)', '', ''],
        ['考核内容', '评分标准', '分值'],
        ['组织领导 10分', '有会议记录和领导签批的,记5分;否则,不记分。', '5'],
        ['工作程序 25分', '有提案办理工作总结的,记25分;否则,不记分。', '25'],
      ]),
    );
    expect(warned(r)).toMatch(/各部分标注的分值合计 35 分，与总分 120 分不符/);
  });

  it('选框 | 分值 | 检核标准 with 1.0’ points and titles alone in the 选框 column: read, the titles headings (xundian)', () => {
    const r = ok(
      grid([
        ['选框', '分值', '检核标准', '扣分'],
        ['一、人员/服务管理', '', '', ''],
        ['(一)服装仪容', '', '', ''],
        ['1.按规定穿着工作服', '', '', ''],
        ['□', '1.0’', '统一——所有员工必须穿着工作服,工作服根据公司安排统一换季', ''],
        ['□', '0.5’', '工作服不得借于任何人使用', ''],
        ['2.正确佩戴工作铭牌', '', '', ''],
        ['□', '1.0’', '门店所有人员上班期间均需佩带公司统一制作的工作铭牌', ''],
        ['□', '0.5’', '工作铭牌不得有污损', ''],
      ]),
    );
    expect(r.rubric.total).toBe(3);
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['人员/服务管理']);
    expect(warned(r)).not.toMatch(/前一页末行|未导入/);
  });
});

describe('rule words of the twenty-eighth round', () => {
  it('按时、按要求上报计划得2分; 延迟上报扣0.5分。: on time 2, late 1.5, not at all 0 (xibujiuye)', () => {
    const c = only('按时、按要求上报计划得2分; 延迟上报扣0.5分。查上交资料。', 2);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule.kind === 'levels' && c.clause.rule.levels.map((l) => l.points)).toEqual([2, 1.5, 0]);
  });

  it('每辅导一位学生得0.2分,团体辅导(10人以上)一次得1分。: two counts, each its award (xibujiuye)', () => {
    const c = only('每辅导一位学生得0.2分,团体辅导(10人以上)一次得1分。查提供的咨询记录、跟踪记录等材料。', 3);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule).toMatchObject({
      kind: 'award',
      inputs: [
        { unit: '位', per: 0.2 },
        { unit: '次', per: 1 },
      ],
    });
  });

  it('每处错误1分,严重错误(如文不对题)5分。 in a column of deductions: 1 a fault, 5 a serious one (gongwen)', () => {
    const c = only('每处错误1分,严重错误(如文不对题)5分。', 5);
    expect(c.flagged).toBe(false);
    expect(c.clause.rule).toMatchObject({ kind: 'deduct', inputs: [{ unit: '处', per: 1 }, { per: 5 }] });
    expect(only('每处错误1分。', 6).clause.rule).toMatchObject({ kind: 'deduct', inputs: [{ per: 1 }] });
    // (每个问题加1分 is no fault: 加 is not taken for 扣.)
    expect(only('每个问题加1分', 5).clause.rule.kind).not.toBe('deduct');
  });

  it('酌情扣分,领导不满意退文扣5分。: the 酌情 is a way of its own beside the 5 — flagged, not dropped (gongwen)', () => {
    expect(only('酌情扣分,领导不满意退文扣5分。', 15).flagged).toBe(true);
    // (酌情扣分。出现一次扣2分 — the next sentence says how — is still read.)
    expect(only('酌情扣分,每发现一处扣1分。', 5).flagged).toBe(false);
  });
});

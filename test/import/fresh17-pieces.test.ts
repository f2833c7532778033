import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the seventeenth round of unseen tables (tables/fresh17) taught, in the tables' own words. */

describe('layouts of the seventeenth round', () => {
  it('A | B | C over 5 | 4 | 3: the grades’ points, the headless column what each row asks; 检查不得分 below is a veto (zuoye)', () => {
    const r = ok(
      grid([
        ['作业布置与批改检查标准表'],
        ['序号', '', 'A', 'B', 'C', '得分'],
        ['1', '内容符合教学大纲和教学内容要求', '5', '4', '3'],
        ['2', '按规定量布置作业,精选作业,分层次作业,难易适度,学生一般能当堂完成', '10', '8', '6'],
        ['6', '有作业批改手册,手册记录与作业次数一致。补写手册者,该项不计分', '15', '12', '9'],
        ['7', '及时讲评与辅导,有个别辅导记录', '5', '4', '3'],
        ['合计得分'],
        ['2、若突击批改作业或学生互批互改,敷衍了事,不讲实效者,检查不得分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 10, 15, 5]);
    expect(r.rubric.total).toBe(35);
    expect(clauses(r)[0]?.rule).toMatchObject({
      kind: 'levels',
      levels: [{ points: 5 }, { points: 4 }, { points: 3 }],
    });
    expect(r.rubric.vetoes).toHaveLength(1);
    expect(warned(r)).not.toContain('合计得分');
  });

  it('a 分数 column empty on every row is filled in, not the points; 床 面(20): gives them (sushe)', () => {
    const r = ok(
      grid([
        ['寝室卫生检查扣分标准'],
        ['项目', '编号', '内容', '扣分', '分数', '备注'],
        ['床 面(20):', '①', '被子摆放不整齐(每人次扣5分);'],
        ['↑', '②', '床沿不得挂放衣架等物品(每人次扣5分);'],
        ['墙 面(20):', '①', '墙上网线分布不合理(扣10分);'],
        ['↑', '②', '墙上有明显的蜘蛛网(扣5分);'],
        ['二.注意项', '(1)', '若寝室人员不在,查寝人员要在备注栏注明內锁和外锁。'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['床面', 20],
      ['墙面', 20],
    ]);
    // (A row of no points whose words read nothing is named, not an item of 0 points.)
    expect(warned(r)).toContain('查寝人员要在备注栏注明內锁和外锁');
    expect(clauses(r).every((c) => c.rule.kind === 'deduct')).toBe(true);
  });

  it('考核要素 names, 考核内容及标准 scores; A…15分 B…13分 C…8分 D…0分 is one ladder (baoan)', () => {
    const r = ok(
      grid([
        ['', '考核要素', '考核内容及标准', '分值'],
        [
          '工作职责目标',
          '安全管理',
          'A安全责任区内无治安事件发生,达标15分 B安全责任区偶有治安事件发生,能够及时采取措施妥善处理13分 C安全责任区偶有治安事件发生,不能采取适当的处理措施 8分 D安全责任区经常性发生治安事件 0分。',
          '15',
        ],
        [
          '↑',
          '会议管理',
          'A 定期召开保安员会议,并有会议纪要,与会人员需签字 10分 B 能经常召开,但无会议纪要 7分 C 偶而召开会议,且无会议纪要,无与会人员签字 3分',
          '10',
        ],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['安全管理', 15],
      ['会议管理', 10],
    ]);
    expect(
      clauses(r).map((c) => (c.rule.kind === 'levels' ? c.rule.levels.map((l) => l.points) : c.rule.kind)),
    ).toEqual([
      [15, 13, 8, 0],
      [10, 7, 3],
    ]);
  });

  it('处罚率、入库率(8分,其中每项4分) heads its paragraphs; one paragraph under 稽查报表(8分) is read with its points (jicha)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['3.', '稽查报表(8分)'],
        ['', '未按规定上报月报、半年报、年报的,每迟到一天扣1分;报表每发现一处错误扣0.5分。'],
        ['4.', '处罚率、入库率(8分,其中每项4分)'],
        ['', '处罚率:罚款总额/查补税款总额x100%'],
        ['', '以上两项指标,每高于基本标准5%加2分;每低于基本标准5%扣2分。'],
        ['5.', '专项检查(4分)'],
        [
          '',
          '按照省局要求开展专项税务检查工作的,由省局根据各地区检查面、检查效果进行综合考核,评估定分。未按规定上报专项检查总结、报表的,每项扣1分。',
        ],
      ]),
    );
    expect(r.rubric.total).toBe(20);
    expect(items(r).map((i) => i.cap)).toEqual([8, 8, 4]);
    expect(clauses(r)[0]).toMatchObject({ points: 8, rule: { kind: 'deduct', floor: 'zero' } });
    // (The province's own rating beside the deduction: not the deduction alone.)
    expect(r.blocks[0]?.clauses.find((c) => c.item === items(r)[2]?.id)?.flagged).toBe(true);
  });

  it('一、19分) — the name lost, the points kept (saohuang)', () => {
    const r = ok(
      grid([
        ['一级指标', '二级指标', '分值', '评分细则', '项目分值'],
        [
          '一、19分)',
          '1.区县、街镇“扫黄打非”工作组织领导及作用发挥',
          '12',
          '1.区县有健全的“扫黄打非”领导机构、办事机构',
          '5',
        ],
        ['↑', '↑', '↑', '2.区县“扫黄打非”办公室有效发挥组织协调作用,有“扫黄打非”工作人员', '3'],
        ['↑', '↑', '↑', '3.街镇有领导部门分管“扫黄打非”工作,落实辖区“扫黄打非”工作任务', '3'],
        ['↑', '↑', '↑', '4.开展创建“扫黄打非”基层示范点工作', '1'],
        ['↑', '2年度“扫黄打非”行动方案落实', '4', '1.研究、制定、提交年度“扫黄打非”行动方案', '2'],
        ['↑', '↑', '↑', '2.部署、实施年度“扫黄打非”行动方案', '2'],
      ]),
    );
    expect(r.rubric.total).toBe(19);
    expect(r.rubric.sections.map((s) => s.cap)).toEqual([19]);
  });
});

describe('language of the seventeenth round', () => {
  it('墙上有明显的蜘蛛网(扣5分): 明显 says a lapse (sushe)', () => {
    expect(only('墙上有明显的蜘蛛网(扣5分);', 20).clause.rule).toMatchObject({
      kind: 'deduct',
      inputs: [{ per: 5 }],
    });
  });

  it('制度健全得满分,制度不健全扣1分,无制度不得分: three levels, not a lapse counted (baojie)', () => {
    expect(only('制度健全得满分,制度不健全扣1分,无制度不得分。(查看台帐资料)', 4).clause.rule).toMatchObject({
      kind: 'levels',
      levels: [{ points: 4 }, { points: 3 }, { points: 0 }],
    });
  });

  it('…并配发巡查袖标得1分,没有配备不得分: the 不得分 is the 得1分 not met, no second question (baojie)', () => {
    const r = only('有专业巡查保洁员及业余巡查队并配发巡查袖标得1分,没有配备不得分。', 1);
    expect(r.clause.rule.kind).toBe('yesno');
    expect(r.clause.requires).toBeUndefined();
  });

  it('发现有围网养殖、但在15天内拆除的,得10分;未在15天内拆除的,得5分: none found is not said — flagged (yangzhi)', () => {
    expect(only('镇(开发区)在自查过程中发现有围网养殖、但在15天内拆除的,得10分;未在15天内拆除的,得5分。').flagged).toBe(
      true,
    );
  });
});

import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the twenty-first round of unseen tables (tables/fresh21) taught, in the tables' own words. */

describe('layouts of the twenty-first round', () => {
  it('缺陷内容 | 扣分标准 over 缺主诉 | 5, …有缺陷 | 1/项, 0。5/项: what each lapse costs, off the merged 标准分值 (bingli)', () => {
    const r = ok(
      grid([
        ['病历书写项目', '标准分值', '缺陷内容', '扣分标准'],
        ['病案首页', '5分', '缺质量控制医师签名', '1'],
        ['↑', '↑', '入院诊断未填写或缺少中医诊断', '2'],
        ['↑', '↑', '入院诊断填写有缺陷', '0。5/项'],
        ['↑', '↑', '出院诊断填写有缺陷(每项)', '1/项'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5]);
    expect(clauses(r).map((c) => [c.rule.kind, (c.rule as { inputs?: { per: number }[] }).inputs?.[0]?.per])).toEqual([
      ['deduct', 1],
      ['deduct', 2],
      ['deduct', 0.5],
      ['deduct', 1],
    ]);
    expect(r.blocks[0]?.clauses.every((c) => !c.flagged)).toBe(true);
  });

  it('项目 | 评估标准 | 评估方法 with 1.…,2分; 3.…,2分;并有资金保障,1分; under 一、组织领导(10分): items of their figures (kongyan)', () => {
    const r = ok(
      grid([
        ['项目', '评估标准', '评估方法'],
        ['一、组织领导(10分)', '1.本机构有职责明确的控烟领导小组,2分;', '听取汇报 查阅文件'],
        ['↑', '2.各部门有职责明确的控烟工作负责人,2分;', '↑'],
        ['↑', '3.将控烟工作纳入本单位的工作计划,2分;并有资金保障,1分;', '↑'],
        ['↑', '4.本机构领导成员都不吸烟,3分;有1位吸烟成员扣1分,扣完为止;', '↑'],
        [
          '三、室外吸烟区(5分)',
          '1.若设置室外吸烟区,有明显的引导标识,4分;设置不符规范,扣2分;若不设室外吸烟区,室外场所完全禁烟,4分;',
          '现场考察',
        ],
        ['↑', '2.室外吸烟区有控烟标识,1分;', '↑'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 2, 3, 3, 4, 1]);
    expect(
      clauses(r)
        .map((c) => c.text)
        .join(),
    ).not.toContain('听取汇报');
  });

  it('厂区 merged with its 应得分数 10 over rows of …扣3分: one item the rows take from (shengchan)', () => {
    const r = ok(
      grid([
        ['序号', '检查项目', '扣分标准', '应得分数'],
        ['1', '厂区', '厂区道路不畅通,夜间照明度不足扣3分', '10'],
        ['↑', '↑', '道路交叉处没有明显警示标志或信号装置的扣5分', '↑'],
        ['↑', '↑', '厂区有积水、垃圾未及时清除扣5分', '↑'],
        ['2', '封闭管理', '生产现场进出口没有大门的扣2分', '5'],
        ['↑', '↑', '生产现场大门口没有企业标志的扣2分', '↑'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap, i.clauses.length])).toEqual([
      ['厂区', 10, 3],
      ['封闭管理', 5, 2],
    ]);
    expect(clauses(r).every((c) => c.rule.kind === 'deduct')).toBe(true);
  });

  it('1.…得2分;…得1分。 2.…每项得1分,最高得3分。 3.…(4分) in 10: the first two things had, 2 + 1 (jieyue)', () => {
    const r = ok(
      grid([
        ['序号', '项目', '内容', '评分规则', '分值'],
        [
          '2',
          '完善制度体系(10分)',
          '管理制度',
          '1.制定创建节约型机关实施方案,得2分;制定节约能源资源实施方案,并明确年度节约能源资源目标,得1分。 2.制定落实节能节水等节约能源资源管理制度,每项得1分,最高得3分。 3.建立能源资源消费统计台账。(4分) 1)逐月整理汇总票据,得1分; 2)按时报送数据,得1分; 3)按时报送分析报告,得1分; 4)每季度公示一次,得1分。',
          '10',
        ],
      ]),
    );
    expect(clauses(r)[0]?.rule).toMatchObject({ kind: 'checklist', inputs: [{ points: 2 }, { points: 1 }] });
  });

  it('评分项目 …实施;1分2.按规定通报…1分 | 评分说明 that says nothing of scoring: the points are read, not 说明 as a yes/no (zhiqian)', () => {
    const r = ok(
      grid([
        ['序号', '类别', '年度考核项目', '评分项目', '评分说明', '分值'],
        [
          '1',
          '加强组织领导',
          '1.落实市级政府负总责的工作体制',
          '1.落实由政府负责人担任召集人的工作协调机制,每年至少召开2次会议;1分2.制定本地区治欠保支年度工作计划.1分',
          '2项年度工作计划具体形式不限,其中工作任务应当明确各部门责任分工。',
          '2',
        ],
        [
          '↑',
          '↑',
          '2.建立对下级政府治欠保支工作考核机制',
          '1.制定对下级政府的年度考核办法并组织实施;1分2.按规定通报考核结果,采取措施督促整改.1分',
          '1项中考核指标应明确属地和部门责任.',
          '2',
        ],
        [
          '↑',
          '↑',
          '3.建立并落实治欠保支工作问责制度',
          '建立并落实治欠保支工作问责制度.2分',
          '问责对象指对监管责任不落实的部门和人员,每发现1起应问责未问责的扣0.5分,扣完为止.',
          '2',
        ],
      ]),
    );
    // The first two clauses: not 说明 read as one thing done worth 2 (each part done is worth its own 1).
    expect(
      r.blocks[0]?.clauses.slice(0, 2).map((c) => c.rule.kind === 'yesno' && c.points === 2 && !c.flagged),
    ).toEqual([false, false]);
    expect(r.blocks[0]?.clauses[0]?.text).toContain('召集人');
  });

  it('项目 | 绩效方向 | 绩效目标 | 权重 | 1级…: 5S维持 is a name, not 5.; 回款额 the item (xiaoshou)', () => {
    const r = ok(
      grid(
        [
          ['项目', '绩效方向', '绩效目标', '权重', '计分标准', '', '', ''],
          ['', '', '', '', '1级', '2级', '3级', '4级'],
          [
            '业绩指标80分',
            '回款额',
            '每月回款2万',
            '20',
            '1万以下(10分)',
            '2万以下(15分)',
            '2万(20分)',
            '2万以上(25分)',
          ],
          ['↑', '客户培训', '及时有效培训(累加分数)', '10', '完成培训(4分)', '根据客户情况反复多次培训(6分)', '', ''],
          [
            '素质指标20分',
            '5S维持',
            '工作素养 (累加分数)',
            '5',
            '个人穿着大方(1分)',
            '办公桌整齐(1分)',
            '电脑资料存放有序(1分)',
            '',
          ],
        ],
        [{ top: 0, left: 4, bottom: 0, right: 7 }],
      ),
    );
    expect(items(r).map((i) => i.name)).toEqual(['回款额', '客户培训', '5S维持']);
  });

  it('二、考评分值 1、…计10分,…分别计5分。合计为20分。: the row’s points are its sum said last (nianjian)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['二、', '考评分值'],
        ['1、', '按规定时间上交初稿计10分,按规定时间上交修改反馈稿和领导审定稿分别计5分。合计为20分。'],
        ['2、', '按规定完成照片组稿的计20分,其中上交时间、照片数量、照片质量和照片说明各占5分。'],
        ['3、', '按规定完成编纂内容的计60分。其中行文格式、资料翔实、事实准确和行文规范各占15分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([20, 20, 60]);
    expect(warned(r)).not.toContain('与总分');
  });
});

describe('readings of the twenty-first round', () => {
  it('营业厅外部牌匾符合要求,得2分,不合格得-1分: below nothing is no deduction per lapse — flagged (wangdian)', () => {
    const r = only('营业厅外部牌匾符合要求,得2分,不合格得-1分', 2);
    expect(r.flagged).toBe(true);
    expect(r.clause.rule.kind).not.toBe('deduct');
  });
});

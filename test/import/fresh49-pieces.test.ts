import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the forty-ninth round of unseen tables (tables/fresh49) taught, in the tables' own words. */

describe('layouts of the forty-ninth round', () => {
  it('序号 | 考核项目 | (no head) | 分值 with the stage merged down and a step whose aside in brackets runs long: the steps are the items (shachongxunzheng)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '', '分值'],
        ['1', '准备', '了解处理目的、要求和注意事项（如货物包装标志标识）', '0.5'],
        ['2', '↑', '制定处理方案（处理目的、对象、方法、药物名称和用药标准、器械）', '5'],
        ['3', '↑', '人员、药品、工具、记录单证等齐全', '0.5'],
        ['4', '操作', '到达现场通知被处理单位做好配合', '0.5'],
        ['5', '↑', '检查处理对象与通知单相符合', '0.5'],
        ['6', '现场操作原始记录准确、完整（1.5分），规范签发处理报告书（1.5分）', '', '3'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([0.5, 5, 0.5, 0.5, 0.5, 3]);
    expect(items(r)[1]?.name).toMatch(/^制定处理方案/);
    expect(r.rubric.total).toBe(10);
  });

  it('考評項目 | 評分細項及標準 | 備註 with 註：基本分為70分 under the rows that only deduct: read in simplified forms, from 70 (shoukepingfen)', () => {
    const r = ok(
      grid([
        ['考評項目', '評分細項及標準', '備註'],
        ['上課出勤情形', '1.經學校排定監考而無故未到，每次扣1分。', '依教務處紀錄為準'],
        ['↑', '2.未事先報備私下變更上課地點，每次扣1分。', ''],
        ['↑', '3.上課遲到、早退，每次扣1分。', ''],
        ['其他教學事項', '1.未依規定時間內繳交期中考、期末考成績，每科目扣1分。', ''],
        ['註：基本分為70分，最高分數為100分。', '', ''],
      ]),
    );
    expect(r.rubric.total).toBe(70);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'deduct', 'deduct', 'deduct']);
  });

  it('编号 | 指标 | 说明 with 社区…建设:5分 and …得基础分5分。每项不达标减1.5分: the 说明 the rules, the points after the colon (chuangjianwenguang)', () => {
    const r = ok(
      grid([
        ['编号', '指标', '说明'],
        ['一、', '创建工作:10分', ''],
        ['(一)', '街镇图书馆建设:5分', '年增新书册数、年到馆读者数达到年度指标,得基础分5分。每项不达标减1.5分。'],
        ['(二)', '文化活动中心建设:3分', '达到标准化要求并通过验收的,得基础分3分。未达要求的扣3分。'],
        ['(三)', '文化团队建设:2分', '组建文化团队不少于5支,得基础分2分。每少一支扣0.5分。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['创建工作', 10]]);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['街镇图书馆建设', 5],
      ['文化活动中心建设', 3],
      ['文化团队建设', 2],
    ]);
    const [first] = clauses(r);
    expect(first?.rule.kind === 'deduct' && first.rule.inputs.map((i) => i.per)).toEqual([1.5]);
  });

  it('编号 | 名称或条文 | 说明及计分 over chapters of prose: the named indicators with their rules (jicengfayuan)', () => {
    const r = ok(
      grid([
        ['编号', '名称或条文', '说明及计分'],
        ['第一条', '为科学、客观、公正地评价全省各基层法院工作,制定本规定。', ''],
        ['(一)', '公正与效果指标(5分)', ''],
        ['1.', '民事一审案件陪审率(2分)', '达到40%的得满分,每低一个百分点扣0.1分。'],
        ['2.', '民事案件调解率(3分)', '达到27%的得满分,每低一个百分点扣0.2分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 3]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['shortfall', 'shortfall']);
  });

  it('…每发现1户…扣1分,本项扣分不保底: deductions below nothing (cunlianhu)', () => {
    const r = ok(
      grid([
        ['项目', '考核内容', '考核评分标准', '基本分'],
        ['服务群众', '干部联户全覆盖', '抽查1个村,走访10户农户,每发现1户农户没有干部联系的扣1分,本项扣分不保底。', '5'],
        ['↑', '制度上墙', '未上墙的扣2分。', '2'],
      ]),
    );
    const [first] = clauses(r);
    expect(first?.rule.kind === 'deduct' && first.rule.floor).toBe('none');
  });

  it('…齐全,得2分,有1例不合格不得分 / 无死灰复燃现象,得2分,有1例死灰复燃不得分: the demand met or not, no other event (jianpai)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['3、', '调整和优化产业结构情况(9分)'],
        [
          '(1)',
          '按期淘汰落后的生产能力、工艺、设备与产品。按要求全部落实到位,得5分;未全部完成时,每少关停一家扣1分,扣完为止。',
        ],
        ['(2)', '关停手续、证明资料齐全,得2分,有1例不合格不得分。'],
        ['(3)', '加强日常监管,无死灰复燃现象,得2分,有1例死灰复燃不得分。'],
      ]),
    );
    const last = clauses(r).slice(-2);
    expect(last.map((c) => c.rule.kind)).toEqual(['yesno', 'yesno']);
    expect(last.map((c) => c.requires)).toEqual([undefined, undefined]);
  });

  it('4、…(7分) over (1)…得1分 (2)…得2分 (3)… cut where the copy stops: the parts keep 1 and 2, the cut one the 4 left, typed and said (jianpai)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(二)', '减排措施落实情况(11分)'],
        ['1、', '严格实行环保目标责任制(4分)'],
        ['(1)', '成立减排领导小组,得2分,没有不得分。'],
        ['(2)', '成立工作专班,得2分,没有不得分。'],
        ['4、', '重点减排工程实施情况(7分)'],
        ['(1)', '辖区内已投运污水处理厂正常运行,得1分,否则不得分。'],
        ['(2)', '辖区内已投运污水处理厂建立运行管理机制,得2分,否则不得分。'],
        ['(3)', '污水处理厂、工业企业废水、废气治理设施正常运行、'],
      ]),
    );
    const last = items(r)[1];
    expect(last?.cap).toBe(7);
    expect(last?.clauses.map((c) => c.points)).toEqual([1, 2, 4]);
    expect(warned(r)).toMatch(/本项 7 分，原文写明分值的各条共 3 分，本条按余下的 4 分/);
  });

  it('4、…(4分) over its paragraphs, then 三、岗位职责要求(10分) over 1、…(4分) / 2、…(6分) over (1)…(2分): 三 one section of two items (hujichuangkou, fresh44)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['4、', '实行特事特办制度。(4分)'],
        ['(1)', '对确实急需办理户口的群众,应按特事特办的规定随时给予办理。(2分)'],
        ['(2)', '对行动不便的群体提供预约和上门服务。(2分)'],
        ['三、', '岗位职责要求(10分)'],
        ['1、', '岗位要求(4分)'],
        ['(1)', '户籍窗口应配置1-2名正式民警,挂牌上岗,亮明民警身份。(2分)'],
        ['(2)', '户籍民警上岗前应接受岗位培训并经县级公安机关考核合格(2分)'],
        ['2、', '职业道德(6分)'],
        ['(1)', '民警工作时间按照规定着装,警容严整。(2分)'],
        ['(2)', '接待群众耐心细致,语言文明、态度和蔼。(2分)'],
        ['(3)', '警民关系和谐,未出现冷、硬、横、推等行为。(2分)'],
      ]),
    );
    const last = r.rubric.sections[r.rubric.sections.length - 1];
    expect([last?.name, last?.cap]).toEqual(['岗位职责要求', 10]);
    expect(last?.items.map((i) => [i.name, i.cap, i.clauses.length])).toEqual([
      ['岗位要求', 4, 2],
      ['职业道德', 6, 3],
    ]);
  });
});

import { parseRuleText } from '../../src/core/import/parse';
import { grid, items, ok } from './real-grid';

/** The pieces the seventh round of unseen tables (tables/fresh7) taught, in the tables' own words. */

describe('layouts of the seventh round', () => {
  it('rows under one name whose points cell is merged with it are one item (wenhua)', () => {
    const r = ok(
      grid([
        ['指标名称', '', '测评内容', '测评方法', '分值'],
        ['村级班子强15分', '1经济发展', '制定经济和社会发展长远规划和近期计划', '听取汇报', '6'],
        ['↑', '↑', '集体经济不断发展壮大', '听取汇报', '↑'],
        ['↑', '2班子团结', '村两委班子团结,组织协调创建活动积极有力', '审核材料', '9'],
      ]),
    );
    expect(
      r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => [i.name, i.cap, i.clauses.length])]),
    ).toEqual([
      [
        '村级班子强',
        15,
        [
          ['经济发展', 6, 1],
          ['班子团结', 9, 1],
        ],
      ],
    ]);
  });

  it('reads …制度;5分 closing a demand as its points, under a title with its own (shenji)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '内部审计工作保障情况。10分'],
        ['1.', '单位按照国家有关规定建立健全内部审计制度;5分'],
        ['2.', '单位领导重视内部审计工作,定期听取内部审计工作情况汇报;5分'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => i.cap)])).toEqual([
      ['内部审计工作保障情况', 10, [5, 5]],
    ]);
  });

  it('takes 最高10分 in a bonus block’s points cell as its limit, and 每篇2分 as so much per piece (xinxi)', () => {
    const r = ok(
      grid([
        ['项目', '单项分数', '考核内容及标准和要求'],
        ['信息发布(10分)', '10', '全年报送信息20条,每少1条扣0.5分。'],
        ['加分项', '最高10分', '信息报道在日报发表,每篇2分;在省报发表,每篇3分。'],
      ]),
    );
    const bonus = r.rubric.adjustments?.[0];
    expect([bonus?.role, bonus?.cap, bonus?.clauses[0]?.rule.kind]).toEqual(['bonus', 10, 'award']);
  });

  it('numbering as scans garble it: J for 1、, %1 for ① (fupin)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['J', '前期规划(2分)'],
        ['%1', '项目论证充分:实地考察和专家评估论证(1分)。'],
        ['%1', '建立项目库:项目库资料完整(1分)。'],
        ['2.', '批复项目计划执行(4分)'],
        ['%1', '未擅自调整项目计划或变更项目建设内容(3分);'],
        ['%1', '县有项目工程管护制度和管理人员职责(1分)。'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['前期规划', 2],
      ['批复项目计划执行', 4],
    ]);
    expect(items(r).map((i) => i.cap)).toEqual([1, 1, 3, 1]);
  });
});

describe('what the seventh round still taught after its first fixes', () => {
  it('a middle dot for the decimal point, and parts whose points make the row’s (fupin)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['J', '前期规划(2分)'],
        ['%1', '项目论证充分:确定的项目有专家评估论证人员意见(0・5分);有村委会申请报告和村民代表签字意见(0・5分)。'],
        ['%1', '建立项目库:项目库资料完整(1分)。'],
      ]),
    );
    const [first] = items(r);
    expect([first?.cap, first?.clauses.map((c) => c.rule.kind)]).toEqual([1, ['checklist']]);
    expect(r.warnings.some((w) => w.includes('按所含各条合计 1 分'))).toBe(true);
  });

  it('考核项目 spanning 大项 | 细项 before a 考核要点 of whole sentences: the 细项 names the item (gongce)', () => {
    const r = ok(
      grid(
        [
          ['XX县城镇公厕建设改造工程考核评分标准'],
          ['考核项目', '', '考核要点', '分值', '评分标准(扣分制)', '得分'],
          [
            '一、工作推进情况(5分)',
            '1、组织机构',
            '成立城市公共厕所建设改造工作组织机构,明确牵头单位。',
            '2分',
            '未成立相关组织领导机构的,扣1分;没明确牵头单位的,扣1分。',
            '',
          ],
          [
            '↑',
            '2、会议部署',
            '召开专题会议进行调度部署,研究解决公厕建设中的问题。',
            '1分',
            '未召开相关专题会议进行部署的,扣1分。',
            '',
          ],
          [
            '↑',
            '3、合理布局',
            '在摸清现状底数的基础上,精准绘制布局合理的城区公厕布置图。',
            '2分',
            '未绘制布局合理的城区公厕布置图的,扣3分。',
            '',
          ],
        ],
        [
          { top: 0, left: 0, bottom: 0, right: 5 },
          { top: 1, left: 0, bottom: 1, right: 1 },
        ],
      ),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.map((i) => i.name)])).toEqual([
      ['工作推进情况', 5, ['组织机构', '会议部署', '合理布局']],
    ]);
    // One lapse costs 3 on a row of 2: the rule stands as written, and the user is told.
    expect(r.warnings.filter((w) => w.includes('多于本条'))).toEqual([
      '第 3 项“合理布局”：一处扣 3 分，多于本条的 2 分（原表如此，按扣完为止计）',
    ]);
  });
});

describe('language of the seventh round', () => {
  it('参加一次专项培训 is no 加1分 (shenji)', () => {
    const [c] = parseRuleText(
      '每年接受后续教育或参加一次专项业务理论技术培训;内部审计人员能遵循审计职业道德规范。5分',
      {
        item: 't',
        points: 5,
      },
    );
    expect(c?.clause.rule.kind).not.toBe('award');
  });
});

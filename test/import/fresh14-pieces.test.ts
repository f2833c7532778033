import { splitClauses } from '../../src/core/import/clauses';
import { grid, clauses, items, ok, warned } from './real-grid';

/** The pieces the fourteenth round of unseen tables (tables/fresh14) taught, in the tables' own words. */

describe('layouts of the fourteenth round', () => {
  it('序号 一 merged down over rows that each have a name and points: each row an item; rows of words after them named (nongmao)', () => {
    const r = ok(
      grid([
        ['序号', '督查内容', '分值'],
        ['一', '市场管理、保洁人员是否按时到岗', '3'],
        ['↑', '管理人员是否在岗管理', '3'],
        ['二', '划行归市是否到位', '5'],
        ['↑', '有无出摊漫摊现象', '5'],
        ['八', '卫生等管理制度是否上墙', ''],
        ['↑', '是否悬挂制作了创建标语(牌)', ''],
        ['↑', '是否实行了', ''],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['市场管理、保洁人员是否按时到岗', 3],
      ['管理人员是否在岗管理', 3],
      ['划行归市是否到位', 5],
      ['有无出摊漫摊现象', 5],
    ]);
    // (Nothing typed is lost: the rows without points are named.)
    for (const words of ['卫生等管理制度是否上墙', '是否悬挂制作了创建标语', '是否实行了'])
      expect(warned(r)).toContain(words);
  });

  it('a cell whose punctuation a copy made spaces: its numbered parts, 0 2 分 as 0.2 (chengguan)', () => {
    expect(
      splitClauses('1 未与责任人签订责任书 每处扣 0 2 分 扣完为止 2 责任区划分不合理 扣 1 分').map((p) => p.normal),
      // (The space after 分 a comma too, since fresh38: 每处扣0.2分,扣完为止.)
    ).toEqual(['未与责任人签订责任书每处扣0.2分,扣完为止;', '责任区划分不合理扣1分']);
    // (A cell with its punctuation keeps its spaces as nothing.)
    expect(splitClauses('未签订责任书的,每处扣 1 分。').map((p) => p.normal)).toEqual(['未签订责任书的,每处扣1分。']);
  });

  it('考评内容 numbered with points beside 评分标准 numbered the same: each demand an item with its rule (chengguan)', () => {
    const r = ok(
      grid([
        ['类别', '分值', '考评内容', '评分标准', '考评方式'],
        [
          '组织领导',
          '5',
          '1、设立城管办及考评办,人员到位,1分;2、建立数字城管二级平台,1分;3、推进城市管理重心下移,3分',
          '1、未设立机构扣1分;2、未建立二级平台扣1分;3、社区未设立城管机构少一处扣1分,扣完为止',
          '听取汇报',
        ],
        [
          '责任区管理',
          '2',
          '1、与责任人签订责任书,1分;2、责任区划分合理,1分',
          '1、未签订责任书扣1分;2、责任区划分不合理扣1分',
          '查看资料',
        ],
        ['城市市容管理', '5', '所辖范围城市市容符合城市容貌标准,无明显管理死角', '有管理死角的,每处扣1分', '抽查现场'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([1, 1, 3, 1, 1, 5]);
    expect(clauses(r).map((c) => [c.points, c.text])).toEqual([
      [1, '未设立机构扣1分'],
      [1, '未建立二级平台扣1分'],
      [3, '社区未设立城管机构少一处扣1分,扣完为止'],
      [1, '未签订责任书扣1分'],
      [1, '责任区划分不合理扣1分'],
      [5, '有管理死角的,每处扣1分'],
    ]);
    expect(clauses(r)[2]?.rule).toMatchObject({ kind: 'deduct', inputs: [{ per: 1 }] });
  });

  it('考核目标 over one column per county: figures for each, not names (cunzhen)', () => {
    const r = ok(
      grid(
        [
          ['序号', '考核指标', '考核目标', '', '', '基本分', '评分标准'],
          ['↑', '↑', '柯城区', '衢江区', '龙游县', '↑', '↑'],
          ['1', '中心村规划编制率', '90%', '90%', '85%', '5', '完成得基本分,未完成的不得分。'],
          ['2', '建设镇级污水处理设施(座)', '1', '6', '1', '10', '完成得基本分,未完成的不得分。'],
        ],
        [{ top: 0, left: 2, bottom: 0, right: 4 }],
      ),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['中心村规划编制率', 5],
      ['建设镇级污水处理设施(座)', 10],
    ]);
  });

  it('一、二、三 in a headless first column are the numbers: headings over rows numbered in their names; —0.5分 is 扣0.5分 (gongdian)', () => {
    const r = ok(
      grid([
        ['', '工作内容', '考评标准', '标准分'],
        ['一', '基础资料管理', '', '40'],
        [
          '',
          '1、二十种规程、制度齐全并贯彻',
          '1、部、网、省颁规程齐全,每缺一种—0.5分2、现场规程齐全,每缺一种—1分',
          '15',
        ],
        ['', '2、五种生产图纸与现场相符', '1、供电所应均具有并与现场必须相符2、每缺一种—1.5分3、与现场不符—3分', '25'],
        ['二', '安全管理', '', '40'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['基础资料管理', 40]]);
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['二十种规程、制度齐全并贯彻', 15],
      ['五种生产图纸与现场相符', 25],
    ]);
    // 每缺一种—0.5分 … 每缺一种—1分: one deduction of the row's points, a count for each.
    expect(items(r)[0]?.clauses.map((c) => c.rule)).toMatchObject([
      {
        kind: 'deduct',
        inputs: [
          { unit: '种', per: 0.5 },
          { unit: '种', per: 1 },
        ],
      },
    ]);
    // (A part that only says what is checked, before the deductions, is no part scored of its own; the
    // inputs are numbered under the one clause.)
    const [second] = items(r)[1]?.clauses ?? [];
    expect(second?.rule).toMatchObject({ kind: 'deduct', inputs: [{ per: 1.5 }, { per: 3 }] });
    expect(second?.text).toContain('供电所应均具有');
    const ids = clauses(r).flatMap((c) => (c.rule.kind === 'deduct' ? c.rule.inputs.map((i) => i.id) : []));
    expect(new Set(ids).size).toBe(ids.length);
    // (安全管理 40 with nothing under it: named, with its points.)
    expect(warned(r)).toMatch(/安全管理.*40/);
  });

  it('a first row with no name, number or points is the end of a row from a page before: named, no item (shebao)', () => {
    const r = ok(
      grid([
        ['类别', '序号', '项目', '分值', '评分标准'],
        ['', '', '', '', '化管理服务率96%以下得0.3分;社会化管理服务率92%以下不得分.'],
        ['', '第三项', '养老金资格认证工作', '0.3分', '全面开展养老金资格认证工作得0.2分,无冒领养老金现象发生得0.1分.'],
      ]),
    );
    expect(items(r).map((i) => i.name)).toEqual(['养老金资格认证工作']);
    expect(warned(r)).toContain('化管理服务率96%以下得0.3分');
  });

  it('准备材料 is what to show, not a rule; the one title over every row gives the total (shetuan)', () => {
    const r = ok(
      grid([
        ['一级指标', '二级指标', '三级指标', '准备材料', '分值'],
        ['一、基础条件(30分)', '1.1法人资格(20分)', '1.1.1按章程规定的程序选举产生', '章程该页,2/3会员出席', '10'],
        ['↑', '↑', '1.1.2任职年龄符合章程规定的要求', '章程中的要求、身份证', '10'],
        ['↑', '1.2章程规范(10分)', '1.2.1章程文本符合示范文本的要求', '章程、章程核准表', '10'],
      ]),
    );
    expect(r.rubric.total).toBe(30);
    expect(
      clauses(r)
        .map((c) => c.text)
        .join(''),
    ).not.toContain('身份证');
  });

  it('20分(达不到酌情扣分) in the points column: 20, scored by the assessor (tushu)', () => {
    const r = ok(
      grid([
        ['达标项目', '', '考核评分细则', '标准分'],
        ['(一)设施保障(30分)', '设施要求', '分馆现有设施设备符合基本配置要求。', '20分(达不到酌情扣分)'],
        ['↑', '设施运行', '设施设备不挪用;网络稳定、通畅。', '10分(达不到酌情扣分)'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['设施要求', 20],
      ['设施运行', 10],
    ]);
    expect(clauses(r).every((c) => c.rule.kind === 'judgement')).toBe(true);
  });

  it('分值 10分 merged down rows with no names: one item the rows deduct from together (chengguan2)', () => {
    const r = ok(
      grid([
        ['分值', '序号', '扣分标准', '考评方式'],
        ['10分', '1', '被投诉市容市貌问题未及时整改的扣0.3分', '每日巡查'],
        ['↑', '2', '被投诉路面污染问题未及时整改(立案、清洗)的扣1分', '↑'],
        ['↑', '3', '同一投诉问题累计三次以上未及时处理回复的扣1分', '↑'],
      ]),
    );
    expect(r.rubric.total).toBe(10);
    expect(items(r).map((i) => i.cap)).toEqual([10]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'deduct', 'deduct']);
  });
});

describe('a table left out before (kuaiji), read after the fourteenth round', () => {
  it('1、…扣0.5分2、…扣1分…4、…扣1.5分 in a row of 1.5: one deduction of the row, not each part worth the row; (标准分5分) is the heading’s points', () => {
    const r = ok(
      grid([
        ['考核项目', '序号', '考核内容及要求', '标准分', '评分标准'],
        [
          '三、会计档案(标准分5分)',
          '44',
          '会计档案调阅,应建立登记薄,并有调阅手续和记录。',
          '1.5分',
          '1、无借阅登记薄扣0.5分2、无销毁清册扣1分3、销毁程序不符合规定的扣1分4、会计档案保管期满,销毁未了结事项原始凭证的扣1.5分',
        ],
        ['↑', '45', '确定专人保管会计档案。', '3.5分', '未确定专人保管的扣1分'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['会计档案', 5]]);
    const [first] = items(r);
    expect(first?.clauses.map((c) => c.points)).toEqual([1.5]);
    expect(first?.clauses[0]?.rule).toMatchObject({
      kind: 'deduct',
      inputs: [{ per: 0.5 }, { per: 1 }, { per: 1 }, { per: 1.5 }],
    });
  });
});

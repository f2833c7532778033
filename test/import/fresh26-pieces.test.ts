import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the twenty-sixth round of unseen tables (tables/fresh26) taught, in the tables' own words. */

describe('layouts of the twenty-sixth round', () => {
  it('考核内容 over 1 | 采购委托(5), the name column with no head: numbers and names (caigou)', () => {
    const r = ok(
      grid([
        ['考核内容', '', '评分标准', '考核依据'],
        ['一、规范操作(55分)'],
        [
          '1',
          '采购委托(5)',
          '是否按委托协议开展采购活动(5分)。未签署采购委托协议实施采购的,每发现1次,扣1分;超过委托代理权限开展采购活动的,每发现1次,扣1分。',
          '政府采购预算编制、执行有关规定',
        ],
        [
          '2',
          '信息公告(4)',
          '及时依法准确在财政部门指定媒体上公告政府采购信息的,得4分。未按规定及时发布的,发现一次扣1分;发布信息有明显错误及疏漏的,发现一次扣1分。',
          '《政府采购信息发布管理办法》',
        ],
        [
          '3',
          '进口产品(3)',
          '接受采购人未经财政部门审核同意的进口产品委托,发现一次扣1分。',
          '财政部《关于政府采购进口产品管理有关问题的通知》',
        ],
        ['4', '专家抽取使用(4)', '未在政府采购评审专家库中抽取专家的,发现一次扣1分。', '评审专家管理办法'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['采购委托', 5],
      ['信息公告', 4],
      ['进口产品', 3],
      ['专家抽取使用', 4],
    ]);
  });

  it('考核方面 | 考核内容 | 权重: 纪律 … 加分项 name the rows; 加分项 a bonus, 工作范围’s parts one deduction (houqindiangong)', () => {
    const r = ok(
      grid([
        ['考核方面', '考核内容', '权重', '评分标准', '考核部门'],
        [
          '纪律',
          '遵章守纪仪态仪表',
          '20',
          '无故旷工扣10分、早退、迟到、脱岗、睡岗扣5分。上班时间未按公司规定穿戴工作服、工作证扣5分。上班时间干私活的扣10分。',
          '',
        ],
        [
          '工作范围',
          '设备、维修保养',
          '55',
          '1、设备安装维修不及时一次扣5分2、因发电机没及时保养及没油的情况下影响发电的一次扣20分。3、对所有设备未按规定安装线路导致设备受损的一次扣10分。4、停电后15分钟内需发电供电,每超过5分钟扣5分。5、因各分公司维修不及时遭投诉的每次扣5分。',
          '',
        ],
        ['加分项', '', '20', '主动承担并完成紧急任务的,合理化建议能够被采纳的,每次加2分。', '后勤部'],
      ]),
    );
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['纪律', '工作范围']);
    expect(r.rubric.adjustments?.map((a) => [a.role, a.cap])).toEqual([['bonus', 20]]);
    const [discipline, work, typed] = clauses(r);
    // 无故旷工 is the lapse (not 有故旷工); …干私活的扣10分 the last of the list.
    expect(discipline?.rule.kind === 'deduct' && discipline.rule.inputs.map((i) => [i.label, i.per])).toEqual([
      ['无故旷工（出现次数）', 10],
      ['早退、迟到、脱岗、睡岗（出现次数）', 5],
      ['上班时间未按公司规定穿戴工作服、工作证（出现次数）', 5],
      ['上班时间干私活（出现次数）', 10],
    ]);
    // The five parts read as one deduction of the 55 — 每超过5分钟扣5分 (read since fresh37) the 5-minute steps over,
    // counted as the other lapses are.
    expect(work?.points).toBe(55);
    expect(work?.rule.kind === 'deduct' && work.rule.inputs.map((i) => [i.unit, i.per])).toEqual([
      ['次', 5],
      ['次', 20],
      ['次', 10],
      ['5分钟', 5],
      ['次', 5],
    ]);
    expect(typed).toBeUndefined();
  });

  it('檢查方法:實地檢查… alone on its row under 一、營業場所安全(15分): a note, not a section (yinhanganjian)', () => {
    const r = ok(
      grid([
        ['分项', '評估內容及評分標準'],
        ['一、營業場所安全(15分)'],
        ['檢查方法:實地檢查營業場所物防技防設施,營業場所周邊環境狀況,檢查錄像回放質量。'],
        ['物防設施8分', '1、二層以下窗戶未安裝金屬護欄或采取相應防護措施的扣0.5分;'],
        ['↑', '2、與外界相通的出入口未安裝堅固的金屬防護門或防盜安全門的扣0.5分;'],
        ['↑', '3、現金出納柜臺上方未安裝透明防護板的扣5分;'],
        ['技防設施7分', '監控設備(1)二級以上風險營業場所與外界相通的出入口未安裝視頻監控裝置'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([['營業場所安全', 15]]);
    expect(items(r).map((i) => i.cap)).toEqual([8, 7]);
    expect(warned(r)).toContain('檢查方法');
    // 8 + 7 make the 15: no word of a shortfall.
    expect(warned(r)).not.toContain('其下各部分合计');
  });
});

describe('rule words of the twenty-sixth round', () => {
  it('无故旷工扣10分: 无故 is no 无 of the thing — a yes/no asks for its absence', () => {
    const c = only('无故旷工扣20分。', 20);
    expect(c.clause.rule.kind === 'yesno' && c.clause.rule.input.label).toBe('无“无故旷工”情形');
  });
});

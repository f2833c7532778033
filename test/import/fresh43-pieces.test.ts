import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the forty-third round of unseen tables (tables/fresh43) taught, in the tables' own words. */

describe('layouts of the forty-third round', () => {
  it('内容 | 考核办法 over rules that only deduct, 采取百分制考核的办法 said under them: imported, from 100 (zhongzhuanshitang)', () => {
    const r = ok(
      grid([
        ['内 容', '考 核 办 法', '备 注'],
        ['劳动纪律', '1、不服从领导安排工作,一次扣2分;', ''],
        ['↑', '2、上班时间擅离岗位,一次扣1分;', ''],
        ['卫生', '3、餐具消毒不彻底,每检查发现一次扣1分。', ''],
        ['↑', '4、不及时关锁好门窗,每检查发现一次扣1分。', ''],
        ['每月提取劳务承包费4000元作为考核,采取百分制考核的办法,每月考核得分/100*4000为当月所得考核费。', '', ''],
      ]),
    );
    expect(r.rubric.total).toBe(100);
    expect(clauses(r).filter((c) => c.rule.kind === 'deduct')).toHaveLength(4);
  });

  it('… | 认定标准 | 得分说明 | 佐证材料目录索引 | 自评分: the evidence index and the school’s own notes are columns filled in, not names (sihuiyifa)', () => {
    const r = ok(
      grid([
        ['序号', '三级指标', '分值', '认定标准', '得分说明', '佐证材料目录索引', '自评分'],
        [
          '1',
          '1.1.2教育行政部门核准',
          '2分',
          '经教育行政部门核准的得2分',
          '教育行政部门已核准学校章程。',
          '1.1.2',
          '2',
        ],
        ['2', '1.1.3章程在校园网等公布', '1分', '没按要求公布的不得分', '已公布在学校网站。', '1.1.3', '1'],
        ['3', '1.1.4章程印制成册', '1分', '已印制的得1分', '已经印制成册。', '1.1.4', '1'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 1, 1]);
    expect(JSON.stringify(r.rubric)).not.toContain('已公布在学校网站');
  });

  it('按时上报季度报表和年终报表,共报5次,每次记1分,少一次扣0.5分: five times one, the row’s 5 (dayaoyaocai)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '组织管理(7分)'],
        ['1.', '按时上报季度报表和年终报表,共报5次,每次记1分,少一次扣0.5分;'],
        ['2.', '年终考核时,各种档案痕迹资料齐全,记2分,缺1项扣2分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 2]);
  });

  it('…;出现安全事故考核费全部扣除,且追究承包单位(人)责任。 in the note under the rows: a veto of the whole fee (zhongzhuanshitang)', () => {
    const r = ok(
      grid([
        ['内 容', '考 核 办 法'],
        ['服从领导', '1、不服从领导安排工作,一次扣2分;'],
        ['↑', '2、不按学校制定的学生菜谱加工操作,一次扣1分。'],
        ['规范操作', '1、按点开饭,误饭一次扣2分;'],
        ['↑', '2、食品按要求留样,每检查发现一次扣1分;'],
        [
          '每月提取劳务承包费4000元作为考核,采取百分制考核的办法,每月考核得分/100*4000为当月所得考核费;出现安全事故考核费全部扣除,且追究承包单位(人)责任。',
          '',
        ],
      ]),
    );
    expect((r.rubric.vetoes ?? []).map((v) => v.label)).toEqual(['未触发一票否决：出现安全事故考核费全部扣除']);
  });

  it('该项分值全部扣除 is the item’s own zero, no veto of the whole', () => {
    const r = ok(
      grid([
        ['考核内容', '分值', '评分标准'],
        ['安全生产', '10', '发生安全事故的,该项分值全部扣除。'],
        ['卫生', '10', '不打扫一次扣2分。'],
        ['纪律', '10', '迟到一次扣1分。'],
      ]),
    );
    expect(r.rubric.vetoes ?? []).toEqual([]);
  });

  it('考核指标共分五项,总分100分。每项…扣到零分为止… alone in the 编号 column: the total said, not an unnamed item (jingzhixing)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['二、', '考核内容和标准'],
        [
          '考核指标共分五项,总分100分。每项(含分别记分的小项)扣到零分为止,不记负分;同一案件存在多个应当扣分的情节,累计扣分不超过5分。',
          '',
        ],
        ['(一)', '案件质量(40分)'],
        ['1.', '未按照有关规定及时完成对被执行人财产状况调查的,每件案件扣1分。'],
        ['2.', '未依法责令被执行人报告财产情况的,每件案件扣1分。'],
      ]),
    );
    expect(items(r).map((i) => i.name)).not.toContain('（未命名）');
    expect(r.rubric.total).toBe(100);
    expect(warned(r)).toMatch(/40/);
  });
});

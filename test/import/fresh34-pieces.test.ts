import { parseRuleText } from '../../src/core/import/parse';
import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the thirty-fourth round of unseen tables (tables/fresh34) taught, in the tables' own words. */

describe('layouts of the thirty-fourth round', () => {
  it('考核标准 | 分值 | 评分方式 (未落实的不得分。): the 评分方式 the rule; 小计分值 closing the rows the total (anquanyue)', () => {
    const r = ok(
      grid([
        ['考核项目', '考核标准', '分值', '评分方式', '落实情况 (提供数据)'],
        ['(一)组织机构健全', '1.成立专门活动组织机构', '1', '未落实的不得分。', '□是□否'],
        ['↑', '2.设立“安全生产月”活动组委会办公室,有明确部门负责', '2', '未落实的不得分。', '□是□否'],
        ['↑', '3.有活动经费保障', '2', '未落实的不得分。', '□是□否'],
        ['', '1.由主要领导或分管领导担任组委会领导', '2', '未落实的不得分。', '□是□否'],
        ['↑', '2.地方政府领导出席活动情况', '2', '未提供数据不得分。', '出席活动次'],
        ['小计分值', '', '9', '小计得分'],
      ]),
    );
    expect(r.rubric.total).toBe(9);
    expect(items(r).map((i) => i.cap)).toEqual([1, 2, 2, 2, 2]);
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['yesno', 'yesno', 'yesno', 'yesno', 'yesno']);
  });

  it('…的得5分,每下降…;…合同得5分。 two demands, 10 together; 齐全的得3分,少一项扣1分;…得3分 two clauses (chengbao)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['(一)', '土地流转实绩(50分)'],
        [
          '2.',
          '考核镇乡、街道土地流转率,达到当年土地流转率得5分,每下降5个百分点扣1分,扣完为止;土地流转规模经营大户数在一户以上,流转双方签订了规范性土地流转合同得5分。',
        ],
        ['3.', '土地流转申报资料、公示材料、文件等齐全的得3分,少一项扣1分;土地流转合同规范、鉴证手续齐全得3分。'],
        ['4.', '促进适度规模经营,培育并壮大农业经营主体,有一千亩以上的规模经营大户的,得8分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([10, 6, 8]);
    expect(items(r)[1]?.name).toBe('土地流转申报资料、公示材料、文件等齐全');
    const [rate, contracts, papers, deeds] = clauses(r);
    expect([rate?.rule.kind, rate?.points, contracts?.rule.kind]).toEqual(['shortfall', 5, 'yesno']);
    expect([papers?.rule.kind, papers?.points, deeds?.rule.kind, deeds?.points]).toEqual(['deduct', 3, 'yesno', 3]);
    expect(r.blocks.flatMap((b) => b.clauses).some((c) => c.flagged)).toBe(false);
  });

  it('说明:…本申报项目为不合格 a veto, the last item above it kept; a second table after it (linyeyanshou)', () => {
    const r = ok(
      grid([
        ['检查内容', '评分标准'],
        ['一、基地面积(20 分)', '申报单位油茶种植总面积是否达到 1000 亩以上。'],
        ['二、抚育面积(20 分)', '是否达到 400 亩,以万分之一地形图勾绘为准。'],
        ['三、林木权属(20 分)', '油茶林经营权是否为申报单位所有。'],
        ['四、病虫害防治(8 分)', '是否存在病虫危害致灾。'],
        ['说明:项目一、二、三有一项没有达到要求的,本申报项目为不合格。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([20, 20, 20, 8]);
    expect(r.rubric.vetoes).toHaveLength(1);
  });

  it('备注 saying what a title means kept with its words, 不得混用 no scoring; 无诊断扣5分 read (pingchufang)', () => {
    const r = ok(
      grid([
        ['项目', '点评内容', '备注'],
        ['内 容完 整 规 范', '临床诊断(5分)', '无诊断扣5分,诊断不规范扣2分。'],
        ['↑', '2、 药名正规,字迹清楚(5分)', '处方一律用规范的中文或英文名称书写;药名简写或缩写必须为国内通用写法。'],
        ['↑', '3、 药物剂型清楚(5分)', '一种药品名称和剂型的中英文不得混用。'],
        ['↑', '4、 药物剂量、数量准确、清楚(5分)', '剂量应当使用公制单位:重量以克(g)、毫克(mg)为单位。'],
      ]),
    );
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['deduct', 'yesno', 'yesno', 'yesno']);
    expect(items(r)[3]?.text).toMatch(/公制单位/);
  });

  it('有建立… 没有建立… | 30分 0分 and 体育开课率100% 80% 70% | 50分 30分 10分: words and points side by side (shengtiwei)', () => {
    const r = ok(
      grid([
        ['一级指标', '权重', '二级指标', '分值', '三级指标', '分值'],
        ['教育管理', '300分', '建立联系会议制度', '30分', '有建立联席会议制度 没有建立联席会议制度', '30分 0分'],
        ['↑', '↑', '落实一小时体育锻炼时间', '110分', '体育开课率100% 80% 70%', '50分 30分 10分'],
        ['↑', '↑', '↑', '↑', '有寄宿制学校建立每天做早操制度 无寄宿制学校建立每天做早操制度', '20分 0分'],
        ['↑', '↑', '↑', '↑', '定期进行巡查 定期巡查 不定期巡查 没有巡查', '40分 15分 0分'],
      ]),
    );
    expect(clauses(r).map((c) => c.rule.kind)).toEqual(['yesno', 'levels', 'yesno', 'levels']);
    const [, rate, , rounds] = clauses(r);
    expect(rate?.rule.kind === 'levels' ? rate.rule.levels.map((l) => l.points) : []).toEqual([50, 30, 10]);
    expect(rounds?.rule.kind === 'levels' ? rounds.rule.levels.map((l) => l.name) : []).toEqual([
      '定期巡查',
      '不定期巡查',
      '没有巡查',
    ]);
  });

  it('部门 | 分项内容(100分) over 1、…(10分): the points in the words (gonganzhichao)', () => {
    const r = ok(
      grid([
        ['部门', '分项内容(100分)'],
        ['省公安厅', '1、确保2007年6月底,全省车辆超限超载率稳定控制在4%左右(10分)'],
        ['↑', '2、确保2007年底全省车辆超限超载率稳定地控制在4%以内(10分)'],
        ['↑', '3、负责对在用的“大吨小标”车辆恢复标准吨位(10分)'],
        ['↑', '4、机构健全、制度完善、人员和经费落实(5分)'],
        ['↑', '5、负责超限超载车辆劝返和交通秩序维护和疏导工作(5分)'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([10, 10, 10, 5, 5]);
  });

  it('1、指标考核项(30分) alone in the 序号 column over rows that only deduct: their pool of 30 (weihu)', () => {
    const r = ok(
      grid([
        ['序号', '考核内容', '指标值', '扣分标准'],
        ['1、指标考核项(30分)', '', '', ''],
        ['1', '小区完好率', '99.90%(或考核指标)', '每劣化0.01%扣0.1分'],
        ['2', '巡检完成率', '98%', '每降5%档次扣0.5分'],
        ['3', ' 巡检抽检合格率', '90%', '每降5%扣0.2分'],
      ]),
    );
    expect(r.rubric.total).toBe(30);
    expect(items(r).map((i) => i.cap)).toEqual([30]);
  });

  it('一、…200 分 | (一)结业考试(40 分) merged over deductions: the (一) the pool, the 一 the section — also under 序号 (xueche)', () => {
    for (const [k, heads] of [
      ['项目及序号(一级)', '项目及序号(二级)', '考核内容', '考核记分标准'],
      ['项目', '序号', '考核内容', '考核记分标准'],
    ].entries()) {
      const r = ok(
        grid([
          heads,
          [
            '一、质量信誉反馈指标200 分',
            '(一)结业考试(40 分)',
            '1.建立结业考试制度。',
            '每发现 1 例未组织实施结业考试扣 10 分。',
          ],
          ['↑', '↑', '2.考核记录完整。', '每发现 1 例不完整考核记录扣 2 分。'],
          ['↑', '(二)驾驶证考试(50 分)', '1.无参与买卖假驾驶证行为。', '凡有参与买卖假驾驶证的行为扣 50 分。'],
          ['↑', '↑', '2.无不持培训记录直接申请考试行为。', '凡有不持培训记录直接申请考试的行为扣 50 分。'],
          ['二', '(一)教练车(50 分)', '', ''],
        ]),
      );
      expect([k, r.rubric.sections.map((s) => [s.name, s.cap])[0]]).toEqual([k, ['质量信誉反馈指标', 200]]);
      expect(items(r).map((i) => [i.name, i.cap])).toEqual([
        ['结业考试', 40],
        ['驾驶证考试', 50],
        ['教练车', 50],
      ]);
      expect(warned(r)).not.toMatch(/第 1\.\d 项[^\n]*未写分值/);
    }
  });
});

describe('words of the thirty-fourth round', () => {
  it('达到当年土地流转率得5分,每下降5个百分点扣1分: the points below the year’s rate typed (chengbao)', () => {
    const read = parseRuleText('达到当年土地流转率得5分,每下降5个百分点扣1分,扣完为止', { item: 't', points: 5 });
    const [only] = read;
    expect(only?.flagged).toBe(false);
    expect(only?.clause.rule).toMatchObject({ kind: 'shortfall', step: 5, per: 1, input: { entry: 'shortfall' } });
  });
});

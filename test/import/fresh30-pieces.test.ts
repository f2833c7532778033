import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the thirtieth round of unseen tables (tables/fresh30) taught, in the tables' own words. */

describe('layouts of the thirtieth round', () => {
  it('考核内容 | 得分 | 计分方法 with 6分 on every row: the 得分 column holds the points (shengchananquan)', () => {
    const r = ok(
      grid([
        ['考核內(nèi)容', '得分', '計(jì)分方法'],
        ['4、做好職業衛生防護工作,無職業病發生', '6分', '發現一次每人扣1分,扣完為止'],
        ['5、主機設備完好率不低於98%', '5分', '發現一次每人扣1分,扣完為止'],
        ['6、特種設備作業人員持證上崗', '5分', '發現一起無證上崗作業人扣2分'],
        ['9、嚴格執行交接班制度,做好交接班記錄', '5分', '交接不清或未交接,每次扣2分'],
        ['11、嚴格執行廠區內檢修安全作業規程', '5分', '有一人違章作業扣3分'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([6, 5, 5, 5, 5]);
    expect(r.rubric.total).toBe(26);
  });

  it('the header again at a page break with one head lost (考核子项): the same table, not a second (fuwuzhan)', () => {
    const r = ok(
      grid([
        ['考核项目', '考核子项', '考核内容', '考核办法', '标准分', '考核得分'],
        [
          '村服务站建设(3分)',
          '场所设置(1分)',
          '有贴挂“ΧΧ村党员服务站”标识牌的办公室。(1分)',
          '实地查看,没标牌不给分。',
          '1分',
          '',
        ],
        ['↑', '设备配置(2分)', '有一套桌椅板凳,一部(2分,每少一项扣1分)', '实地查看', '2分', ''],
        ['爱转角遇见了谁', '', '', '', '', ''],
        ['考核项目', '考核内容', '考核办法', '标准分(100)', '考核得分', ''],
        [
          '硬件建设(5分)',
          '内部设置(5分)',
          '有砖混结构、使用面积在100平方米以上的活动场所。(5分)',
          '实地查看。酌情打分。',
          '5分',
          '',
        ],
      ]),
    );
    expect(r.blocks).toHaveLength(1);
    expect(r.rubric.sections.map((s) => s.name)).toEqual(['村服务站建设', '硬件建设']);
    expect(items(r).map((i) => i.name)).toEqual(['场所设置', '设备配置', '内部设置']);
    // 实地查看。酌情打分。 in the 考核办法 beside words that say nothing of how: the assessor's measure.
    expect(clauses(r)[2]?.rule.kind).toBe('judgement');
  });

  it('(壹)深入学生情况(17分) / (二)… / (三)…(6分) over a row cut before its points: headings, the lost 6 said (zhengzhifudao)', () => {
    const r = ok(
      grid([
        ['编号', '内容'],
        ['(壹)深入学生情况(17分)', ''],
        ['1.', '能及时掌握所带班级学生的日常管理情况和思想动态,面对突发事件态度认真;(5分)'],
        ['2.', '每天能主动管理所带班级的早、晚自习及到课情况,督促班干部详细记载班级日志;(4分)'],
        ['3.', '每天能深入学生公寓了解学生情况,开展思想教育,督察寝室内务;(4分)'],
        ['4.', '每天认真落实学生宿舍晚间点名制度,及时对晚归或未归的学生进行教育和管理。(4分)'],
        ['(二)所带专业、班级学生活动情况(5分)', ''],
        ['1.', '能根据所带专业和班级的特点,正确指导所带专业或班级开展丰富多彩的校园文化活动;(5分)'],
        ['(三)关心特困学生情况(6分)', ''],
        ['1.', '熟知经济困难学生的'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap])).toEqual([
      ['深入学生情况', 17],
      ['所带专业、班级学生活动情况', 5],
    ]);
    expect(warned(r)).toMatch(/“关心特困学生情况”标注 6 分，但其下没有读到可计分的条目/);
  });
});

import { clauses, grid, items, ok, only, warned } from './real-grid';

/** The pieces the sixteenth round of unseen tables (tables/fresh16) taught, in the tables' own words. */

describe('layouts of the sixteenth round', () => {
  it('标准得分 is the points column; a cut last row is named with its number apart (yanhua)', () => {
    const r = ok(
      grid([
        ['序号', '检查内容', '标准得分', '检查方法'],
        ['1', '店内禁止敷设电气线路,禁止使用明火,配备消防器材。', '5', '现场查看'],
        ['2', '张贴明显的安全警示标志,悬挂许可证、营业执照。', '5', '现场查看'],
        ['3', '从正规渠道进货,建立进货、销售台帐。', '5', '查记录'],
        ['4', '定'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 5, 5]);
    expect(warned(r)).toContain('（4）“定”');
  });

  it('评定标准 beside 扣分标准 is what is required, kept with the row (huli)', () => {
    const r = ok(
      grid([
        ['项目', '评定标准', '标准分', '扣分标准'],
        [
          '病区',
          '布局合理,设施完好;保持病区安静、整洁、安全。',
          '10',
          '病区布局不合理扣1分;不整洁、不安静、不安全各扣2分。',
        ],
        ['护士站', '室内布局合理、标签整齐;桌椅摆放整齐。', '5', '一项不符合要求扣1分。'],
      ]),
    );
    expect(items(r).map((i) => i.name)).toEqual(['病区', '护士站']);
    expect(r.rubric.sections.flatMap((s) => s.items).map((i) => i.text ?? '')).toEqual([
      expect.stringContaining('布局合理,设施完好'),
      expect.stringContaining('标签整齐'),
    ]);
  });

  it('a name that says how it scores, in a table with no rule column, is read as its rule (liangshi2)', () => {
    const r = ok(
      grid([
        ['考 核 指 标', '分值'],
        ['1.落实粮食行政首长负责制,成立相应组织。', '15'],
        [
          '4.认真做好粮食流通统计工作,规范统计 行为的计 3 分;认真做好粮食供需平衡调查,每年 统计 分析材料不少于 10篇的, 计 2 分。',
          '5',
        ],
      ]),
    );
    expect(clauses(r).map((c) => [c.points, c.rule.kind])).toEqual([
      [15, 'judgement'],
      [3, 'yesno'],
      [2, 'yesno'],
    ]);
  });

  it('(3分)…(2分) parts with no points column make the row’s points (nongchang)', () => {
    const r = ok(
      grid([
        ['项目', '子项', '评分标准'],
        ['管理规范化10分', '土地流转', '土地流转年限不低于规定年限(3分);签订规范的流转合同(2分)。'],
        ['↑', '农场规章', '规章制度完善,会计核算规范(5分)。'],
      ]),
    );
    expect(items(r).map((i) => [i.name, i.cap])).toEqual([
      ['土地流转', 5],
      ['农场规章', 5],
    ]);
  });

  it('a table above the header that is read is named in a warning, not dropped silently (anjuan)', () => {
    const r = ok(
      grid([
        ['序号', '评查内容', '存在的问题', '评分标准'],
        ['1', '行政处罚实施主体是否合法', '实施主体不合法', '不合格卷'],
        ['2', '执法人员是否具有执法资格', '不具有执法资格', '不合格卷'],
        ['3', '证据是否充分', '证据不充分', '不合格卷'],
        ['二、案卷卷面标准(20分)'],
        ['序号', '评查内容', '总分值', '扣分标准'],
        ['1', '使用规定的行政执法文书格式文本', '2分', '未使用规定的执法文书,扣2分'],
        ['2', '卷宗封面', '1分', '未使用统一的封面,扣1分'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([2, 1]);
    expect(warned(r)).toMatch(/表头（第 6 行）上方还有 .* 行表格内容/);
  });
});

describe('language of the sixteenth round', () => {
  it('从高到低依次记10、9、8…分 is by rank; …各记0.5 cut before its 分 is flagged, not read as met (xibu)', () => {
    expect(only('(校级及以上项目数+论文数+教材出版数)/人数,从高到低依次记10、9、8…分', 10).clause.rule).toMatchObject({
      kind: 'levels',
      levels: [{ points: 10 }, { points: 9 }, { points: 8 }],
    });
    const cut = only('有专人负责,积极参加院内宣传工作会议,各记0.5', 1);
    expect(cut.flagged).toBe(true);
    expect(cut.warnings.join('')).toContain('记0.5');
  });
});

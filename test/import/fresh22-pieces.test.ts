import { clauses, grid, items, ok, warned } from './real-grid';

/** The pieces the twenty-second round of unseen tables (tables/fresh22) taught, in the tables' own words. */

const rule = (c: ReturnType<typeof clauses>[number]) => c.rule as Record<string, unknown>;
const perOf = (c: ReturnType<typeof clauses>[number]) =>
  ((rule(c).inputs as { per: number }[] | undefined) ?? []).map((i) => i.per);

describe('layouts of the twenty-second round', () => {
  it('检查内容 | 计分 | 评分标准 over 5 / 10: a column of figures under a head that says 分 is the points (yiyuanweisheng)', () => {
    const r = ok(
      grid([
        ['检查内容', '计分', '评分标准', '扣分原因', '得分'],
        ['工作服穿戴整洁佩带上岗证', '5', '口罩、帽子、工作服、上岗证缺少一样扣1分;工作服不整洁扣1分。', '', ''],
        ['室内陈设规范不得乱贴、乱订、乱画、挂。', '10', '有一处乱贴、乱订、乱画、乱挂扣2.5分。', '', ''],
        ['玻璃窗、纱窗清洁无积灰窗帘清洁干净。', '10', '有一处不清洁或不整齐扣2分。', '', ''],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 10, 10]);
  });

  it('检查项目 | 检查项目分类 | 评分标准 over 15分 / 5分: figures written with 分 are the points, whatever the head (youerweisheng)', () => {
    const r = ok(
      grid([
        ['检查项目', '检查项目分类', '评分标准'],
        [
          '睡室卫生',
          '15分',
          '地面不干净扣4分,;床铺不整齐扣3分; 门或角落不干净扣3分; 窗不干净扣3分; 开关或灯管风扇不干净扣2分。',
        ],
        [
          '室内的柜子',
          '5分',
          '柜子内物品未分类摆放或零乱、不整齐放置物品扣3分,洗手间吊柜未按分类标签摆放物品或放置食品扣2分。',
        ],
        ['幼儿护理', '5分', '进餐时体罚幼儿扣3分;因护理不周受家长投诉扣2分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([15, 5, 5]);
    // (体罚幼儿 a lapse as 未 / 不 are: 进餐时体罚幼儿扣3分 read, not flagged.)
    expect(r.blocks[0]?.clauses.map((c) => c.flagged)).toEqual([false, false, false]);
  });

  it('地面不干净扣3分异味大扣3分…: the next lapse run on after a cost; …见棉签全扣 loses the row (yiyuanweisheng)', () => {
    const r = ok(
      grid([
        ['检查内容', '计分', '评分标准'],
        ['厕所卫生干净地面清洁;无异味按时打扫卫生间垃圾', '15', '地面不干净扣3分异味大扣3分卫生不及时打扫扣5分。'],
        [
          '不随地吐痰、乱丢果皮',
          '20',
          '医疗垃圾与生活垃圾未分开扣5分;生活垃圾桶内见棉签全扣;发现一处果皮、纸屑、烟蒂等各扣2分。扣完为止。',
        ],
        ['水池清洁、干净拖把及洗涤用品摆放整齐', '10', '有一处不清洁或不整齐各扣2分'],
      ]),
    );
    const [toilet, waste] = clauses(r);
    expect(toilet && perOf(toilet)).toEqual([3, 3, 5]);
    expect(r.blocks[0]?.clauses.map((c) => c.flagged)).toEqual([false, false, false]);
    expect(waste?.requires?.label).toContain('棉签');
  });

  it('说明及评分标准 …每出现一单扣2分,可以为负分; 加减分项 | 加分项(10分) …酌情加分(最高10分): below 0, and a bonus (chengyunshang)', () => {
    const r = ok(
      grid([
        ['类别', '评分项目', '说明及评分标准', '分值'],
        ['终端公司考评(40分)', '配送及时性', '未达到配送时效,每出现一单扣2分,可以为负分。', '8'],
        ['↑', '配送准确性', '错发、漏发等,每出现一单扣2分,可以为负分。', '8'],
        ['↑', '签单完整率', '每出现一次不符合要求的扣1分,扣完为止。', '4'],
        ['加减分项', '加分项(10分)', '每得到一次表扬或每做一次突出贡献,进行酌情加分(最高10分)。', ''],
        ['↑', '减分项(10分)', '每出现一次客户投诉,扣1分;每出现一次重大事故,进行酌情扣分(最高10 分)。', ''],
      ]),
    );
    const floors = clauses(r).map((c) => rule(c).floor);
    expect(floors).toEqual(['none', 'none', 'zero']);
    expect((r.rubric.adjustments ?? []).map((a) => [a.role, a.cap])).toEqual([
      ['bonus', 10],
      ['penalty', 10],
    ]);
    // 配送准确性 (错发、漏发等,每出现一单…) and the bonus (酌情加分, 最高10分 its own 10) read, not flagged.
    const flags = r.blocks[0]?.clauses.map((c) => [c.item, c.flagged]) ?? [];
    expect(flags.filter(([, f]) => f).length).toBe(1);
  });

  it('未制定…,少1条扣1分,最高扣4分;未制定…,每少1条扣1分,最高扣4分 in a row of 6: two limits, never one for both (hezhang)', () => {
    const r = ok(
      grid([
        ['考核項目', '考核要求', '分值', '評分細則'],
        [
          '基礎工作(50分)',
          '黑臭河、垃圾河都應制定規范、完整的“一河一策”治理方案和年度計劃。',
          '6',
          '未制定“一河一策”的,少1條扣1分,最高扣4分;未制定年度計劃的,每少1條扣1分,最高扣4分。',
        ],
        [
          '↑',
          '河湖庫渠治理工程按期完成計劃任務,質量高,效果明顯。',
          '10',
          '工程未達到進度要求的扣2分;質量有缺陷的每處扣1分。',
        ],
      ]),
    );
    const first = clauses(r).filter(
      (c) => c.id.startsWith('1.1') || c.id.startsWith('1a') || /一河一策|年度/.test(c.text),
    );
    // Read as one deduction of 4 at most for both, a 年度计划 missing after four 一河一策 would cost nothing.
    expect(first.some((c) => rule(c).kind === 'deduct' && rule(c).ceiling === 4 && perOf(c).length === 2)).toBe(false);
  });

  it('按照居住区测评平均分进行折算。得分二平均分*40%: a share of a score out of 100; 问卷调查评价得出…得分: the rater enters it (lajifenlei)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '考核内容', '考核分值', '评分标准'],
        [
          '1',
          '实效',
          '居住区(含行政村)源头分类投放实效管理达标。',
          '40',
          '本项满分40分,按照居住区测评平均分进行折算。得分二平均分*40%。',
        ],
        [
          '2',
          '社会评价',
          '各类主体的评价。',
          '10',
          '本项满分10分,通过问卷调查评价得出相应街镇得分,按照街镇户数发生率划档评分。',
        ],
        [
          '3',
          '中转站',
          '可回收物中转站建设和管理达标',
          '2',
          '本项满分2分,按照中转站测评结果进行折算,得分二平均分*2%。',
        ],
      ]),
    );
    expect(clauses(r).map((c) => rule(c).kind)).toEqual(['proportional', 'judgement', 'proportional']);
    expect(r.blocks[0]?.clauses.every((c) => !c.flagged)).toBe(true);
  });

  it('序号 | 考核内容及评分标准 with …例会(6分),无故缺席每次扣1—2分 and …情况(3分X做到…: the points in the words (cunjianhui)', () => {
    const r = ok(
      grid([
        ['序号', '考核内容及评分标准'],
        [
          '1',
          '村监会规范化建设情况(3分X做到有牌子、有印章、有场所、有制度、有保障、有台帐,没有达到“六有”标准的,每项扣1分。',
        ],
        ['2', '每月定期以月报表的形式向镇纪委、镇行政服务中心和村党组织报告工作(6分),每少一次扣0.5分。'],
        ['3', '每次村务监督台帐均规范及时记录(5分),未规范及时记录的每次扣0.5分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([3, 6, 5]);
    expect(clauses(r).map((c) => perOf(c))).toEqual([[1], [0.5], [0.5]]);
  });

  it('目标要求 merged over 1.…合理 | 5, 2.…比较合理 | 3, 3.…不合理 | 0 (考核说明 | 考核份值): one item, its grades (jiaoyanshi)', () => {
    const r = ok(
      grid([
        ['工作内容', '目标要求', '考核说明', '考核份值'],
        ['专业建设12分', '1.起草或修订本专业教学计划,且科学合理。', '1.教学计划科学合理', '5'],
        ['↑', '↑', '2.教学计划比较合理', '3'],
        ['↑', '↑', '3.教学计划未编制或不合理', '0'],
        ['↑', '2.有专业建设规划,并按进度逐项落实。', '1.有规划且按进度逐项落实', '7'],
        ['↑', '↑', '2.有规划但未完全落实', '3'],
        ['↑', '↑', '3.无规划', '0'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([5, 7]);
    expect(clauses(r).map((c) => (rule(c).levels as { points: number }[]).map((l) => l.points))).toEqual([
      [5, 3, 0],
      [7, 3, 0],
    ]);
  });

  it('22、…(2分)…25、…(3分)26、开 in a row of 17, cut off: the parts read, the cut one typed with the 8 they leave (canxie)', () => {
    const r = ok(
      grid([
        ['序号', '考评内容', '分值', '评分标准'],
        [
          '1',
          '组织建设',
          '9',
          '1、社区残疾人工作全方位纳入社区建设范畴;(3分)2、社区残协委员由社区残疾人民主直选产生;(2分)3、有选聘社区残协专职委员;(2分)4、社区残协专职委员由残疾人担任;(2分)',
        ],
        [
          '2',
          '活动场所',
          '6',
          '5、有完善的残协办公场所及设施;(2分)6、残疾人活动室达到30平方米以上;(2分)7、社区残协、残疾人活动室标牌按标准悬挂;(2分)',
        ],
        ['3', '规范运作', '3', '8、有细化的年度、月度工作计划;(2分)9、规章制度、基础数据、服务项目上墙告示;(1分)'],
        [
          '6',
          '康复服务',
          '17',
          '22、依托社康中心设立残疾人康复室;(2分)23、残疾人康复和精神病防治康复纳入社区健康服务;(2分)24、精神病人监护率达95%以上;(2分)25、开展社区残疾人康复需求调查,建立残疾人康复需求、训练档案;(3分)26、开',
        ],
      ]),
    );
    const rehab = items(r)[3];
    expect(rehab?.clauses.map((c) => c.points)).toEqual([9, 8]);
    expect(r.blocks[0]?.clauses.filter((c) => c.item === rehab?.id).map((c) => c.flagged)).toEqual([false, true]);
    expect(warned(r)).toContain('余下的 8 分');
  });

  it('五、控烟宣传教育(10分) merged over 1.…,6分; and 2.…每年至少2 (cut off): the cut row is no item of 10 (kongyan, fresh21)', () => {
    const r = ok(
      grid([
        ['项目', '评估标准', '评估方法'],
        ['四、控烟监督巡查(10分)', '1.机构内设有控烟监督员和巡查员,3分;', '现场考察 查阅资料'],
        ['↑', '2.对控烟监督员和巡查员进行相关培训,并有培训记录,3分;', '↑'],
        ['↑', '3.有控烟监督和巡查相关工作记录及值班表,4分;', '↑'],
        [
          '五、控烟宣传教育(10分)',
          '1.有一定数量和种类的控烟宣传形式,如新媒体、电视、展板等,至少3种,6分;少1种扣2分;',
          '现场考察 查阅资料',
        ],
        ['↑', '2.开展控烟宣传活动:讲座、咨询、沙龙、戒烟大赛、控烟知识竞赛等,每年至少2', '↑'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).not.toContain(10);
    expect(items(r).filter((i) => i.name.includes('控烟宣传')).length).toBeLessThanOrEqual(1);
    expect(warned(r)).toContain('控烟宣传教育');
  });

  it('…组织实施;1分2.按规定通报考核结果…1分: parted at the number, each part its own 1 (review: the rewrite had matched nothing)', () => {
    const r = ok(
      grid([
        ['序号', '考核项目', '评分项目', '分值'],
        ['1', '考核机制', '1.制定对下级政府的年度考核办法并组织实施;1分2.按规定通报考核结果,采取措施督促整改,1分', '2'],
        ['2', '问责制度', '建立并落实治欠保支工作问责制度,未建立的扣2分', '2'],
        ['3', '工作计划', '1.制定年度工作计划;1分2.按计划组织实施;1分', '2'],
      ]),
    );
    const first = r.blocks[0]?.clauses.filter((c) => c.item === items(r)[0]?.id) ?? [];
    expect(first.map((c) => [c.points, c.flagged])).toEqual([
      [1, false],
      [1, false],
    ]);
  });
});

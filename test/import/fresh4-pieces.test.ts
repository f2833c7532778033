import { gradeBands } from '../../src/core/import/grades-text';
import { normalize } from '../../src/core/import/text';
import { grid, items, ok, only } from './real-grid';

/** The pieces the fourth round of unseen tables (tables/fresh4) taught, each in the table's own words. */

describe('grades a table sets in its own words', () => {
  it('reads 90分以上为…,80分至90分为…,60分以下为… as a ladder, highest first (liyangzhen)', () => {
    expect(
      gradeBands(['計分90分以上為禁毒先進單位,80分至90分為合格單位,60分至79分為基本合格單位,60分以下為不合格單位。']),
    ).toEqual([
      { name: '禁毒先进单位', min: 90 },
      { name: '合格单位', min: 80 },
      { name: '基本合格单位', min: 60 },
      { name: '不合格单位' },
    ]);
  });

  it('reads 90分（含）以上为优秀，80-89分为良好 and quoted names', () => {
    expect(gradeBands(['90分（含）以上为优秀，80-89分为良好，60—79分为合格，60分以下为不合格。'])).toEqual([
      { name: '优秀', min: 90 },
      { name: '良好', min: 80 },
      { name: '合格', min: 60 },
      { name: '不合格' },
    ]);
    expect(gradeBands(['得分在85分以上的为“优秀”，70分至84分的为“合格”，70分以下的为“不合格”'])).toEqual([
      { name: '优秀', min: 85 },
      { name: '合格', min: 70 },
      { name: '不合格' },
    ]);
  });

  it('sets none from words that are not a ladder', () => {
    expect(gradeBands(['每少一项扣2分，90分以上不扣分'])).toBeUndefined();
    expect(gradeBands(['90分以上为优秀，80分以上为优秀，60分以下为不合格'])).toBeUndefined();
    expect(gradeBands(['考核实行百分制'])).toBeUndefined();
  });
});

describe('language of the fourth round', () => {
  it('按严重…不严重5档划分,计分标准为1分、…5分 is a scale of five levels, worth its top (liyangzhen)', () => {
    const r = only(
      '群眾對當地吸毒販毒現象的評價按嚴重、比較嚴重、一般、不大嚴重、不嚴重5檔劃分,計分標準為1分、2分、3分、4分、5分。',
      5,
    );
    expect([r.flagged, r.clause.rule.kind === 'levels' && r.clause.rule.levels]).toEqual([
      false,
      [
        { name: '严重', points: 1 },
        { name: '比较严重', points: 2 },
        { name: '一般', points: 3 },
        { name: '不大严重', points: 4 },
        { name: '不严重', points: 5 },
      ],
    ]);
  });

  it('…每份2分、省级每份1分、市级0.5分: the last earns per 份 as the others do', () => {
    const r = only('在報刊發表禁毒宣傳文章10分、**級每份2分、省級每份1分、市級0.5分。', 10);
    expect(r.clause.rule.kind === 'award' && r.clause.rule.inputs.map((i) => [i.unit, i.per])).toEqual([
      ['份', 2],
      ['份', 1],
      ['份', 0.5],
    ]);
  });

  it('but 每人次扣2分、首席代表扣1分 is left as written: the second amount is not per 人次 (chuangkou)', () => {
    expect(normalize('擅自撤出或调换窗口工作人员的,每人次扣2分、首席代表扣1分。').text).toBe(
      '擅自撤出或调换窗口工作人员的,每人次扣2分、首席代表扣1分。',
    );
    expect(normalize('**級每份2分、省級每份1分、市級0.5分。').text).toBe('**级每份2分、省级每份1分、市级每份0.5分。');
  });
});

describe('lapses the flagged clauses showed', () => {
  it('发现截留扣1分,乱发造成不稳定扣1分: two lapses found, each costing 1 (canlian)', () => {
    const r = only('按时将县残联配发的辅助器具发放到特困残疾人,发现截留扣1分,乱发造成不稳定扣1分。', 2);
    expect([r.flagged, ['deduct', 'checklist'].includes(r.clause.rule.kind)]).toEqual([false, true]);
  });

  it('…安全警示(焚烧点)的,扣2分: the condition runs back past the bracket (wuyuan)', () => {
    const r = only('辖区内公益性墓地未有管理制度,未有明显的防火标志及安全警示(焚烧点)的,扣2分。', 2);
    expect(r.flagged).toBe(false);
  });

  it('未上报招商信息和年终工作总结(扣5分): the bracketed amount is what the lapse costs (zhaoshang)', () => {
    const r = only('未上报招商信息和年终工作总结(扣5分)。', 10);
    expect([r.flagged, r.clause.rule.kind === 'deduct' && r.clause.rule.inputs.map((i) => i.per)]).toEqual([
      false,
      [5],
    ]);
    // In a row of 5 it costs the whole row: met or not.
    expect(only('未上报招商信息和年终工作总结(扣5分)。', 5).clause.rule.kind).toBe('yesno');
  });
});

describe('layouts of the fourth round', () => {
  it('a preamble before the first heading is no item; its grades are the rubric’s; scales give a row its points (liyangzhen)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        [
          '',
          '根據縣禁毒委對禁毒工作考評的意見,結合我鎮實際。計分90分以上為禁毒先進單位,80分至90分為合格單位,60分以下為不合格單位。',
        ],
        ['一、', '組織領導(15分)'],
        ['1、', '成立禁毒工作領導小組,有檔案、有組織計10分。'],
        ['2、', '落實管控計5分,發現1人失控扣0.5分。'],
        ['二、', '公眾評價(10分)'],
        [
          '1、',
          '群眾對當地吸毒販毒現象的評價按嚴重、比較嚴重、一般、不大嚴重、不嚴重5檔劃分,計分標準為1分、2分、3分、4分、5分。',
        ],
        ['2、', '群眾對禁毒工作的整體評價按滿意、較滿意、一般、較差、差5檔劃分,計分為5分、4分、3分、2分、1分。'],
      ]),
    );
    expect(items(r).map((i) => i.cap)).toEqual([10, 5, 5, 5]);
    expect(r.rubric.grades).toEqual([
      { name: '禁毒先进单位', min: 90 },
      { name: '合格单位', min: 80 },
      { name: '不合格单位' },
    ]);
    expect(r.warnings.some((w) => /第 2 行“根據縣禁毒委.*是表前的说明/.test(w))).toBe(true);
  });

  it('a section with no points takes what the preamble gives it; a heading naming the whole table is no section (dianshang)', () => {
    const r = ok(
      grid([
        ['编号', '条文'],
        ['三、', '考核计分'],
        ['', '基础分100分,另设项加减分。总分以百分制计分,再乘以区权重分值为最终得分。'],
        ['(一)', '基础分'],
        ['1、', '各乡镇办事处有一个淘宝村得60分,没有不得分;'],
        ['2、', '各乡镇办事处田田圈服务站点实现全覆盖的得40分,减少1个扣1分,扣完为止;'],
      ]),
    );
    expect(r.rubric.sections.map((s) => [s.name, s.cap, s.items.length])).toEqual([['基础分', 100, 2]]);
  });

  it('a table cut inside the last article types it at what the others leave, naming the item (dizhen)', () => {
    const r = ok(
      grid([
        ['序号', '评价指标', '分值', '评分标准'],
        [
          '1',
          '地震监测方面情况',
          '4分',
          '(1)是否协助开展台站建设,满分2.5分。(2)是否及时上报震情,满分1分。(3)是否协助开展速报工作,满分0.5分。',
        ],
        [
          '2',
          '震灾预防方面情况',
          '8分',
          '(1)是否协助开展抗震设防检查工作,满分4分。(2)是否协助开展房屋设施加固工程,满分2分。(3)是否协助开展农居地震安全示范村设',
        ],
      ]),
    );
    const last = items(r)[1]?.clauses.at(-1);
    expect([last?.rule.kind, last?.points]).toEqual(['judgement', 2]);
    expect(r.warnings.some((w) => /第 2 项“震灾预防方面情况”.*中途中断.*本项 8 分.*共 6 分.*余下的 2 分/.test(w))).toBe(
      true,
    );
  });
});

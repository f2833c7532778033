import { NUM } from './numerals';
import type { Fact } from './phrases';
import { all, asRequirement, levelName, one, short, wholeGain, type Composed, type Ctx } from './compose';

/**
 * Deductions: 每…扣N分 per thing counted, 未…扣N分 once, several into one pool, with a ceiling
 * (最高扣N分), a floor (扣完为止 / 倒扣分) and a void flag (…本项不得分). Pure.
 */

export function deductRule(c: Ctx): Composed | undefined {
  const counts = all(c, 'deduct');
  const bares = all(c, 'bare');
  if (counts.length + bares.length === 0) return undefined;
  // 是否上会部署…,有得10分,无扣2分: the one absence, lost once (not per time).
  // (…有得10分,如没有制定(或越级反映问题的)扣2分: the same, the absence named.)
  const once =
    counts.length === 0 &&
    bares.length > 0 &&
    (bares.every((b) => /^(?:无|没有|否)$/.test(b.label)) ||
      (all(c, 'gain').length > 0 && bares.every((b) => /^(?:如|若|如果)?(?:无|没有)/.test(b.label))));
  const ladder = stepDown(c, counts.length, bares);
  if (ladder) return ladder;
  // (…每少1个扣1分,扣完2分为止 in a row of more, or inside a pool: the 2 is how much it may take.)
  const downTo = one(c, 'floorZero')?.n;
  const ownLimit = downTo !== undefined && (c.points === undefined || c.points === 0 || downTo < c.points);
  const ceiling =
    one(c, 'ceiling')?.n ??
    (ownLimit ? downTo : undefined) ??
    (once ? bares.reduce((a, b) => a + b.per, 0) : undefined);
  // …每处扣0.5分；预警发布不及时的，每次扣1分，最高扣2分: a ceiling in a later sentence may cap only
  // that sentence's deduction; whether it caps the clause the words do not say.
  const sentences = c.text.split(/[;。]/);
  const numbered = new RegExp(`扣${NUM}`);
  // (本项各类单项扣分可累计，最高扣5分 caps them all.)
  const capAt = sentences.findIndex(
    (t) => /(?:最高|最多|至多)扣/.test(t) && !/本项|该项|各类|各项|累计|合计|总计|共/.test(t),
  );
  const capped = sentences[capAt]?.replace(/(?:最高|最多|至多)扣.*$/, '') ?? '';
  if (capAt > 0 && sentences.slice(0, capAt).some((t) => numbered.test(t)) && numbered.test(capped)) return undefined;
  // A deduction with no points of its own (a penalty row, or 每有1个…扣2 beside parts that take the
  // row's points) takes from the rest: it is not floored at its own zero.
  const floorNone = one(c, 'floorNone') !== undefined || c.points === 0;
  const floorZero = one(c, 'floorZero') !== undefined;
  const sum = bares.reduce((a, b) => a + b.per, 0);
  // 完成的得6分，每少一次扣1分: a 得N分 worth all the points is where the deductions start from; one
  // worth less (成立领导小组的得2分；每少1次扣1分, of 4) is a part of its own the deduction cannot explain.
  const gains = all(c, 'gain');
  const partGain = c.points !== undefined && gains.some((g) => !wholeGain(g, c.points));
  const uses: Fact['t'][] = [
    'deduct',
    'bare',
    'ceiling',
    'floorZero',
    'floorNone',
    'cumulative',
    'zero',
    'void',
    ...(partGain || gains.length > 1 ? [] : (['gain'] as const)),
    'points',
    'amountTarget',
    // 免疫密度均须达到100%…每一户不符合扣0.1分: all of it is required; each failure is counted.
    ...(all(c, 'pctTarget').every((t) => t.x === 100) ? (['pctTarget'] as const) : []),
  ];
  if (
    counts.length === 0 &&
    c.points !== undefined &&
    !c.shared &&
    Math.abs(sum - c.points) < 1e-9 &&
    !floorZero &&
    ceiling === undefined &&
    // ①未建立不得分 ②只进行年终绩效考评扣3分: the 不得分 is a way of losing it all, beside the lapses.
    !all(c, 'zero').some((z) => !/^(?:否则|其余|其他)/.test(z.label)) &&
    one(c, 'void') === undefined &&
    // (…团籍注册、花名册修订工作的各扣1分: 各 over a list is one lapse a thing listed — more than the labels.)
    !bares.some((b) => /各$/.test(b.label))
  ) {
    if (bares.length === 1 && bares[0]) {
      return {
        rule: { kind: 'yesno', input: { id: c.id(1), label: asRequirement(bares[0].label, c.text) } },
        readAs: 'yesno (未…扣全分)',
        confidence: 0.9,
        uses,
      };
    }
    return {
      rule: {
        kind: 'checklist',
        inputs: bares.map((b, i) => ({ id: c.id(i + 1), label: asRequirement(b.label), points: b.per })),
      },
      readAs: 'checklist (未…扣N分 that add up to the points)',
      confidence: 0.85,
      uses,
    };
  }
  const inputs = c.facts
    .flatMap((f) =>
      f.t === 'deduct'
        ? [
            {
              // 每少一项扣5分 → 少的项数; 未按时召开的每次扣1分 → 未按时召开（次数）.
              label: short(
                /^\d/.test(f.unit)
                  ? `${f.label}（每${f.unit}计一次，填次数）`
                  : /^(?:少|缺|缺少|减少|差)$/.test(f.label)
                    ? `${f.label}的${f.unit}数`
                    : f.label
                      ? `${f.label}（${f.unit}数）`
                      : `${f.unit}数`,
                '次数',
              ),
              unit: f.unit,
              per: f.per,
            },
          ]
        : f.t === 'bare'
          ? eachOf(f.label).map((label) => ({
              label: `${short(label, '扣分情形')}（出现次数）`,
              unit: '次',
              per: f.per,
            }))
          : [],
    )
    .map((i, k) => ({ id: c.id(k + 1), ...i }));
  const notes: string[] = [];
  let confidence = 0.9;
  if (bares.length > 0) {
    confidence = 0.75;
    notes.push('未写计数单位的扣分（如“管理不规范扣1分”）按出现次数计：出现一次填1。');
  }
  if (counts.some((d) => d.verb === '计')) {
    confidence = Math.min(confidence, 0.75);
    notes.push('“每少…计N分”读作每少一次扣N分。');
  }
  if (!floorZero && !floorNone) notes.push('原文未写“扣完为止”，按本条分值为限，扣完为止，不倒扣。');
  if (c.points === 0 && c.role === 'base' && one(c, 'floorNone') === undefined)
    notes.push('本条没有单列分值，所扣分数从本项其他各条的得分中扣除。');
  // 设施管护到位，组织开展祭扫活动的得4分；管护不到位的，每处扣1分: a 得N分 for several demands, then
  // deductions for one kind of failure, leaves the other demands unscored; the reading cannot say how.
  const [head, ...tail] = c.text.split(';');
  // (未完成任务的不得分 beside the 得N分 asks for it: that demand is covered.)
  const demands = (head ?? '').split(/[,，]/).filter((d) => d.length >= 4 && !/不得分|不计分/.test(d));
  // (Not where several lapses follow, each its own: 每周按时检查两次,桌椅摆放整齐…:得满分;发现桌椅凌乱:每次扣0.5分;
  // 地面有纸眉、杂物:每次扣1分;… — they are the ways the demands fail.)
  const single = counts.length + bares.length === 1;
  // (…有现场办理方案和面商计划的,记1.5分;少一项,扣0.5分: 少一项 is each demand missing — all are scored.)
  const eachMissing = counts.some((d) => /^(?:每)?(?:少|缺|缺少)$/.test(d.label) && d.unit === '项');
  if (gains.length === 1 && tail.length > 0 && !/扣/.test(head ?? '') && demands.length > 1 && single && !eachMissing)
    return undefined;
  // 有排查方案及排查资料记录齐全计1分,一年排查不得少于4次,少一次扣0.25分: a thing to have, worth its points,
  // then a count of something else required and its shortfall: the deduction does not say what having none costs.
  const having = new RegExp(`^有[^,，;；。]{2,}?(?:计|得)${NUM}分[,，]([^;；。]*?)(?:不得少于|不少于|至少)`).exec(
    c.text,
  );
  if (having && counts.length > 0) return undefined;
  const zeroFact = one(c, 'zero');
  // 否则不得分 beside a deduction asks nothing; 未完成的不得分 asks 已完成.
  const zero = one(c, 'void') ?? (zeroFact && !/^(?:否则|其余|其他)/.test(zeroFact.label) ? zeroFact : undefined);
  return {
    rule: { kind: 'deduct', inputs, ...(ceiling === undefined ? {} : { ceiling }), floor: floorNone ? 'none' : 'zero' },
    readAs: `deduct${ceiling === undefined ? '' : ' (ceiling)'}${floorNone ? ' (倒扣分)' : ''}${zero ? ' + void flag' : ''}`,
    confidence,
    uses,
    ...(notes.length ? { reading: notes.join('') } : {}),
    ...(zero
      ? {
          requires:
            zero.t === 'void'
              ? `无“${zero.label.replace(/,?(?:记|计)+0分$/, '')}”情形`
              : asRequirement(zero.label, c.text),
        }
      : {}),
  };
}

/** 组织不健全、组织生活开展不正常的各扣1分: the things listed before 各, each a lapse of its own; else the label. */
function eachOf(label: string): string[] {
  if (!/各$/.test(label)) return [label];
  const list = label.replace(/的?[,，]?各$/, '').split('、');
  // (考场外围无警戒线和未公布《考生守则》、《违纪处罚规定》…各扣1分: the first of the list two lapses, joined by 和.)
  const [head, ...rest] = list;
  const joined = /^(.{2,}?)(?:和|或|及)((?:未|无|不|没有).{2,})$/.exec(head ?? '');
  const all = joined?.[1] && joined[2] && rest.length > 0 ? [joined[1], joined[2], ...rest] : list;
  return all.length >= 2 && all.every((x) => x.length >= 2) ? all : [label];
}

/** 按时 / 及时 / 按期: done on time; 延迟 / 逾期 / 未按时: the same thing done late. */
const ON_TIME = /按时|及时|按期|如期|准时/;
const LATE = /延迟|逾期|推迟|延期|迟报|迟交|晚报|晚交|超期|未按时|不按时|未及时|不及时|未按期/;

/**
 * 按时、按要求上报计划得2分; 延迟上报扣0.5分: one thing handed in once — on time all the points, late the points less
 * the deduction, not at all none. Levels, not a lateness counted each time (a plan is late once).
 */
function lateStep(c: Ctx, counts: number, bares: readonly { per: number; label: string }[]): Composed | undefined {
  const gains = all(c, 'gain');
  const [g] = gains;
  const [b] = bares;
  if (counts > 0 || bares.length !== 1 || gains.length !== 1 || !g || !b || c.points === undefined) return undefined;
  if (!wholeGain(g, c.points) || b.per >= c.points || !ON_TIME.test(g.label) || !LATE.test(b.label)) return undefined;
  if (all(c, 'zero').length > 1 || /每/.test(c.text)) return undefined;
  if (['ceiling', 'floorZero', 'floorNone', 'cumulative', 'void'].some((t) => one(c, t as Fact['t']) !== undefined))
    return undefined;
  return {
    rule: {
      kind: 'levels',
      input: { id: c.id(1), label: '完成情况' },
      levels: [
        { name: levelName(g.label) || '按时完成', points: c.points },
        { name: levelName(b.label) || '延迟完成', points: Math.round((c.points - b.per) * 100) / 100 },
        { name: '未完成', points: 0 },
      ],
    },
    readAs: 'levels (按时 / 延迟 / 未完成)',
    confidence: 0.85,
    uses: ['gain', 'bare', 'zero', 'points'],
  };
}

/**
 * 制度健全得满分,制度不健全扣1分,无制度不得分: one thing in three states — all the points, N less, none. A ladder
 * of levels, not a lapse counted each time it happens.
 */
function stepDown(c: Ctx, counts: number, bares: readonly { per: number; label: string }[]): Composed | undefined {
  const gains = all(c, 'gain');
  const zeros = all(c, 'zero');
  const [g] = gains;
  const [b] = bares;
  const [z] = zeros;
  const late = lateStep(c, counts, bares);
  if (late) return late;
  if (counts > 0 || bares.length !== 1 || gains.length !== 1 || zeros.length !== 1 || !g || !b || !z) return undefined;
  if (c.points === undefined || !wholeGain(g, c.points) || b.per >= c.points || /^(?:否则|其余|其他)/.test(z.label))
    return undefined;
  if (['ceiling', 'floorZero', 'floorNone', 'cumulative', 'void'].some((t) => one(c, t as Fact['t']) !== undefined))
    return undefined;
  // (Each state named apart: 健全 / 不健全 / 无 — the same thing said three ways.)
  const names = [g.label, b.label, z.label].map((l) => levelName(l));
  if (new Set(names).size < 3 || names.some((n) => n === '')) return undefined;
  return {
    rule: {
      kind: 'levels',
      input: { id: c.id(1), label: '评定等次' },
      levels: [
        { name: names[0] ?? '', points: c.points },
        { name: names[1] ?? '', points: Math.round((c.points - b.per) * 100) / 100 },
        { name: names[2] ?? '', points: 0 },
      ],
    },
    readAs: 'levels (得满分 / 扣N分 / 不得分)',
    confidence: 0.85,
    uses: ['gain', 'bare', 'zero', 'points'],
  };
}

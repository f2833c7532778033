import type { z } from 'zod';
import type { Rule } from '../rubric/schema';
import { NUM } from './numerals';
import type { ClassPoints, Fact } from './phrases';

/**
 * Composing the facts read from one clause into one rule kind. Each reading names what it was
 * read as, how sure it is, which kinds of fact it used (any other fact left over makes the clause
 * flagged), and the reading it takes where the source is open.
 */

export type RuleIn = z.input<typeof Rule>;
type Of<T extends Fact['t']> = Extract<Fact, { t: T }>;

export interface Composed {
  readonly rule: RuleIn;
  readonly readAs: string;
  readonly confidence: number;
  /** Fact kinds this reading used; a fact of any other kind in the clause is left unexplained. */
  readonly uses: readonly Fact['t'][];
  readonly points?: ClassPoints;
  readonly reading?: string;
  readonly requires?: string;
  /** Percentages the reading accounts for (a target or full value not written as a phrase). */
  readonly percents?: readonly number[];
}

export interface Ctx {
  readonly facts: readonly Fact[];
  readonly points: number | undefined;
  readonly id: (k: number | string) => string;
  readonly role: 'base' | 'bonus' | 'penalty';
  readonly text: string;
}

export const all = <T extends Fact['t']>(c: Ctx, t: T): Of<T>[] => c.facts.filter((f): f is Of<T> => f.t === t);
export const one = <T extends Fact['t']>(c: Ctx, t: T): Of<T> | undefined => all(c, t)[0];
const short = (s: string, fallback: string): string => {
  // Quotes around a label go; a bracket goes only when it has no partner (…实施办法(工作方案) keeps its own).
  const count = (re: RegExp): number => (s.match(re) ?? []).length;
  const open = count(/\(/g);
  const close = count(/\)/g);
  let t = s.replace(/^["']+|["']+$/g, '');
  if (open > close) t = t.replace(/^\(+/, '');
  if (close > open) t = t.replace(/\)+$/, '');
  t = t.trim();
  return t === '' ? fallback : t.length > 40 ? `${t.slice(0, 39)}…` : t;
};
const dflt = (n: ClassPoints): number => (typeof n === 'number' ? n : n.default);

/** 得满分, or 得N分 worth all the clause's points: where the rule beside it starts from, not a part of its own. */
export const wholeGain = (g: Of<'gain'>, points: number | undefined): boolean =>
  g.n === 'full' || (points !== undefined && dflt(g.n) === points);

/** 被评为省级示范型服务站 → 省级: the level a bonus names, or the words themselves. */
const levelWord = (label: string): string => /(国家级|省级|市级|县级|区级|乡级)/.exec(label)?.[1] ?? label;

/** 优秀/良好/一般/不合格, 好/差, or the condition itself. */
export function levelName(label: string): string {
  const m =
    /(不合格|优秀|良好|较好|较差|合格|一般|好|差)(?:等次|等级)?$/.exec(label) ??
    /(不合格|优秀|良好|较好|较差|合格|一般)/.exec(label);
  return m?.[1] ?? short(label, '其他');
}

/**
 * The yes/no question whose 是 keeps the points, from the condition that loses them: 未完成 → 已完成,
 * 无制度 → 有制度, 不按时上报 → 按时上报, and any other event (发生较大事故) → 无“发生较大事故”情形.
 */
/** 否则不得分 / 未达到的不得分 beside a measure: the words only restate it, and ask nothing of their own. */
export const restates = (label: string): boolean =>
  /^(?:(?:未|没有|不)?(?:达到|完成|达标)?|否则|其余|其他|达不到|超过|超出|高于|低于|不足|不到)(?:的|者)?$/.test(label);

/** 未完成 / 不达标 / 没有建立 beside 完成的 / 达标的 / 建立…的: the 不得分 is the 得N分 not met. */
const negates = (zero: string, gain: string): boolean => {
  const stem = zero.replace(/^(?:如|若|凡)?(?:未|没有|没|不|无)/, '').replace(/的$/, '');
  return stem !== zero && stem.length >= 1 && gain.includes(stem.slice(0, 2));
};

/** Events that lose points whatever negation they carry (未经鉴定擅自销毁): asked as their absence. */
const badEvent = /擅自|违规|违法|私自|销毁|丢失|泄露|泄密|虚报|瞒报|伪造|篡改|截留|挪用|弄虚作假/;

export const asRequirement = (label: string, text = ''): string => {
  const l = label.replace(/^(?:如|若|凡)/, '');
  if (badEvent.test(l)) return `无“${l}”情形`;
  if (l.replace(/^(?:未|没有|没|无|不)/, '').length < 2) return `已做到：${text.split(/[。,;(]|计\d/)[0] ?? ''}`;
  if (/^(?:未|没有|没)/.test(l)) return `已${l.replace(/^(?:未|没有|没)/, '')}`;
  if (/^无/.test(l)) return `有${l.slice(1)}`;
  if (/^不/.test(l)) return l.slice(1);
  return `无“${l}”情形`;
};

export function deductRule(c: Ctx): Composed | undefined {
  const counts = all(c, 'deduct');
  const bares = all(c, 'bare');
  if (counts.length + bares.length === 0) return undefined;
  const ceiling = one(c, 'ceiling')?.n;
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
  ];
  if (
    counts.length === 0 &&
    c.points !== undefined &&
    Math.abs(sum - c.points) < 1e-9 &&
    !floorZero &&
    ceiling === undefined
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
                /^(?:少|缺|缺少|减少|差)$/.test(f.label)
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
          ? [{ label: `${short(f.label, '扣分情形')}（出现次数）`, unit: '次', per: f.per }]
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
  if (gains.length === 1 && tail.length > 0 && !/扣/.test(head ?? '') && demands.length > 1) return undefined;
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

export function gainRule(c: Ctx): Composed | undefined {
  const gains = all(c, 'gain').filter((g) => g.n !== 'full');
  const zero = one(c, 'zero');
  const uses: Fact['t'][] = ['gain', 'zero', 'points', 'discretion', 'countTarget'];
  const ranged = gains.filter((g) => g.max !== undefined);
  if (ranged.length > 0) {
    // 有章程的得4分；执行不到位的得2-3分；无章程的不得分: a fixed 得N分 is a band of one value.
    const bands = gains.map((g) => ({
      name: levelName(g.label),
      min: dflt(g.n as ClassPoints),
      max: g.max ?? dflt(g.n as ClassPoints),
    }));
    // …的得4-5分，一般的得2-3分，未落实的不得分: the last band is nothing.
    if (zero) bands.push({ name: short(zero.label, '未达到'), min: 0, max: 0 });
    // 得2分；…酌情得1-2分: bands that overlap are two parts, not one scale.
    const overlap = bands.some((a, i) => bands.some((b, j) => i < j && a.min <= b.max && b.min <= a.max));
    if (overlap) return undefined;
    const top = Math.max(...bands.map((b) => b.max));
    return {
      rule: { kind: 'judgement', input: { id: c.id(1), label: '评定得分' }, bands },
      readAs: 'judgement (bands)',
      confidence: 0.85,
      uses,
      points: c.points ?? top,
    };
  }
  const numbers = gains.map((g) => g.n as ClassPoints);
  const sum = numbers.reduce<number>((a, n) => a + dflt(n), 0);
  if (gains.length >= 2 && c.points !== undefined && Math.abs(sum - c.points) < 1e-9 && !zero) {
    return {
      rule: {
        kind: 'checklist',
        inputs: gains.map((g, i) => ({
          id: c.id(i + 1),
          label: short(g.label, `第${i + 1}项`),
          points: g.n as ClassPoints,
        })),
      },
      readAs: 'checklist (…的得N分 parts)',
      confidence: 0.85,
      // 就诊率达到90%…的得1分: a percentage in a part's condition is what that part asks for.
      uses: [...uses, 'pctTarget'],
    };
  }
  if (gains.length >= 2) {
    const levels = gains.map((g) => ({ name: levelName(g.label), points: g.n as ClassPoints }));
    if (zero) levels.push({ name: levelName(zero.label), points: 0 });
    const names = new Set(levels.map((l) => l.name));
    const max = Math.max(...numbers.map(dflt));
    const classes = new Set(
      numbers.flatMap((n) => (typeof n === 'number' ? [] : Object.keys(n).filter((k) => k !== 'default'))),
    );
    const points: ClassPoints = classes.size
      ? (Object.fromEntries([
          ['default', max],
          ...[...classes].map((k) => [
            k,
            Math.max(...numbers.map((n) => (typeof n === 'number' ? n : (n[k] ?? n.default)))),
          ]),
        ]) as ClassPoints)
      : max;
    const fits = c.points === undefined || Math.abs(c.points - max) < 1e-9;
    return {
      rule: { kind: 'levels', input: { id: c.id(1), label: '评定等次' }, levels },
      readAs: 'levels',
      confidence: names.size === levels.length && fits ? 0.85 : 0.5,
      uses,
      points,
    };
  }
  const g = gains[0];
  if (g || zero) {
    const label = g ? short(g.label, '达到要求') : asRequirement(zero?.label ?? '', c.text);
    const n = g ? (g.n as ClassPoints) : c.points;
    // 入学率达到100%…有辍学的不得分: reaching all of it is all or nothing; a lower target is a threshold.
    const full = all(c, 'pctTarget').every((t) => t.x === 100);
    // 与互联网物理隔离的得3分；涉密档案违规上网的，本项不得分: a 不得分 that is not the 得N分's own
    // negation (未完成 beside 完成的得2分) is another event, asked beside it.
    const other = g && zero && !restates(zero.label) && !negates(zero.label, g.label);
    // 未隔离的不得分；涉密档案违规上网的，本项不得分: two ways of losing it all, the second asked beside.
    const zeros = all(c, 'zero');
    if (!g && zeros.length > 2) return undefined;
    const second = !g && zeros.length === 2 ? zeros[1] : undefined;
    return {
      rule: { kind: 'yesno', input: { id: c.id(1), label: short(label, '达到要求') } },
      readAs: g && zero ? 'yesno (…的得N分，未…不得分)' : g ? 'yesno (…的得N分)' : 'yesno (未…不得分)',
      confidence: 0.9,
      uses: full ? [...uses, 'pctTarget'] : uses,
      ...(n === undefined ? {} : { points: n }),
      ...(other && zero ? { requires: asRequirement(zero.label, c.text) } : {}),
      ...(second ? { requires: asRequirement(second.label, c.text) } : {}),
    };
  }
  return undefined;
}

export function checkRule(c: Ctx): Composed | undefined {
  const checks = all(c, 'check');
  if (checks.length === 0) return undefined;
  const sum = checks.reduce((a, k) => a + k.n, 0);
  const uses: Fact['t'][] = ['check', 'points'];
  if (checks.length === 1 && checks[0]) {
    return {
      rule: { kind: 'yesno', input: { id: c.id(1), label: short(checks[0].label, '达到要求') } },
      readAs: 'yesno ((N分))',
      confidence: 0.8,
      uses,
      points: checks[0].n,
    };
  }
  const fits = c.points === undefined || Math.abs(sum - c.points) < 1e-9;
  return {
    rule: {
      kind: 'checklist',
      inputs: checks.map((k, i) => ({
        id: c.id(i + 1),
        label: short(k.label.replace(/^是否/, ''), `第${i + 1}项`),
        points: k.n,
      })),
    },
    readAs: 'checklist (是否…(N分))',
    confidence: fits ? 0.9 : 0.7,
    uses,
    points: c.points ?? sum,
  };
}

/** Splits digits written without separators (分别得110.50.5) into k numbers adding up to `sum`, when only one way does. */
export function splitRun(run: string, k: number, sum: number | undefined): number[] | undefined {
  const valid = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;
  const found: number[][] = [];
  const walk = (rest: string, acc: number[]): void => {
    if (found.length > 1) return;
    if (acc.length === k) {
      if (rest === '' && (sum === undefined || Math.abs(acc.reduce((a, b) => a + b, 0) - sum) < 1e-9)) found.push(acc);
      return;
    }
    for (let i = 1; i <= rest.length; i++) {
      const head = rest.slice(0, i);
      if (valid.test(head)) walk(rest.slice(i), [...acc, Number(head)]);
    }
  };
  walk(run, []);
  return found.length === 1 ? found[0] : undefined;
}

/** The words the last part of a list shares with the others (A、B、C等各项工作达到目标 / …情况好). */
function shared(parts: readonly { label: string; n?: number }[]): { label: string; n?: number }[] {
  const last = parts[parts.length - 1]?.label ?? '';
  const etc = /^(.+?)等(?:各项工作|各项|方面|工作)?(.*)$/.exec(last);
  const tail = etc ? (etc[2] ?? '') : (/(情况好|效果好|成效显著|成效明显|落实到位|到位|规范)$/.exec(last)?.[1] ?? '');
  return parts.map((p, i) => {
    const own = i === parts.length - 1 && etc ? (etc[1] ?? p.label) : p.label;
    const label = i === parts.length - 1 && !etc ? own : `${own.replace(/[的,]+$/, '')}${tail}`;
    return { ...p, label: label.replace(/^[,;。:、]+/, '') };
  });
}

/**
 * 各得 / 分别得: a list of requirements, each worth its points, with any other 得N分 parts of the
 * clause: one checklist, read only when the parts add up to the clause's points.
 */
export function eachRule(c: Ctx): Composed | undefined {
  const lists = all(c, 'each');
  if (lists.length === 0) return undefined;
  const scale = eachScale(c, lists);
  if (scale !== undefined) return scale ?? undefined;
  const gains = all(c, 'gain').filter((g): g is Of<'gain'> & { n: number } => typeof g.n === 'number');
  const otherPoints = gains.reduce((a, g) => a + g.n, 0);
  const notes: string[] = [];
  let confidence = 0.85;
  const expanded: { label: string; points: number }[][] = [];
  for (const [k, list] of lists.entries()) {
    const rest = k === lists.length - 1 && c.points !== undefined ? c.points - otherPoints : undefined;
    let parts = list.parts;
    const fixed = parts.reduce((a, p) => a + (p.n ?? 0), 0);
    const open = (ps: typeof parts): number => ps.filter((p) => p.n === undefined).length;
    let values: number[] | undefined;
    if (list.each !== undefined) {
      const fits = (ps: typeof parts): boolean =>
        rest === undefined || Math.abs(fixed + open(ps) * (list.each ?? 0) - rest) < 1e-9;
      // …开展扶贫日活动和引导社会组织扶贫情况好的各得0.5分: the last 和 joins two parts when the points say so.
      const joined = parts[parts.length - 1]?.label.split(/和|及|与/) ?? [];
      if (!fits(parts) && joined.length === 2) {
        const more = [...parts.slice(0, -1), ...joined.map((label) => ({ label }))];
        if (fits(more)) {
          parts = more;
          notes.push('“各得”的最后一项含“和”，按分值拆为两项。');
        }
      }
      if (!fits(parts)) return undefined;
      values = parts.map((p) => p.n ?? list.each ?? 0);
    } else {
      const written = (list.numbers ?? '').split('、');
      let nums: number[] | undefined = written.length === open(parts) ? written.map(Number) : undefined;
      if (!nums && written.length === 1) {
        nums = splitRun(written[0] ?? '', open(parts), rest === undefined ? undefined : rest - fixed);
        if (nums) {
          confidence = 0.7;
          notes.push(`“分别得${written[0] ?? ''}”的数字连在一起，按分值拆为${nums.join('、')}分。`);
        }
      }
      if (!nums || nums.some((n) => !Number.isFinite(n))) return undefined;
      let at = 0;
      values = parts.map((p) => p.n ?? nums[at++] ?? 0);
    }
    const named = shared(parts);
    expanded.push(named.map((p, i) => ({ label: short(p.label, `第${i + 1}项`), points: values[i] ?? 0 })));
  }
  // Facts in text order: 得N分 parts and lists, as the table lists them.
  let li = 0;
  const items = c.facts.flatMap((f) =>
    f.t === 'gain' && typeof f.n === 'number'
      ? [{ label: short(f.label, '达到要求'), points: f.n }]
      : f.t === 'each'
        ? (expanded[li++] ?? [])
        : [],
  );
  const sum = items.reduce((a, i) => a + i.points, 0);
  if (c.points !== undefined && Math.abs(sum - c.points) > 1e-9) return undefined;
  return {
    rule: { kind: 'checklist', inputs: items.map((i, k) => ({ id: c.id(k + 1), label: i.label, points: i.points })) },
    readAs: lists.some((l) => l.each !== undefined) ? 'checklist (各得N分)' : 'checklist (分别得…)',
    confidence,
    uses: ['each', 'gain', 'points', 'pctTarget', 'countTarget', 'zero'],
    points: c.points ?? sum,
    ...(notes.length ? { reading: notes.join('') } : {}),
  };
}

/**
 * 加分项: each event the row names adds its points (在国家级刊物发表的加1.5分; 受到市级表彰的得1分),
 * up to the row's points or 累计最高加N分; a range (加1-2分) is the assessor's judgement within it.
 */
export function addRule(c: Ctx): Composed | undefined {
  const adds = all(c, 'add');
  const gains = c.role === 'bonus' ? all(c, 'gain').filter((g) => typeof g.n === 'number') : [];
  if (adds.length === 0 || (c.role !== 'bonus' && gains.length > 0)) return undefined;
  const uses: Fact['t'][] = ['add', 'gain', 'awardMax', 'points', 'zero'];
  const cap = one(c, 'awardMax')?.n;
  // 排名第一的加2分，排名前三的加1分: the first is also in the top three; whether both are added the
  // words do not say.
  const ranks = adds.filter((a) =>
    /排名|名次|第[一二三四五六七八九十\d]+名|前[一二三四五六七八九十\d]+名?/.test(a.label),
  );
  if (ranks.length > 1) return undefined;
  // 省级示范的加2分，市级的加1分（同一年度按最高级别计，不重复加分）: one level, the highest, not a sum.
  // 同一事项按最高级别计，累计最高加5分 is per 事项, and 事项 add up: an award, not one level.
  const highest = /按最高级别|就高不就低|取最高/.test(c.text) && !/同一(?:事项|项目|项|材料)/.test(c.text);
  if (adds.length > 1 && highest && !adds.some((a) => a.max !== undefined)) {
    const levels = [
      ...adds.map((a) => ({ name: short(levelWord(a.label), '加分情形'), points: a.n })),
      { name: '无', points: 0 },
    ];
    return {
      rule: { kind: 'levels', input: { id: c.id(1), label: '达到的最高级别' }, levels },
      readAs: 'levels (按最高级别加分)',
      confidence: 0.8,
      uses,
      points: c.points ?? Math.max(...adds.map((a) => a.n)),
    };
  }
  if (adds.some((a) => a.max !== undefined)) {
    if (adds.length + gains.length > 1) return undefined;
    const a = adds[0];
    if (!a) return undefined;
    return {
      rule: {
        kind: 'judgement',
        input: { id: c.id(1), label: '评定加分' },
        bands: [{ name: short(a.label, '符合条件'), min: a.n, max: a.max ?? a.n }],
      },
      readAs: 'judgement (加N-M分)',
      confidence: 0.85,
      uses,
      points: c.points ?? a.max ?? a.n,
    };
  }
  const events = c.facts.flatMap((f) =>
    f.t === 'add' || (c.role === 'bonus' && f.t === 'gain' && typeof f.n === 'number')
      ? [{ label: f.label, per: f.t === 'add' ? f.n : dflt(f.n as ClassPoints) }]
      : [],
  );
  const points = c.points !== undefined && c.points > 0 ? c.points : cap;
  return {
    rule: {
      kind: 'award',
      inputs: events.map((e, i) => ({
        id: c.id(i + 1),
        label: `${short(e.label, '加分情形')}（次数）`,
        unit: '次',
        per: e.per,
      })),
      stepping: 'whole',
    },
    readAs: `award (加N分 each${cap === undefined ? '' : `, max ${cap}`})`,
    confidence: points === undefined ? 0.5 : 0.8,
    uses,
    ...(points === undefined ? {} : { points: cap === undefined ? points : Math.min(points, cap) }),
    reading: `每出现一次所列情形加相应分值，累计以${cap ?? points ?? '本条分值'}分为限。`,
  };
}

const LEVEL = /^(?:优秀|良好|较好|好|一般|较差|差|合格|基本合格|不合格|满意|基本满意|不满意)(?:等次|等级|的)?$/;

/**
 * 分别得/分别计 over level names (好、较好、一般、差的分别得5、4、2、0分) is a scale, not a
 * checklist; 分别加 in a bonus row (省、市先进单位的分别加3分、2分) is one award per event.
 * null: the list is one of these but does not add up (flagged); undefined: it is neither.
 */
function eachScale(c: Ctx, lists: readonly Of<'each'>[]): Composed | null | undefined {
  const list = lists[0];
  if (!list || lists.length > 1 || list.each !== undefined) return undefined;
  const values = (list.numbers ?? '').split('、').map(Number);
  // …落实情况考核为优秀、良好… / 评比结果为好、较好…: the first part starts after 为.
  const named = list.parts.map((p, i) => (i === 0 ? p.label.replace(/^.*(?:为|是)(?=[^为是]+$)/, '') : p.label));
  const levelled = named.every((n) => LEVEL.test(n));
  if (!levelled && list.verb !== '加' && c.role !== 'bonus') return undefined;
  if (values.length !== named.length || values.some((v) => !Number.isFinite(v))) return null;
  if (levelled && list.verb !== '加') {
    const top = Math.max(...values);
    if (c.points !== undefined && Math.abs(top - c.points) > 1e-9) return null;
    const levels = named.map((n, i) => ({ name: n.replace(/(?:等次|等级|的)$/, ''), points: values[i] ?? 0 }));
    // …分别得4分、3分、2分，不合格的不得分: the level that scores nothing.
    const zero = one(c, 'zero');
    if (zero && !values.includes(0)) levels.push({ name: levelName(zero.label), points: 0 });
    return {
      rule: { kind: 'levels', input: { id: c.id(1), label: '评定等次' }, levels },
      readAs: 'levels (分别得…)',
      confidence: 0.85,
      uses: ['each', 'points', 'zero'],
      points: c.points ?? top,
    };
  }
  if (list.verb === '加' || c.role === 'bonus') {
    const cap = one(c, 'awardMax')?.n;
    const points = c.points !== undefined && c.points > 0 ? c.points : cap;
    // 被评为省、市安全生产先进单位的: the level words share the rest of the sentence.
    const rest = named[named.length - 1] ?? '';
    return {
      rule: {
        kind: 'award',
        inputs: named.map((n, i) => ({
          id: c.id(i + 1),
          label: `${short(i === named.length - 1 ? n : `${n}${rest.replace(/^[^级]*级?/, '')}`, '加分情形')}（次数）`,
          unit: '次',
          per: values[i] ?? 0,
        })),
        stepping: 'whole',
      },
      readAs: 'award (分别加…)',
      confidence: points === undefined ? 0.5 : 0.8,
      uses: ['each', 'awardMax', 'points'],
      ...(points === undefined ? {} : { points: cap === undefined ? points : Math.min(points, cap) }),
    };
  }
  return undefined;
}

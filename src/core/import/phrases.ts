import { NUM, parseNumber } from './numerals';

/**
 * The lexicon of rule text: each phrase of the scoring language (计N分, 每…1户扣X分, 扣完为止,
 * 最高扣X分, 低于X%不计分, …) as a pattern over normalised text and the fact it states. parse.ts
 * composes facts into a rule; anything here that claims no span is left for parse.ts to flag.
 */

export type ClassPoints = number | { default: number; [cls: string]: number };

export type Fact =
  | { t: 'veto' }
  | { t: 'cumulative' }
  | { t: 'ceiling'; n: number }
  | { t: 'awardMax'; n: number }
  | { t: 'floorZero' }
  | { t: 'floorNone' }
  | { t: 'pctStep'; step: number; per: number }
  | { t: 'excessStep'; step: number; per: number }
  | { t: 'excessLimit'; x: number }
  | { t: 'cutoff'; x: number }
  | { t: 'pctTarget'; x: number; above?: boolean }
  | { t: 'atMost'; x: number }
  | { t: 'proportional' }
  | { t: 'propFull'; x: number }
  | { t: 'amountStep'; step: number; unit: string; per: number }
  | { t: 'amountPer'; step: number; unit: string; per: number }
  | { t: 'amountTarget'; x: number; unit: string }
  | { t: 'countTarget'; x: number; unit: string }
  | { t: 'award'; step: number; unit: string; per: number; label: string }
  | { t: 'askCount'; n: number; unit: string }
  | { t: 'deduct'; per: number; unit: string; label: string; verb: '扣' | '计' }
  | { t: 'bare'; per: number; label: string }
  | { t: 'void'; label: string }
  | { t: 'zero'; label: string }
  | { t: 'gain'; label: string; n: ClassPoints | 'full'; max?: number }
  | { t: 'check'; label: string; n: number }
  | { t: 'add'; label: string; n: number; max?: number }
  | { t: 'each'; parts: { label: string; n?: number }[]; each?: number; numbers?: string; verb: '得' | '加' | '计' }
  | { t: 'pctBand'; lo: number; hi: number; n: number }
  | { t: 'money'; x: number; unit: string }
  | { t: 'countLimit'; x: number; unit: string }
  | { t: 'countExcess'; step: number; per: number }
  | { t: 'eachOpen' }
  | { t: 'countGoal'; x: number; unit: string }
  | { t: 'pctBelow'; x: number }
  | { t: 'shortCut'; n: number }
  | { t: 'points'; n: number; how: string }
  | { t: 'discretion' };

export interface Found {
  readonly fact: Fact;
  readonly from: number;
  readonly to: number;
}

const N = `(${NUM})`;
// 期 as in 每少一期, not 逾期/到期/按期.
const UNIT =
  '(人次|户次|批次|件次|课时|学时|公里|个|人|户|例|次|处|名|项|篇|题|条|家|件|起|所|村|天|(?<![逾到延过定按学周])期|批|块|份|座|台|辆|宗|册|亩|节|室|门|株|棵|张|套|间|吨|场|堂)';
const MONEY = '(万元|亿元|元|万)';
const FEN = '分?';
/** A condition before a scoring verb: no separators, no brackets. */
const COND = '([^,;。:()\\n]{1,30}?)';
const num = (s: string | undefined): number => parseNumber(s ?? '') ?? Number.NaN;
const money = (u: string | undefined): string => (u === '万' ? '万元' : (u ?? '万元'));
const clean = (s: string | undefined): string =>
  (s ?? '')
    .replace(/^[,;。:、.\s]+/, '')
    // 每少/每发现… is the verb's; 每年/每个贫困户 belongs to the requirement.
    .replace(/^(?:每(?=少|缺|发现|出现|有|减|超|多|差)|且|并|或|则|对|其中|如|若)+/, '')
    .replace(/(?:的|者|,)+$/, '')
    .trim();

/**
 * The whole requirement before a scoring verb, for a label: back to the last separator or the last
 * points (…的得1分每个贫困户均有…), across words other phrases read (就诊率达到90%).
 */
function wholeLabel(m: RegExpExecArray, cond: string | undefined): string {
  const end = m.index + (cond ?? '').length;
  const before = m.input.slice(0, end);
  let depth = 0;
  let start = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const ch = before[i] ?? '';
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) {
        start = i + 1;
        break;
      }
      depth--;
    } else if (depth === 0 && /[,;。:\n]/.test(ch)) {
      start = i + 1;
      break;
    }
  }
  const phrase = before.slice(start).replace(new RegExp(`^.*(?:得|计|扣|加)?${NUM}分`), '');
  const label = clean(phrase);
  // …实施办法的，得2分: nothing between the comma and 得; the condition is the phrase before it.
  if (label === '') return clean(phraseBefore(m.input, start)) || clean(cond);
  return label.length >= clean(cond).length ? label : clean(cond);
}
/** 二类单位得3分 → { default: a, 二类: b } */
const byClass = (a: number, cls: string | undefined, b: string | undefined): ClassPoints =>
  cls && b !== undefined ? { default: a, [cls]: num(b) } : a;
const CLS = `(?:\\((一类|二类|三类)(?:单位|乡镇|村|街道|社区)?(?:得|计)?${N}分?\\))?`;

/**
 * What makes a clause score nothing (…的本项不得分). 一经查实本项 says only that it was found: the
 * condition is the phrase before it (对企业乱收费、乱罚款的，一经查实本项不得分).
 */
function zeroLabel(m: RegExpExecArray): string {
  const trim = (s: string): string =>
    clean(s)
      .replace(/^一经(?:查实|发现|核实|查证)/, '')
      .replace(/(?:的)?(?:本项|该项|此项|本条|全项)$/, '')
      .replace(/的$/, '');
  const own = trim(m[1] ?? '');
  if (own !== '' || !/一经|本项|该项|此项|本条|全项/.test(m[1] ?? '')) return own;
  return trim(phraseBefore(m.input, m.index)) || own;
}

/** The phrase before position `at`, when only a comma stands between them (…的，每次扣5分). */
function phraseBefore(input: string, at: number): string {
  const before = input.slice(0, at);
  if (!before.endsWith(',')) return '';
  return (
    before
      .slice(0, -1)
      .split(/[,;。:\n]/)
      .pop() ?? ''
  );
}

/**
 * The parts of an 各得/分别得 list: split at 、 (and the last part's 和/及/与 is kept whole; the
 * reading splits it when the points say so). A part that states its own points keeps them
 * (完善最低生活保障制度1分、健全…的各得2分).
 */
function eachFact(list: string, each: boolean, numbers: string, verb: '得' | '加' | '计'): Fact | undefined {
  const text = list.replace(/^[,;。:、\s]+/, '');
  const parts = text.split('、').map((raw) => {
    const own = new RegExp(`^(.*?)(${NUM})分$`).exec(raw);
    return own ? { label: own[1] ?? raw, n: num(own[2]) } : { label: raw };
  });
  if (parts.length < 2 && !/[和及与]/.test(text)) return undefined;
  const values = numbers.split(/分?[、,]/).filter(Boolean);
  if (each) return values.length === 1 ? { t: 'each', parts, each: num(values[0]), verb } : undefined;
  return { t: 'each', parts, numbers: values.join('、'), verb };
}

interface Phrase {
  readonly name: string;
  readonly re: RegExp;
  make(m: RegExpExecArray): Fact | undefined;
  /** false: the fact is noted but its words stay free for the phrases after it. */
  readonly claims: boolean;
}

const p = (name: string, src: string, make: Phrase['make'], claims = true): Phrase => ({
  name,
  re: new RegExp(src, 'g'),
  make,
  claims,
});

/** In priority order: a span claimed by an earlier phrase is not read again. */
export const phrases: readonly Phrase[] = [
  // Noted first, claiming nothing, so that words other phrases take are still seen.
  // Any sum of money: two sums beside one step are two targets (一类…3000万元，二类…2000万元).
  p('money', `${N}${MONEY}`, (m) => ({ t: 'money', x: num(m[1]), unit: money(m[2]) }), false),
  p(
    'count target',
    `${N}${UNIT}(?:以上|及以上)(?=的?得${N})`,
    (m) => ({ t: 'countTarget', x: num(m[1]), unit: m[2] ?? '次' }),
    false,
  ),
  // 生均图书小学达到25册 / 全科医生数达到3名 / 任务为1000亩: a count to reach.
  p(
    'count target',
    `(?:达到|达|不少于|不低于|任务为|目标为)${N}${UNIT}`,
    (m) => ({ t: 'countGoal', x: num(m[1]), unit: m[2] ?? '个' }),
    false,
  ),
  p('veto', '一票否决', () => ({ t: 'veto' })),
  p('cumulative', '(?:本项)?(?:各类|各)?(?:单项)?扣分可?累计[,]?', () => ({ t: 'cumulative' })),
  p('ceiling', `(?:累计|合计|共|本项)?(?:最高|最多|至多)扣(?:分)?${N}${FEN}`, (m) => ({ t: 'ceiling', n: num(m[1]) })),
  p('ceiling', `扣满(?:至|到)?${N}分?为止`, (m) => ({ t: 'ceiling', n: num(m[1]) })),
  p('ceiling', `扣分不超过${N}${FEN}`, (m) => ({ t: 'ceiling', n: num(m[1]) })),
  // 累计最高加分2-3分: the most is the top of the range.
  p('award max', `(?:累计|合计)?(?:最高|最多|至多)(?:加分?|得分?|计)${N}(?:-${N})?${FEN}`, (m) => ({
    t: 'awardMax',
    n: num(m[2] ?? m[1]),
  })),
  p('award max', `加满(?:至|到)?${N}分?为止`, (m) => ({ t: 'awardMax', n: num(m[1]) })),
  // 本项最高4分 / 最高3分: the most the row gives.
  p('award max', `(?:本项)?最高(?:为)?${N}分`, (m) => ({ t: 'awardMax', n: num(m[1]) })),
  // 得分=实际满意率÷90%×7分: full points at 90%.
  p('proportional', `÷${N}%[×x*]${N}分?`, (m) => ({ t: 'propFull', x: num(m[1]) })),
  // 同一项目按最高级别计，累计不超过5分 (a bonus row).
  p('award max', `累计(?:加分)?不超过${N}分`, (m) => ({ t: 'awardMax', n: num(m[1]) })),
  // 较上年每提高1个百分点得1分，最高得4分: points for each step up.
  p('award', `每(?:提高|增长|增加|上升)${N}个?(?:百分点|%)的?(?:得|加)${N}${FEN}`, (m) => ({
    t: 'award',
    step: num(m[1]),
    unit: '个百分点',
    per: num(m[2]),
    label: '比上年提高',
  })),
  // 达到98%以上的得满分；低于98%的，每低一个百分点扣一分: 低于98% restates the target before the step.
  p('below target', `低于${N}%的?,?(?=每)`, (m) => ({ t: 'pctBelow', x: num(m[1]) })),
  p('floor zero', '(?:扣完(?:本项|该项|本条)?(?:分值)?为止|扣完即止|扣至0分为止|扣完本项分)', () => ({
    t: 'floorZero',
  })),
  p('floor none', '(?:执行倒扣分?|可倒扣分?|倒扣分|扣分不设下限)', () => ({ t: 'floorNone' })),
  // 每减少1个百分点扣0.5分 / 每减1个百分点扣0.2 / (garbled) 1个百分点扣0.2 — but not 每超过1个百分点扣….
  p(
    'percent step',
    `(?:每)?(?:(?:减少|少|减|下降|降低|低)(?:[\u4e00-\u9fff]{1,4}?)?${N}|(?<!超过|超出|超|高出|多)${N}(?=个百分点))个?(?:百分点|%),?(?:的)?(?:扣${N}${FEN}|(?<=每[^,;。]{1,8})${N}分)`,
    (m) => ({
      t: 'pctStep',
      step: num(m[1] ?? m[2]),
      per: num(m[3] ?? m[4]),
    }),
  ),
  p('excess step', `每(?:超过|超出|超|高出|多)${N}(?:%|个百分点),?扣${N}${FEN}`, (m) => ({
    t: 'excessStep',
    step: num(m[1]),
    per: num(m[2]),
  })),
  p('excess limit', `(?:超过|超出|高于)${N}%`, (m) => ({ t: 'excessLimit', x: num(m[1]) })),
  p(
    'cutoff',
    `(?:(?:低于|不足|不到|未达到?|少于)${N}%|(?<![\\d.%-])${N}%以下)(?:的|者)?,?(?:本项|该项)?(?:不计分|不得分|计0分|得0分|不给分)`,
    (m) => ({ t: 'cutoff', x: num(m[1] ?? m[2]) }),
  ),
  // 参训率在80%-90%之间的得3分 / 80%(含)至90%的得3分: one band of a scale by percentage.
  p('percent band', `${N}%(?:\\(含\\))?(?:-|至|到)${N}%(?:\\(不含\\))?(?:之间)?(?:的|者)?,?得${N}分`, (m) => ({
    t: 'pctBand',
    lo: num(m[1]),
    hi: num(m[2]),
    n: num(m[3]),
  })),
  // 达到80%(含)以上不足100%的得3分: the same band said the other way.
  p(
    'percent band',
    `${N}%(?:\\(含\\))?(?:及)?以上(?:、|,)?(?:不足|不到|低于|未达到?)${N}%(?:的|者)?,?得${N}分`,
    (m) => ({
      t: 'pctBand',
      lo: num(m[1]),
      hi: num(m[2]),
      n: num(m[3]),
    }),
  ),
  // 每少完成1%扣1分，少完成10%以上的不得分: nothing once the shortfall reaches N.
  p('short cut-off', `少完成${N}%(?:及)?以上(?:的|者)?,?(?:不得分|不计分|得0分)`, (m) => ({
    t: 'shortCut',
    n: num(m[1]),
  })),
  // 得分=实际新增数÷目标任务数×5，最高不超过5分: points in proportion.
  p('proportional', `得分=[^,;。]*[÷/][^,;。]*[×x*]${N}分?(?:,?最高不超过${N}分)?`, () => ({ t: 'proportional' })),
  // 宣传氛围不浓的酌情扣1-3分: the assessor decides within the range.
  p('discretion', `酌情扣(?:分)?${N}-${N}${FEN}`, () => ({ t: 'discretion' })),
  p('proportional', '按[^,;。]{0,8}?(?:比例|率)(?:计分|扣分|得分|折算|计算)', () => ({ t: 'proportional' })),
  // 按实际处置率占95%的比例计分: full points at 95%.
  p('proportional', `按[^,;。]{0,12}?占${N}%的比例(?:计分|得分|折算)`, (m) => ({ t: 'propFull', x: num(m[1]) })),
  p('full at', `${N}%的?[^,;。()]{0,12}?不扣分`, (m) => ({ t: 'propFull', x: num(m[1]) })),
  p('percent target', `(?<![未没不少])(?:达到|达|完成|实现)[^,;。%()]{0,16}?${N}%(及以上|以上)?`, (m) => ({
    t: 'pctTarget',
    x: num(m[1]),
    ...(m[2] ? { above: true } : {}),
  })),
  // 覆盖率98%以上的得1分: a percentage with 以上 is a target without a verb.
  p('percent target', `(?<![\\d.])${N}%(及以上|以上)`, (m) => ({ t: 'pctTarget', x: num(m[1]), above: true })),
  // 贫困发生率降至2%以下: at most X%.
  p('at most', `(?:降至|降到|下降至|下降到|降低到|降低至|控制在)${N}%以(?:下|内)`, (m) => ({
    t: 'atMost',
    x: num(m[1]),
  })),
  // 每减少10人扣1分 / 每少完成5户扣1分: a step of several, typed as the shortfall (whole steps).
  p('count step', `每(?:少完成|少|减少|差)${N}${UNIT},?扣${N}${FEN}`, (m) =>
    num(m[1]) !== 1 ? { t: 'amountStep', step: num(m[1]), unit: m[2] ?? '个', per: num(m[3]) } : undefined,
  ),
  // 平均时限控制在3个工作日以内，每超过1个工作日扣0.5分: a limit in days, hours or people.
  p('count limit', `(?:控制在|不超过|不得超过|不多于)${N}个?(工作日|天|日|小时|人次|人|次|件)以内`, (m) => ({
    t: 'countLimit',
    x: num(m[1]),
    unit: m[2] ?? '天',
  })),
  // Noted, not claimed: without a limit (每超一人扣5分) it is a count deduction.
  p(
    'count excess',
    `每(?:超过|超出|超|多)${N}个?(?:工作日|天|日|小时|人次|人|次|件),?扣${N}${FEN}`,
    (m) => ({ t: 'countExcess', step: num(m[1]), per: num(m[2]) }),
    false,
  ),
  p('amount step', `每(?:少完成|少|减少|差)${N}${MONEY},?扣${N}${FEN}`, (m) => ({
    t: 'amountStep',
    step: num(m[1]),
    unit: money(m[2]),
    per: num(m[3]),
  })),
  p('amount per', `(?:少|减少|差|每少)${N}${MONEY},?扣${N}${FEN}`, (m) => ({
    t: 'amountPer',
    step: num(m[1]),
    unit: money(m[2]),
    per: num(m[3]),
  })),
  p('award', `每(?:[\\u4e00-\\u9fff]{1,3}?)?${N}${MONEY}的?(?:得|加)${N}${FEN}`, (m) => ({
    t: 'award',
    step: num(m[1]),
    unit: money(m[2]),
    per: num(m[3]),
    label: '',
  })),
  p(
    'amount target',
    `(?:(?<![未没不])(?:达到|达)|不低于|不少于|任务数?为?|目标为?|计划为?)[^,;。()]{0,14}?${N}${MONEY}(?:以上)?`,
    (m) => ({
      t: 'amountTarget',
      x: num(m[1]),
      unit: money(m[2]),
    }),
  ),
  p('ask count', `(?:随机|共)?(?:询问|抽查|抽取|提问)${N}个?(问题|题|户|人)`, (m) => ({
    t: 'askCount',
    n: num(m[1]),
    unit: m[2] === '问题' ? '题' : (m[2] ?? '题'),
  })),
  p('award each', `${COND}??每${UNIT}(?:另|再|额外)?(?:得|计|加)?${N}分`, (m) => ({
    t: 'award',
    step: 1,
    unit: m[2] ?? '项',
    per: num(m[3]),
    // 组织或参加业务培训的，每次得1分: the condition is before the comma.
    label: clean(m[1]) || clean(phraseBefore(m.input, m.index)),
  })),
  p(
    'award count',
    `${COND}??(每)?(?:出现|发现|有|开展|完成|组织|举办|获得)?(?:${N})?${UNIT}([^,;。:()\\n]{0,14}?),?(得|加)${N}${FEN}`,
    (m) => {
      const n = m[3] === undefined ? 1 : num(m[3]);
      if ((m[3] === undefined && !m[2]) || n !== 1 || (m[6] === '得' && !m[2]) || /[均都全]/.test(m[5] ?? ''))
        return undefined;
      return { t: 'award', step: 1, unit: m[4] ?? '次', per: num(m[7]), label: clean(`${m[1] ?? ''}${m[5] ?? ''}`) };
    },
  ),
  p('count deduction', `${COND}??(每)?(?:${N})?${UNIT}([^,;。:()\\n]{0,14}?),?(扣|计)${N}${FEN}`, (m) => {
    const n = m[3] === undefined ? 1 : num(m[3]);
    const verb = m[6] === '计' ? '计' : '扣';
    if ((m[3] === undefined && !m[2]) || n !== 1) return undefined;
    if (verb === '计' && !/[每少]/.test(`${m[1] ?? ''}${m[2] ?? ''}`)) return undefined;
    // 重大隐患被上级挂牌督办的，每次扣5分: with nothing before 每次, the condition is the phrase before the comma.
    // 经审核被退回修改的，每个项目扣0.5分: the condition before the comma, then what is counted.
    const own = clean(`${m[1] ?? ''}${m[5] ?? ''}`);
    const before = m[1] ? '' : clean(phraseBefore(m.input, m.index));
    const label = before ? `${before}${m[5] ? `的${clean(m[5])}` : ''}` : own;
    return { t: 'deduct', per: num(m[7]), unit: m[4] ?? '次', verb, label };
  }),
  p('void', '记为[^,;。()]{1,10}?,?(?:记|计)+0分', (m) => ({ t: 'void', label: m[0] })),
  p('bare deduction', `${COND},?扣${N}${FEN}`, (m) =>
    /[未无不没缺少漏错迟差瞒谎虚违乱假误失]|被[^,;。]*(?:通报|约谈|问责|批评|曝光|督办|处罚)|较多|严重/.test(m[1] ?? '')
      ? { t: 'bare', per: num(m[2]), label: clean(m[1]) }
      : undefined,
  ),
  // A、B、C情况好的各得0.5分 / A、B、C、D等各项工作达到目标的分别得1、1、0.5、0.5分.
  p(
    'each',
    `([^:;。\\n]{2,160}?)(?:的|者)?,?(各|分别)(得|加|计)(${N}(?:分?[、,]${N})*|[\\d.]+)(?:分|(?=[,;。\\n]|$))`,
    (m) => eachFact(m[1] ?? '', m[2] === '各', m[4] ?? '', m[3] === '加' ? '加' : m[3] === '计' ? '计' : '得'),
  ),
  // The condition of 不得分 stops at the points before it: 完成一般的得1分未完成的不得分.
  // The condition stops at points before it (得1分未完成的不得分) but keeps a 分 of its own (未分解落实).
  p(
    'zero',
    `((?:[^,;。:()\\n分]|(?<![\\d一二两三四五六七八九十半])分){1,30}?)?(?:不得分|不计分|计0分|得0分|记0分|不给分)`,
    (m) => ({
      t: 'zero',
      label: zeroLabel(m),
    }),
  ),
  p('points', `(?:计|共计?|记|满分|分值|总分)${N}分`, (m) =>
    num(m[1]) > 0 ? { t: 'points', n: num(m[1]), how: '计N分' } : undefined,
  ),
  // 减少达到年度指标的110%22分: points written straight after the target.
  p('points', `(?<=\\d%)${N}分`, (m) => (num(m[1]) > 0 ? { t: 'points', n: num(m[1]), how: 'X%N分' } : undefined)),
  // 各得N分 / 分别得 that no list took (两率均达到65%的各得3分): a share per part the reading cannot see.
  p('each unread', `(?:各|分别)(?:得|计|加)${N}分?`, () => ({ t: 'eachOpen' })),
  // 在国家级刊物发表的加1.5分 / 超过平均投入的加1-2分.
  p('add', `${COND}?加${N}(?:-${N})?分?`, (m) => ({
    t: 'add',
    label: clean(m[1]),
    n: num(m[2]),
    ...(m[3] ? { max: num(m[3]) } : {}),
  })),
  p('gain', `${COND}?得${N}(?:-${N})?分?${CLS}`, (m) => ({
    t: 'gain',
    label: wholeLabel(m, m[1]),
    n: byClass(num(m[2]), m[4], m[5]),
    ...(m[3] ? { max: num(m[3]) } : {}),
  })),
  p('gain full', `${COND}?得满分`, (m) => ({ t: 'gain', label: clean(m[1]), n: 'full' })),
  p('level', `(优秀|良好|较好|一般|较差|合格|不合格|好|差)(?:等次|等级|的)?${N}分${CLS}`, (m) => ({
    t: 'gain',
    label: m[1] ?? '',
    n: byClass(num(m[2]), m[3], m[4]),
  })),
  p('check', `([^()]{0,60}?)\\((?:[^()]*?[,、])?${N}分\\)`, (m) => ({ t: 'check', label: clean(m[1]), n: num(m[2]) })),
  p('points', `(?:^|(?<=[。,;)]))${N}分[。.]?$`, (m) => ({ t: 'points', n: num(m[1]), how: 'N分' })),
  p('discretion', '酌情|视情况?|视情节|适当(?=扣|加|减|给|得)|根据情况', () => ({ t: 'discretion' })),
];

/** Reads every phrase it knows in a clause's normal text, each span claimed once. */
export function readPhrases(text: string): { found: Found[]; claimed: boolean[] } {
  const claimed: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: Found[] = [];
  for (const ph of phrases) {
    ph.re.lastIndex = 0;
    for (let m = ph.re.exec(text); m; m = ph.re.exec(text)) {
      if (m[0] === '') {
        ph.re.lastIndex++;
        continue;
      }
      const from = m.index;
      const to = from + m[0].length;
      if (claimed.slice(from, to).some(Boolean)) {
        ph.re.lastIndex = from + 1;
        continue;
      }
      const fact = ph.make(m);
      if (!fact || Object.values(fact).some((v) => typeof v === 'number' && Number.isNaN(v))) {
        ph.re.lastIndex = from + 1;
        continue;
      }
      if (ph.claims) for (let i = from; i < to; i++) claimed[i] = true;
      found.push({ fact, from, to });
    }
  }
  found.sort((a, b) => a.from - b.from);
  return { found, claimed };
}

/** Scoring words left unread: a number of points, a deduction or an addition no phrase claimed. */
export function unread(text: string, claimed: readonly boolean[]): string[] {
  const out: string[] = [];
  // …培训效果不明显的，扣分。: a 扣分 with no number is a way of losing points too.
  const re = new RegExp(
    `(?:扣|加|得|计)${NUM}分?|${NUM}分|不得分|不计分|一票否决|(?<!酌情|适当|视情况|视情节|视情|不|免)扣分(?=$|[。;,])`,
    'g',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = claimed.slice(m.index, m.index + m[0].length);
    if (!span.some(Boolean)) out.push(m[0]);
  }
  return out;
}

/** Percentages no phrase claimed (a target or a cut-off the reader may have missed). */
export function unreadPercents(text: string, claimed: readonly boolean[], scoredOnly = false): string[] {
  const out: string[] = [];
  const re = new RegExp(`${NUM}%`, 'g');
  // In a clause not read as a measure, only a percentage that scores (每少脱贫1% / 低于95%) is suspect.
  // 供水保证率不低于95% is a standard the requirement names, not a way of scoring.
  const scoring = new RegExp(`(?<!不)(?:每|少|减|低于|超过|高于)[^,;。]{0,6}?${NUM}%$`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (claimed.slice(m.index, m.index + m[0].length).some(Boolean)) continue;
    if (scoredOnly && !scoring.test(text.slice(Math.max(0, m.index - 10), m.index + m[0].length))) continue;
    out.push(m[0]);
  }
  return out;
}

import { FEN, MONEY, N, UNIT, money, num, p, type Phrase } from './phrase-kit';

/**
 * The phrases of the scoring language about limits and measured values, in priority order (a span
 * claimed by an earlier phrase is not read again): sums and targets noted first, 一票否决, ceilings,
 * floors, percentage steps, cut-offs, bands, proportions. Pure.
 */

/** 空白村当年度考核分不得分 / 年度考核总分计零分: the unit's whole score lost, as a veto does. */
export const WHOLE_SCORE_LOST =
  '(?:(?:当?年度?)?考核(?:总)?(?:得)?分(?:不得分|为零|为0分|计零分|计0分)|' +
  // (出现任何一项,操作失败扣100分: in a skills test, the test failed whatever the points.)
  // (Not 培训考试不及格的,扣3分: a lapse with its cost.)
  '(?:操作|实操)失败(?![^,，;；。]{0,3}的)|(?:考试|技能考核)(?:失败|不及格)[,，]?扣(?:100|一百)分)';

/** ★未确定各级消防安全责任人…直接判定为C / 直接定为不合格: the grade settled whatever the points (a veto). */
export const GRADE_SETTLED =
  '(?:(?:直接|即)(?:判定|评定|认定|定)为(?:[CDＣＤ]级?|不合格|不达标|不称职|差|不符合要求)(?:等次|等级)?|' +
  // (存在左列四种情况之一的，为不合格档案: any one of them and the whole is judged failed.)
  '之一的?[,，]?(?:即|则|均)?(?:为|评为|定为|判为|视为)不合格(?:档案|单位|等次|等级)?(?=[。.;；]?$))';
/** 不予评定等级 / 影响全省上报的取消评比资格: the unit is not graded (or not ranked) at all. */
export const UNGRADED =
  '不予(?:评定|评)(?:等级|等次)|取消(?:评定|评级|评比|评优|评先|参评|评选|评优评先)资格|' +
  // (有1人達不到要求不予執業許可: in a licensing review, the licence refused whatever the points.)
  '不予(?:执业)?(?:许可|发证|注册)';

/** 低5% / 低于标准10% / 比下达任务低超过10%: a shortfall from the task, said before its band. */
const SHORT = '(?<!每)(?:低于?|少于?|差)(?:标准|任务|目标|指标|下达任务)?';
/** …的扣2分 / …是扣1分: what the band loses. */
const BAND_LOSES = `(?:的|者|是)?,?(?:的)?扣${N}${FEN}`;

export const measurePhrases: readonly Phrase[] = [
  // 得分值=年度建设任务完成率(超过100%以100%计算)×20: the rate times the points, the rate capped at 100% — before 超过N%
  // takes the cap for a limit.
  p('proportional', `率[(（](?:超过|高于)100%(?:的)?(?:以|按)100%计算?[)）]\\s*[*×xX]\\s*${N}分?`, () => ({
    t: 'proportional',
  })),
  // 满意度在90分以上满分,90分以下扣1分;80分以下扣5分: a score (not a percentage) in bands.
  p('score top', `${N}分(?:及|\\(含\\))?以上(?:的|者)?,?(?:得|为|计)?满分`, (m) => ({ t: 'scoreTop', x: num(m[1]) })),
  p('score band', `${N}分以下(?:的|者)?,?扣${N}${FEN}`, (m) => ({ t: 'scoreBand', below: num(m[1]), per: num(m[2]) })),
  // …60分以上得1分,低于60分不得分 / 60分以下不得分: the score under which a ladder of scores gives nothing.
  p('score floor', `(?:低于|不足|不到)${N}分(?=的?,?不得分)|${N}分以下(?=的?,?不得分)`, (m) => ({
    t: 'scoreFloor',
    x: num(m[1] ?? m[2]),
  })),
  // 举办国际学术活动18分或学术年会17分或学术报告15分(总分18分): one of several things done, each its points — the
  // best reached is what it earns (read as gains, one of them).
  p('alternative gain', `(?:^|(?<=或))([^或,，;；。]{2,40}?)${N}分(?=或|[(（]总分|[。;；]?$)`, (m) =>
    /\d分或/.test(m.input) && !/扣|减/.test(m[1] ?? '')
      ? { t: 'gain', label: (m[1] ?? '').replace(/^[\d一二三四五六七八九十]+[、.．]\s*/, '').trim(), n: num(m[2]) }
      : undefined,
  ),
  // 优10分、良 8分、合6分、差4分: grades, each its points (read as gains, the one reached).
  p(
    'grade gain',
    `(?:^|(?<=[、,，;；:：]))\\s*(优秀|优|良好|良|中等|中|合格|合|及格|较差|差|一般|较好|好)\\s*${N}分(?=\\s*(?:[、,，;；。]|$))`,
    (m) =>
      (m.input.match(/(?:优|良|中|合|及格|差|一般|好)\s*\d+(?:\.\d+)?分/g) ?? []).length >= 3
        ? { t: 'gain', label: m[1] ?? '', n: num(m[2]) }
        : undefined,
  ),
  // 按5、3、1评分: the grades the assessor gives, the best first.
  p('grades', `按${N}分?(?:[、,，]${N}分?){1,5}(?:分)?(?:的标准)?(?:评分|计分|打分|评定|给分)`, (m) => ({
    t: 'grades',
    values: [...m[0].matchAll(/\d+(?:\.\d+)?/g)].map((x) => Number(x[0])),
  })),
  // 比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的扣6分 / 低于标准10%以内的扣2分,低于标准20%以内的扣4分:
  // how far short of the task, in bands each losing what it says (read before 'over band' and 'percent step').
  p('short band', `${SHORT}${N}%以内(?:\\(含${N}%\\))?${BAND_LOSES}`, (m) => ({
    t: 'shortBand',
    hi: num(m[1]),
    per: num(m[3]),
  })),
  p('short band', `${SHORT}${N}%(?:-|至|到|—)${N}%(?:之间)?${BAND_LOSES}`, (m) => ({
    t: 'shortBand',
    lo: num(m[1]),
    hi: num(m[2]),
    per: num(m[3]),
  })),
  p('short band', `${SHORT}(?:(?:超过|超出)${N}%(?:以上)?|${N}%(?:\\(含\\))?(?:及)?以上)${BAND_LOSES}`, (m) => ({
    t: 'shortBand',
    lo: num(m[1] ?? m[2]),
    per: num(m[3]),
  })),
  // 超过平均值5个点以内扣1分,5个点以外扣2分: how far past a mark, in two bands (the assessor picks one).
  p('over band', `${N}(个百分点|个点|个|点|%|名)?(以内|以外)(?:的|者)?,?扣${N}${FEN}`, (m) => ({
    t: 'overBand',
    x: num(m[1]),
    unit: m[2] ?? '',
    per: num(m[4]),
    beyond: m[3] === '以外',
  })),
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
  // (Not “一票否决” in quotes before what it names — 发生…“一票否决”重特大事项的,扣30分, a kind of matter costing what it
  // says; 一律实行“一票否决”。 quoted at the end of its sentence is the veto.)
  p('veto', '(?<![“"「])一票否决(?![”"」])|(?<=[“"「])一票否决(?=[”"」](?:[,，;；。.!！]|$))', () => ({ t: 'veto' })),
  p('veto', WHOLE_SCORE_LOST, () => ({ t: 'veto' })),
  // ★未确定各级消防安全责任人…直接判定为C / 直接定为不合格: the grade settled whatever the points.
  // (…依法移送司法机关处理的 | 直接评定为不符合要求: the same.)
  p('veto', GRADE_SETTLED, () => ({ t: 'veto' })),
  // ※ …现象;不予评定等级。: the unit is not graded at all — the whole assessment fails.
  p('veto', UNGRADED, () => ({ t: 'veto' })),
  p('cumulative', '(?:本项)?(?:各类|各)?(?:单项)?扣分可?累计[,]?', () => ({ t: 'cumulative' })),
  p(
    'highest only',
    '(?:仅|只)(?:就|按|以|取|计)?最高(?:级别|等级|层级|档次)?(?:加分|计分|计)?(?:[,，]?不(?:作|做|予|重复)?累加)?|就高不就低|不(?:作|做|予|重复)累加',
    () => ({ t: 'highestOnly' }),
  ),
  p('ceiling', `(?:累计|合计|共|本项)?(?:最高|最多|至多)扣(?:分)?${N}${FEN}`, (m) => ({ t: 'ceiling', n: num(m[1]) })),
  p('ceiling', `扣满(?:至|到)?${N}分?为?止`, (m) => ({ t: 'ceiling', n: num(m[1]) })),
  p('ceiling', `扣分不超过${N}${FEN}`, (m) => ({ t: 'ceiling', n: num(m[1]) })),
  // 累计扣分上限为5分 / 扣分上限5分: the most the clause takes.
  p('ceiling', `(?:累计)?扣分(?:的)?上限(?:为|是)?${N}${FEN}`, (m) => ({ t: 'ceiling', n: num(m[1]) })),
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
  // (满意度 85% | 每少3个百分点扣1分,每增3个百分点加1分: each step above the target.)
  p('award', `每(提高|增长|增加|上升|增|高出)${N}个?(?:百分点|%)的?(?:得|加)${N}${FEN}`, (m) => ({
    t: 'award',
    step: num(m[2]),
    unit: '个百分点',
    per: num(m[3]),
    label: m[1] === '增' || m[1] === '高出' ? '高出目标' : '比上年提高',
  })),
  // 达到98%以上的得满分；低于98%的，每低一个百分点扣一分: 低于98% restates the target before the step.
  // (收缴率未达100%的,每低1个百分点扣1分: the same.)
  p('below target', `(?:低于|未达到?|达不到|不足)${N}%的?,?(?=每)`, (m) => ({ t: 'pctBelow', x: num(m[1]) })),
  // (扣完20分为止: down to nothing of the item's 20; …每低于目标值2%扣1分,最低为零分: the same.)
  p(
    'floor zero',
    // (…发现一次扣2分,10分扣完为止: the same, the number said first.)
    '(?:扣完(?:本项|该项|本条)?(?:分值)?为止|(?<=扣\\d+(?:\\.\\d+)?分[,，]?|得分[,，])最低(?:为|得|计)?(?:零|0)分|扣完(\\d+(?:\\.\\d+)?)分为止|(?<![\\d.])(\\d+(?:\\.\\d+)?)分扣完为止|扣完即止|扣至0分为止|扣完本项分|(?:直至|直到)(?:本项|该项)?(?:分值|分数)?扣完)',
    (m) => {
      const n = m[1] ?? m[2];
      return { t: 'floorZero', ...(n === undefined ? {} : { n: num(n) }) };
    },
  ),
  p(
    'floor none',
    // (…出现一例扣3分,不封顶 / …发现一次扣3分,实行倒扣法 / …本项扣分不保底: the deduction said, then no floor.)
    '(?:执行倒扣分?|(?:本项)?扣分不保底|可倒扣分?|倒扣分|实行倒扣法?|扣分不设下限|扣分(?:上)?不封顶|(?<=扣\\d+(?:\\.\\d+)?分[,，]?)不封顶|(?:直至|直到|可扣至|扣至)负分|可以?(?:扣)?为负分?|可以?(?:扣)?成负分|允许(?:出现)?负分)',
    () => ({ t: 'floorNone' }),
  ),
  // 每减少1个百分点扣0.5分 / 每减1个百分点扣0.2 / (garbled) 1个百分点扣0.2 — but not 每超过1个百分点扣….
  p(
    'percent step',
    // (Not 青年比例低于60%扣2分 without 每: below a line once, no step.)
    `(?:每(?:减少|少|减|下降|降低|低|降|缺)(?:[\u4e00-\u9fff]{1,4}?)?${N}|(?<!每)(?:减少|少|减|下降|降低|低|降|缺)(?!于)(?:[\u4e00-\u9fff]{1,4}?)?${N}|(?<!超过|超出|超|高出|多)${N}(?=个百分点))个?(?:百分点|%),?(?:的)?(?:扣${N}${FEN}|(?<=每[^,;。]{1,8})${N}分)`,
    (m) => ({
      t: 'pctStep',
      step: num(m[1] ?? m[2] ?? m[3]),
      per: num(m[4] ?? m[5]),
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
  // 参训率在80%-90%之间的得3分 / 80%(含)至90%的得3分 / 80%(含)-90%,计4分: one band of a scale by percentage.
  p('percent band', `${N}%(?:\\(含\\))?(?:-|至|到)${N}%(?:\\(不含\\))?(?:之间)?(?:的|者)?,?[得计记]${N}分`, (m) => ({
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
  // 按照居住区测评平均分进行折算。得分=平均分*40%: the points are a share of a score out of 100 the unit is given.
  p(
    'proportional',
    `按照?[^,;。]{0,16}?(?:平均分|测评结果|测评得分|考核得分|测评分)[^,;。]{0,4}?(?:进行)?折算|得分[=二]平均分[*×x]${N}[%‰o0]*`,
    () => ({ t: 'proportional', of: '测评平均分（百分制）' }),
  ),
  // 事件处理率*15分: the rate times the points.
  p('proportional', `率[*×x]${N}分`, () => ({ t: 'proportional' })),
  // 以实际评定的好路率X120。: the rate times the points, 分 not written.
  p('proportional', `率\\s*[*×xX]\\s*${N}(?=分?\\s*[。.°o]?$)`, () => ({ t: 'proportional' })),
  // 以实际评定的综合值为准: the value as the assessors find it.
  p('discretion', '以实际(?:评定|测定|检测|考核|核定)?的[^,;。]{1,10}?为准', () => ({ t: 'discretion' })),
  // 宣传氛围不浓的酌情扣1-3分: the assessor decides within the range.
  p('discretion', `酌情扣(?:分)?${N}-${N}${FEN}`, () => ({ t: 'discretion' })),
  // 否则扣1~3分 / 不到位扣1~2分: a cost the checker picks within a range — as 酌情 is (not 每…扣1-3分, so much each).
  // (…未配置或不健全的,扣0.5分至1分: the same, the range said with 至.)
  p('discretion', `(?<!每[^,;。]{0,8})扣${N}(?:-|分?(?:至|到))${N}分`, () => ({ t: 'discretion' })),
  // (按实际完成值占目标值的比重计算得分: the same, said as the share of the target done.)
  p(
    'proportional',
    '按[^,;。]{0,8}?(?:比例|率)(?:计分|扣分|得分|折算|计算)|按[^,;。]{0,12}?占[^,;。]{1,8}?的?比重(?:计算)?(?:得分|计分|折算)',
    () => ({
      t: 'proportional',
    }),
  ),
  // 按实际处置率占95%的比例计分: full points at 95%.
  p('proportional', `按[^,;。]{0,12}?占${N}%的比例(?:计分|得分|折算)`, (m) => ({ t: 'propFull', x: num(m[1]) })),
  p('full at', `${N}%的?[^,;。()]{0,12}?不扣分`, (m) => ({ t: 'propFull', x: num(m[1]) })),
  // (二、三产业税收较上年增长20%的得20分: the growth to reach, a target too.)
  p('percent target', `(?<![未没不少每])(?:达到|达|完成|实现|增长)[^,;。%()]{0,16}?${N}%(及以上|以上)?`, (m) => ({
    t: 'pctTarget',
    x: num(m[1]),
    ...(m[2] ? { above: true } : {}),
  })),
  // 面商率100%,记5分,少一个百分点扣1分: a rate said with the points it earns, a step below it.
  p('percent target', `(?<=率(?:为|是)?)${N}%(?=[,，]?[记计得]${N}分[,，;]?(?:每)?(?:少|低|下降|降低|减少))`, (m) => ({
    t: 'pctTarget',
    x: num(m[1]),
  })),
  // 服务台热线电话的接通率90%,每降低1个百分点扣0.5分: the rate named, then the step under it.
  p('percent target', `(?<=率(?:为|是|达)?)${N}%(?=[,，]每(?:降低|低|少|下降|减少))`, (m) => ({
    t: 'pctTarget',
    x: num(m[1]),
  })),
  // 参合率100%计满分: the rate that earns all the points is the target.
  p('percent target', `(?<![\\d.])${N}%(?=的?(?:计|得|为)满分)`, (m) => ({ t: 'pctTarget', x: num(m[1]) })),
  // 覆盖率98%以上的得1分: a percentage with 以上 is a target without a verb.
  p('percent target', `(?<![\\d.])${N}%(及以上|以上)`, (m) => ({ t: 'pctTarget', x: num(m[1]), above: true })),
  // 合格人数占总人数比例 100%起,每降低 5%,扣 5 分: where the count starts from, the target below which it loses.
  p('percent target', `(?<![\\d.])${N}%(?=起[,，]?(?:每|按))`, (m) => ({ t: 'pctTarget', x: num(m[1]) })),
  // 适龄教师100%参加培训和测试: a share of them doing a thing, said before the verb, is the target.
  p(
    'percent target',
    `(?<![\\d.])${N}%(?=(?:的[\u4e00-\u9fff]{1,4})?(?:参加|参与|参训|参保|到位|覆盖|完成|落实|达标|合格|通过|持证|入学|接种))`,
    (m) => ({ t: 'pctTarget', x: num(m[1]) }),
  ),
  // 贫困发生率降至2%以下: at most X%.
  p('at most', `(?:降至|降到|下降至|下降到|降低到|降低至|控制在)${N}%以(?:下|内)`, (m) => ({
    t: 'atMost',
    x: num(m[1]),
  })),
];

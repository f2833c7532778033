import {
  CLS,
  COND,
  FEN,
  MONEY,
  N,
  UNIT,
  byClass,
  clean,
  eachFact,
  money,
  num,
  p,
  phraseBefore,
  wholeLabel,
  zeroLabel,
  type Phrase,
} from './phrase-kit';

/**
 * The phrases of the scoring language about counts and points, after the measures (lexicon-measures.ts):
 * steps of several, limits, sums, awards and deductions per thing counted, 不得分, 计N分, 得N分, (N分)
 * and 酌情. Pure.
 */

/** ,有学习心得体会文章5分。: a demand closed by its points, the last of the cell. */
/** The words of the clause a figure closes: back to the last stop. */
const clauseBefore = (input: string, at: number): string =>
  input
    .slice(0, at)
    .split(/[,;。:\n]/)
    .pop() ?? '';
const DEMAND_TAIL = '[^,;。扣加减]{2,40}?(?<![扣加减得计记各共奖罚值满每占])\\d+(?:\\.\\d+)?分[;。]?$';

/** (Not 扣5分以上的…事件: a cost that names a kind of case — what it would cost — is no cost of this row.) */
const NOT_A_KIND = '(?!分?\\s*(?:以上|以下|及以上))';

/** 错误 / 差错 / 问题: a fault a table counts, what it costs said without 扣. */
const FAULT = '错误|差错|错漏|失误|疏漏|遗漏|问题';

export const pointPhrases: readonly Phrase[] = [
  // 积极参加…招商引资活动每参加1次计2分: so much for each time it is done — added, not taken off.
  p(
    'add',
    `每(参加|完成|发表|报送|被采用|采用|录用|获得|举办|承办|开展|组织|上报|刊登|刊发|编发)${N}?(?:次|篇|个|项|件|期|条|场),?(?:计|记)${N}分`,
    (m) => ({ t: 'add', label: clean(`${phraseBefore(m.input, m.index)}${m[1] ?? ''}`), n: num(m[3]) }),
  ),
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
    `每(?:超过|超出|超|多)${N}个?(工作日|天|日|小时|min|秒钟?|人次|人|次|件),?扣${N}${FEN}`,
    (m) => ({
      t: 'countExcess',
      step: num(m[1]),
      unit: (m[2] ?? '次').replace('秒钟', '秒').replace('min', '分钟'),
      per: num(m[3]),
    }),
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
  // 市文明办督查组巡查发现问题每宗0.3分: problems found, so much each — taken off, with no 扣 written.
  p('found each', `((?:发现|存在|查出|查实)[^,;。:()\\n]{0,6}?问题),?每${UNIT}${N}分`, (m) => {
    // (Who found them, said before a comma: 督查组巡查,发现问题每宗…)
    const before = phraseBefore(m.input, m.index);
    const who = before || m.input.slice(0, m.index);
    return { t: 'deduct', per: num(m[3]), unit: m[2] ?? '次', verb: '扣', label: clean(`${who}${m[1] ?? ''}`) };
  }),
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
    `${COND}??(每)?(?:出现|发现|有|开展|完成|组织|举办|获得|做到|落实|达到|具备|(?<=每)(?:出|办|编发|刊发|上报|报送|发表|刊登|录用|被采用|[\\u4e00-\\u9fff]{2}(?=[一\\d])))?(?:${N})?${UNIT}([^,;。:()\\n]{0,14}?),?(?:追|另|再)?(得|加)${N}${FEN}`,
    (m) => {
      const n = m[3] === undefined ? 1 : num(m[3]);
      // (每辅导一位学生得0.2分,团体辅导(10人以上)一次得1分: after an award per thing, …一次得N分 is the next of the list.)
      const listed =
        m[6] === '得' && m[3] !== undefined && /每[^;。]{0,20}?[得加]\s*\d/.test(m.input.slice(0, m.index));
      if (
        (m[3] === undefined && !m[2]) ||
        n !== 1 ||
        (m[6] === '得' && !m[2] && !listed) ||
        /[均都全]/.test(m[5] ?? '') ||
        // (建立每天做早操制度得20分: a rule kept every day is what is had, not a day's worth.)
        /(?:制度|机制|计划|方案|台账|规定|办法)$/.test(m[5] ?? '') ||
        num(m[7]) === 0
      )
        return undefined;
      const label = clean(`${m[1] ?? ''}${m[5] ?? ''}`) || (listed ? clean(phraseBefore(m.input, m.index)) : '');
      return { t: 'award', step: 1, unit: m[4] ?? '次', per: num(m[7]), label };
    },
  ),
  // 死亡1人扣30分/次, 按受灾户数扣10分/户, 按10分/户追加扣分: the amount per thing counted, after a slash.
  p('per slash', `${COND}??(?:扣|按)${N}分/${UNIT}`, (m) => ({
    t: 'deduct',
    per: num(m[2]),
    unit: m[3] ?? '次',
    verb: '扣',
    label: clean(m[1]) || clean(phraseBefore(m.input, m.index)),
  })),
  // 单起受害面积30亩以上的扣10分: 单起 is each such fire.
  // (Not 单起应扣5分以上的…事件: the kind of case, by what it would cost, not this row's cost.)
  p('each single', `单(起|次|例|宗)([^,;。:()\\n]{0,20}?)扣${N}${FEN}${NOT_A_KIND}`, (m) => ({
    t: 'deduct',
    per: num(m[3]),
    unit: m[1] ?? '起',
    verb: '扣',
    label: clean(m[2]),
  })),
  // 每处错误1分。 (in a column of deductions, 扣 not written): a fault counted, what each costs.
  p('fault each', `每${UNIT}(${FAULT})[^,;。:()\\n加得奖计记]{0,4}?${N}分`, (m) => ({
    t: 'deduct',
    per: num(m[3]),
    unit: m[1] ?? '处',
    verb: '扣',
    label: m[2] ?? '错误',
  })),
  // …每处错误1分,严重错误(如文不对题)5分。: the next fault of the list and its cost, 扣 not written.
  p(
    'fault listed',
    `(?<=\\d分[,，])((?:严重|重大|一般|较大|明显)?(?:${FAULT}))(?:\\([^()]{0,30}\\))?,?${N}分`,
    (m) => ({
      t: 'bare',
      per: num(m[2]),
      label: m[1] ?? '错误',
    }),
  ),
  // 课堂上有一教师或者学生用方言扣0.5分: each one found doing it costs the amount.
  p(
    'each one',
    `((?<=^|[,;。])[^,;。:()\\n有]{0,8}?)有一(?:名|位|个)?((?:教师|老师|学生|幼儿|职工|员工|干部|人)(?:或者?(?:教师|老师|学生|幼儿|职工|员工|干部))?)([^,;。:()\\n扣]{1,14}?),?扣${N}${FEN}`,
    (m) => ({
      t: 'deduct',
      per: num(m[4]),
      unit: '人次',
      verb: '扣',
      label: clean(`${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`),
    }),
  ),
  p('count deduction', `${COND}??(每)?(?:${N})?${UNIT}([^,;。:()\\n]{0,14}?),?(扣|计)${N}${FEN}${NOT_A_KIND}`, (m) => {
    const n = m[3] === undefined ? 1 : num(m[3]);
    const verb = m[6] === '计' ? '计' : '扣';
    if (m[3] === undefined && !m[2]) return undefined;
    // 每5亩扣1分: per whole 5 亩, counted as one; only after 每, and only to deduct.
    if (n !== 1 && (!m[2] || verb === '计' || !(n > 1 && Number.isInteger(n)))) return undefined;
    if (verb === '计' && !/[每少]/.test(`${m[1] ?? ''}${m[2] ?? ''}`)) return undefined;
    // (每参加1次计2分: what is done, counted — points earned, not lost; 每少…计N分 is a lapse.)
    if (
      verb === '计' &&
      !/少|缺|差|未|没|不|减|降|迟|超|错|漏|违|误|无/.test(
        `${m[1] ?? ''}${m[5] ?? ''}${phraseBefore(m.input, m.index)}`,
      )
    )
      return undefined;
    // 重大隐患被上级挂牌督办的，每次扣5分: with nothing before 每次, the condition is the phrase before the comma.
    // 经审核被退回修改的，每个项目扣0.5分: the condition before the comma, then what is counted.
    const own = clean(`${m[1] ?? ''}${m[5] ?? ''}`);
    // (标识不醒目,发现一次扣1分: 发现 alone says nothing of the lapse; it is the phrase before.)
    const bare = /^(?:发现|出现|查出|检查发现|经查)$/.test(own);
    const before = m[1] && !bare ? '' : clean(phraseBefore(m.input, m.index));
    const label = before ? `${before}${m[5] ? `的${clean(m[5])}` : ''}` : own;
    return { t: 'deduct', per: num(m[7]), unit: n === 1 ? (m[4] ?? '次') : `${n}${m[4] ?? ''}`, verb, label };
  }),
  p('void', '记为[^,;。()]{1,10}?,?(?:记|计)+0分', (m) => ({ t: 'void', label: m[0] })),
  // 未制定网格化各项工作制度、组织架构图、网格划分图等资料且上墙的,扣5分 (a long condition); 未制定手机管理
  // 规定,并实施的,扣2分 (the failure before the comma).
  // (如没有制定(或向上级越级反映问题的)扣2分: a bracket inside the condition is part of it.)
  // (墙上有明显的蜘蛛网(扣5分); 有乱扔现象扣2分: 明显 / 现象 / 破损 / 超标 say a lapse as 未 / 不 do.)
  p('bare deduction', `((?:[^,;。:()\\n①②③④⑤⑥⑦⑧⑨⑩]|\\([^()]{1,30}\\)){1,40}?),?扣${N}${FEN}`, (m) => {
    const lapsed =
      /[未无不没缺少漏错迟差瞒谎虚违乱假误失只污]|被[^,;。]*(?:通报|约谈|问责|批评|曝光|督办|处罚)|较多|严重|发现|截留|挪用|通报|投诉|曝光|明显|现象|破损|损坏|超标|超期|超时|异味|异常|脏|积[尘灰]|灰尘|杂物|蜘蛛网|体罚|影响(?:工作|进度|质量|安全)|擅自|私自|旷工|脱岗|早退|怠工/;
    // (负责人年龄大于35周岁扣2分: a line crossed is a lapse — not where the clause counts steps over it, 每超过30秒.)
    const crossed = /每[^,;。]{0,3}(?:大于|高于|多于|超过|超出|低于|小于)/.test(m.input)
      ? undefined
      : /(?:大于|高于|多于|超过|超出|低于|小于)\s*\d/;
    const lapse = { test: (t: string): boolean => lapsed.test(t) || (crossed?.test(t) ?? false) };
    // …没有明示的,分别扣2.5分: one amount for each lapse named before it.
    if (/^(?:分别|各)$/.test(m[1] ?? '')) {
      const named = phraseBefore(m.input, m.index);
      // (Labelled as 各 is, …的,各: the list's lapses counted one each.)
      return lapse.test(named) ? { t: 'bare', per: num(m[2]), label: `${named},各` } : undefined;
    }
    // (…发现一人次违规,即扣1分: 即 / 则 / 就 alone before 扣 take the lapse said before it.)
    const goesOn = /^(?:并|且|或|及)/.test(m[1] ?? '') || /^(?:即|则|就)$/.test(m[1] ?? '');
    // …及安全警示(焚烧点)的,扣2分: the condition runs back past the bracket.
    const bracketed = m[1] === '的' && /\)$/.test(m.input.slice(0, m.index));
    // 对照…工作要求,未制定工作方案、…落实责任分工,扣5分: the lapse said earlier in the sentence.
    // (Back to the last points said: …每宗0.3分,未及时整改的扣1分, is no lapse of the phrase after it.)
    const sentence = (
      m.input
        .slice(0, m.index)
        .split(/[;。\n]/)
        .pop() ?? ''
    ).replace(/^.*\d分[,，]?/, '');
    // (选址位置不合适,在地下室或半地下室,扣20分: the lapse said first, then where it is seen.)
    const earlier =
      !lapse.test(m[1] ?? '') &&
      !goesOn &&
      /[,，]/.test(sentence) &&
      (/(?:^|[,、])(?:未|没有|无)/.test(sentence) || lapse.test(sentence));
    const before = earlier
      ? sentence.replace(/[,，]$/, '')
      : bracketed
        ? (m.input
            .slice(0, m.index)
            .split(/[,;。:\n]/)
            .pop() ?? '')
        : lapse.test(m[1] ?? '') || !goesOn
          ? ''
          : phraseBefore(m.input, m.index);
    // (教师不在午睡室内扣1分,睡着扣2分,尿床扣1分: after a lapse and its cost, the next short phrase before 扣 is the
    // next lapse of the list.)
    // (Not 、首席代表扣1分 — another's cost for the same lapse — nor 2人次重修扣4分, a step of a count.)
    // (…工作证扣5分。上班时间干私活的扣10分: the next sentence of the list, its lapse said as …的.)
    const prior = m.input.slice(0, m.index);
    const listed =
      (/扣\d+(?:\.\d+)?分,$/.test(prior) || (/扣\d+(?:\.\d+)?分[。;]$/.test(prior) && /的$/.test(m[1] ?? ''))) &&
      (m[1] ?? '').length <= 12 &&
      // (迟到5分钟内扣1分,10分钟内扣2分,10分钟以上扣5分: a band of how long, the next lapse of the list.)
      (!/\d/.test(m[1] ?? '') || /^\d+(?:分钟|min|小时|天|日|个?月)(?:以内|之内|内|以上|以下)?的?$/.test(m[1] ?? ''));
    // (1、植保有病害、虫害,扣5分 — the whole clause a phrase and its cost, as a column of lapses and costs is written:
    // the phrase is the lapse, whatever its words.)
    const whole =
      /^\s*(?:\d{1,2}[、.．])?\s*$/.test(m.input.slice(0, m.index)) &&
      /^[。.;；]?\s*$/.test(m.input.slice(m.index + m[0].length)) &&
      (m[1] ?? '').length >= 2 &&
      !/\d|得|加|奖/.test(m[1] ?? '');
    if (!lapse.test(m[1] ?? '') && !lapse.test(before) && !listed && !whole) return undefined;
    return { t: 'bare', per: num(m[2]), label: clean(before ? `${before},${m[1] ?? ''}` : m[1]) };
  }),
  // 按从高到低排序,分别得10、8、6、4分 / 按万人比从高到低排序…: points by place among the units ranked.
  p(
    'ranks',
    `(?:按[^,;。]{0,8}?)?(从高到低|从低到高)(?:排序|排名|排列)?,?(?:分别|依次)?[得记计](${N}(?:分?、${N})+)(?:…+|\\.{3,}|等)?分`,
    (m) => ({ t: 'ranks', values: (m[2] ?? '').split(/分?、/).map(num), label: m[1] ?? '' }),
  ),
  // 按严重、比较严重、一般、不大严重、不严重5档划分,计分标准为1分、2分、3分、4分、5分: a scale the
  // assessor picks a step of, its steps the names in order.
  p(
    'scale',
    `按?((?:[^,;。:、\\n]{1,10}、){1,9}[^,;。:、\\n\\d]{1,10}?)\\s*(?:\\d{1,2}|[一二三四五六七八九十])?\\s*(?:个|档|等|级)?(?:等次|等级|档次|档)?(?:划分|评定|评价),?(?:计分|得分|评分)(?:标准)?(?:分别|依次)?为(${N}分?(?:、${N}分?)+)`,
    (m) => {
      const fact = eachFact(
        (m[1] ?? '').replace(/^.*(?:按|为|分为|是)/, ''),
        false,
        (m[2] ?? '').replace(/分$/, ''),
        '得',
      );
      return fact?.t === 'each' ? { ...fact, scale: true } : undefined;
    },
  ),
  // A、B、C情况好的各得0.5分 / A、B、C、D等各项工作达到目标的分别得1、1、0.5、0.5分.
  p(
    'each',
    `([^:;。\\n]{2,160}?)(?:的|者)?,?(各|分别)(得|加|计)(${N}(?:分?[、,]${N})*|[\\d.]+)(?:分|(?=[,;。\\n]|$))`,
    (m) => eachFact(m[1] ?? '', m[2] === '各', m[4] ?? '', m[3] === '加' ? '加' : m[3] === '计' ? '计' : '得'),
  ),
  // 发生安全责任事故,全部扣完 / 未真实上报事故扣全分: the item loses all it is worth.
  p(
    'whole zero',
    `${COND}?,?(?:全部扣完|扣完全部分值?|本项分值?全扣|该项分值?全扣|扣除全部分值|扣(?:除)?全分|扣除?(?:本|该|此)条(?:全部)?分值|(?<=[\u4e00-\u9fff])全扣(?=[,;。\n]|$))`,
    (m) => ({
      t: 'zero',
      label: clean(m[1]) || clean(phraseBefore(m.input, m.index)),
    }),
  ),
  // 如果事件处理的能够让群众满意，此事件可以不扣分 / 可暂不扣分: an exception the reading cannot weigh.
  p('exception', `${COND}?,?(?:此事件|该事件|本次)?(?:可以|可|可暂|暂)不(?:予)?扣分|免于?扣分`, (m) => ({
    t: 'exception',
    label: clean(m[1]),
  })),
  // 没有年度任务的按缺项考核计分: not applicable, the item left out of the total.
  p('not applicable', `${COND}?,?(?:按|视为|作为)缺项(?:考核)?(?:计分|处理|考核|对待)?|此项不考核|不考核此项`, (m) => ({
    t: 'na',
    label: clean(m[1]) || '无此项任务',
  })),
  // 完成得2分,没有0分: not done, nothing — 0分 said after the lapse, as 不得分 is.
  p('zero', '(没有|没完成|未完成|未做到|未开展|否则)的?,?0分', (m) => ({ t: 'zero', label: m[1] ?? '' })),
  // The condition of 不得分 stops at the points before it: 完成一般的得1分未完成的不得分.
  // The condition stops at points before it (得1分未完成的不得分) but keeps a 分 of its own (未分解落实).
  p(
    'zero',
    `((?:[^,;。:()\\n分]|(?<![\\d一二两三四五六七八九十半])分){1,30}?)?(?:不得分|不计分|计0分|得0分|记0分|计零分|记零分|得零分|不给分|(?:本|该|此)项(?:为|计)(?:0|零)分)`,
    (m) => ({
      t: 'zero',
      label: zeroLabel(m),
    }),
  ),
  p('level', `(优秀|良好|较好|一般|较差|合格|不合格|好|差)(?:等次|等级|的)?(?:计|记)?${N}分${CLS}`, (m) => ({
    t: 'gain',
    label: m[1] ?? '',
    n: byClass(num(m[2]), m[3], m[4]),
  })),
  // 全年没有稻田抛荒的,计20分 / 召开专题会议1次以上记0.3分: 计N分 after a condition is what it earns (not
  // one step of a ladder: 3千元以上记1分,2千—2.9千元记0.8分…).
  p('gain', `${COND}(?:的|以上|者),?[计记]${N}分(?![^。;]*[计记][\\d.]+分)`, (m) =>
    num(m[2]) > 0 ? { t: 'gain', label: wholeLabel(m, m[1]), n: num(m[2]) } : undefined,
  ),
  p('points', `(?:计|共计?|记|满分|分值|总分|(?:该项|本项|此项)[^,;。\\d]{0,4}?分值?为|(?<=^|。)满分,)${N}分`, (m) =>
    num(m[1]) > 0 ? { t: 'points', n: num(m[1]), how: '计N分' } : undefined,
  ),
  // 减少达到年度指标的110%22分: points written straight after the target.
  p('points', `(?<=\\d%)${N}分`, (m) => (num(m[1]) > 0 ? { t: 'points', n: num(m[1]), how: 'X%N分' } : undefined)),
  // 各得N分 / 分别得 that no list took (两率均达到65%的各得3分): a share per part the reading cannot see.
  p('each unread', `(?:各|分别)(?:得|计|加)${N}分?`, () => ({ t: 'eachOpen' })),
  // 在国家级刊物发表的加1.5分 / 超过平均投入的加1-2分.
  // (…或参加一次专项培训: 参加 a thing once is no points.)
  p('add', `${COND}?(?<![参增追施附外更])加${N}(?:-${N})?(?:分|(?![次个项人名天件篇处户期批]))`, (m) => ({
    t: 'add',
    label: clean(m[1]),
    n: num(m[2]),
    ...(m[3] ? { max: num(m[3]) } : {}),
  })),
  // 按照店堂整洁程度不同,最高的8分,最低的0分: the assessor's score between the two.
  p('gain', `最高(?:的|得|为|可得)?,?${N}分[,;]?最低(?:的|得|为)?,?${N}分`, (m) => ({
    t: 'gain',
    label: '评定',
    n: num(m[2]),
    max: num(m[1]),
  })),
  p('gain', `${COND}?得${N}(?:-${N})?分?${CLS}`, (m) => ({
    t: 'gain',
    label: wholeLabel(m, m[1]),
    n: byClass(num(m[2]), m[4], m[5]),
    ...(m[3] ? { max: num(m[3]) } : {}),
  })),
  // (完成或超额完成目标值得基本分 under 利润总额指标(基本分为30分): the row's points, said as its base.)
  p('gain full', `${COND}?得(?:满分|基本分)`, (m) => ({ t: 'gain', label: clean(m[1]), n: 'full' })),
  // (按照功效系数法打分 / 采用功效系数法打分: a method whose figures are not on the sheet — the assessor works the score out.)
  p(
    'discretion',
    // (村主要领导测评分2分: a mark others give by rating — the same.)
    '(?:按照?|采用|采取|运用|依据)[^,;。]{1,12}?(?:法|公式|模型)(?:进行)?(?:打分|计分|评分|赋分|计算得分|测算得分)|测评(?:分|得分|打分)(?=\\s*\\d+(?:\\.\\d+)?\\s*分)',
    () => ({ t: 'discretion' }),
  ),
  // 根据配合情况酌情打分(5分): read before the (N分) takes the words in front of it.
  p('discretion', '(?:酌情|视情)(?:打分|评分|给分|计分|赋分)', () => ({ t: 'discretion' })),
  // 按程度进行计分 / 按程度计分: the assessor weighs how far it is done.
  p('discretion', '按[^,;。]{0,6}?程度(?:进行)?(?:打分|评分|给分|计分|赋分|扣分)', () => ({ t: 'discretion' })),
  // 视主要工作的完成情况进行评分 / 根据完成质量: how well, the assessor's to weigh.
  p(
    'discretion',
    '(?:视|根据|按照?)[^,;。()]{0,12}?(?:完成|落实|工作)?(?:情况|质量|效果)(?:进行)?(?:打分|评分|给分|计分|赋分)',
    () => ({ t: 'discretion' }),
  ),
  p('check', `([^()]{0,60}?)\\((?:[^()]*?[,、]|分值|计)?${N}分\\)`, (m) => ({
    t: 'check',
    label: clean(m[1]),
    n: num(m[2]),
  })),
  // 1.组织领导（20）: points in brackets with no 分, ending a part.
  p('check', `([^()]{0,60}?)\\((\\d{1,3}(?:\\.\\d+)?)\\)(?=[。;,]?$)`, (m) => ({
    t: 'check',
    label: clean(m[1]),
    n: num(m[2]),
  })),
  // …配备1名以上综治社工,5分;每年至少召开2次综治创建工作会议,研究部署创建工作,5分: a demand and its points.
  // (…参加培训和测试,6分,培训或测试率每降5个百分点扣1分 / …资料齐全,2分,管理妥善,2分: before a comma too.)
  p('demand', `(?<=,)${N}分(?=[;。(,]|$)`, (m) => ({
    t: 'check',
    label: clean(phraseBefore(m.input, m.index)),
    n: num(m[1]),
  })),
  // …有学习内容记录5分,有学习心得体会文章5分。: demands each closed by its points, one after another — parts.
  p('demand', `(?<=[\u4e00-\u9fff])(?<![扣加减得计记各共奖罚值满每占])${N}分(?=,${DEMAND_TAIL})`, (m) => ({
    t: 'check',
    label: clean(clauseBefore(m.input, m.index)),
    n: num(m[1]),
  })),
  // 把普通话达标列入教师业务考核内容1分;作为教师评优的条件,1分;…: a demand closed by its points before a semicolon,
  // the next part closed by its own.
  p(
    'demand',
    `(?<=[\u4e00-\u9fff])(?<![扣加减得计记各共奖罚值满每占])${N}分(?=;[^;。扣加减]{2,40}?(?<![扣加减得计记各共奖罚值满每占])\\d+(?:\\.\\d+)?分[;。]?)`,
    (m) => ({ t: 'check', label: clean(clauseBefore(m.input, m.index)), n: num(m[1]) }),
  ),
  p(
    'demand',
    `(?<=\\d分,[^,;。扣加减]{2,40}?)(?<=[\u4e00-\u9fff])(?<![扣加减得计记各共奖罚值满每占])${N}分(?=[;。]?$)`,
    (m) => ({
      t: 'check',
      label: clean(clauseBefore(m.input, m.index)),
      n: num(m[1]),
    }),
  ),
  // 2.主要领导上廉政党课;1分(查看“三会一课”记录): the points, then where the assessor looks (no points of its own).
  p(
    'points',
    `(?:^|(?<=[。,;)]))${N}分(?:\\((?:查看|查阅|查|看|以|提供|抽查|检查|核查)[^()\\d]*\\))?[。.;]?$`,
    (m) => ({ t: 'points', n: num(m[1]), how: 'N分' }),
  ),
  // 有健全的理事会、常务理事会(2分,每项1分): the points, then what each thing had earns.
  p('points', `(?<=[（(])${N}分(?=[,，;；]\\s*每)`, (m) => ({ t: 'points', n: num(m[1]), how: '(N分,每…)' })),
  // (1)无缺会现象3分; / 资金使用规范合理8分: a demand closed by its points.
  p('points', `(?<=[\\u4e00-\\u9fff])(?<![扣加减得计记各共奖罚值满每占])${N}分[;。.)]?$`, (m) => ({
    t: 'points',
    n: num(m[1]),
    how: 'N分',
  })),
  // 课间操巡视1分:9:10—9:30: a title's points before a colon, the times or notes after it.
  p('points', `(?<=^[\\u4e00-\\u9fff、]{2,14})(?<![扣加减得计记各共奖罚值满每占])${N}分(?=[:：])`, (m) => ({
    t: 'points',
    n: num(m[1]),
    how: 'N分',
  })),
  // (根据工作总体印象加10分 / 根据政策力度加1-5分: as the assessor judges it.)
  p(
    'discretion',
    '酌情|视情况?|视情节|适当(?=扣|加|减|给|得)|根据[^,，;；。]{0,8}?(?:情况|印象|表现|力度|程度|效果)',
    () => ({
      t: 'discretion',
    }),
  ),
  // 按参加会议、外出培训、材料报送、工作落实等情况综合考评: the assessor weighs them together.
  p('discretion', '综合(?:考评|评定|评分|评价|打分|赋分)', () => ({ t: 'discretion' })),
  // …进行综合考核,评估定分: the assessor sets the points.
  p('discretion', '(?:评估|评议|评定|考评|研究)定分', () => ({ t: 'discretion' })),
  // 直接上级的评价 / 由主管领导评分: the one above sets the points.
  p('discretion', '(?:直接|分管|主管)?(?:上级|领导|主管)(?:的)?(?:评价|评分|打分|评定|考评)', () => ({
    t: 'discretion',
  })),
  // 根据省农联【2017】117号文件标准评分: scored on a scale another document gives, by the assessor.
  p(
    'discretion',
    '(?:根据|按照?|依据|参照)[^,;。]{2,30}?(?:文件|标准|规定|办法|细则)[^,;。]{0,6}?(?:评分|计分|打分|赋分|给分)',
    () => ({ t: 'discretion' }),
  ),
  // 按实绩赋分 / 按排名赋分 / 按落实情况计分: scored by the assessor, on a scale the table does not give.
  p(
    'discretion',
    '按(?:实绩|排名|名次|实际|工作实绩|完成情况|落实情况|开展情况|执行情况|工作情况|考核结果|工作成效)[^,;。]{0,4}?(?:赋分|计分|评分|打分|给分)',
    () => ({ t: 'discretion' }),
  ),
  // 按牵线组织和衔接落实情况得分 / 按协助情况得分: by how it went, as the assessor finds — the whole clause.
  p('discretion', '^按[^,;。]{1,24}?情况(?:得分|赋分|计分|评分|打分|给分)[。.]?$', () => ({ t: 'discretion' })),
];

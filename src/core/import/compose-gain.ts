import type { Fact } from './phrases';
import { all, asRequirement, dflt, levelName, negates, one, restates, short, type Composed, type Ctx } from './compose';
import type { ClassPoints } from './phrases';

/**
 * Points earned: 得N分 (all or nothing), …得4-5分 (bands), several 得N分 (levels or a checklist) and
 * …(N分) parts (a checklist). Pure.
 */

export function gainRule(c: Ctx): Composed | undefined {
  // (有评价方案，原始记录详实，得满分 有评价记录无方案，得2分 有方案无记录，得1分: the first level the row's points.)
  const said = all(c, 'gain');
  const [first] = said;
  const fullFirst =
    first?.n === 'full' &&
    c.points !== undefined &&
    said.filter((g) => g.n === 'full').length === 1 &&
    said.slice(1).some((g) => typeof g.n === 'number' && g.n < (c.points ?? 0));
  // (Its name the words before 得满分, where the phrase took none.)
  const topName =
    first?.label ||
    c.text
      .split('得满分')[0]
      ?.split(/[,;。]/)
      .filter((t) => t !== '')
      .slice(-2)
      .join(',') ||
    '';
  const gains =
    fullFirst && first && c.points !== undefined
      ? [{ ...first, label: topName, n: c.points }, ...said.slice(1)]
      : said.filter((g) => g.n !== 'full');
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
    // (…第5档得0-2.9分。发现消极怠工…的,本项为0分: where a band already runs down to nothing, the 0分 is what a lapse
    // found sets — asked beside the bands where it names one.)
    const toNothing = bands.some((b) => b.min === 0);
    if (zero && !toNothing) bands.push({ name: short(zero.label, '未达到'), min: 0, max: 0 });
    const voids = zero && toNothing && zero.label !== '' && !restates(zero.label) ? zero.label : undefined;
    // 得2分；…酌情得1-2分: bands that overlap are two parts, not one scale.
    const overlap = bands.some((a, i) => bands.some((b, j) => i < j && a.min <= b.max && b.min <= a.max));
    if (overlap) return undefined;
    const top = Math.max(...bands.map((b) => b.max));
    return {
      rule: { kind: 'judgement', input: { id: c.id(1), label: '评定得分' }, bands },
      readAs: 'judgement (bands)',
      confidence: 0.85,
      // (完成50%及以上得50分；完成30%及以上得30-49分: the share reached names each band.)
      uses: [...uses, 'pctTarget'],
      points: c.points ?? top,
      ...(voids ? { requires: asRequirement(voids, c.text) } : {}),
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
    // (≥1万元得2分,≥0.8万元得1.5分,≥1万元得2分: a level said twice is one.)
    const levels = gains
      .map((g) => ({ name: levelName(g.label), points: g.n as ClassPoints }))
      .filter(
        (l, k, all) =>
          !all
            .slice(0, k)
            .some((e) => dflt(e.points) === dflt(l.points) && (e.name === l.name || e.name.endsWith(l.name))),
      );
    if (zero) levels.push({ name: levelName(zero.label), points: 0 });
    // (面积50m2以上得1分,30m2以上得0.5分: minimums, the best first — below the last, nothing; said as a level, so the
    // assessor can pick it.)
    const floor = /(\d+(?:\.\d+)?[^\d以]{0,4})以上$/.exec(levels[levels.length - 1]?.name ?? '');
    if (
      !zero &&
      floor?.[1] &&
      levels.length >= 2 &&
      levels.every((l) => /\d[^\d以]{0,4}以上$/.test(l.name) && dflt(l.points) > 0)
    )
      levels.push({ name: `不足${floor[1]}`, points: 0 });
    // (有其中4项得1分,有2-3项得0.5分: counts of things, the fewest still earning — fewer earn nothing.)
    const fewest = /(?:^|[^\d])(\d+)(?:-\d+)?\s*(项|个|次|条|人)$/.exec(levels[levels.length - 1]?.name ?? '');
    if (
      !zero &&
      fewest?.[1] &&
      Number(fewest[1]) > 0 &&
      levels.length >= 2 &&
      levels.every((l) => new RegExp(`\\d+(?:-\\d+)?\\s*${fewest[2] ?? '项'}$`).test(l.name) && dflt(l.points) > 0)
    )
      levels.push({ name: `不足${fewest[1]}${fewest[2] ?? '项'}`, points: 0 });
    // …制度制订并上墙率达100%计15分,缺一项得7分,缺两项得4分,缺三项不得分: the whole done earns the points said first,
    // the lapses after it the lower levels.
    const said = all(c, 'points');
    const [lead] = said;
    const lacks = gains.every((g) => /^(?:缺|少|差|未完成|欠)/.test(g.label));
    const whole =
      lead !== undefined &&
      said.length === 1 &&
      lacks &&
      c.facts.indexOf(lead) < c.facts.indexOf(gains[0] as Fact) &&
      gains.every((g) => dflt(g.n as ClassPoints) < lead.n);
    if (whole) levels.unshift({ name: '全部达到', points: lead.n });
    // (…立卷归档 | 3分 | 较好得2分,一般得1分,较差不得分: the ladder starts below the best, 好, which earns the row's 3.)
    const firstName = levels[0]?.name ?? '';
    const below = /^较(?=[好高强优])/.test(firstName) ? firstName.slice(1) : firstName === '良好' ? '优秀' : undefined;
    const rowPoints = c.points;
    if (
      !whole &&
      below !== undefined &&
      rowPoints !== undefined &&
      levels.every((l) => dflt(l.points) < rowPoints && l.name !== below)
    )
      levels.unshift({ name: below, points: rowPoints });
    const names = new Set(levels.map((l) => l.name));
    const max = Math.max(...levels.map((l) => dflt(l.points)));
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
    // 发现有围网养殖、但在15天内拆除的,得10分;未在15天内拆除的,得5分: the best level is itself a fault found —
    // what a unit with none earns the words do not say.
    const best = gains.find((g) => dflt(g.n as ClassPoints) === max);
    const faultTop = best !== undefined && /(?<![未无没不])(?:发现|发生|出现)(?:有|了)?/.test(best.label);
    return {
      rule: { kind: 'levels', input: { id: c.id(1), label: '评定等次' }, levels },
      readAs: 'levels',
      // (…完成率80-99%,培训资料全面…得3分: a percentage in a level's condition is what that level asks for.)
      uses: whole || ownPercents(c.text, gains.length) ? [...uses, 'pctTarget'] : uses,
      // (2005年后建成的…得5分;2005年前建成的…得5分: levels all of one worth are two cases of one rule, no ladder.)
      confidence:
        names.size === levels.length && fits && !faultTop && new Set(levels.map((l) => l.points)).size > 1 ? 0.85 : 0.5,
      points,
    };
  }
  const g = gains[0];
  const voided = !g && zero ? demandsThenEvent(zero.label, c.text) : undefined;
  if (voided && zero)
    return {
      rule: { kind: 'yesno', input: { id: c.id(1), label: short(voided.demands, '达到要求') } },
      readAs: 'yesno (demands, an event voids them)',
      // Several demands for one yes/no: all or nothing, or a share each? The words do not say.
      confidence: 0.5,
      uses,
      ...(c.points === undefined ? {} : { points: c.points }),
      requires: asRequirement(voided.event, c.text),
    };
  if (g || zero) {
    const label = g ? short(g.label, '达到要求') : asRequirement(zero?.label ?? '', c.text);
    const n = g ? (g.n as ClassPoints) : c.points;
    // 入学率达到100%…有辍学的不得分: reaching all of it is all or nothing; a lower target is a threshold.
    const full = all(c, 'pctTarget').every((t) => t.x === 100);
    // 与互联网物理隔离的得3分；涉密档案违规上网的，本项不得分: a 不得分 that is not the 得N分's own
    // negation (未完成 beside 完成的得2分) is another event, asked beside it.
    // 提供科技稿件1件以上记2分(不投稿不得分): a 不得分 in brackets after the points is their note.
    const note = zero !== undefined && ['', '的'].some((de) => c.text.includes(`分(${zero.label}${de}不得分)`));
    // (…达到要求的记5分,每缺一项不计分: any demand missing is the demands not met.)
    const anyMissing =
      zero !== undefined && /^(?:每|任)?(?:缺|少)(?:一|1|任何一|任一)?(?:项|个|条|样)$/.test(zero.label);
    // (有团组织,积极开展团员、青年活动的记5分: the demands before the gain's own words are the gain's too.)
    const demands = zero === undefined ? '' : c.text.slice(0, Math.max(0, c.text.indexOf(zero.label)));
    const other =
      g &&
      zero &&
      !restates(zero.label) &&
      !anyMissing &&
      !negates(zero.label, g.label) &&
      !negates(zero.label, demands) &&
      !note;
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
  // 技防入户率达到省市标准(…达80%…),5分: a percentage inside a demand is what the demand asks.
  const uses: Fact['t'][] = ['check', 'points', 'pctTarget'];
  if (checks.length === 1 && checks[0]) {
    // 进一步提升全民参保管理质量(3分),未严格按照…,未按照规则…: failures named after the points, with no
    // amount, leave open what a part of them costs.
    const at = c.text.indexOf(`(${checks[0].n}分)`);
    const after = at < 0 ? '' : c.text.slice(at).replace(/^\([^)]*\)[,;。]?/, '');
    const open = /[未不没]/.test(after) && after.replace(/[^\u4e00-\u9fff]/g, '').length > 6;
    return {
      rule: { kind: 'yesno', input: { id: c.id(1), label: short(checks[0].label, '达到要求') } },
      readAs: 'yesno ((N分))',
      confidence: open ? 0.5 : 0.8,
      uses,
      points: checks[0].n,
    };
  }
  const fits = c.points === undefined || Math.abs(sum - c.points) < 1e-9;
  // 90.4%-92%,1分;92%-95%,1.5分;超过95%,2分 / 1个,1分;2个,1.5分;3个,2分: each part a figure or a band of figures,
  // the points rising to the row's — how far the unit reached, one band picked, not parts all had.
  const band =
    /^(?:超过|高于|大于|不低于|不少于|低于|少于|不足|有)?\d+(?:\.\d+)?\s*[%‰]?[\u4e00-\u9fff]{0,4}(?:\s*[-—~～至]\s*\d+(?:\.\d+)?\s*[%‰]?[\u4e00-\u9fff]{0,4})?(?:以上|以下)?$/;
  const rising = checks.every((k, i) => i === 0 || k.n > (checks[i - 1]?.n ?? 0));
  const top = checks[checks.length - 1]?.n;
  if (
    !fits &&
    checks.length >= 2 &&
    checks.every((k) => band.test(k.label.replace(/\s+/g, ''))) &&
    rising &&
    top !== undefined &&
    (c.points === undefined || Math.abs(top - c.points) < 1e-9)
  )
    return {
      rule: {
        kind: 'levels',
        input: { id: c.id(1), label: '达到的档次' },
        levels: checks.map((k) => ({ name: short(k.label.replace(/\s+/g, ''), '档次'), points: k.n })),
      },
      readAs: 'levels (bands of figures, points rising)',
      confidence: 0.85,
      // (超过95% is the last band's words, not a limit of its own.)
      uses: [...uses, 'excessLimit'],
      points: top,
    };
  // 1. 社团有完整章程(7分) 2. 社团章程不完整(3分) in 7: the first worth the row, the next a lesser state of it (不…) — one
  // picked, not both had.
  const [first, ...rest] = checks;
  if (
    !fits &&
    c.points !== undefined &&
    sum > c.points &&
    first !== undefined &&
    Math.abs(first.n - c.points) < 1e-9 &&
    rest.every((k) => k.n < first.n && /不|未|没|无|差|较/.test(k.label))
  ) {
    // (…有结余,但不超过上年结转,2分;结余超过上年结转,不得分: the state worth nothing is the last level.)
    const zero = one(c, 'zero');
    return {
      rule: {
        kind: 'levels',
        input: { id: c.id(1), label: '评定等次' },
        levels: [
          ...checks.map((k) => ({
            name: short(k.label.replace(/^是否|^\d{1,2}[.、．]\s*/g, ''), '等次'),
            points: k.n,
          })),
          ...(zero ? [{ name: short(zero.label, '不得分'), points: 0 }] : []),
        ],
      },
      readAs: 'levels ((N分) states of one thing)',
      confidence: 0.8,
      uses: zero ? [...uses, 'zero'] : uses,
      points: c.points,
    };
  }
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
    // (…第一提案人20分,联名提案人15分;…第一提案人15分,联名提案人10分 in 20: parts worth three times the row are
    // more likely ways of earning it, one of which counts, than things all done.)
    confidence: fits ? 0.9 : c.points !== undefined && sum >= c.points * 2 ? 0.5 : 0.7,
    uses,
    points: c.points ?? sum,
  };
}

/**
 * 有安全管理措施上墙、签订…责任状、…年度发生一般以上农机安全生产事故不计分: demands listed, then an event
 * (发生/出现/造成…) that loses it all. The 不计分 is the event's, not the demands' negation.
 */
function demandsThenEvent(label: string, text: string): { demands: string; event: string } | undefined {
  const at = label.search(/发生|出现|造成/);
  if (at < 0) return undefined;
  const cut = Math.max(...[...'、,，;；'].map((sep) => label.lastIndexOf(sep, at)));
  const event = cut < 0 ? label.slice(0, label.length) : label.slice(cut + 1);
  const end = text.indexOf(event);
  const demands = (end < 0 ? '' : text.slice(0, end)).replace(/[、,，;；\s]+$/, '');
  return (demands.match(/[\u4e00-\u9fff]/g) ?? []).length >= 6 ? { demands, event } : undefined;
}

/**
 * 案件结案率达到95%以上 (the row's points) | 达到90%以上,得3分;低于90%不得分: the standard's rate earns the row's points, the
 * rule's lower rate less, below it nothing — three levels. Only where the two rates fall and the lower one is the
 * cut-off.
 */
export function targetLadder(c: Ctx): Composed | undefined {
  const targets = all(c, 'pctTarget');
  const gains = all(c, 'gain');
  const cutoff = one(c, 'cutoff');
  const [top, lower] = targets;
  const [g] = gains;
  if (targets.length !== 2 || gains.length !== 1 || !top || !lower || !g || !cutoff || c.points === undefined)
    return undefined;
  if (!(top.x > lower.x) || cutoff.x !== lower.x || typeof g.n !== 'number' || !(g.n < c.points)) return undefined;
  if (!g.label.includes(`${lower.x}%`) || g.label.includes(`${top.x}%`)) return undefined;
  if (c.facts.some((f) => !['pctTarget', 'gain', 'cutoff', 'points'].includes(f.t))) return undefined;
  const levels = [
    { name: `达到${top.x}%以上`, points: c.points },
    { name: `达到${lower.x}%以上`, points: g.n },
    { name: `低于${lower.x}%`, points: 0 },
  ];
  return {
    rule: { kind: 'levels', input: { id: c.id(1), label: '达到的档次' }, levels },
    readAs: 'levels (rates)',
    confidence: 0.85,
    uses: ['pctTarget', 'gain', 'cutoff', 'points'],
    points: c.points,
  };
}

/**
 * …完成率100%,培训资料全面得4分;…完成率80-99%,…得3分;…: one sentence per level, each closing on its points and some
 * naming a percentage — the percentages are what each level asks, not a target of their own.
 */
function ownPercents(text: string, levels: number): boolean {
  const parts = text.split(/[;；]/).filter((p) => p.trim() !== '');
  return (
    parts.length === levels &&
    parts.every((p) => /得\s*\d+(?:\.\d+)?\s*分[。.]?$/.test(p.trim())) &&
    parts.some((p) => /\d%/.test(p))
  );
}

import type { ClassPoints, Fact } from './phrases';
import { all, dflt, levelName, levelWord, one, short, type Composed, type Ctx, type Of } from './compose';

/**
 * Lists and bonuses: 各得 / 分别得 (a checklist or a scale of levels), 分别加 and 加N分 per event
 * (awards), up to the row's points or 最高加N分. Pure.
 */

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
  // (酌情加10分 / 根据工作总体印象加10分: up to 10, as the assessor judges — no count of anything.)
  const [judged] = adds;
  if (adds.length === 1 && judged && AS_JUDGED.test(judged.label))
    return {
      rule: { kind: 'judgement', input: { id: c.id(1), label: `评定加分（0–${judged.n}分）` } },
      readAs: 'judgement (酌情加N分)',
      confidence: 0.85,
      uses,
      points: c.points ?? judged.n,
    };
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

/** 酌情 / 视情况 / 根据工作总体印象: what the assessor judges, said before 加N分. */
const AS_JUDGED = /^(?:酌情|视情况?|视情节|适当|根据[^,，;；。]{0,8}?(?:情况|印象|表现|力度|程度|效果))$/;

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
  const parts = list.parts.map((p, i) => (i === 0 ? p.label.replace(/^.*(?:为|是)(?=[^为是]+$)/, '') : p.label));
  // 在省、市县得到肯定和推广的，分别加5分、3分、2分: three values, and the levels the list names are three.
  const levelWords = parts.join('、').match(/国家|省|市|县|区|乡镇|镇|村/g) ?? [];
  const named =
    values.length !== parts.length && levelWords.length === values.length ? levelWords.map((w) => `${w}级`) : parts;
  const levelled = list.scale === true || named.every((n) => LEVEL.test(n));
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
  // 仅就最高级别加分,不作累加: one award, the highest won — a pick of the level (or none), not a count of each.
  if (list.verb === '加' && one(c, 'highestOnly')) {
    const levels = [
      ...named.map((n, i) => ({ name: short(n, `第${i + 1}档`), points: values[i] ?? 0 })),
      { name: '未获评', points: 0 },
    ];
    const top = Math.max(...values);
    return {
      rule: { kind: 'levels', input: { id: c.id(1), label: '所获最高级别' }, levels },
      readAs: 'levels (分别加…, 仅就最高)',
      confidence: 0.85,
      uses: ['each', 'awardMax', 'points', 'highestOnly'],
      points: top,
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

import type { Row } from './row-types';

/**
 * 分项 | 扣分项目 with no points anywhere and no 起评分, where most rows say the most they can lose — 扣1分 once, 扣0.5分至1分,
 * 得满分4分, 最多扣4分 — each such row is worth what it can lose; rows that lose per case with no most (每缺少1人,扣1分,)
 * stay without points, named. Pure.
 */

const N = '(\\d+(?:\\.\\d+)?)';

/** The most a rule can take off, where it says so or takes each cost once; undefined where it is open. */
/** 最多扣4分 / 得满分4分 / 扣完5分为止: the most a row is worth, said. */
const MOST = new RegExp(`(?:最多|最高|至多|累计最多|累计最高)扣(?:分)?${N}分|得?满分${N}分|扣完${N}分为止`);

export function costBound(rule: string): number | undefined {
  const text = rule.replace(/\s+/g, '');
  const m = MOST.exec(text);
  const said = m?.[1] ?? m?.[2] ?? m?.[3];
  if (said !== undefined) return Number(said);
  // (每… / 一次扣… / 加倍: so much each time, with no most — open.)
  if (/每|一次|[次处人项件起例]扣|加倍/.test(text)) return undefined;
  const costs = [...text.matchAll(new RegExp(`扣${N}分?(?:(?:至|到|-|~|－)${N})?分`, 'g'))].map((m) =>
    Number(m[2] ?? m[1]),
  );
  return costs.length ? Math.round(costs.reduce((a, b) => a + b, 0) * 100) / 100 : undefined;
}

/**
 * The rows, each that has a bound given it as its points — where at least two thirds of those given do; undefined
 * otherwise (the table is then asked for its 起评分).
 */
export function boundRows(rows: readonly Row[], unpriced: readonly Row[]): Row[] | undefined {
  const bounds = new Map(unpriced.map((r) => [r, costBound(r.rule)] as const));
  const known = [...bounds.values()].filter((b) => b !== undefined && b > 0).length;
  // (…and the table itself prices rows by their most — 得满分4分, 最多扣4分 on some of them; 未报扣10分 / 扣5分 alone are
  // what comes off a 起评分 the table forgot to say.)
  const said = unpriced.filter((r) => MOST.test(r.rule.replace(/\s+/g, ''))).length;
  if (known * 3 < unpriced.length * 2 || said < 2 || said * 4 < unpriced.length) return undefined;
  return rows.flatMap((r): Row[] => {
    // (…未达要求的,扣1分;第一年末达到70%的,加0.5分,…最多加2分: what it takes first is the row's, worth what it takes; what
    // it adds after, a bonus beyond it — the sentence the adding starts in.)
    const adds = r.rule.search(/加\s*\d/);
    const takes = r.rule.search(/扣\s*\d/);
    if (r.role === 'bonus' && r.points === undefined && takes >= 0 && takes < adds) {
      const cut = Math.max(
        r.rule.lastIndexOf(';', adds),
        r.rule.lastIndexOf('；', adds),
        r.rule.lastIndexOf('。', adds),
      );
      const b = cut > takes ? costBound(r.rule.slice(0, cut)) : undefined;
      if (b !== undefined && b > 0)
        return [
          {
            ...r,
            role: 'base',
            rule: r.rule.slice(0, cut + 1),
            points: b,
            pointsText: `${b}`,
            pointsKey: `bound:${r.index}`,
          },
          { ...r, rule: r.rule.slice(cut + 1) },
        ];
    }
    const b = bounds.get(r);
    return [b === undefined || b <= 0 ? r : { ...r, points: b, pointsText: `${b}`, pointsKey: `bound:${r.index}` }];
  });
}

/**
 * 组织保障 | 机构健全 …未落实的,扣1分 / 人员落实 …扣2分 / 制度完善 …扣2分 with one 5 merged down beside them: rows of
 * names of their own sharing a points cell, each taking its cost once, the costs making the shared points together —
 * each row is worth its cost, the shared figure their section's.
 */
export function costShares(rows: readonly Row[]): Row[] {
  const out = [...rows];
  for (let i = 0; i < out.length;) {
    const first = out[i] as Row;
    let end = i;
    while (
      first.pointsKey !== '' &&
      !first.pointsKey.includes(':') &&
      out[end + 1]?.pointsKey === first.pointsKey &&
      out[end + 1]?.nameKey !== out[end]?.nameKey
    )
      end++;
    const run = out.slice(i, end + 1);
    const costs = run.map((r) => costBound(r.rule) ?? Number.NaN);
    const shared = first.points;
    if (
      run.length >= 2 &&
      shared !== undefined &&
      run.every((r) => r.role === 'base' && r.points === shared) &&
      // (Not 备物齐全 | 5 over 缺一件 | 扣2分 / 被服放置顺序零乱 | 扣2分: names that are the lapses themselves are what the
      // item's points are lost by, together.)
      !run.some((r) => r.rule.replace(/\s+/g, '').startsWith(r.name.replace(/\s+/g, ''))) &&
      costs.every((c) => c > 0) &&
      Math.abs(costs.reduce((a, c) => a + c, 0) - shared) < 1e-9
    )
      run.forEach((r, k) => {
        out[i + k] = {
          ...r,
          points: costs[k],
          pointsText: String(costs[k]),
          pointsKey: `cost:${r.index}`,
          sectionPoints: shared,
          sectionPointsKey: `g:${first.pointsKey}`,
        };
      });
    i = end + 1;
  }
  return out;
}

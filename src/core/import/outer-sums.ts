import { innermostPriced, type Heading } from './headings';
import { splitName } from './names';
import type { Row } from './rows';

/**
 * 一 | 队伍建设好 | 100 over 1 | 项目部班子建设 | 20 and 2 | …发挥 | 35, the inner headings the sections: the outer
 * heading's points are in no section; where the headings under it do not make them, the user is told, as a section's
 * are (nothing said in the table is passed over in silence). Pure.
 */
export function outerSums(rows: readonly Row[]): string[] {
  const inner = (r: Row): Heading | undefined => innermostPriced(r.headings);
  const outers = new Set(
    rows.flatMap((r) => {
      const own = inner(r);
      return r.headings.filter(
        (h) => h !== own && typeof h.cap === 'number' && own !== undefined && h.level < own.level,
      );
    }),
  );
  return [...outers].flatMap((h) => {
    const under = rows.filter((r) => r.role === 'base' && r.headings.includes(h));
    // (The headings just below it: Ⅰ、…(500) over 一、建筑要求(200), not the (一)(二) inside that.)
    const child = (r: Row): Heading | undefined =>
      r.headings.slice(r.headings.indexOf(h) + 1).find((x) => typeof x.cap === 'number');
    const parts = new Set(under.map(child).filter((x): x is Heading => x !== undefined));
    // (…and the rows right under it with points of their own: 技防設施 | 7 beside 物防設施(8) over its rows.)
    const own = (r: Row): number => {
      const named = splitName(r.name).cap;
      return r.points ?? (typeof named === 'number' ? named : 0);
    };
    const direct = under.filter((r) => child(r) === undefined).reduce((a, r) => a + own(r), 0);
    const sum =
      Math.round(([...parts].reduce((a, x) => a + (typeof x.cap === 'number' ? x.cap : 0), 0) + direct) * 100) / 100;
    if (typeof h.cap !== 'number' || parts.size === 0 || Math.abs(sum - h.cap) < 1e-9) return [];
    return [`“${splitName(h.text).name}”标注 ${h.cap} 分，但其下各部分合计 ${sum} 分（原表是否到此不完整？）`];
  });
}

import type { Params } from '../messages';
import { atClass } from '../rules/inputs';
import type { Problem } from './load';
import type { Rubric } from './schema';

const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/**
 * Warnings about the table itself: parts that do not add up (002 item 1: 6 + 2 ≠ 10), points the
 * source lost. The rubric is loaded as written, never silently "fixed".
 */
export function lintRubric(r: Rubric): Problem[] {
  const out: Problem[] = [];
  const warn = (code: string, path: string, params: Params): void => {
    out.push({ code, severity: 'warning', path, params: { path, ...params } });
  };
  const classes = r.classes.length ? r.classes.map((c) => c.id) : [undefined];
  for (const cls of classes) {
    let sum = 0;
    r.sections.forEach((s, si) => {
      let sectionSum = 0;
      s.items.forEach((it, ii) => {
        const at = `sections[${si}].items[${ii}]`;
        const cap = atClass(it.cap, cls);
        const parts = it.clauses.reduce((a, c) => a + atClass(c.points, cls), 0);
        sectionSum += cap;
        if (!near(parts, cap))
          warn('parts-not-sum', at, {
            item: it.id,
            name: it.name,
            cap,
            sum: Math.round(parts * 100) / 100,
            cls: cls ?? '',
          });
        it.clauses.forEach((c, ci) => {
          if (c.rule.kind !== 'checklist') return;
          const pts = c.rule.inputs.reduce((a, i) => a + atClass(i.points, cls), 0);
          const points = atClass(c.points, cls);
          if (!near(pts, points)) warn('checklist-not-sum', `${at}.clauses[${ci}]`, { item: it.id, sum: pts, points });
        });
        if (it.sourceGap && cls === classes[0])
          warn('source-gap', at, { item: it.id, name: it.name, detail: it.sourceGap });
      });
      if (s.cap !== undefined && !near(atClass(s.cap, cls), sectionSum)) {
        warn('section-not-sum', `sections[${si}]`, { name: s.name, cap: atClass(s.cap, cls), sum: sectionSum });
      }
      sum += sectionSum;
    });
    if (!near(sum, r.total))
      warn('items-not-total', 'sections', { sum: Number(sum.toFixed(4)), total: r.total, cls: cls ?? '' });
    // (满分120分 over 组织领导 10分 and 工作程序 25: the parts' own points fall short of the total too — said apart
    // from what the items add up to, which a table cut short makes smaller still.)
    const caps = r.sections.map((s) => (s.cap === undefined ? undefined : atClass(s.cap, cls)));
    const capSum = caps.reduce<number>((a, c) => a + (c ?? 0), 0);
    if (caps.length > 1 && caps.every((c) => c !== undefined) && !near(capSum, r.total) && !near(capSum, sum))
      warn('sections-not-total', 'sections', { sum: Number(capSum.toFixed(4)), total: r.total, cls: cls ?? '' });
  }
  // The same warning for every class is said once.
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.code}|${p.path}|${String(p.params.cap)}|${String(p.params.sum)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import type { RankedUnit } from '../app/score';
import type { Builtin } from '../core/builtin';
import type { Io } from './context';

const fmt = (n: number | null): string => (n === null ? '—' : String(n));

/** A readable per-unit table: items with cap, score and lost points, then total, grade and rank. */
export function printScoreTable(b: Builtin, units: readonly RankedUnit[], io: Io): void {
  const en = io.lang === 'en';
  io.out(`${b.rubric.title}（${b.rubric.id}，${en ? 'total' : '总分'} ${b.rubric.total}）`);
  for (const u of units) {
    io.out('');
    io.out(`■ ${u.unit}${u.cls ? `（${u.cls}）` : ''}`);
    io.out(en ? '  item      cap   score  lost  name' : '  序号      分值   得分   扣分  指标');
    for (const i of [...u.items, ...u.adjustments]) {
      const cap = i.role === 'penalty' ? `-${i.cap}` : i.role === 'bonus' ? `+${i.cap}` : String(i.cap);
      io.out(
        `  ${i.id.padEnd(8)} ${cap.padStart(5)} ${fmt(i.score).padStart(6)} ${fmt(i.lost).padStart(5)}  ${i.name}`,
      );
    }
    const parts = [
      `${en ? 'total' : '总分'} ${fmt(u.total)}`,
      `${en ? 'grade' : '等次'} ${u.grade ?? '—'}`,
      `${en ? 'rank' : '排名'} ${u.rank ?? '—'}`,
      ...(u.rankClass ? [`${en ? 'class' : '类别'} ${u.rankClass}`] : []),
      ...(u.composite !== null ? [`${en ? 'composite' : '综合得分'} ${u.composite}`] : []),
      ...(u.veto ? [en ? 'VETO' : '一票否决'] : []),
      ...(u.disqualified ? [en ? 'not eligible for awards' : '取消评先资格'] : []),
    ];
    io.out(`  ${parts.join('  ')}${u.complete ? '' : en ? '  (not all filled)' : '  （尚未填完）'}`);
  }
}

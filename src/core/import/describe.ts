import type { z } from 'zod';
import type { Clause, Rule } from '../rubric/schema';
import type { Lang } from '../messages/types';

/**
 * A clause's reading in the words of a scoring table (每处扣0.5分，最多扣4分；目标95%，每少1个百分点扣0.5分),
 * for the import report: what the rule will do, not the name of the pattern behind it.
 */

type RuleIn = z.input<typeof Rule>;
type Points = z.input<typeof Clause>['points'];

const pts = (p: Points | undefined, lang: Lang): string => {
  if (p === undefined) return '';
  if (typeof p === 'number') return lang === 'zh' ? `${p}分` : `${p} pt`;
  const others = Object.entries(p).filter(([k]) => k !== 'default');
  const rest = others
    .map(([k, v]) => (lang === 'zh' ? `${k}${v}分` : `${k} ${v} pt`))
    .join(lang === 'zh' ? '，' : ', ');
  return lang === 'zh' ? `${p.default}分（${rest}）` : `${p.default} pt (${rest})`;
};
const join = (parts: string[], lang: Lang): string => parts.filter(Boolean).join(lang === 'zh' ? '；' : '; ');

/** A clause of the import report in words: a veto says so; any other clause, what its rule does. */
export function describeClause(
  c: { readonly readAs: string; readonly rule: RuleIn; readonly points: Points; readonly requires?: string },
  lang: Lang,
): string {
  if (c.readAs.startsWith('veto'))
    return lang === 'zh'
      ? '一票否决：另列为否决项（不计分，触发即否决）'
      : 'veto: a separate veto on the unit (no points)';
  return describeReading(c.rule, c.points, lang, c.requires);
}

export function describeReading(rule: RuleIn, points: Points | undefined, lang: Lang, requires?: string): string {
  const zh = lang === 'zh';
  const total = pts(points, lang);
  const text = ((): string => {
    switch (rule.kind) {
      case 'deduct': {
        const each = rule.inputs.map((i) =>
          zh ? `${i.label}：每${i.unit ?? '次'}扣${i.per}分` : `${i.label}: −${i.per} per ${i.unit ?? 'time'}`,
        );
        const limit =
          rule.ceiling !== undefined
            ? zh
              ? `最多扣${rule.ceiling}分`
              : `at most −${rule.ceiling}`
            : rule.floor === 'none'
              ? zh
                ? '可倒扣'
                : 'may go below zero'
              : zh
                ? '扣完为止'
                : 'down to zero';
        return join([zh ? `${total}` : `${total}`, ...each, limit], lang);
      }
      case 'yesno':
        return zh ? `做到得${total}，否则0分` : `${total} if met, else 0`;
      case 'checklist':
        return zh
          ? `逐项得分：${rule.inputs.map((i) => `${i.label}${pts(i.points, lang)}`).join('，')}`
          : `each part: ${rule.inputs.map((i) => `${i.label} ${pts(i.points, lang)}`).join(', ')}`;
      case 'shortfall': {
        const unit = rule.input.unit ?? '';
        const step = rule.step ?? 1;
        const what = unit === '%' ? (zh ? `${step}个百分点` : `${step} point(s)`) : `${step}${unit}`;
        return join(
          [
            total,
            rule.target !== undefined
              ? zh
                ? `目标${rule.target}${unit}`
                : `target ${rule.target}${unit}`
              : zh
                ? '填少完成的数'
                : 'enter the shortfall',
            zh ? `每少${what}扣${rule.per}分` : `−${rule.per} per ${what} short`,
            rule.cutoff !== undefined ? (zh ? `低于${rule.cutoff}${unit}得0分` : `0 below ${rule.cutoff}${unit}`) : '',
          ],
          lang,
        );
      }
      case 'excess':
        return join(
          [
            total,
            zh
              ? `超过${rule.limit}${rule.input.unit ?? ''}的，每超${rule.step ?? 1}${rule.input.unit === '%' ? '个百分点' : (rule.input.unit ?? '')}扣${rule.per}分`
              : `−${rule.per} per ${rule.step ?? 1} over ${rule.limit}`,
          ],
          lang,
        );
      case 'threshold': {
        const unit = rule.input.unit ?? '';
        const at =
          rule.direction === 'atMost'
            ? zh
              ? `${rule.cutoff}${unit}及以下`
              : `${rule.cutoff}${unit} or less`
            : zh
              ? `${rule.cutoff}${unit}及以上`
              : `${rule.cutoff}${unit} or more`;
        if (rule.between === 'proportional' && rule.target !== undefined)
          return zh
            ? `${rule.target}${unit}及以上得${total}；${rule.cutoff}${unit}至${rule.target}${unit}按比例；低于${rule.cutoff}${unit}得0分`
            : `${total} at ${rule.target}${unit} or more; in proportion from ${rule.cutoff}${unit}; 0 below`;
        return zh ? `${at}得${total}，否则0分` : `${total} at ${at}, else 0`;
      }
      case 'proportional':
        return zh ? `按比例计分：${rule.full ?? 100}%得${total}` : `in proportion: ${total} at ${rule.full ?? 100}%`;
      case 'award':
        return join(
          [
            ...rule.inputs.map((i) =>
              zh
                ? `${i.label}：每${i.step ?? 1}${i.unit ?? '次'}加${i.per}分`
                : `${i.label}: +${i.per} per ${i.step ?? 1} ${i.unit ?? ''}`,
            ),
            zh ? `以${total}为限` : `up to ${total}`,
          ],
          lang,
        );
      case 'levels':
        return (
          (zh ? '分等次：' : 'levels: ') +
          rule.levels.map((l) => `${l.name}${zh ? '' : ' '}${pts(l.points, lang)}`).join(zh ? '，' : ', ')
        );
      case 'judgement':
        return rule.bands?.length
          ? (zh ? '评分人在档内打分：' : 'typed within bands: ') +
              rule.bands.map((b) => `${b.name} ${b.min}–${b.max}`).join(zh ? '，' : ', ')
          : zh
            ? `评分人直接填写得分（0–${total}）`
            : `typed by the assessor (0–${total})`;
    }
  })();
  const voided = requires ? (zh ? `；否决条件：${requires}（答“否”本条0分）` : `; void unless: ${requires}`) : '';
  return `${text}${voided}`;
}

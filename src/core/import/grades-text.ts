import type { z } from 'zod';
import type { GradeBand } from '../rubric/schema';
import { normalize } from './text';

/**
 * The grades a table's own words set (计分90分以上为禁毒先进单位,80分至90分为合格单位,60分至79分为
 * 基本合格单位,60分以下为不合格单位), highest first, the lowest with no minimum, as the rubric keeps
 * them. Undefined where the words set no complete ladder: the importer then says it used its own.
 */

type Band = z.infer<typeof GradeBand>;

const FIG = String.raw`(\d+(?:\.\d+)?)`;
const IS = String.raw`(?:的)?(?:为|评为|定为|确定为|评定为|列为|是)?`;
const NAME = String.raw`[“"]?([^,;。:“”"()\n]{1,12}?)[”"]?(?=[,;。\n)]|$)`;
// (含) / (含90分) / (不含): whether the bound is in the band, which a band's minimum already says.
const INCL = String.raw`(?:\((?:不)?含(?:${FIG.slice(1, -1)})?分?\))?`;

const above = new RegExp(`${FIG}分?${INCL}(?:及|或)?以上${INCL}${IS}${NAME}`, 'g');
const between = new RegExp(`${FIG}分?${INCL}(?:至|到|-|—|~)${FIG}分${INCL}(?:之间)?${IS}${NAME}`, 'g');
const below = new RegExp(`${FIG}分${INCL}(?:及|或)?以下${INCL}${IS}${NAME}`, 'g');
/** 80分(含)以上90分(不含)以下为合格: a band between two bounds, its own words holding an 以下. */
const upTo = new RegExp(`${FIG}分?${INCL}(?:及|或)?以上,?${FIG}分${INCL}(?:以下|以内)${IS}${NAME}`, 'g');

const clean = (name: string): string => name.replace(/(?:等次|等级|档次)$/, '').trim();

export function gradeBands(texts: readonly string[]): Band[] | undefined {
  const said = normalize(texts.join('\n')).text;
  if (!/以上|以下/.test(said)) return undefined;
  const found: { name: string; min?: number }[] = [];
  for (const m of said.matchAll(upTo)) found.push({ name: clean(m[3] ?? ''), min: Number(m[1]) });
  const text = said.replace(upTo, ';');
  for (const m of text.matchAll(between)) found.push({ name: clean(m[3] ?? ''), min: Number(m[1]) });
  for (const m of text.matchAll(above)) found.push({ name: clean(m[2] ?? ''), min: Number(m[1]) });
  const lowest = [...text.matchAll(below)].map((m) => clean(m[2] ?? ''));
  const named = found.filter((b) => b.name !== '' && !/分|以上|以下/.test(b.name));
  const bottom = lowest.filter((n) => n !== '' && !/分|以上|以下/.test(n));
  if (named.length === 0 || bottom.length !== 1) return undefined;
  const ladder = [...named].sort((a, b) => (b.min ?? 0) - (a.min ?? 0));
  // A ladder: each minimum below the one before it, and no grade named twice.
  const mins = ladder.map((b) => b.min ?? 0);
  if (mins.some((m, i) => i > 0 && m >= (mins[i - 1] ?? Infinity))) return undefined;
  const names = [...ladder.map((b) => b.name), bottom[0] ?? ''];
  if (new Set(names).size !== names.length) return undefined;
  return [...ladder.map((b) => ({ name: b.name, min: b.min ?? 0 })), { name: bottom[0] ?? '' }];
}

import { en } from './en';
import type { Lang, Params } from './types';
import { zh } from './zh';

export type { Lang, Params } from './types';

/** The text of a message code in a language; an unknown code says so rather than vanishing. */
export function message(lang: Lang, code: string, params: Params = {}): string {
  const fn = (lang === 'en' ? en : zh)[code];
  return fn ? fn(params) : `${code} ${JSON.stringify(params)}`;
}

export const catalogues = { zh, en } as const;

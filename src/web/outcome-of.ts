import type { Lang } from '../core/messages';
import { BookRefused, refusalLines } from '../books/refusal';
import type { Outcome } from './Outcome';
import type { WebStrings } from './i18n';

/** An error from the work on a workbook as the page says it: a refusal's reasons, or a fault. */
export function outcomeOf(e: unknown, t: WebStrings, lang: Lang): Outcome {
  if (e instanceof BookRefused) return { kind: 'refused', lines: refusalLines(e, lang) };
  return { kind: 'failed', text: t.failed(e instanceof Error ? e.message : String(e)) };
}

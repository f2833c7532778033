import { findingText, type Finding } from '../core/engine/findings';
import { message, type Lang, type Params } from '../core/messages';

/** One reason a workbook was not read or written: a message code, or a layout finding. */
export interface Refusal {
  readonly code: string;
  readonly params: Params;
  /** For 'book-layout-broken': the finding that says what moved. */
  readonly finding?: Finding;
}

/**
 * A workbook refused before anything was written: not an .xlsx, not one of ours, or its scoring
 * sheets moved under their cells. The command line prints the reasons and exits 2; the page
 * shows them under the file.
 */
export class BookRefused extends Error {
  constructor(readonly reasons: readonly Refusal[]) {
    super(reasons.map((r) => r.code).join(', '));
  }
}

/** The reasons in words, one line each. */
export function refusalLines(e: BookRefused, lang: Lang): string[] {
  return e.reasons.map((r) =>
    message(lang, r.code, r.finding ? { ...r.params, detail: findingText(r.finding, lang) } : r.params),
  );
}

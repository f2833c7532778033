/**
 * Request sizes as office.js serializes them. Each `context.sync()` sends one JSON body: every
 * API object the batch touches is an object path (about 100 characters) plus an "instantiate"
 * action (about 50), and every property set or method call one more action (about 110 plus its
 * arguments as JSON). Excel on the web refuses a request of 5 MB or more ("Resource limits and
 * performance optimization for Office Add-ins"), so the writer keeps each request under a budget
 * counted this way, with the arguments in UTF-8. test/office/payload.test.ts checks the estimate
 * against office.js itself: it must never be below what office.js sends.
 */
export const PATH_STEP_BYTES = 160;
export const ACTION_BYTES = 120;

/** UTF-8 length of a string without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** One operation on an object `steps` path steps from the workbook (a range's fill is 4: sheet, range, format, fill). */
export const opBytes = (steps: number, args?: unknown): number =>
  steps * PATH_STEP_BYTES + ACTION_BYTES + (args === undefined ? 0 : utf8Length(JSON.stringify(args) ?? ''));

/** The request being queued: syncs what is there before an operation that would not fit. */
export class RequestBudget {
  private bytes = 0;

  constructor(
    readonly limit: number,
    private readonly flush: () => Promise<void>,
  ) {}

  /** Makes room for `n` more bytes in the current request. */
  async add(n: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + n > this.limit) {
      await this.flush();
      this.bytes = 0;
    }
    this.bytes += n;
  }

  /** The request was sent by someone else (a sync outside the budget): start counting afresh. */
  reset(): void {
    this.bytes = 0;
  }
}

import { type Box, areas, inBox } from './a1';

/**
 * Remembers what the add-in wrote, so the change events Excel raises for those writes are not
 * taken for the user's. ExcelApi 1.14 marks them (triggerSource "ThisLocalAddin"). Older hosts do
 * not, so each write is remembered by sheet and area, and the first event inside it is taken as
 * its echo and consumes the mark; a mark with no echo lapses after a few seconds.
 */
export class OwnWrites {
  private marks: { sheet: string; box: Box; until: number }[] = [];

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly ttlMs = 3000,
  ) {}

  /** Records a write of `address` on `sheet` (a sheet name or id). */
  mark(sheet: string, address: string): void {
    const until = this.now() + this.ttlMs;
    for (const box of areas(address)) this.marks.push({ sheet, box, until });
  }

  /** Forgets every mark: writes made before a handler existed raise no event it could see. */
  clear(): void {
    this.marks = [];
  }

  /** Whether the event is the echo of the add-in's own write. */
  isOwn(sheetKeys: readonly string[], address: string, triggerSource?: string): boolean {
    const t = this.now();
    this.marks = this.marks.filter((m) => m.until >= t);
    const events = areas(address);
    const i = this.marks.findIndex(
      (m) => sheetKeys.includes(m.sheet) && events.every((b) => inBox(m.box, b.r0, b.c0) && inBox(m.box, b.r1, b.c1)),
    );
    if (triggerSource !== undefined) {
      if (triggerSource === 'ThisLocalAddin' && i >= 0) this.marks.splice(i, 1);
      return triggerSource === 'ThisLocalAddin';
    }
    if (i < 0) return false;
    this.marks.splice(i, 1);
    return true;
  }
}

import type { FakeSheet, Handler } from './types';

/**
 * The events the fake Excel raises: onChanged for every write (the add-in's own too, with
 * triggerSource from ExcelApi 1.14), onActivated, onSelectionChanged. Handlers run after the
 * batch, as Excel calls them; `settled()` waits for all of them.
 */
export class FakeEvents {
  activatedHandlers: Handler[] = [];
  /** Requirement sets the host claims: 14 → ExcelApi 1.1 … 1.14 (triggerSource is 1.14). */
  apiVersion = 14;
  protected pending: Promise<unknown>[] = [];

  fire(s: FakeSheet, address: string, triggerSource: string): void {
    const args = {
      address,
      worksheetId: s.id,
      source: 'Local',
      changeType: 'RangeEdited',
      type: 'WorksheetChanged',
      ...(this.apiVersion >= 14 ? { triggerSource } : {}),
    };
    for (const h of s.handlers) this.pending.push(Promise.resolve().then(() => h(args)));
  }

  fireActivated(s: FakeSheet): void {
    const args = { worksheetId: s.id, type: 'WorksheetActivated', source: 'Local' };
    for (const h of this.activatedHandlers) this.pending.push(Promise.resolve().then(() => h(args)));
  }

  fireSelection(s: FakeSheet, address: string): void {
    const args = { address, worksheetId: s.id, type: 'WorksheetSelectionChanged', source: 'Local' };
    for (const h of s.selectionHandlers) this.pending.push(Promise.resolve().then(() => h(args)));
  }

  /** Waits until every event handler started so far has finished. */
  async settled(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }
}

import { rectOf } from './grid';
import type { FakeSnapshot } from './types';
import { excelError } from './types';
import { FakeWorkbook } from './workbook';

/**
 * The fake Excel as tests drive it: what a person does in the workbook (type, pick from a
 * drop-down, move, rename, protect), and the `Excel` / `Office` globals the add-in sees.
 */
export class FakeExcel extends FakeWorkbook {
  /** A person types or pastes `rows` at `address`: cells change and onChanged fires. */
  async userEdit(sheet: string, address: string, rows: (string | number)[][]): Promise<void> {
    const s = this.sheet(sheet);
    this.type(s, address, rows);
    this.fire(s, address, 'Unknown');
    await this.settled();
  }

  /**
   * A person picks `value` from a cell's data-validation drop-down. Excel on the web does not
   * raise onChanged for it (OfficeDev/office-js#3888, #4066, open since 2023); desktop Excel does.
   */
  async userPick(sheet: string, cell: string, value: string): Promise<void> {
    const s = this.sheet(sheet);
    const rule = s.validations.find((v) => {
      const r = rectOf(v.address);
      const c = rectOf(cell);
      return c.r0 >= r.r0 && c.r0 < r.r0 + r.rows && c.c0 >= r.c0 && c.c0 < r.c0 + r.cols;
    })?.rule as { list?: { source?: string } } | undefined;
    const options = rule?.list?.source?.split(',') ?? [];
    if (!options.includes(value)) throw excelError('InvalidArgument', `${cell} offers no "${value}" to pick`);
    this.type(s, cell, [[value]]);
    if (this.platform !== 'web') this.fire(s, cell, 'Unknown');
    await this.settled();
  }

  /** A person clicks a cell (on another sheet too): onActivated and onSelectionChanged fire. */
  async userSelect(sheet: string, cell: string): Promise<void> {
    this.select(this.sheet(sheet), cell);
    await this.settled();
  }

  async userActivate(sheet: string): Promise<void> {
    this.activate(this.sheet(sheet));
    await this.settled();
  }

  async userRename(sheet: string, name: string): Promise<void> {
    this.renameSheet(this.sheet(sheet), name);
    await this.settled();
  }

  async userDelete(sheet: string): Promise<void> {
    this.deleteSheet(this.sheet(sheet));
    await this.settled();
  }

  /** 审阅 → 保护工作表, with the options and password the person chose. */
  userProtect(sheet: string, options: Record<string, boolean> = {}, password = ''): void {
    this.protect(this.sheet(sheet), options, password);
  }

  userUnprotect(sheet: string, password?: string): void {
    this.unprotect(this.sheet(sheet), password);
  }

  /** The workbook as plain data (no handlers), to hand to a fake in another realm (the browser). */
  snapshot(): FakeSnapshot {
    return {
      active: this.active,
      sheets: this.sheets.map(({ handlers: _h, selectionHandlers: _s, cells, unlocked, looks, ...rest }) => ({
        ...rest,
        cells: [...cells],
        unlocked: [...unlocked],
        looks: [...looks],
      })),
    };
  }

  /** Takes the workbook of a snapshot as its own: a workbook made earlier, opened again. */
  load(snap: FakeSnapshot): void {
    this.active = snap.active;
    this.sheets = snap.sheets.map((x) => ({
      ...x,
      cells: new Map(x.cells),
      unlocked: new Set(x.unlocked),
      looks: new Map(x.looks),
      handlers: [],
      selectionHandlers: [],
    }));
    this.nextId = this.sheets.length + 100;
  }

  /** Installs `Excel` and `Office` globals on `g` (globalThis or a browser window). */
  install(g: Record<string, unknown>): void {
    g.Excel = { run: this.run };
    const platform = { web: 'OfficeOnline', windows: 'PC', mac: 'Mac' }[this.platform];
    g.Office = {
      context: {
        requirements: { isSetSupported: this.isSetSupported },
        displayLanguage: 'zh-CN',
        platform,
        diagnostics: { platform, host: 'Excel', version: '16.0' },
      },
      onReady: (cb?: (info: unknown) => void) => {
        const info = { host: 'Excel', platform };
        cb?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS' },
    };
  }
}

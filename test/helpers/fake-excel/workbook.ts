import { FakeContext } from './context';
import { rectOf, writeCells } from './grid';
import { requestBytes } from './payload';
import { checkApiSet } from './rules';
import { sheetByKey } from './sheet';
import { FakeEvents } from './events';
import { excelError, type FakeSheet, type Op, type SyncRecord } from './types';
import { referencedSheets, replaceSheetRefs } from './values';

/**
 * The workbook behind the fake Excel: its sheets and what happens to them, whoever asks (the
 * add-in through a context, or a person through the `user*` methods in people.ts).
 */
export class FakeWorkbook extends FakeEvents {
  sheets: FakeSheet[] = [];
  names: { name: string; ref: string }[] = [];
  selected: { sheet: string; cell: string } | null = null;
  /** The active sheet's name. */
  active: string | null = null;
  syncs: SyncRecord[] = [];
  /** Where Excel runs: some behaviour differs on the web (drop-down picks, isPasswordProtected). */
  platform: 'web' | 'windows' | 'mac' = 'web';
  cellEditMode = false;
  /** How a request is sized: the office.js model by default, office.js itself where it can run. */
  sizer: (ops: readonly Op[]) => number = requestBytes;
  /** A test's stand-in for a host error part-way through a batch (a dropped connection, a crash). */
  failIf: ((op: Op) => boolean) | undefined;
  protected nextId = 1;

  isSetSupported = (name: string, version?: string): boolean =>
    name === 'ExcelApi' && Number((version ?? '1.1').split('.')[1] ?? 1) <= this.apiVersion;

  run = async <T>(a: unknown, b?: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    const batch = (typeof a === 'function' ? a : b) as (ctx: FakeContext) => Promise<T>;
    // Excel.run(context, batch) re-enters a context made earlier (removing an event handler).
    const reuse = a instanceof FakeContext ? a : undefined;
    const delay =
      typeof a === 'object' && a !== null && (a as { delayForCellEdit?: boolean }).delayForCellEdit === true;
    const ctx = reuse ?? new FakeContext(this, delay);
    ctx.running++;
    try {
      const out = await batch(ctx);
      if (ctx.queued() > 0) throw new Error(`fake: Excel.run ended with ${ctx.queued()} operations never synced`);
      return out;
    } finally {
      ctx.running--;
      ctx.finished = true;
    }
  };

  get syncCount(): number {
    return this.syncs.length;
  }

  /** A sheet by name, for tests. */
  sheet(name: string): FakeSheet {
    return sheetByKey(this, name);
  }

  newSheet(name: string): FakeSheet {
    return {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: 'Visible',
      position: 0,
      cells: new Map(),
      merges: [],
      validations: [],
      conditionals: [],
      looks: new Map(),
      columnWidths: {},
      rowHeights: {},
      hiddenColumns: [],
      pageLayout: {},
      pageBreaks: [],
      unlocked: new Set(),
      protected: false,
      protection: { protected: false, options: {}, password: '' },
      frozen: null,
      handlers: [],
      selectionHandlers: [],
    };
  }

  /**
   * Sheet names: at most 31 characters, none of : \ / ? * [ ], not blank, not starting or ending
   * with an apostrophe, unique without case (Microsoft Support, "Rename a worksheet").
   */
  checkName(name: string, self?: FakeSheet): void {
    if (name.trim() === '' || Array.from(name).length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
      throw excelError('InvalidArgument', `"${name}" is not a valid sheet name`);
    if (this.sheets.some((x) => x !== self && x.name.toLowerCase() === name.toLowerCase()))
      throw excelError('ItemAlreadyExists', `a sheet named ${name} exists`);
  }

  addSheet(s: FakeSheet): void {
    this.checkName(s.name);
    s.position = this.sheets.length;
    this.sheets.push(s);
    this.active ??= s.name;
  }

  /** A sheet the batch made, if it really was made. */
  live(s: FakeSheet): FakeSheet {
    if (!this.sheets.includes(s)) throw excelError('ItemNotFound', `sheet ${s.name || s.id} was not created`);
    return s;
  }

  activeSheet(): FakeSheet {
    const s = this.sheets.find((x) => x.name === this.active) ?? this.sheets.find((x) => x.visibility === 'Visible');
    if (!s) throw excelError('ItemNotFound', 'no active sheet');
    return s;
  }

  /** Renaming follows through every formula that names the sheet, as Excel does. */
  renameSheet(s: FakeSheet, name: string): void {
    this.checkName(name, s);
    const old = s.name;
    for (const other of this.sheets) {
      for (const [a, c] of other.cells) {
        if (c.formula.startsWith('=') && referencedSheets(c.formula).some((n) => n.toLowerCase() === old.toLowerCase()))
          other.cells.set(a, { ...c, formula: replaceSheetRefs(c.formula, old, quoteIfNeeded(name)) });
      }
    }
    if (this.active === old) this.active = name;
    s.name = name;
  }

  private visibleOthers(s: FakeSheet): number {
    return this.sheets.filter((x) => x !== s && x.visibility === 'Visible').length;
  }

  // "A workbook must contain at least one visible worksheet": Excel refuses to hide or delete the
  // last visible sheet (its own message; kaohe issue 13, item 4).
  setVisibility(s: FakeSheet, v: string): void {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw excelError('InvalidArgument', `visibility ${v}`);
    if (v !== 'Visible' && s.visibility === 'Visible' && this.visibleOthers(s) === 0)
      throw excelError('InvalidOperation', `${s.name} is the last visible sheet`);
    s.visibility = v;
    if (v !== 'Visible' && this.active === s.name)
      this.active = this.sheets.find((x) => x.visibility === 'Visible')?.name ?? null;
  }

  // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation
  // will fail with an InvalidOperation exception" (learn.microsoft.com/javascript/api/excel/
  // excel.worksheet#excel-excel-worksheet-delete-member; OfficeDev/office-js#365). References to
  // a deleted sheet in other sheets' formulas become #REF!.
  deleteSheet(s: FakeSheet): void {
    if (s.visibility === 'VeryHidden') throw excelError('InvalidOperation', `${s.name} is very hidden`);
    if (s.visibility === 'Visible' && this.visibleOthers(s) === 0)
      throw excelError('InvalidOperation', `${s.name} is the last visible sheet`);
    this.sheets = this.sheets.filter((x) => x !== s);
    for (const other of this.sheets) {
      for (const [a, c] of other.cells) {
        if (
          c.formula.startsWith('=') &&
          referencedSheets(c.formula).some((n) => n.toLowerCase() === s.name.toLowerCase())
        )
          other.cells.set(a, { value: '#REF!', formula: replaceSheetRefs(c.formula, s.name, '#REF!') });
      }
    }
    if (this.active === s.name) this.active = this.sheets.find((x) => x.visibility === 'Visible')?.name ?? null;
  }

  /** Worksheet.copy (ExcelApi 1.10): everything but the name, which Excel makes unique. */
  copySheet(src: FakeSheet, made: FakeSheet): void {
    let n = 2;
    while (this.sheets.some((x) => x.name.toLowerCase() === `${src.name} (${n})`.toLowerCase())) n++;
    Object.assign(made, {
      name: `${src.name} (${n})`,
      cells: new Map([...src.cells].map(([k, v]) => [k, { ...v }])),
      merges: [...src.merges],
      validations: src.validations.map((v) => ({ ...v })),
      conditionals: src.conditionals.map((c) => ({ ...c, settings: { ...c.settings } })),
      looks: new Map([...src.looks].map(([k, v]) => [k, { ...v }])),
      columnWidths: { ...src.columnWidths },
      rowHeights: { ...src.rowHeights },
      hiddenColumns: [...src.hiddenColumns],
      pageLayout: { ...src.pageLayout },
      pageBreaks: [...src.pageBreaks],
      unlocked: new Set(src.unlocked),
      protected: src.protected,
      protection: { ...src.protection, options: { ...src.protection.options } },
      frozen: src.frozen,
      position: this.sheets.length,
    });
    this.sheets.push(made);
  }

  activate(s: FakeSheet): void {
    if (s.visibility !== 'Visible') throw excelError('InvalidOperation', `${s.name} is hidden`);
    if (this.active === s.name) return;
    this.active = s.name;
    this.fireActivated(s);
  }

  select(s: FakeSheet, address: string): void {
    this.activate(s);
    this.selected = { sheet: s.name, cell: address };
    this.fireSelection(s, address);
  }

  // Freezing panes of a sheet that is not active raises onActivated for it, though it does not
  // become active (OfficeDev/office-js#3148, Windows and Mac).
  freeze(s: FakeSheet, spec: string): void {
    checkApiSet('freezePanes', this.apiVersion);
    s.frozen = spec;
    if (this.active !== s.name) this.fireActivated(s);
  }

  // WorksheetProtection.protect: "Fails if the worksheet has already been protected" (learn.
  // microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member).
  protect(s: FakeSheet, options: Record<string, boolean>, password: string): void {
    if (s.protected) throw excelError('InvalidOperation', `${s.name} is already protected`);
    s.protected = true;
    s.protection = { protected: true, options: { ...options }, password };
  }

  // unprotect(password): a sheet with a password stays protected without the right one; the
  // API answers InvalidArgument as pauseProtection does for a wrong password (same page).
  unprotect(s: FakeSheet, password?: string): void {
    if (!s.protected) return;
    if (s.protection.password !== '' && password !== s.protection.password)
      throw excelError('InvalidArgument', `${s.name}: the password is missing or wrong`);
    s.protected = false;
    s.protection = { ...s.protection, protected: false };
  }

  setPageLayout(s: FakeSheet, path: string, v: unknown): void {
    checkApiSet('pageLayout', this.apiVersion);
    if (path === 'zoom') {
      // OfficeDev/office-js#1860: fit-to-pages in pageLayout.zoom is not applied unless the Page
      // Layout tab is selected (Windows); a percentage `scale` is. No add-in can select that tab.
      const z = (v ?? {}) as { scale?: unknown };
      if (typeof z.scale === 'number') s.pageLayout.zoom = { scale: z.scale };
      return;
    }
    s.pageLayout[path] = v;
  }

  addPageBreak(s: FakeSheet, range: string): void {
    checkApiSet('horizontalPageBreaks', this.apiVersion);
    const row = rectOf(range).r0;
    if (!s.pageBreaks.includes(row)) s.pageBreaks.push(row);
  }

  /** Writes as a person types or pastes: locked cells of a protected sheet refuse it. */
  protected type(s: FakeSheet, address: string, rows: unknown[][]): void {
    const exists = (n: string): boolean => this.sheets.some((x) => x.name.toLowerCase() === n.toLowerCase());
    writeCells(s, address, rows, exists, true, true);
  }
}

const quoteIfNeeded = (name: string): string =>
  /^[\p{L}\p{N}_.]+$/u.test(name) && !/^\p{N}/u.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;

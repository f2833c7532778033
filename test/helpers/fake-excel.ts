/* eslint-disable @typescript-eslint/no-this-alias -- getters in object literals need the context by name */
/**
 * A strict stand-in for Excel's JavaScript API, enough for the kaohe add-in. Like real Excel it
 * queues writes until `context.sync()`, refuses to read a property before `load()` + `sync()`,
 * refuses writes to locked cells of a protected sheet, fails while the user is in cell-edit mode
 * (unless delayForCellEdit), and raises change events for the add-in's writes too. It counts syncs
 * and the bytes each request carries, and refuses a request of 5 MB or more (Excel on the web).
 * No node imports: the browser e2e bundles it into the page.
 */

export interface FakeCell {
  value: string | number | boolean;
  formula: string;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: string;
  position: number;
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: { address: string; rule: unknown }[];
  conditionals: { address: string; type: string }[];
  formats: number;
  unlocked: Set<string>;
  protected: boolean;
  frozen: string | null;
  handlers: ((args: unknown) => Promise<void> | void)[];
}

export interface FakeSnapshot {
  readonly active: string | null;
  readonly sheets: readonly (Omit<FakeSheet, 'handlers' | 'cells' | 'unlocked'> & {
    cells: [string, FakeCell][];
    unlocked: string[];
  })[];
}

export interface SyncRecord {
  readonly bytes: number;
  readonly ops: number;
}

const LIMIT = 5 * 1024 * 1024;
const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const letters = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};
/** Cells of an A1 range (no whole rows/columns). */
function cellsOf(address: string): { r0: number; c0: number; rows: number; cols: number } {
  const [a = '', b = a] = address.replace(/\$/g, '').split(':');
  const p = (x: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(x);
    if (!m) throw new Error(`fake: cannot address ${address}`);
    return [Number(m[2]), col(m[1] ?? 'A')];
  };
  const [r0, c0] = p(a);
  const [r1, c1] = p(b);
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
const whole = (address: string): boolean => /^[A-Z]+:[A-Z]+$|^\d+:\d+$/.test(address.replace(/\$/g, ''));

class NotLoaded extends Error {
  code = 'PropertyNotLoaded';
}

type Op = { bytes: number; apply: () => void; write?: { sheet: () => FakeSheet; address: string } };

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: { name: string; ref: string }[] = [];
  selected: { sheet: string; cell: string } | null = null;
  active: string | null = null;
  syncs: SyncRecord[] = [];
  /** Requirement sets the host claims, e.g. 1.8 → ExcelApi 1.1 … 1.8. */
  apiVersion = 14;
  cellEditMode = false;
  private nextId = 1;
  private pending: Promise<unknown>[] = [];

  isSetSupported = (name: string, version?: string): boolean =>
    name === 'ExcelApi' && Number((version ?? '1.1').split('.')[1] ?? 1) <= this.apiVersion;

  run = async <T>(a: unknown, b?: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    const batch = (typeof a === 'function' ? a : b) as (ctx: FakeContext) => Promise<T>;
    const delay =
      typeof a === 'object' && a !== null && (a as { delayForCellEdit?: boolean }).delayForCellEdit === true;
    const ctx = new FakeContext(this, delay);
    const out = await batch(ctx);
    if (ctx.queued() > 0) throw new Error(`fake: Excel.run ended with ${ctx.queued()} operations never synced`);
    return out;
  };

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw Object.assign(new Error(`fake: no sheet ${name}`), { code: 'ItemNotFound' });
    return s;
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
      formats: 0,
      unlocked: new Set(),
      protected: false,
      frozen: null,
      handlers: [],
    };
  }

  /** A person types or pastes `rows` at `address`: cells change and handlers fire. */
  async userEdit(sheet: string, address: string, rows: (string | number)[][]): Promise<void> {
    const s = this.sheet(sheet);
    writeCells(s, address, rows, false);
    this.fire(s, address, 'Unknown');
    await this.settled();
  }

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

  /** Waits until every event handler started so far has finished. */
  async settled(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  /** The workbook as plain data (no handlers), to hand to a fake in another realm (the browser). */
  snapshot(): FakeSnapshot {
    return {
      active: this.active,
      sheets: this.sheets.map(({ handlers: _h, cells, unlocked, ...rest }) => ({
        ...rest,
        cells: [...cells],
        unlocked: [...unlocked],
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
      handlers: [],
    }));
    this.nextId = this.sheets.length + 100;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Installs `Excel` and `Office` globals on `g` (globalThis or a browser window). */
  install(g: Record<string, unknown>): void {
    g.Excel = { run: this.run };
    g.Office = {
      context: { requirements: { isSetSupported: this.isSetSupported }, displayLanguage: 'zh-CN' },
      onReady: (cb?: (info: unknown) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        cb?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: 'Excel' },
    };
  }
}

/** Writes a 2D block; `formulas` semantics (null leaves a cell, `=` makes a formula, `'` keeps text). */
function writeCells(s: FakeSheet, address: string, rows: unknown[][], asAddin: boolean): void {
  const { r0, c0, rows: h, cols: w } = cellsOf(address);
  if (rows.length !== h || rows.some((r) => r.length !== w)) throw new Error(`fake: ${address} needs ${h}×${w} values`);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const a = `${letters(c0 + j)}${r0 + i}`;
      if (asAddin && s.protected && !s.unlocked.has(a)) {
        throw Object.assign(new Error(`fake: ${s.name}!${a} is locked`), { code: 'AccessDenied' });
      }
      if (typeof v === 'string' && v.startsWith('=')) s.cells.set(a, { value: '', formula: v });
      else {
        const text = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
        const value =
          typeof text === 'string' &&
          text.trim() !== '' &&
          !Number.isNaN(Number(text)) &&
          !(typeof v === 'string' && v.startsWith("'"))
            ? Number(text)
            : (text as string | number | boolean);
        if (value === '') s.cells.delete(a);
        else s.cells.set(a, { value, formula: String(value) });
      }
    }),
  );
}

/** An object path whose every property write is queued as an operation (formats, validation…). */
function recorder(
  ctx: FakeContext,
  apply: (path: string, v: unknown) => void,
  path = '',
  methods: Record<string, unknown> = {},
): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, p) =>
      typeof p === 'string' ? (methods[p] ?? recorder(ctx, apply, path ? `${path}.${p}` : p)) : undefined,
    set: (_t, p, v) => {
      if (JSON.stringify(v ?? null) === undefined) throw new Error(`fake: cannot send ${String(p)}=${typeof v}`);
      const full = path ? `${path}.${String(p)}` : String(p);
      ctx.queue({ bytes: (JSON.stringify(v ?? null) ?? '?').length + full.length + 40, apply: () => apply(full, v) });
      return true;
    },
  });
}

export class FakeContext {
  private ops: Op[] = [];
  private loads: (() => void)[] = [];
  readonly workbook: Record<string, unknown>;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => this.queue({ bytes: 40, apply: () => undefined }),
  };

  constructor(
    readonly fake: FakeExcel,
    private readonly delay: boolean,
  ) {
    const ctx = this;
    this.workbook = {
      worksheets: {
        load: (): unknown => {
          let items: unknown[] | undefined;
          ctx.loads.push(() => (items = fake.sheets.map((s) => ctx.sheetProxy(() => s, true))));
          return {
            get items() {
              if (!items) throw new NotLoaded('worksheets.items');
              return items;
            },
          };
        },
        getItem: (key: string) => ctx.sheetProxy(() => fake.sheets.find((s) => s.id === key) ?? fake.sheet(key)),
        getItemOrNullObject: (key: string) => ctx.nullableSheet(key),
        add: (name: string) => {
          const s = fake.newSheet(name);
          ctx.queue({
            bytes: name.length + 40,
            apply: () => {
              if (fake.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase()))
                throw Object.assign(new Error(`fake: ${name} exists`), { code: 'ItemAlreadyExists' });
              s.position = fake.sheets.length;
              fake.sheets.push(s);
            },
          });
          return ctx.sheetProxy(() => s);
        },
        getActiveWorksheet: () => ctx.sheetProxy(() => fake.sheet(fake.active ?? fake.sheets[0]?.name ?? '')),
        onActivated: { add: () => ({ remove: () => ctx.queue({ bytes: 20, apply: () => undefined }), context: ctx }) },
      },
      names: {
        add: (name: string, ref: string) =>
          ctx.queue({ bytes: name.length + ref.length + 40, apply: () => fake.names.push({ name, ref }) }),
      },
    };
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  queued(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    if (this.fake.cellEditMode && !this.delay) {
      this.ops = [];
      throw Object.assign(new Error('fake: cell edit mode'), { code: 'InvalidOperationInCellEditMode' });
    }
    const ops = this.ops.splice(0);
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    if (bytes >= LIMIT)
      throw Object.assign(new Error(`fake: request of ${bytes} bytes`), { code: 'RequestPayloadSizeLimitExceeded' });
    this.fake.syncs.push({ bytes, ops: ops.length });
    for (const o of ops) o.apply();
    while (this.loads.length > 0) for (const l of this.loads.splice(0)) l();
    for (const o of ops) if (o.write) this.fake.fire(o.write.sheet(), o.write.address, 'ThisLocalAddin');
  }

  sheetProxy(resolve: () => FakeSheet, loadedNow = false): unknown {
    const ctx = this;
    const fake = this.fake;
    let cached: FakeSheet | undefined;
    const s = (): FakeSheet => (cached ??= resolve());
    const loaded = new Set<string>(loadedNow ? ['name', 'id', 'visibility'] : []);
    const snap: Record<string, unknown> = loadedNow ? { name: s().name, id: s().id, visibility: s().visibility } : {};
    const read = (p: string): unknown => {
      if (!loaded.has(p)) throw new NotLoaded(`worksheet.${p}`);
      return snap[p];
    };
    const sheet = {
      load: (props: string) => {
        ctx.loads.push(() => {
          for (const p of props.split(',').map((x) => x.trim())) {
            loaded.add(p);
            snap[p] = (s() as unknown as Record<string, unknown>)[p];
          }
        });
        return sheet;
      },
      get name() {
        return read('name');
      },
      set name(v: unknown) {
        ctx.queue({
          bytes: 40,
          apply: () => {
            s().name = String(v);
          },
        });
      },
      get id() {
        return read('id');
      },
      get visibility() {
        return read('visibility');
      },
      set visibility(v: unknown) {
        ctx.queue({
          bytes: 40,
          apply: () => {
            s().visibility = String(v);
          },
        });
      },
      getUsedRangeOrNullObject: () => ctx.usedRangeProxy(s),
      // Like Excel: an empty sheet's used range is A1.
      getUsedRange: () => ctx.usedRangeProxy(s, true),
      getRange: (address: string) => ctx.rangeProxy(s, address),
      copy: () => {
        const n = fake.newSheet('');
        ctx.queue({
          bytes: 60,
          apply: () => {
            const src = s();
            Object.assign(n, {
              name: `${src.name} (2)`,
              cells: new Map([...src.cells].map(([k, v]) => [k, { ...v }])),
              merges: [...src.merges],
              validations: [...src.validations],
              conditionals: [...src.conditionals],
              formats: src.formats,
              unlocked: new Set(src.unlocked),
              protected: src.protected,
              frozen: src.frozen,
              position: fake.sheets.length,
            });
            fake.sheets.push(n);
          },
        });
        return ctx.sheetProxy(() => n);
      },
      delete: () =>
        ctx.queue({
          bytes: 30,
          apply: () => {
            fake.sheets = fake.sheets.filter((x) => x !== s());
          },
        }),
      activate: () =>
        ctx.queue({
          bytes: 30,
          apply: () => {
            fake.active = s().name;
          },
        }),
      freezePanes: {
        freezeAt: (a: string) =>
          ctx.queue({
            bytes: 40,
            apply: () => {
              s().frozen = a;
            },
          }),
        freezeRows: (n: number) =>
          ctx.queue({
            bytes: 40,
            apply: () => {
              s().frozen = `rows:${n}`;
            },
          }),
        freezeColumns: (n: number) =>
          ctx.queue({
            bytes: 40,
            apply: () => {
              s().frozen = `columns:${n}`;
            },
          }),
      },
      protection: {
        protect: () =>
          ctx.queue({
            bytes: 80,
            apply: () => {
              s().protected = true;
            },
          }),
        unprotect: () =>
          ctx.queue({
            bytes: 30,
            apply: () => {
              s().protected = false;
            },
          }),
        load: () => {
          let p: boolean | undefined;
          ctx.loads.push(() => (p = s().protected));
          return {
            get protected() {
              if (p === undefined) throw new NotLoaded('protection.protected');
              return p;
            },
          };
        },
      },
      pageLayout: recorder(ctx, () => undefined, '', {
        setPrintTitleRows: (rows: string) => ctx.queue({ bytes: rows.length + 40, apply: () => undefined }),
      }),
      onChanged: {
        add: (h: (args: unknown) => Promise<void>) => {
          ctx.queue({ bytes: 40, apply: () => s().handlers.push(h) });
          return {
            remove: () =>
              ctx.queue({
                bytes: 30,
                apply: () => {
                  s().handlers = s().handlers.filter((x) => x !== h);
                },
              }),
            context: ctx,
          };
        },
      },
    };
    return sheet;
  }

  /**
   * `worksheets.getItemOrNullObject`: `isNullObject` (after load + sync) says whether the sheet is
   * there; using anything else of a null sheet fails, as in Excel.
   */
  nullableSheet(key: string): unknown {
    const find = (): FakeSheet | undefined =>
      this.fake.sheets.find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase());
    const inner = this.sheetProxy(() => {
      const s = find();
      if (!s) throw Object.assign(new Error(`fake: ${key} is a null object`), { code: 'InvalidOperation' });
      return s;
    }) as Record<string, unknown>;
    let isNull: boolean | undefined;
    const ctx = this;
    const outer: Record<string, unknown> = new Proxy(inner, {
      get: (t, p) => {
        if (p === 'isNullObject') {
          if (isNull === undefined) throw new NotLoaded('worksheet.isNullObject');
          return isNull;
        }
        if (p === 'load') {
          return (props: string) => {
            ctx.loads.push(() => {
              isNull = find() === undefined;
              if (!isNull) (t.load as (x: string) => unknown)(props);
            });
            return outer;
          };
        }
        return t[p as string];
      },
    });
    return outer;
  }

  /** The bounding box of a sheet's cells, computed when loaded (like Excel's used range). */
  usedRangeProxy(s: () => FakeSheet, neverNull = false): unknown {
    const ctx = this;
    let box: string | null | undefined;
    let inner: Record<string, unknown> | undefined;
    const need = (): Record<string, unknown> => {
      if (box === undefined) throw new NotLoaded('range.address');
      return inner ?? {};
    };
    const proxy = {
      load: (props: string) => {
        ctx.loads.push(() => {
          const keys = [...s().cells.keys()]
            .map((a) => /^([A-Z]+)(\d+)$/.exec(a))
            .filter((m): m is RegExpExecArray => m !== null);
          if (keys.length === 0 && !neverNull) return void (box = null);
          if (keys.length === 0) keys.push(/^([A-Z]+)(\d+)$/.exec('A1') as RegExpExecArray);
          const rows = keys.map((m) => Number(m[2]));
          const cols = keys.map((m) => col(m[1] ?? 'A'));
          box = `${letters(Math.min(...cols))}${Math.min(...rows)}:${letters(Math.max(...cols))}${Math.max(...rows)}`;
          const r = ctx.rangeProxy(s, box) as { load: (p: string) => void } & Record<string, unknown>;
          r.load(
            props
              .split(',')
              .filter((p) => p.trim() !== 'address')
              .join(','),
          );
          inner = r;
        });
        // The inner range's own load runs in the same sync, queued after this one.
        return proxy;
      },
      /** Merged areas inside the used range (ExcelApi 1.13), as Excel's RangeAreas address. */
      getMergedAreasOrNullObject: () => {
        let areas: string[] | undefined;
        ctx.loads.push(() => {
          if (!box) return void (areas = []);
          const b = cellsOf(box);
          areas = s().merges.filter((m) => {
            const x = cellsOf(m);
            return x.r0 < b.r0 + b.rows && x.r0 + x.rows > b.r0 && x.c0 < b.c0 + b.cols && x.c0 + x.cols > b.c0;
          });
        });
        const merged = {
          load: () => merged,
          get isNullObject() {
            if (!areas) throw new NotLoaded('rangeAreas');
            return areas.length === 0;
          },
          get address() {
            if (!areas) throw new NotLoaded('rangeAreas.address');
            return areas.map((a) => `'${s().name}'!${a}`).join(', ');
          },
        };
        return merged;
      },
      get isNullObject() {
        need();
        return box === null;
      },
      get address() {
        need();
        return `${s().name}!${box ?? ''}`;
      },
      get values() {
        return need().values;
      },
      get formulas() {
        return need().formulas;
      },
    };
    return proxy;
  }

  rangeProxy(s: () => FakeSheet, address: string): unknown {
    const ctx = this;
    const loaded: Record<string, unknown[][]> = {};
    const read = (p: string): unknown[][] => {
      const v = loaded[p];
      if (!v) throw new NotLoaded(`range.${p}`);
      return v;
    };
    const write = (rows: unknown[][], kind: string): void => {
      ctx.queue({
        bytes: JSON.stringify(rows).length + address.length + 40,
        apply: () => (kind === 'numberFormat' ? undefined : writeCells(s(), address, rows, true)),
        ...(kind === 'numberFormat' ? {} : { write: { sheet: s, address } }),
      });
    };
    const range = {
      load: (props: string) => {
        ctx.loads.push(() => {
          const { r0, c0, rows, cols } = cellsOf(address);
          const grid = (f: (c: FakeCell | undefined) => unknown): unknown[][] =>
            Array.from({ length: rows }, (_r, i) =>
              Array.from({ length: cols }, (_c, j) => f(s().cells.get(`${letters(c0 + j)}${r0 + i}`))),
            );
          for (const p of props.split(',').map((x) => x.trim())) {
            loaded[p] =
              p === 'formulas'
                ? grid((c) => (c ? (c.formula.startsWith('=') ? c.formula : c.value) : ''))
                : grid((c) => c?.value ?? '');
          }
        });
        return range;
      },
      get values() {
        return read('values');
      },
      set values(v: unknown[][]) {
        write(v, 'values');
      },
      get formulas() {
        return read('formulas');
      },
      set formulas(v: unknown[][]) {
        write(v, 'formulas');
      },
      set numberFormat(v: unknown[][]) {
        write(v, 'numberFormat');
      },
      format: recorder(ctx, (path, v) => {
        s().formats++;
        if (path === 'protection.locked' && v === false && !whole(address)) {
          const { r0, c0, rows, cols } = cellsOf(address);
          for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) s().unlocked.add(`${letters(c0 + j)}${r0 + i}`);
        }
      }),
      merge: () => ctx.queue({ bytes: address.length + 30, apply: () => s().merges.push(address) }),
      select: () =>
        ctx.queue({
          bytes: 30,
          apply: () => {
            ctx.fake.selected = { sheet: s().name, cell: address };
          },
        }),
      dataValidation: recorder(ctx, (path, v) => {
        if (path === 'rule') s().validations.push({ address, rule: v });
      }),
      conditionalFormats: {
        add: (type: string) => {
          ctx.queue({ bytes: 40, apply: () => s().conditionals.push({ address, type }) });
          return recorder(ctx, () => undefined);
        },
      },
    };
    return range;
  }
}

import type { FakeContext } from './context';
import { loadedProps, pick } from './context';
import { rangeObject } from './range';
import { usedRangeObject } from './used-range';
import { recorder } from './recorder';
import { checkApiSet } from './rules';
import { excelError, node, NotLoaded, type FakeSheet, type PathNode } from './types';
import type { FakeWorkbook } from './workbook';

/** A sheet by id or name (names compare without case, as Excel's do), or ItemNotFound. */
export function sheetByKey(fake: FakeWorkbook, key: string): FakeSheet {
  const s =
    fake.sheets.find((x) => x.id === key) ?? fake.sheets.find((x) => x.name.toLowerCase() === key.toLowerCase());
  if (!s) throw excelError('ItemNotFound', `no sheet ${key}`);
  return s;
}

/**
 * A Worksheet object. It is bound to a sheet when its batch first runs and stays bound, as in
 * Excel; a sheet renamed since is not found by its old name (getItem looks names up afresh).
 */
export function sheetObject(ctx: FakeContext, at: PathNode, resolve: () => FakeSheet, preloaded?: string): unknown {
  const fake = ctx.fake;
  let bound: FakeSheet | undefined;
  const s = (): FakeSheet => (bound ??= resolve());
  const snap: Record<string, unknown> = {};
  if (preloaded) Object.assign(snap, pick(s(), preloaded));
  const read = (p: string): unknown => {
    if (!(p in snap)) throw new NotLoaded(`worksheet.${p}`);
    return snap[p];
  };
  const call = (name: string, args: unknown[], apply: () => void, n: PathNode = at): void =>
    ctx.queue({ node: n, kind: 'call', name, args, apply });
  const child = (n: string): PathNode => node(at, { k: 'p', n });
  const protectionNode = child('protection');
  const freezeNode = child('freezePanes');
  const sheet = {
    /** Fills loaded properties from another load of the same sheet (getItemOrNullObject). */
    fill: (data: Record<string, unknown>) => Object.assign(snap, data),
    load: (props: string) => {
      ctx.load(at, props, () => {
        const data = pick(s(), props);
        return { data, deliver: () => Object.assign(snap, data) };
      });
      return sheet;
    },
    get name() {
      return read('name');
    },
    set name(v: unknown) {
      ctx.queue({ node: at, kind: 'set', name: 'name', args: [v], apply: () => fake.renameSheet(s(), String(v)) });
    },
    get id() {
      return read('id');
    },
    get visibility() {
      return read('visibility');
    },
    set visibility(v: unknown) {
      ctx.queue({
        node: at,
        kind: 'set',
        name: 'visibility',
        args: [v],
        apply: () => fake.setVisibility(s(), String(v)),
      });
    },
    getRange: (address = '') => rangeObject(ctx, node(at, { k: 'c', n: 'getRange', a: [address] }), s, address),
    getUsedRange: (valuesOnly?: boolean) =>
      usedRangeObject(ctx, node(at, { k: 'c', n: 'getUsedRange', a: [valuesOnly ?? false] }), s, true),
    getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
      usedRangeObject(ctx, node(at, { k: 'c', n: 'getUsedRangeOrNullObject', a: [valuesOnly ?? false] }), s, false),
    copy: (position = 'None', relativeTo?: unknown) => {
      const made = fake.newSheet('');
      const n = node(at, { k: 'c', n: 'copy', a: [position, relativeTo ?? null] });
      ctx.queue({
        node: n,
        kind: 'make',
        name: 'copy',
        args: [],
        apply: () => {
          checkApiSet('copy', fake.apiVersion);
          fake.copySheet(s(), made);
        },
      });
      return sheetObject(ctx, n, () => fake.live(made));
    },
    delete: () => call('delete', [], () => fake.deleteSheet(s())),
    activate: () => call('activate', [], () => fake.activate(s())),
    freezePanes: {
      freezeAt: (a: string) => call('freezeAt', [a], () => fake.freeze(s(), a), freezeNode),
      freezeRows: (n: number) => call('freezeRows', [n], () => fake.freeze(s(), `rows:${n}`), freezeNode),
      freezeColumns: (n: number) => call('freezeColumns', [n], () => fake.freeze(s(), `columns:${n}`), freezeNode),
    },
    protection: {
      protect: (options?: Record<string, boolean>, password?: string) =>
        call(
          'protect',
          [options ?? null, password ?? null],
          () => fake.protect(s(), options ?? {}, password ?? ''),
          protectionNode,
        ),
      unprotect: (password?: string) =>
        call('unprotect', [password ?? null], () => fake.unprotect(s(), password), protectionNode),
      load: (props: string) => {
        const got: Record<string, unknown> = {};
        ctx.load(protectionNode, props, () => {
          const p = s().protection;
          const all: Record<string, unknown> = { protected: s().protected, options: { ...p.options } };
          // isPasswordProtected is ExcelApiOnline 1.1: Excel on the web only.
          if (fake.platform === 'web') all.isPasswordProtected = p.password !== '';
          const data: Record<string, unknown> = {};
          for (const k of loadedProps(props)) {
            if (!(k in all)) throw excelError('ApiNotFound', `protection.${k} on ${fake.platform}`);
            data[k] = all[k];
          }
          return { data, deliver: () => Object.assign(got, data) };
        });
        const view: Record<string, unknown> = {};
        for (const k of ['protected', 'options', 'isPasswordProtected'])
          Object.defineProperty(view, k, {
            get: () => {
              if (!(k in got)) throw new NotLoaded(`protection.${k}`);
              return got[k];
            },
          });
        return view;
      },
    },
    pageLayout: recorder(ctx, child('pageLayout'), (path, v) => fake.setPageLayout(s(), path, v), '', {
      setPrintTitleRows: (rows: string) =>
        call('setPrintTitleRows', [rows], () => fake.setPageLayout(s(), 'printTitleRows', rows), child('pageLayout')),
    }),
    horizontalPageBreaks: {
      add: (range: string) => call('add', [range], () => fake.addPageBreak(s(), range), child('horizontalPageBreaks')),
    },
    onChanged: events(ctx, child('onChanged'), 'onChanged', s),
    onSelectionChanged: events(ctx, child('onSelectionChanged'), 'onSelectionChanged', s),
  };
  return sheet;
}

/** A sheet's event (ExcelApi 1.7): add returns what removes it, through the same context. */
function events(
  ctx: FakeContext,
  at: PathNode,
  which: 'onChanged' | 'onSelectionChanged',
  s: () => FakeSheet,
): unknown {
  const list = (sheet: FakeSheet): ((args: unknown) => unknown)[] =>
    which === 'onChanged' ? sheet.handlers : sheet.selectionHandlers;
  return {
    add: (h: (args: unknown) => Promise<void>) => {
      ctx.queue({
        node: at,
        kind: 'call',
        name: 'add',
        args: [],
        apply: () => {
          checkApiSet(which, ctx.fake.apiVersion);
          list(s()).push(h);
        },
      });
      return {
        context: ctx,
        remove: () =>
          ctx.queue({
            node: at,
            kind: 'call',
            name: 'remove',
            args: [],
            apply: () => {
              const l = list(s());
              const i = l.indexOf(h);
              if (i >= 0) l.splice(i, 1);
            },
          }),
      };
    },
  };
}

/**
 * `worksheets.getItemOrNullObject` (ExcelApi 1.4): `isNullObject` (after load + sync) says whether
 * the sheet is there; using anything else of a null sheet fails, as in Excel.
 */
export function nullableSheet(ctx: FakeContext, at: PathNode, key: string): unknown {
  const find = (): ReturnType<typeof sheetByKey> | undefined => {
    try {
      return sheetByKey(ctx.fake, key);
    } catch {
      return undefined;
    }
  };
  const inner = sheetObject(ctx, at, () => {
    const s = find();
    if (!s) throw excelError('InvalidOperation', `${key} is a null object`);
    return s;
  }) as Record<string, unknown>;
  let isNull: boolean | undefined;
  const outer: Record<string, unknown> = new Proxy(inner, {
    get: (t, p) => {
      if (p === 'isNullObject') {
        if (isNull === undefined) throw new NotLoaded('worksheet.isNullObject');
        return isNull;
      }
      if (p === 'load')
        return (props: string) => {
          ctx.load(at, props, () => {
            checkApiSet('getItemOrNullObject', ctx.fake.apiVersion);
            const s = find();
            const data = s ? pick(s, props) : { _IsNull: true };
            return {
              data,
              deliver: () => {
                isNull = s === undefined;
                if (s) (t.fill as (d: Record<string, unknown>) => void)(data);
              },
            };
          });
          return outer;
        };
      return t[p as string];
    },
  });
  return outer;
}

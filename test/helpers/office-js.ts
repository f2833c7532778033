import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { utf8Length, type Op } from './fake-excel';

/**
 * office.js itself (the Excel on the web build from @microsoft/office-js), loaded into a sandbox
 * to size requests exactly as it serializes them: the fake's operations are replayed onto a real
 * `Excel.RequestContext` and the pending request's body is built with office.js's own code
 * (ClientRequest.buildRequestMessageBodyAndRequestFlags, then JSON.stringify as
 * RichApiMessageUtility does). Node only: the tests and the bench use it, the browser does not.
 */
type AnyObject = Record<string, unknown>;

/** Calls `o[name](...args)` on an office.js object. */
const invoke = (o: AnyObject, name: string, args: readonly unknown[]): unknown =>
  (o[name] as (...a: unknown[]) => unknown).apply(o, [...args]);

let excel: { RequestContext: new (info: unknown) => AnyObject } | undefined;

function load(): NonNullable<typeof excel> {
  if (excel) return excel;
  // Found through Node's resolution, so the bench's bundle (in dist/) finds it too.
  const file = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist/excel-web-16.00.debug.js');
  const win: Record<string, unknown> = {
    location: { protocol: 'https:', hash: '', search: '', href: 'https://localhost/' },
    name: '',
    navigator: { userAgent: 'Mozilla/5.0 Chrome/120' },
    document: {
      readyState: 'complete',
      addEventListener() {},
      createElement: () => ({}),
      getElementsByTagName: () => [],
    },
    addEventListener() {},
    setTimeout,
    clearTimeout,
    console,
    JSON,
    Promise,
  };
  win.window = win;
  win.self = win;
  const ctx = vm.createContext(win);
  vm.runInContext(readFileSync(file, 'utf8'), ctx, { filename: 'excel-web-16.00.debug.js' });
  excel = (ctx as unknown as { Excel: NonNullable<typeof excel> }).Excel;
  return excel;
}

/** A context that never sends anything: only its pending request is read. */
function context(): AnyObject {
  const { RequestContext } = load();
  return new RequestContext({
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://localhost/', headers: {} }),
    _createRequestExecutorOrNull: () => null,
  });
}

/** The office.js request body for a batch of the fake's operations, as text. */
export function officeJsBody(ops: readonly Op[]): string {
  const c = context();
  const objects = new Map<number, AnyObject>();
  const objectOf = (n: Op['node']): AnyObject => {
    const hit = objects.get(n.uid);
    if (hit) return hit;
    let o: unknown;
    if (!n.parent || !n.seg) o = c.workbook;
    else {
      const parent = objectOf(n.parent);
      const seg = n.seg;
      if (seg.k === 'p') o = parent[seg.n];
      else if (seg.k === 'i') o = invoke(parent, 'getItem', seg.a);
      else o = invoke(parent, seg.n, seg.a);
    }
    objects.set(n.uid, o as AnyObject);
    return o as AnyObject;
  };
  for (const op of ops) {
    // Event handlers register through the host's event channel, not as request actions here.
    if (/^on[A-Z]/.test(op.node.seg?.k === 'p' ? op.node.seg.n : '')) continue;
    const o = objectOf(op.node);
    if (op.kind === 'set') o[op.name] = op.args[0] as never;
    else if (op.kind === 'call') invoke(o, op.name, op.args);
    else if (op.kind === 'load') invoke(o, 'load', [op.args[0]]);
  }
  const pending = c._pendingRequest as { buildRequestMessageBodyAndRequestFlags: () => { body: unknown } };
  return JSON.stringify(pending.buildRequestMessageBodyAndRequestFlags().body);
}

export const officeJsBytes = (ops: readonly Op[]): number => utf8Length(officeJsBody(ops));

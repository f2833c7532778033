import type { Op, PathNode } from './types';

/**
 * Request and response sizes as Excel sees them. office.js sends each `context.sync()` as one
 * JSON body (excel-web-16.00.debug.js, RichApiMessageUtility.buildMessageArrayForIRequestExecutor:
 * `JSON.stringify(requestMessage.Body)`): an `Actions` array and an `ObjectPaths` map. Every API
 * object the batch touches becomes an object path plus an "instantiate" action; every property
 * set, method call and load becomes one more action. This builds that body the same way and
 * counts its UTF-8 bytes; test/office/payload.test.ts checks it against office.js itself.
 * Excel on the web refuses a request or a response of 5 MB or more ("Resource limits and
 * performance optimization for Office Add-ins", Excel add-ins section; error codes
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded in office.js).
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** UTF-8 length of a string without allocating (the browser e2e has no Buffer). */
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

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const json = (v: unknown): string => JSON.stringify(v === undefined ? null : v) ?? 'null';

/** The office.js request body of a batch, as text. */
export function requestBody(ops: readonly Op[]): string {
  let next = 1;
  const ids = new Map<number, number>();
  const actions: string[] = [];
  const paths: string[] = [];
  const ensure = (node: PathNode): number => {
    const known = ids.get(node.uid);
    if (known !== undefined) return known;
    const parent = node.parent ? ensure(node.parent) : undefined;
    const id = next++;
    ids.set(node.uid, id);
    const seg = node.seg;
    const head = `"Id":${id},"ObjectPathType":`;
    if (!seg || parent === undefined) paths.push(`"${id}":{${head}1,"Name":""}`);
    else if (seg.k === 'p') paths.push(`"${id}":{${head}4,"Name":"${pascal(seg.n)}","ParentObjectPathId":${parent}}`);
    else {
      const type = seg.k === 'c' ? 3 : 5;
      const name = seg.k === 'c' ? pascal(seg.n) : '';
      paths.push(
        `"${id}":{${head}${type},"Name":"${name}","ParentObjectPathId":${parent},"ArgumentInfo":{"Arguments":${json(seg.a)}}}`,
      );
    }
    actions.push(`{"Id":${next++},"ActionType":1,"Name":"","ObjectPathId":${id}}`);
    return id;
  };
  for (const op of ops) {
    const path = ensure(op.node);
    if (op.kind === 'make') continue;
    const id = next++;
    if (op.kind === 'load') {
      const select = String(op.args[0] ?? '')
        .split(',')
        .map((p) => p.trim().replace(/^items\//, ''))
        .filter((p) => p !== '');
      actions.push(
        `{"Id":${id},"ActionType":2,"Name":"","ObjectPathId":${path},"QueryInfo":{"Select":${json(select)}},"L":[${path}]}`,
      );
    } else {
      const type = op.kind === 'set' ? 4 : 3;
      actions.push(
        `{"Id":${id},"ActionType":${type},"Name":"${pascal(op.name)}","ObjectPathId":${path},"ArgumentInfo":{"Arguments":${json(op.args)}},"L":[${path}]}`,
      );
    }
  }
  return `{"Actions":[${actions.join(',')}],"ObjectPaths":{${paths.join(',')}}}`;
}

export const requestBytes = (ops: readonly Op[]): number => utf8Length(requestBody(ops));

/**
 * The host's answer to a batch: `{"Results":[{"ActionId":n,"Value":{...}}]}` with PascalCase
 * property names and `_Items` for collections, as office.js reads it (WorksheetCollection
 * `_handleResult` reads `_Items`; Range reads `Values`, `Formulas`, `NumberFormat`).
 */
export function responseBytes(results: readonly unknown[]): number {
  let n = '{"Results":[]}'.length;
  results.forEach((value, i) => {
    n += utf8Length(json(value)) + `{"ActionId":${i + 10},"Value":}`.length + 1;
  });
  return n;
}

/** A loaded object's properties as the host names them in its answer. */
export function pascalValue(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [pascal(k), v]));
}

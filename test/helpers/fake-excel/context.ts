import { PAYLOAD_LIMIT, pascalValue, responseBytes } from './payload';
import { checkApiSet } from './rules';
import { sheetObject, nullableSheet, sheetByKey } from './sheet';
/* eslint-disable @typescript-eslint/no-this-alias -- the API objects below are closures over their context */
import { excelError, node, NotLoaded, type Op, type PathNode } from './types';
import type { FakeWorkbook } from './workbook';

/** A load's answer: the data the host sends, and what to do with it once the batch succeeded. */
export interface Delivery {
  readonly data: unknown;
  readonly deliver: () => void;
}

/**
 * One `Excel.RequestContext`. Operations queue until `sync()`, which sends them as one request:
 * refused whole when it is 5 MB or more, else run in order, stopping at the first that fails
 * (those before it stay done, as in Excel); loads are answered only when the whole response is
 * under 5 MB. A context whose Excel.run has ended cannot sync again except inside
 * `Excel.run(context, …)` ("The same RequestContext object that the handler was added in must be
 * used when removing the handler": OfficeExtension.EventHandlerResult; office.js invalidates the
 * run's objects when it ends, ClientRequestContext._runCommon).
 */
export class FakeContext {
  private ops: Op[] = [];
  finished = false;
  running = 0;
  readonly root = node(undefined);
  readonly workbook: Record<string, unknown>;
  readonly application: Record<string, unknown>;

  constructor(
    readonly fake: FakeWorkbook,
    private readonly delay: boolean,
  ) {
    const ctx = this;
    const sheetsNode = node(this.root, { k: 'p', n: 'worksheets' });
    const appNode = node(this.root, { k: 'p', n: 'application' });
    this.application = {
      suspendApiCalculationUntilNextSync: (): void =>
        ctx.queue({
          node: appNode,
          kind: 'call',
          name: 'suspendApiCalculationUntilNextSync',
          args: [],
          apply: () => checkApiSet('suspendApiCalculationUntilNextSync', fake.apiVersion),
        }),
    };
    const namesNode = node(this.root, { k: 'p', n: 'names' });
    this.workbook = {
      application: this.application,
      worksheets: {
        load: (props: string) => {
          let items: unknown[] | undefined;
          ctx.load(sheetsNode, props, () => {
            const list = fake.sheets.map((s) =>
              sheetObject(ctx, node(sheetsNode, { k: 'i', a: [s.id] }), () => s, props),
            );
            return {
              data: { _Items: fake.sheets.map((s) => pascalValue(pick(s, props))) },
              deliver: () => (items = list),
            };
          });
          return {
            get items() {
              if (!items) throw new NotLoaded('worksheets.items');
              return items;
            },
          };
        },
        getItem: (key: string) => sheetObject(ctx, node(sheetsNode, { k: 'i', a: [key] }), () => sheetByKey(fake, key)),
        getItemOrNullObject: (key: string) =>
          nullableSheet(ctx, node(sheetsNode, { k: 'c', n: 'getItemOrNullObject', a: [key] }), key),
        add: (name: string) => {
          const n = node(sheetsNode, { k: 'c', n: 'add', a: [name] });
          const made = fake.newSheet(name);
          ctx.queue({ node: n, kind: 'make', name: 'add', args: [name], apply: () => fake.addSheet(made) });
          return sheetObject(ctx, n, () => fake.live(made));
        },
        getActiveWorksheet: () =>
          sheetObject(ctx, node(sheetsNode, { k: 'c', n: 'getActiveWorksheet', a: [] }), () => fake.activeSheet()),
        onActivated: {
          add: (h: (args: unknown) => Promise<void>) => {
            const handlers = node(sheetsNode, { k: 'p', n: 'onActivated' });
            ctx.queue({
              node: handlers,
              kind: 'call',
              name: 'add',
              args: [],
              apply: () => {
                checkApiSet('onActivated', fake.apiVersion);
                fake.activatedHandlers.push(h);
              },
            });
            return {
              context: ctx,
              remove: () =>
                ctx.queue({
                  node: handlers,
                  kind: 'call',
                  name: 'remove',
                  args: [],
                  apply: () => (fake.activatedHandlers = fake.activatedHandlers.filter((x) => x !== h)),
                }),
            };
          },
        },
      },
      names: {
        add: (name: string, ref: string) =>
          ctx.queue({
            node: namesNode,
            kind: 'call',
            name: 'add',
            args: [name, ref, null],
            apply: () => {
              checkApiSet('names.add', fake.apiVersion);
              fake.names.push({ name, ref });
            },
          }),
      },
    };
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  queued(): number {
    return this.ops.length;
  }

  /** Queues a load whose answer is computed when the batch runs. */
  load(n: PathNode, props: string, answer: () => Delivery): void {
    this.queue({ node: n, kind: 'load', name: '', args: [props], apply: answer });
  }

  async sync(): Promise<void> {
    if (this.finished && this.running === 0)
      throw excelError('InvalidObjectPath', 'this context belongs to an Excel.run that has ended');
    if (this.fake.cellEditMode && !this.delay) {
      this.ops = [];
      throw excelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
    }
    const ops = this.ops.splice(0);
    const bytes = this.fake.sizer(ops);
    if (bytes >= PAYLOAD_LIMIT) {
      this.fake.syncs.push({ bytes, response: 0, ops: ops.length });
      throw excelError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    }
    const answers: Delivery[] = [];
    const fired: Op[] = [];
    let failure: unknown;
    for (const op of ops) {
      try {
        if (this.fake.failIf?.(op)) throw excelError('GeneralException', `the host failed at ${op.name || op.kind}`);
        const out = op.apply();
        if (op.kind === 'load') answers.push(out as Delivery);
        if (op.write) fired.push(op);
      } catch (e) {
        failure = e;
        break;
      }
    }
    const response = responseBytes(answers.map((a) => a.data));
    this.fake.syncs.push({ bytes, response, ops: ops.length });
    // Excel raises onChanged for the add-in's own writes too, once the batch has run.
    for (const op of fired) if (op.write) this.fake.fire(op.write.sheet(), op.write.address, 'ThisLocalAddin');
    if (failure !== undefined) throw failure;
    if (response >= PAYLOAD_LIMIT)
      throw excelError('ResponsePayloadSizeLimitExceeded', `response of ${response} bytes`);
    for (const a of answers) a.deliver();
  }
}

/** The loaded properties of a sheet, for the answer's size. */
function pick(s: object, props: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props.split(',').map((x) => x.trim().replace(/^items\//, ''))) {
    if (p) out[p] = (s as Record<string, unknown>)[p];
  }
  return out;
}

export const loadedProps = (props: string): string[] =>
  props
    .split(',')
    .map((x) => x.trim().replace(/^items\//, ''))
    .filter((x) => x !== '');

export { pick };

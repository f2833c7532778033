/** The page's work on workbooks, loaded once on the first file (a chunk of its own). */
export type Ops = typeof import('./ops');

let ops: Promise<Ops> | undefined;
export function loadOps(): Promise<Ops> {
  ops ??= import(/* webpackChunkName: "ops" */ './ops');
  return ops;
}

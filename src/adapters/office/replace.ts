/**
 * 替换 without a moment where the workbook has no visible sheet, and without deleting anything
 * before the new sheets are written. Excel refuses to delete (or hide) the last visible sheet
 * and to delete a very hidden one (Worksheet.delete: "if the worksheet's visibility is set to
 * "VeryHidden", the delete operation will fail"); a failure part-way through a batch leaves the
 * operations before it done. So the old sheets first step aside under temporary names (the new
 * formulas then bind to the new sheets), the new ones are written, and only then are the old ones
 * deleted. If writing fails, the new sheets are removed and the old ones get their names back.
 */

export interface SetAside {
  /** Temporary name → the name the sheet had. */
  readonly names: ReadonlyMap<string, string>;
}

/** Queues the renames of the sheets being replaced (no sync). */
export function setAside(
  context: Excel.RequestContext,
  existing: readonly string[],
  replaced: readonly string[],
): SetAside {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  const names = new Map<string, string>();
  let n = 0;
  for (const name of replaced) {
    let temp: string;
    do temp = `kaohe-old-${++n}`;
    while (taken.has(temp));
    taken.add(temp);
    names.set(temp, name);
    context.workbook.worksheets.getItem(name).name = temp;
  }
  return { names };
}

/** Queues the deletion of the sheets set aside: a very hidden one is made hidden first. */
export function dropAside(context: Excel.RequestContext, aside: SetAside, veryHidden: ReadonlySet<string>): void {
  for (const [temp, name] of aside.names) {
    const w = context.workbook.worksheets.getItem(temp);
    if (veryHidden.has(name)) w.visibility = 'Hidden';
    w.delete();
  }
}

/**
 * After a failure: deletes what was made of the new sheets and gives the old ones their names
 * back, in two syncs. The old sheets were never hidden, so a visible sheet remains throughout.
 */
export async function rollBack(
  context: Excel.RequestContext,
  planned: readonly string[],
  aside: SetAside,
): Promise<void> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  const wanted = new Set(planned.map((n) => n.toLocaleLowerCase()));
  for (const w of sheets.items) {
    if (!wanted.has(w.name.toLocaleLowerCase())) continue;
    if (w.visibility === 'VeryHidden') w.visibility = 'Hidden';
    w.delete();
  }
  for (const [temp, name] of aside.names) context.workbook.worksheets.getItem(temp).name = name;
  await context.sync();
}

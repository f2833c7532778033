import type { CellValue, SheetReadback } from '../../app/port';

/**
 * The sheets the add-in made, by id. "The id property of a worksheet uniquely identifies the
 * worksheet in a given workbook and its value will remain the same even when the worksheet is
 * renamed or moved" ("Work with worksheets using the Excel JavaScript API"); `getItem` takes an
 * id as well as a name. So a unit sheet the user renames is still found, and said to be renamed.
 */
export class SheetIds {
  private readonly ids = new Map<string, string>();

  set(sheet: string, id: string): void {
    this.ids.set(sheet, id);
  }

  /** The key to find a planned sheet by: its id once known, else its name. */
  key(sheet: string): string {
    return this.ids.get(sheet) ?? sheet;
  }

  /** `getItemOrNullObject` (ExcelApi 1.4) of a planned sheet: a deleted sheet is a null object. */
  item(context: Excel.RequestContext, sheet: string): Excel.Worksheet {
    return context.workbook.worksheets.getItemOrNullObject(this.key(sheet));
  }
}

/**
 * The cells each sheet held when last read, so a read made without a change event (a selection
 * change, the light poll) reports only what really changed.
 */
export class KnownCells {
  private readonly bySheet = new Map<string, Map<string, string>>();
  private readonly whole = new Map<string, SheetReadback>();

  /**
   * A read of some of a sheet's cells (those an edit touched) laid over the last read of the
   * whole sheet: what the sheet holds now. Checked alone, the part would say every cell it did
   * not read is empty ("尚未填写" for a filled sheet after one edit).
   */
  overlay(part: SheetReadback): SheetReadback {
    const last = this.whole.get(part.sheet);
    if (!last) return part;
    const formats: Record<string, string> = { ...last.formats };
    for (const a of Object.keys(part.values)) delete formats[a];
    return {
      ...last,
      values: { ...last.values, ...part.values },
      formulas: { ...last.formulas, ...part.formulas },
      formats: { ...formats, ...part.formats },
    };
  }

  /** Records a readback of a whole sheet; says whether any of its cells differs from what was known. */
  update(rb: SheetReadback): boolean {
    let changed = !this.bySheet.has(rb.sheet);
    const cells = this.bySheet.get(rb.sheet) ?? new Map<string, string>();
    this.bySheet.set(rb.sheet, cells);
    const put = (k: string, v: CellValue | string | undefined): void => {
      const s = JSON.stringify(v ?? null);
      if (cells.get(k) !== s) changed = true;
      cells.set(k, s);
    };
    for (const [a, v] of Object.entries(rb.values)) put(a, v);
    for (const [a, f] of Object.entries(rb.formulas)) put(`=${a}`, f);
    put('#now', rb.now);
    this.whole.set(rb.sheet, rb);
    return changed;
  }
}

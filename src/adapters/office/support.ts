/** What the host can do, found at run time with `isSetSupported`, so the pane can say what is missing. */

export interface HostSupport {
  /** ExcelApi 1.8: writing sheets with validation, change events. Without it the pane only explains. */
  readonly canInsert: boolean;
  /** ExcelApi 1.9: which cells changed and how (event details), print layout. */
  readonly details: boolean;
  /** ExcelApi 1.14: the event says when the add-in itself made the change. */
  readonly triggerSource: boolean;
  /** ExcelApi 1.13: merged areas of a range (the importer reads merged cells); not listed as missing. */
  readonly mergedAreas?: boolean;
  /** Requirement sets the host lacks, e.g. `ExcelApi 1.9`, for the pane to list. */
  readonly missing: readonly string[];
}

export type SetCheck = (name: string, version: string) => boolean;

const wanted: readonly { version: string; key: 'canInsert' | 'details' | 'triggerSource' }[] = [
  { version: '1.8', key: 'canInsert' },
  { version: '1.9', key: 'details' },
  { version: '1.14', key: 'triggerSource' },
];

export function detectSupport(isSetSupported: SetCheck): HostSupport {
  const has = (v: string): boolean => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  const flags = { canInsert: false, details: false, triggerSource: false };
  const missing: string[] = [];
  for (const w of wanted) {
    flags[w.key] = has(w.version);
    if (!flags[w.key]) missing.push(`ExcelApi ${w.version}`);
  }
  return { ...flags, mergedAreas: has('1.13'), missing };
}

/** Support as the running Office host reports it (outside Office: nothing). */
export function hostSupport(): HostSupport {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return detectSupport((name, version) => (req ? req.isSetSupported(name, version) : false));
}

/**
 * What the host can do, found at run time with `isSetSupported`, so the pane can say what is
 * missing. The manifest asks only for ExcelApi 1.1 (what the pane needs to open and explain);
 * every feature checks its own set here. Which set each member needs is the "[ API set: ExcelApi
 * 1.x ]" remark on its reference page (learn.microsoft.com/javascript/api/excel).
 */
export interface HostSupport {
  /** ExcelApi 1.4 (getItemOrNullObject, getUsedRangeOrNullObject): re-attach, 检查全部, audit, import. */
  readonly canRead: boolean;
  /** ExcelApi 1.7 (Worksheet.onChanged, onSelectionChanged, onActivated; unprotect with a password): live checks, 恢复公式. */
  readonly liveChecks: boolean;
  /** ExcelApi 1.8 (range.dataValidation): insert sheets and 生成整改通知单. */
  readonly canInsert: boolean;
  /** ExcelApi 1.9 (pageLayout, page breaks, headers and footers; delayForCellEdit): the print layout. */
  readonly details: boolean;
  /** ExcelApi 1.10 (Worksheet.copy): sheets of one layout copied, not written one by one. */
  readonly copySheets: boolean;
  /** ExcelApi 1.14: the change event says when the add-in itself made the change. */
  readonly triggerSource: boolean;
  /** ExcelApi 1.13: merged areas of a range (the importer reads merged cells); not listed as missing. */
  readonly mergedAreas?: boolean;
  /** Whether a file can be saved with a browser download (not in Office for Mac's WKWebView: office-js#2700). */
  readonly downloads: boolean;
  /** Requirement sets the host lacks, e.g. `ExcelApi 1.9`, for the pane to list. */
  readonly missing: readonly string[];
}

export type SetCheck = (name: string, version: string) => boolean;

type Flag = 'canRead' | 'liveChecks' | 'canInsert' | 'details' | 'copySheets' | 'triggerSource';
const wanted: readonly { version: string; key: Flag }[] = [
  { version: '1.4', key: 'canRead' },
  { version: '1.7', key: 'liveChecks' },
  { version: '1.8', key: 'canInsert' },
  { version: '1.9', key: 'details' },
  { version: '1.10', key: 'copySheets' },
  { version: '1.14', key: 'triggerSource' },
];

/** Platforms whose webview does not download a Blob (office-js#2700, "by design": a WebKit bug). */
const noDownloads = new Set(['Mac', 'iOS']);

export function detectSupport(isSetSupported: SetCheck, platform?: string): HostSupport {
  const has = (v: string): boolean => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  const flags: Record<Flag, boolean> = {
    canRead: false,
    liveChecks: false,
    canInsert: false,
    details: false,
    copySheets: false,
    triggerSource: false,
  };
  const missing: string[] = [];
  for (const w of wanted) {
    flags[w.key] = has(w.version);
    if (!flags[w.key]) missing.push(`ExcelApi ${w.version}`);
  }
  return { ...flags, mergedAreas: has('1.13'), downloads: !noDownloads.has(platform ?? ''), missing };
}

/** Support as the running Office host reports it (outside Office: nothing). */
export function hostSupport(): HostSupport {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  const platform = office?.context?.diagnostics?.platform ?? office?.context?.platform;
  return detectSupport(
    (name, version) => (req ? req.isSetSupported(name, version) : false),
    platform ? String(platform) : undefined,
  );
}

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type ExcelJS from 'exceljs';

/** Sheet protection as the file says it, whatever program wrote it. */
export interface Protection {
  readonly protected: boolean;
  /** A password in any form: the SHA-512 hash Excel 2010+ writes, or the legacy 16-bit one. */
  readonly password: boolean;
  /** The legacy 16-bit hash as written, which ExcelJS neither reads nor writes. */
  readonly legacy?: string;
}

/**
 * Reads the attributes of a <sheetProtection> element. ECMA-376 types `sheet` as xsd:boolean, so
 * "1" and "true" (LibreOffice writes "true") both protect. The password is `hashValue` (with
 * algorithmName, Excel 2010+) or `password` (the legacy 16-bit hash of Excel 2007 and older, which
 * LibreOffice and WPS may write): ECMA-376 Part 1 §18.3.1.85.
 */
export function protectionOf(a: Readonly<Record<string, string | undefined>>): Protection {
  const on = a.sheet === '1' || a.sheet === 'true';
  const hash = (a.hashValue ?? '') !== '' || (a.password ?? '') !== '';
  return { protected: on, password: on && hash, ...(on && a.password ? { legacy: a.password } : {}) };
}

const attrs = (tag: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[(m[1] ?? '').replace(/^\w+:/, '')] = m[2] ?? '';
  return out;
};

const SHEET_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/;

/** Sheet name → path of its part, from the workbook part and its relationships. */
export function sheetParts(text: (name: string) => string): Map<string, string> {
  const rels = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.Id && a.Target) rels.set(a.Id, a.Target);
  }
  const out = new Map<string, string>();
  for (const m of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const target = a.id !== undefined ? rels.get(a.id) : undefined;
    if (a.name === undefined || target === undefined) continue;
    out.set(decodeXml(a.name), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/**
 * Each sheet's XML as written in the package, by sheet name (none for bytes that are no zip): for
 * what ExcelJS does not read.
 */
export function sheetXml(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, { filter: (f) => SHEET_PARTS.test(f.name) });
  } catch {
    return out;
  }
  const text = (n: string): string => (files[n] ? strFromU8(files[n]) : '');
  for (const [name, path] of sheetParts(text)) out.set(name, text(path));
  return out;
}

/**
 * Each sheet's protection as written in the package, by sheet name. ExcelJS reads only `sheet="1"`
 * and the SHA-512 form: a LibreOffice-saved sheet would read unprotected (and be saved unprotected
 * by the next ExcelJS write), and a legacy password would go unseen.
 */
export function rawProtections(data: Uint8Array): Map<string, Protection> {
  const out = new Map<string, Protection>();
  for (const [name, xml] of sheetXml(data)) {
    const tag = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(xml)?.[0];
    out.set(name, tag ? protectionOf(attrs(tag)) : { protected: false, password: false });
  }
  return out;
}

/**
 * Puts legacy passwords back into a package ExcelJS wrote (it drops them): a sheet someone locked
 * with a password in WPS or LibreOffice stays locked through `kaohe fill` and `kaohe notice`.
 */
export function keepLegacyPasswords(wb: ExcelJS.Workbook, data: Uint8Array): Uint8Array {
  const legacy = new Map<string, string>();
  for (const ws of wb.worksheets) {
    const l = seen.get(ws)?.legacy;
    if (l) legacy.set(ws.name, l);
  }
  if (legacy.size === 0) return data;
  const files = unzipSync(data);
  const text = (n: string): string => (files[n] ? strFromU8(files[n]) : '');
  for (const [name, path] of sheetParts(text)) {
    const pw = legacy.get(name);
    const xml = text(path);
    if (!pw || !xml.includes('<sheetProtection ') || /<sheetProtection [^>]*password=/.test(xml)) continue;
    files[path] = strToU8(xml.replace('<sheetProtection ', `<sheetProtection password="${pw}" `));
  }
  return zipSync(files);
}

const decodeXml = (s: string): string =>
  s.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '',
  );

const seen = new WeakMap<ExcelJS.Worksheet, Protection>();

/**
 * Makes an ExcelJS workbook tell (and, when saved again, keep) each sheet's protection as the file
 * had it: a sheet LibreOffice protected stays protected through `kaohe fill` and `kaohe notice`.
 */
export function applyRawProtections(wb: ExcelJS.Workbook, raw: ReadonlyMap<string, Protection>): void {
  for (const ws of wb.worksheets) {
    const p = raw.get(ws.name);
    if (!p) continue;
    seen.set(ws, p);
    const model = (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
    if (p.protected && model?.sheet !== true) {
      (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection = {
        ...(model ?? {}),
        sheet: true,
      };
    }
  }
}

/** A sheet's protection: as the raw file said it when the workbook was loaded, else as ExcelJS read it. */
export function protectionOfSheet(ws: ExcelJS.Worksheet): Protection {
  const raw = seen.get(ws);
  if (raw) return raw;
  const prot = (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } | null }).sheetProtection;
  return {
    protected: prot?.sheet === true,
    password: prot?.sheet === true && typeof prot.hashValue === 'string' && prot.hashValue !== '',
  };
}

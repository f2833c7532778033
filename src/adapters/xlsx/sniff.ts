import { unzipSync } from 'fflate';

/** Why a file is not an .xlsx workbook, told by its first bytes before any library reads it. */
export type NotXlsx = 'book-is-xls' | 'book-is-ods' | 'book-is-csv' | 'book-encrypted' | 'book-not-xlsx';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (d: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => d[i] === b);

/** `EncryptionInfo` as a compound-file directory name (UTF-16LE): an .xlsx with a password to open. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

function holds(d: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= d.length; i++) {
    for (let j = 0; j < needle.length; j++) if (d[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Text a person could read: a CSV or TXT export, not a package. */
function looksLikeText(d: Uint8Array): boolean {
  const head = d.subarray(0, Math.min(d.length, 4096));
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) control++;
  return control === 0;
}

/**
 * What a file that should be an .xlsx really is: an old .xls or WPS .et (a compound file), an
 * .xlsx with a password to open (also a compound file, holding EncryptionInfo), an OpenDocument
 * .ods, a CSV or other text. Undefined for a zip package that may be an .xlsx: the reader decides.
 */
export function sniffWorkbook(data: Uint8Array, name: string): NotXlsx | undefined {
  if (startsWith(data, CFB)) return holds(data, ENCRYPTION_INFO) ? 'book-encrypted' : 'book-is-xls';
  if (startsWith(data, [0x50, 0x4b])) {
    try {
      const mime = unzipSync(data, { filter: (f) => f.name === 'mimetype' }).mimetype;
      if (mime && new TextDecoder().decode(mime).includes('opendocument')) return 'book-is-ods';
    } catch {
      return undefined;
    }
    return undefined;
  }
  if (/\.(csv|txt|tsv)$/i.test(name) || looksLikeText(data)) return 'book-is-csv';
  return 'book-not-xlsx';
}

/** The MIME type of an .xlsx workbook. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves bytes as a file through the browser's own download (a Blob URL made and revoked here):
 * nothing leaves the machine, and works on a page opened from disk (file://).
 */
export function download(name: string, data: Uint8Array | string, type = XLSX): void {
  // A copy that Blob takes as a plain ArrayBuffer view (the type system fears shared memory).
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name made of a title: characters Windows refuses in names replaced, not too long. */
export function fileName(title: string, suffix: string): string {
  const safe = title.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').trim() || 'kaohe';
  return `${safe.slice(0, 80)}${suffix}`;
}

/** A picked or dropped file's bytes. */
export async function bytesOf(f: File): Promise<Uint8Array> {
  return new Uint8Array(await f.arrayBuffer());
}

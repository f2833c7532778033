import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/**
 * LibreOffice Calc as an independent spreadsheet engine for tests (see shared/LIBREOFFICE.md):
 * a fresh profile that recalculates .xlsx on load (OOXMLRecalcMode=0), LC_ALL=C.UTF-8 so Chinese
 * sheet names survive, an absolute file:/// profile path, and `timeout` around every call.
 */

export function sofficePath(): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const p = r.stdout.trim().split('\n')[0];
  return r.status === 0 && p ? p : undefined;
}

/** True when a test must run LibreOffice: it is installed, or CI demands it (and then fails without it). */
export function libreofficeRequired(): boolean {
  return sofficePath() !== undefined || process.env.CI === 'true' || process.env.CI === '1';
}

const xcu = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh user profile that always recalculates on load. One per process: profiles cannot be shared. */
export function makeProfile(dir: string): string {
  const abs = resolve(dir);
  mkdirSync(join(abs, 'user'), { recursive: true });
  writeFileSync(join(abs, 'user', 'registrymodifications.xcu'), xcu);
  return abs;
}

export interface ConvertOptions {
  readonly profile: string;
  readonly outDir: string;
  /** `xlsx:Calc MS Excel 2007 XML` (recalculated workbook) or `pdf`. */
  readonly to: string;
  readonly timeoutSeconds?: number;
}

/**
 * Converts many files, fifty to a soffice call (start-up costs ~2 s; one call over 250 workbooks was seen to stop
 * part way with status 0, the rest not written); returns the output paths.
 */
export function convert(files: readonly string[], o: ConvertOptions): string[] {
  const out: string[] = [];
  for (let i = 0; i < files.length; i += BATCH) out.push(...convertBatch(files.slice(i, i + BATCH), o));
  return out;
}

const BATCH = 50;

function convertBatch(files: readonly string[], o: ConvertOptions): string[] {
  const soffice = sofficePath();
  if (!soffice)
    throw new Error(
      'LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk',
    );
  mkdirSync(o.outDir, { recursive: true });
  const ext = o.to.split(':')[0] ?? o.to;
  const args = [
    String(o.timeoutSeconds ?? 180),
    soffice,
    `-env:UserInstallation=file://${resolve(o.profile)}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    o.to,
    '--outdir',
    resolve(o.outDir),
    ...files.map((f) => resolve(f)),
  ];
  const r = spawnSync('timeout', args, {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
  });
  const outputs = files.map((f) => join(resolve(o.outDir), basename(f).replace(/\.[^.]+$/, `.${ext}`)));
  const missing = outputs.filter((p) => !existsSync(p));
  if (r.status !== 0 || missing.length) {
    throw new Error(`soffice failed (status ${r.status}); missing ${missing.join(', ')}\n${r.stdout}\n${r.stderr}`);
  }
  return outputs;
}

import { message, type Lang } from '../core/messages';
import type { Problem } from '../core/rubric/load';
import { findingText, type Finding } from '../core/engine/findings';

/** Exit codes: 0 fine, 1 entries or workbook have errors, 2 bad usage or a bad file. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

/** Thrown for bad usage or a bad file; main prints it and exits 2. */
export class UsageError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

export interface Io {
  readonly lang: Lang;
  out(text: string): void;
  err(text: string): void;
}

export const nodeIo = (lang: Lang): Io => ({
  lang,
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
});

export function problemLines(problems: readonly Problem[], lang: Lang, file?: string): string[] {
  return problems.map((p) => {
    const where = file ? `${file}: ` : '';
    const tag = p.severity === 'error' ? (lang === 'en' ? 'error' : '错误') : lang === 'en' ? 'warning' : '警告';
    return `${where}${tag}：${message(lang, p.code, p.params)}`.replace('：', lang === 'en' ? ': ' : '：');
  });
}

/** A finding as JSON: the data plus its message in the chosen language. */
export function findingJson(f: Finding, lang: Lang): Record<string, unknown> {
  return {
    code: f.code,
    severity: f.severity,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
    ...(f.cell !== undefined ? { cell: f.cell } : {}),
    ...(f.item !== undefined ? { item: f.item } : {}),
    ...(f.input !== undefined ? { input: f.input } : {}),
    message: findingText(f, lang),
  };
}

export function parseLang(v: string | undefined): Lang {
  return v === 'en' ? 'en' : 'zh';
}

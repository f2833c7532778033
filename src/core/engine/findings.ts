import { message, type Lang, type Params } from '../messages';

export type Severity = 'error' | 'warning' | 'info';

/** A problem with an entry or a sheet: data first, words only when shown (see messages/). */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  /** The workbook file, when findings of many files are listed together (kaohe audit). */
  readonly file?: string;
  readonly unit?: string;
  readonly item?: string;
  readonly input?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly params: Params;
}

/** Where a finding is, in words: 工作表 '甲镇' 单元格 G7 第 1 项 … */
export function findingWhere(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (lang === 'en') {
    if (f.sheet !== undefined) parts.push(`sheet '${f.sheet}'`);
    else if (f.unit !== undefined) parts.push(`unit ${f.unit}`);
    if (f.cell !== undefined) parts.push(`cell ${f.cell}`);
    if (f.item !== undefined) parts.push(`item ${f.item}`);
    return parts.length ? `${parts.join(', ')}: ` : '';
  }
  if (f.sheet !== undefined) parts.push(`工作表“${f.sheet}”`);
  else if (f.unit !== undefined) parts.push(`单位“${f.unit}”`);
  if (f.cell !== undefined) parts.push(`单元格 ${f.cell}`);
  if (f.item !== undefined) parts.push(`第 ${f.item} 项`);
  return parts.length ? `${parts.join(' ')}：` : '';
}

export function findingText(f: Finding, lang: Lang): string {
  // A message that names its cell itself ("单元格 H8 的公式被改动") is not told the cell twice.
  if (f.cell !== undefined && f.params.cell === f.cell) {
    const { cell: _own, ...rest } = f;
    const said = message(lang, f.code, { ...f.params, where: findingWhere(rest, lang) });
    if (new RegExp(`(^|[^A-Z0-9])${f.cell}(?![0-9])`).test(said)) return said;
  }
  return message(lang, f.code, { ...f.params, where: findingWhere(f, lang) });
}

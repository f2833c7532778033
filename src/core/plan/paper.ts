import type { RankingRule, Rubric } from '../rubric/schema';

/**
 * A4 paper as the printed sheets use it. Column widths are in characters of the workbook's default
 * font: 5.25 pt each (+3.75 pt a column) in Excel and WPS with Calibri, but 7 pt where LibreOffice
 * has no Calibri and measures DejaVu Sans instead (measured: widths 4/5/10/30 print 28/35/70/210 pt).
 * Printed widths are sized for the wider one, so a sheet prints at 100 % everywhere (narrower,
 * centred, in Excel); row heights are in points (LibreOffice rounds them down to whole pixels), so
 * pages break where the plan says.
 */
export const PAGE_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } as const;
const A4 = { short: 595.3, long: 841.9 };
const INCH = 72;
const PT_PER_CHAR = 7;
const PT_PER_COLUMN = 0;

/** The printable width or height of an A4 page, in points. */
export function printable(orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const [w, h] = orientation === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short];
  return {
    width: w - INCH * (PAGE_MARGINS.left + PAGE_MARGINS.right),
    height: h - INCH * (PAGE_MARGINS.top + PAGE_MARGINS.bottom),
  };
}

/** How wide columns print at the widest (LibreOffice without Calibri), in points. */
export const printedWidth = (widths: readonly number[]): number =>
  widths.reduce((n, w) => n + w * PT_PER_CHAR + PT_PER_COLUMN, 0);

/** The width budget (in characters) of `columns` columns across a page. */
export const widthBudget = (orientation: 'portrait' | 'landscape', columns: number): number =>
  (printable(orientation).width - columns * PT_PER_COLUMN) / PT_PER_CHAR;

/** Text that reads like a file path (a/b, a\b, x.txt, x.json). */
const pathLike = /[\\/]|\.(txt|json|xlsx?|docx?)\b/i;

/**
 * The document a rubric comes from, as a printed sheet names it: the 文号 or title in the source's
 * brackets (“shared/seeds/004_….txt（零扶领发〔2018〕42号）” → 零扶领发〔2018〕42号), the source
 * itself when it is no file, else the rubric's own title in 《》. Never a file path.
 */
export function documentName(rubric: Pick<Rubric, 'source' | 'title'>): string {
  const source = (rubric.source ?? '').trim();
  const bracket = /（([^（）]+)）\s*$/.exec(source)?.[1];
  const named = (bracket ?? source).split(/[：:]/).pop()?.trim() ?? '';
  if (named && !pathLike.test(named)) return named;
  return `《${rubric.title}》`;
}

/**
 * A rubric file's note as printed for a clerk: sentences that speak to whoever edits the file
 * (“可按本地规定修改 grades”, “可删除 vetoes”) and bracketed file paths are left out; the rest is
 * the note's own words, “本文件” read as “本表”.
 */
export function plainNote(text: string): string {
  const parts = text
    .replace(/（[^（）]*[\\/][^（）]*）/g, '')
    .replace(/[，、]\s*[^，、；。（）]*[A-Za-z]{2,}[^，、；。（）]*(?=[。；]|$)/g, '')
    .split(/(?<=[。；])/);
  return parts
    .filter((p) => !/[A-Za-z]{2,}/.test(p))
    .join('')
    .replace(/本文件/g, '本表')
    .trim();
}

/** A ranking rule's column heading: the last part of its title (羊楼司…：村(社区)考核结果分类 → 村(社区)考核结果分类). */
export const rankingHeading = (r: RankingRule): string => r.title.split('：').pop()?.trim() || r.title;

/**
 * A ranking rule as a 汇总 states it in one line, from its own numbers and names:
 * 村(社区)考核结果分类（羊发〔2018〕7号）：前3名为“好”，靠后的2名为“一般”，…，其余为“较好”.
 */
export function rankingNote(r: RankingRule): string {
  const number = /（([^（）]*〔\d{4}〕[^（）]*)）/.exec(r.title)?.[1];
  const parts = [
    `前${r.top.count}名为“${r.top.name}”`,
    `靠后的${r.bottom.count}名为“${r.bottom.name}”`,
    ...(r.flagged ? [r.flagged.input.text ?? `${r.flagged.input.label}为“否”的为“${r.flagged.name}”`] : []),
    `其余为“${r.rest}”`,
  ];
  return `${rankingHeading(r)}${number ? `（${number}）` : ''}：${parts.join('，')}`;
}

import type { CellStyle, ConditionalPlan } from '../../core/plan/types';
import { conditionalStyle, look } from '../xlsx/styles';

/**
 * How each named look of the plan appears in Excel: the .xlsx writer's own looks (src/adapters/
 * xlsx/styles.ts, which only imports ExcelJS types) turned into office.js format properties, so
 * both writers print the same fonts, fills, alignment and borders.
 */

/**
 * A plan colour ('FFD9E1F2', ARGB as .xlsx files store it) as office.js takes it: "#RRGGBB or a
 * named HTML color" (RangeFill.color, ConditionalDataBarPositiveFormat.fillColor).
 */
export const htmlColour = (argb: string): string => `#${argb.slice(-6).toUpperCase()}`;

/** A format property path under `range.format` and its value. */
export type FormatProp = readonly [path: string, value: string | number | boolean];

const horizontal: Record<string, string> = { left: 'Left', center: 'Center', right: 'Right' };
const vertical: Record<string, string> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

const cache = new Map<string, FormatProp[]>();

/** The font, fill and alignment of a look (borders are drawn per block: borderProps). */
export function formatProps(style: CellStyle): FormatProp[] {
  const hit = cache.get(style);
  if (hit) return hit;
  const l = look(style);
  const out: FormatProp[] = [];
  if (l.font.name) out.push(['font.name', l.font.name]);
  if (l.font.size) out.push(['font.size', l.font.size]);
  if (l.font.bold) out.push(['font.bold', true]);
  if (l.font.color?.argb) out.push(['font.color', htmlColour(l.font.color.argb)]);
  const fill = l.fill as { fgColor?: { argb?: string } } | undefined;
  if (fill?.fgColor?.argb) out.push(['fill.color', htmlColour(fill.fgColor.argb)]);
  const h = horizontal[l.alignment.horizontal ?? ''];
  const v = vertical[l.alignment.vertical ?? ''];
  if (h) out.push(['horizontalAlignment', h]);
  if (v) out.push(['verticalAlignment', v]);
  if (l.alignment.wrapText) out.push(['wrapText', true]);
  cache.set(style, out);
  return out;
}

/** Whether a look has the thin grey box the .xlsx writer draws round a table cell. */
export const hasBorder = (style: CellStyle | undefined): boolean =>
  style !== undefined && look(style).border !== undefined;

/**
 * The box of a bordered block: its outline (Edge*) and, as Excel draws Edge* on the outline
 * only, the lines between its cells (Inside*) when it is more than one cell wide or tall.
 */
export function borderProps(wide: boolean, tall: boolean): FormatProp[] {
  const colour = look('text').border?.top?.color?.argb;
  const inside = [...(wide ? ['InsideVertical'] : []), ...(tall ? ['InsideHorizontal'] : [])];
  return [...EDGES, ...inside].flatMap((edge): FormatProp[] => [
    [`borders.${edge}.style`, 'Continuous'],
    [`borders.${edge}.weight`, 'Thin'],
    ...(colour ? ([[`borders.${edge}.color`, htmlColour(colour)]] as FormatProp[]) : []),
  ]);
}

type Conditional = Extract<ConditionalPlan, { type: 'expression' }>['look'];

/** The format properties of a conditional-format look (`cf.custom.format.*`). */
export function conditionalProps(name: Conditional): FormatProp[] {
  const s = conditionalStyle(name);
  const out: FormatProp[] = [];
  const fill = s.fill as { bgColor?: { argb?: string } } | undefined;
  if (fill?.bgColor?.argb) out.push(['fill.color', htmlColour(fill.bgColor.argb)]);
  if (s.font?.color?.argb) out.push(['font.color', htmlColour(s.font.color.argb)]);
  if (s.font?.bold) out.push(['font.bold', true]);
  return out;
}

/** Excel column width (characters) to office-js points: about 7 pixels a character, 5 of padding. */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

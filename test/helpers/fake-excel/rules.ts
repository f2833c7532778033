import { excelError } from './types';

/**
 * What Excel refuses, each rule with the page or issue it comes from. The fake applies these
 * where Excel would: at sync, as the operation runs, with Excel's error code.
 */

// "HTML color code representing the color of the background, in the form #RRGGBB (e.g.,
// "FFA500"), or as a named HTML color (e.g., "orange")": RangeFill.color, RangeFont.color,
// RangeBorder.color, ConditionalDataBarPositiveFormat.fillColor (learn.microsoft.com/javascript/
// api/excel/excel.rangefill, excel.conditionaldatabarpositiveformat); ConditionalColorScaleCriterion
// .color: "HTML color code representation of the color scale color (e.g., #FF0000 represents Red)".
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred ' +
    'darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink ' +
    'deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold ' +
    'goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
    'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
    'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
    'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
    'palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
    'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
    'springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);

export function checkColour(value: unknown, where: string): void {
  if (typeof value === 'string' && (/^#[0-9A-Fa-f]{6}$/.test(value) || NAMED.has(value.toLowerCase()))) return;
  throw excelError('InvalidArgument', `${where}: ${JSON.stringify(value)} is not #RRGGBB or an HTML colour name`);
}

/** The colour-bearing paths of a format or conditional format, by their last step. */
export const isColourPath = (path: string): boolean => /(^|\.)(color|fillColor|borderColor)$/.test(path);

// ConditionalColorScaleCriterion.formula: "A number, a formula, or null (if type is
// lowestValue)"; type is one of ConditionalFormatColorCriterionType (learn.microsoft.com/javascript/
// api/excel/excel.conditionalcolorscalecriterion). The reference sample passes
// `{ formula: null, type: lowestValue }` and `{ formula: "50", type: percent }`.
const CRITERION_TYPES = ['LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

export function checkColourScale(criteria: unknown): void {
  if (typeof criteria !== 'object' || criteria === null) throw excelError('InvalidArgument', 'criteria');
  for (const [key, c] of Object.entries(criteria as Record<string, unknown>)) {
    const { formula, type, color } = (c ?? {}) as { formula?: unknown; type?: unknown; color?: unknown };
    const where = `colorScale.criteria.${key}`;
    if (typeof type !== 'string' || !CRITERION_TYPES.includes(type))
      throw excelError('InvalidArgument', `${where}.type ${JSON.stringify(type)}`);
    const extreme = type === 'LowestValue' || type === 'HighestValue';
    if (extreme && formula !== null && formula !== undefined)
      throw excelError('InvalidArgument', `${where}.formula must be null for ${type}, not ${JSON.stringify(formula)}`);
    if (!extreme && (typeof formula !== 'string' || formula.trim() === ''))
      throw excelError('InvalidArgument', `${where}.formula must be a number or formula for ${type}`);
    checkColour(color, `${where}.color`);
  }
}

// Data validation texts: MS-XLSB 2.5.37 DValStrings (learn.microsoft.com/openspecs/office_file_formats/
// ms-xlsb/b8894965-…): error titles and prompt titles at most 32 characters, "strError … MUST be
// less than or equal to 225 characters", the prompt at most 255 (MS-OI29500 2.1.613: "Excel
// restricts the value of this attribute [prompt] to be at most 255 characters").
export function checkValidationText(kind: 'prompt' | 'errorAlert', v: unknown): void {
  const { title, message } = (v ?? {}) as { title?: unknown; message?: unknown };
  const len = (s: unknown): number => (typeof s === 'string' ? Array.from(s).length : 0);
  const max = kind === 'prompt' ? 255 : 225;
  if (len(title) > 32) throw excelError('InvalidArgument', `${kind}.title is ${len(title)} characters (at most 32)`);
  if (len(message) > max)
    throw excelError('InvalidArgument', `${kind}.message is ${len(message)} characters (at most ${max})`);
}

// A list source typed as text ("是,否") is kept as one string of at most 255 characters; a longer
// list must come from cells (XlsxWriter documentation, "Working with Data Validation": "The total
// length for this string, including commas, cannot exceed the Excel limit of 255 characters";
// Excel then drops the rule, seek4science/seek#551). A source starting with "=" is a reference.
export function checkListRule(rule: unknown): void {
  const source = (rule as { list?: { source?: unknown } } | undefined)?.list?.source;
  if (typeof source === 'string' && !source.startsWith('=') && Array.from(source).length > 255)
    throw excelError('InvalidArgument', `list source is ${Array.from(source).length} characters (at most 255)`);
}

// "Row height: 409 points" and "Column width: 255 characters" (Microsoft Support, "Excel
// specifications and limits"); MS-XLS 2.4.87 caps a row at 8179 twips (408.95 pt).
export function checkRowHeight(points: unknown): void {
  if (typeof points !== 'number' || !(points >= 0 && points <= 409))
    throw excelError('InvalidArgument', `row height ${String(points)} (0 to 409 points)`);
}

// "A range is limited to five million cells" (Office Scripts "Platform limits", the same service
// as Excel on the web; the add-in resource-limits page points large reads to smaller ranges).
export const CELL_READ_LIMIT = 5_000_000;

/**
 * The requirement set each API belongs to (the "[ API set: ExcelApi 1.x ]" remark on its
 * reference page). A host that lacks the set has no such member: the call fails.
 */
export const API_SETS: Readonly<Record<string, number>> = {
  getItemOrNullObject: 4,
  getUsedRangeOrNullObject: 4,
  'names.add': 4,
  conditionalFormats: 6,
  suspendApiCalculationUntilNextSync: 6,
  onChanged: 7,
  onActivated: 7,
  onSelectionChanged: 7,
  freezePanes: 7,
  dataValidation: 8,
  pageLayout: 9,
  horizontalPageBreaks: 9,
  copy: 10,
  getMergedAreasOrNullObject: 13,
};

export function checkApiSet(member: string, hostMinor: number): void {
  const needs = API_SETS[member];
  if (needs !== undefined && hostMinor < needs)
    throw excelError('ApiNotFound', `${member} needs ExcelApi 1.${needs}; this host has 1.${hostMinor}`);
}

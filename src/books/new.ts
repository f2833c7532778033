import type { Builtin } from '../core/builtin';
import { formulaLines, planWorkbook, PlanError, type UnitSpec, type WorkbookOptions } from '../core/plan';
import { planToWorkbook } from '../adapters/xlsx/write';
import { BookRefused, type Refusal } from './refusal';

/**
 * The units as people give them: one per line or separated by commas (，、 too), each unit's class
 * after a colon (甲镇:二类, full-width or not) or a tab (two columns pasted from a sheet), the
 * `fallback` class for the rest. A class the rubric does not have is a problem, by name.
 */
export function parseUnitList(
  text: string,
  rubricClasses: readonly string[],
  fallback?: string,
): { units: UnitSpec[]; problems: Refusal[] } {
  const problems: Refusal[] = [];
  const units = text
    .split(/[\r\n,，、]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s*(?:[:：]|\t)\s*([^:：\t]+)$/.exec(part);
      const unit = (m ? m[1] : part)?.trim() ?? '';
      const cls = m ? m[2]?.trim() : fallback;
      if (cls !== undefined && !rubricClasses.includes(cls))
        problems.push({ code: 'units-class-unknown', params: { unit, cls, options: rubricClasses.join('/') } });
      return { unit, ...(cls !== undefined ? { cls } : {}) };
    });
  return { units, problems };
}

export interface NewBook {
  readonly bytes: Uint8Array;
  readonly units: number;
  readonly formulas: number;
}

/** What stops a workbook before it is planned: no unit, a date not written YYYY-MM-DD. */
export function newBookProblems(units: readonly UnitSpec[], options: WorkbookOptions): Refusal[] {
  return [
    ...(units.length === 0 ? [{ code: 'units-required', params: {} }] : []),
    ...(options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)
      ? [{ code: 'bad-date', params: { date: options.date } }]
      : []),
  ];
}

/** `kaohe new`: a workbook with one sheet per unit, the summary and the rubric stored inside. */
export async function newBook(b: Builtin, units: readonly UnitSpec[], options: WorkbookOptions = {}): Promise<NewBook> {
  const problems = newBookProblems(units, options);
  if (problems.length) throw new BookRefused(problems);
  let planned;
  try {
    planned = planWorkbook(b, units, options);
  } catch (e) {
    if (e instanceof PlanError) throw new BookRefused([{ code: e.code, params: e.params }]);
    throw e;
  }
  const wb = await planToWorkbook(planned.plan);
  const formulas = planned.plan.sheets.reduce((n, s) => n + formulaLines(s).length, 0);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), units: units.length, formulas };
}

import type { FakeContext } from './context';
import { col, letters, rectOf } from './grid';
import { pascalValue } from './payload';
import { loadBlock, quoted } from './range';
import { checkApiSet } from './rules';
import { node, NotLoaded, type FakeSheet, type PathNode } from './types';

/** The bounding box of a sheet's cells, as Excel's used range (values only, as kaohe asks). */
function usedBox(s: FakeSheet): string | null {
  // A cell that only carries a number format holds no value: it is not in the values' used range.
  const keys = [...s.cells]
    .filter(([, c]) => c.value !== '' || c.formula.startsWith('='))
    .map(([a]) => /^([A-Z]+)(\d+)$/.exec(a))
    .filter((m) => m !== null);
  if (keys.length === 0) return null;
  const rows = keys.map((m) => Number(m[2]));
  const cols = keys.map((m) => col(m[1] ?? 'A'));
  return `${letters(Math.min(...cols))}${Math.min(...rows)}:${letters(Math.max(...cols))}${Math.max(...rows)}`;
}

/** `getUsedRange` / `getUsedRangeOrNullObject` (1.4): an empty sheet's used range is A1 or null. */
export function usedRangeObject(ctx: FakeContext, at: PathNode, s: () => FakeSheet, neverNull: boolean): unknown {
  let box: string | null | undefined;
  const loaded: Record<string, unknown> = {};
  const need = (p: string): unknown => {
    if (box === undefined || (box !== null && !(p in loaded))) throw new NotLoaded(`usedRange.${p}`);
    return loaded[p];
  };
  const proxy = {
    load: (props: string) => {
      ctx.load(at, props, () => {
        if (!neverNull) checkApiSet('getUsedRangeOrNullObject', ctx.fake.apiVersion);
        const b = usedBox(s()) ?? (neverNull ? 'A1' : null);
        const data = b === null ? {} : loadBlock(s(), b, props.includes('address') ? props : `${props},address`);
        return {
          data: b === null ? { _IsNull: true } : pascalValue(data),
          deliver: () => {
            box = b;
            Object.assign(loaded, data);
          },
        };
      });
      return proxy;
    },
    /** Merged areas inside the used range (ExcelApi 1.13), as Excel's RangeAreas address. */
    getMergedAreasOrNullObject: () => {
      let areas: string[] | undefined;
      const m = node(at, { k: 'c', n: 'getMergedAreasOrNullObject', a: [] });
      const merged = {
        load: () => {
          ctx.load(m, 'address', () => {
            checkApiSet('getMergedAreasOrNullObject', ctx.fake.apiVersion);
            const b = usedBox(s());
            const found = b
              ? s().merges.filter((x) => {
                  const r = rectOf(x);
                  const u = rectOf(b);
                  return r.r0 < u.r0 + u.rows && r.r0 + r.rows > u.r0 && r.c0 < u.c0 + u.cols && r.c0 + r.cols > u.c0;
                })
              : [];
            return { data: { Address: found.join(',') }, deliver: () => (areas = found) };
          });
          return merged;
        },
        get isNullObject() {
          if (!areas) throw new NotLoaded('rangeAreas');
          return areas.length === 0;
        },
        get address() {
          if (!areas) throw new NotLoaded('rangeAreas.address');
          return areas.map((a) => `${quoted(s().name)}!${a}`).join(', ');
        },
      };
      return merged;
    },
    get isNullObject() {
      if (box === undefined) throw new NotLoaded('usedRange.isNullObject');
      return box === null;
    },
    get address() {
      return need('address');
    },
    get values() {
      return need('values');
    },
    get formulas() {
      return need('formulas');
    },
    get numberFormat() {
      return need('numberFormat');
    },
  };
  return proxy;
}

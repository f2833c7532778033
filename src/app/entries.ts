import { z } from 'zod';
import type { UnitEntries } from '../core/engine/score';

/**
 * The entries file: `{ "<unit>": { "<input id>": number | true | false | "<level>", "basis": { "<item id>": "…" } } }`.
 * An optional `"class"` per unit names its unit class (一类/二类).
 */
const UnitJson = z
  .object({
    basis: z.record(z.string(), z.string()).optional(),
    class: z.string().optional(),
  })
  .catchall(z.union([z.number(), z.boolean(), z.string(), z.null()]));

export const EntriesFile = z.record(z.string(), UnitJson);

export interface UnitEntriesWithClass extends UnitEntries {
  readonly unit: string;
  readonly cls?: string;
}

export function toUnitEntries(file: z.infer<typeof EntriesFile>): UnitEntriesWithClass[] {
  return Object.entries(file).map(([unit, raw]) => {
    const { basis, class: cls, ...values } = raw;
    return { unit, values: values as UnitEntries['values'], basis: basis ?? {}, ...(cls ? { cls } : {}) };
  });
}

import { realTables } from '../../fixtures/tables/real';
import { squash } from '../readings';

/**
 * The fixtures themselves, before any import: every key a reading finds its row by stands in that
 * row of the table text, and in no other row unless rows share it on purpose (one merged cell).
 */
describe.each(realTables.map((t) => ({ t })))('real table $t.id: the keys of its rows', ({ t }) => {
  const lines = t.rows.map((r) => squash(r.join('')));
  const blocks = 'refuse' in t.expect ? [] : t.expect;
  const clerk2 = t.clerk2 && !('refuse' in t.clerk2.expect) ? t.clerk2.expect : [];
  const rows = [...blocks, ...clerk2].flatMap((b) => [
    ...b.items.flatMap((i) => i.rows),
    ...(b.adjustments ?? []).flatMap((a) => a.rows),
    ...(b.loose ?? []),
    ...(b.vetoRows ?? []),
  ]);

  it('finds each key in the text, once per row that shares it', () => {
    const wrong = rows.flatMap((r) => {
      const sharing = rows.filter((o) => o.key === r.key).length;
      const found = lines.filter((l) => l.includes(squash(r.key))).length;
      return found >= 1 && (r.exact || found <= Math.max(sharing, 1)) ? [] : [`${r.no} “${r.key}”: in ${found} rows`];
    });
    expect(wrong).toEqual([]);
  });

  it('lays out as many rows as the text has', () => {
    expect(t.rows.length).toBeGreaterThan(0);
    expect(t.rows.every((r) => r.length <= t.header.length)).toBe(true);
  });
});

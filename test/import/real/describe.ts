import type { RealBlock, RealRefusal, RealTable } from '../../fixtures/tables/real/types';
import { line, reportSheet, type SheetReport } from './harness';

/**
 * The tests of a group of real tables: for every sheet of every table, that it imports (or is refused
 * in plain Chinese where the table cannot make a rubric), that its layout is read right, and that no
 * clause is misread. The group's totals are printed at the end.
 */

const sheetsOf = (t: RealTable): [string, readonly RealBlock[] | RealRefusal][] => [
  ['原表', t.givenExpect ?? t.expect],
  ['台账', t.expect],
  ...(t.clerk2 ? [[t.clerk2.sheet, t.clerk2.expect] as [string, readonly RealBlock[] | RealRefusal]] : []),
];

export function describeRealTables(group: string, tables: readonly RealTable[], folder = 'real'): void {
  const reports: [RealTable, SheetReport][] = [];

  describe.each(tables.flatMap((t) => sheetsOf(t).map(([sheet, want]) => ({ t, sheet, want }))))(
    `${group}: $t.id $sheet`,
    ({ t, sheet, want }) => {
      let r: SheetReport;
      beforeAll(async () => {
        r = await reportSheet(t, sheet, want, folder);
        reports.push([t, r]);
        console.log(line(t, r));
      });

      if ('refuse' in want) {
        it('is refused in plain Chinese, saying what is missing (never a schema path)', () => {
          expect(r.imported).toBe(false);
          expect(r.message).toMatch(want.refuse);
          expect(r.message).not.toMatch(/位置|path|total/);
        });
        return;
      }
      it('imports', () => {
        expect(r.message).toBe('');
        expect(r.imported).toBe(true);
      });
      it('reads the tables, total, classes, sections, items, bonus blocks and vetoes', () => {
        expect(r.layout).toEqual([]);
        expect(r.items.right).toBe(r.items.expected);
      });
      it('reads every clause as a careful reader would, or flags it: misreads none', () => {
        expect(r.clauses.misread.map((m) => `${m.id}: ${m.why}`)).toEqual([]);
        expect(r.unread).toBe(0);
      });
    },
  );

  afterAll(() => {
    const sum = (f: (r: SheetReport) => number): number => reports.reduce((a, [, r]) => a + f(r), 0);
    const imported = reports.filter(([, r]) => r.imported).length;
    const layoutRight = reports.filter(([, r]) => r.imported && r.layout.length === 0).length;
    console.log(
      [
        `${group}: ${reports.length} sheets, ${imported} imported, ${layoutRight} with the layout right`,
        `  items ${sum((r) => r.items.right)}/${sum((r) => r.items.expected)} right, ${sum((r) => r.items.extra)} extra`,
        `  clauses ${sum((r) => r.clauses.total + r.unread)}: ${sum((r) => r.clauses.right.length)} right, ${sum((r) => r.clauses.flagged.length)} flagged, ${sum((r) => r.clauses.misread.length)} misread, ${sum((r) => r.unread)} not imported`,
      ].join('\n'),
    );
  });
}

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProblem } from '../../src/core/audit';
import { builtinRubrics, type Builtin } from '../../src/core/builtin';
import { auditBuffer } from '../helpers/audit-book';
import { buildCli, kaohe } from '../helpers/cli';
import { libreofficeRequired } from '../helpers/libreoffice';
import { loEdit } from '../helpers/lo-edit';
import {
  excelJsResave,
  excelSpelled,
  importedRubrics,
  NAME_STYLES,
  officeBook,
  refreshNotice,
  totalsOf,
} from './books';

/**
 * Honest re-saves audit clean. A filled workbook with its notice typed into, for every built-in
 * rubric and two imported ones, with unit names plain, with spaces, brackets, full-width
 * characters and leading digits, goes through what other programs do to it: LibreOffice opens and
 * saves it (its own formula spelling, "very hidden" lost, protection written as sheet="true"),
 * ExcelJS opens and saves it, every formula is re-printed as Excel writes it, and the chains
 * LibreOffice → ExcelJS and ExcelJS → LibreOffice. Each result must audit with no error or warning,
 * score the same totals, and give a notice refresh that keeps every typed cell.
 */
const run = libreofficeRequired() ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'kaohe-roundtrip-'));

interface Original {
  readonly name: string;
  readonly totals: (number | null)[];
  readonly typed: number;
}
const originals: Original[] = [];
const trips = ['libreoffice', 'exceljs', 'excel-spelling', 'libreoffice+exceljs', 'exceljs+libreoffice'] as const;
type Trip = (typeof trips)[number];
const file = (name: string, trip: Trip | 'original'): string => join(dir, `${name}.${trip}.xlsx`);

run('workbooks re-saved by other programs', () => {
  beforeAll(async () => {
    buildCli();
    const rubrics: [string, Builtin][] = [...builtinRubrics(), ...(await importedRubrics())];
    let seed = 1;
    for (const [id, b] of rubrics) {
      // Every name style for the built-in rubrics; two for the imported ones.
      const styles = id.startsWith('unseen') ? ['plain', 'fullwidth'] : Object.keys(NAME_STYLES);
      for (const style of styles) {
        const name = `${id}-${style}`;
        const made = await officeBook(b, NAME_STYLES[style]!, seed++);
        writeFileSync(file(name, 'original'), made.buf);
        originals.push({ name, totals: made.totals, typed: made.typed });
      }
    }
    for (const o of originals) {
      writeFileSync(file(o.name, 'exceljs'), await excelJsResave(readFileSync(file(o.name, 'original'))));
      writeFileSync(file(o.name, 'excel-spelling'), excelSpelled(readFileSync(file(o.name, 'original'))));
    }
    // One LibreOffice session opens and saves them all.
    loEdit(
      originals.flatMap((o) => [
        { in: file(o.name, 'original'), out: file(o.name, 'libreoffice') },
        { in: file(o.name, 'exceljs'), out: file(o.name, 'exceljs+libreoffice') },
      ]),
    );
    for (const o of originals)
      writeFileSync(
        file(o.name, 'libreoffice+exceljs'),
        await excelJsResave(readFileSync(file(o.name, 'libreoffice'))),
      );
  }, 600_000);

  const tried: { trip: Trip; clean: boolean }[] = [];
  afterAll(() => {
    const rows = trips.map((t) => {
      const mine = tried.filter((x) => x.trip === t);
      return `${t}: ${mine.filter((x) => x.clean).length}/${mine.length}`;
    });
    console.log(`round trips clean (audit 0 problems, same totals, every typed notice cell kept): ${rows.join('; ')}`);
  });

  it.each(trips)('%s: audit finds nothing, totals are the same, the notice keeps every typed cell', async (trip) => {
    expect(originals.length).toBeGreaterThanOrEqual(25);
    for (const o of originals) {
      const buf = readFileSync(file(o.name, trip));
      const audit = await auditBuffer(buf, `${o.name}.${trip}`);
      const problems = audit.findings.filter(isProblem).map((f) => `${f.code} ${f.sheet ?? ''} ${f.cell ?? ''}`);
      const totals = await totalsOf(buf);
      const notice = await refreshNotice(buf);
      const clean = problems.length === 0 && JSON.stringify(totals) === JSON.stringify(o.totals);
      tried.push({ trip, clean: clean && notice.before === o.typed && notice.after === o.typed });
      expect({ file: o.name, problems }).toEqual({ file: o.name, problems: [] });
      expect({ file: o.name, totals }).toEqual({ file: o.name, totals: o.totals });
      expect({ file: o.name, typed: [notice.before, notice.after] }).toEqual({
        file: o.name,
        typed: [o.typed, o.typed],
      });
    }
  });

  it('kaohe audit, as an office runs it on everything it received, exits 0', () => {
    const files = originals.flatMap((o) => trips.map((t) => file(o.name, t)));
    const r = kaohe(['audit', '--json', ...files], dir);
    const json = JSON.parse(r.stdout) as { summary: { files: number; clean: number } };
    expect(json.summary).toMatchObject({ files: files.length, clean: files.length });
    expect(r.code).toBe(0);
  });
});

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtinRubrics } from '../../src/core/builtin';
import { convert, libreofficeRequired, makeProfile, sofficePath } from '../helpers/libreoffice';
import { readPdf, type PdfPage } from '../helpers/pdf';
import { printCases, type PrintCase } from './books';
import { boxPerPoint, lostMapBelow, measure, type Measured } from './measure';

/**
 * The proof that what leaves the office reads on paper: every kind of printed page (a unit sheet of
 * each built-in rubric, each 汇总, notices, the roll-up's ranking, 来源文件 and 审核问题) rendered
 * to A4 PDF by LibreOffice in one call, then measured from the PDF's word boxes: no item on two
 * pages, text at 9 pt or more, no cell text cut off or drawn over another, no file paths.
 * KAOHE_PRINT_DIR=out/print keeps the PDFs to look at.
 */
const run = libreofficeRequired() ? describe : describe.skip;
const MIN_PT = 9;
/** Half a tenth of a point: poppler's boxes are measured to about that. */
const SLACK = 0.05;

run('printed pages, rendered to A4 by LibreOffice and measured', () => {
  const keep = process.env.KAOHE_PRINT_DIR;
  const dir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'kaohe-print-'));
  const ids = [...builtinRubrics().keys()];
  let cases: PrintCase[] = [];
  const pdfs = new Map<PrintCase, PdfPage[]>();
  const measured = new Map<PrintCase, Measured>();

  beforeAll(async () => {
    if (!sofficePath()) throw new Error('CI requires LibreOffice (soffice) but it is not installed');
    mkdirSync(dir, { recursive: true });
    cases = await printCases(dir);
    const out = convert(
      cases.map((c) => c.file),
      { profile: makeProfile(join(dir, 'profile')), outDir: join(dir, 'pdf'), to: 'pdf' },
    );
    cases.forEach((c, i) => pdfs.set(c, readPdf(out[i] as string)));
    const cal = cases.find((c) => c.kind === 'calibration') as PrintCase;
    const ratio = boxPerPoint(pdfs.get(cal) ?? []);
    for (const c of cases) if (c.kind !== 'calibration') measured.set(c, measure(c, pdfs.get(c) ?? [], ratio, ids));
    const rows = [...measured].map(([c, m]) =>
      [
        c.kind.padEnd(8),
        c.name.padEnd(22),
        String(m.pages).padStart(2),
        `${m.minPt.toFixed(2)} pt (${m.smallest.slice(0, 8)})`.padEnd(24),
        `split ${m.split.length}`,
        `cut ${m.cut.length}`,
        `overlaps ${m.overlaps.length}`,
        `paths ${m.paths.length}`,
      ].join('  '),
    );
    const details = [...measured].flatMap(([c, x]) =>
      [...x.split, ...x.cut, ...x.overlaps, ...x.paths].slice(0, 6).map((d) => `  ${c.kind} ${c.name}: ${d}`),
    );
    console.log(`printed pages (LibreOffice → PDF, A4), measured:\n${[...rows, ...details].join('\n')}`);
  }, 240_000);

  const byKind = (kind: PrintCase['kind']): PrintCase[] => cases.filter((c) => c.kind === kind);
  const m = (c: PrintCase): Measured => measured.get(c) as Measured;

  it('renders every kind of page', () => {
    expect([...new Set(cases.map((c) => c.kind))].sort()).toEqual(
      ['calibration', 'findings', 'notice', 'ranking', 'sources', 'summary', 'unit'].sort(),
    );
    expect(
      byKind('unit')
        .map((c) => c.name)
        .sort(),
    ).toEqual([...ids].sort());
    for (const [c, x] of measured) expect([c.name, x.pages > 0]).toEqual([c.name, true]);
  });

  it('prints every text at 9 pt or more', () => {
    for (const [c, x] of measured)
      expect([c.kind, c.name, x.smallest, x.minPt >= MIN_PT - SLACK]).toEqual([c.kind, c.name, x.smallest, true]);
  });

  it('never puts one item of a unit sheet on two pages', () => {
    for (const c of byKind('unit')) expect([c.name, m(c).split]).toEqual([c.name, []]);
  });

  it('shows every rule, reason and name whole, with no text drawn over other text', () => {
    for (const [c, x] of measured) {
      expect([c.kind, c.name, x.cut]).toEqual([c.kind, c.name, []]);
      expect([c.kind, c.name, x.overlaps.slice(0, 5)]).toEqual([c.kind, c.name, []]);
    }
  });

  it('prints no file path and no rubric id', () => {
    for (const [c, x] of measured) expect([c.kind, c.name, x.paths]).toEqual([c.kind, c.name, []]);
  });

  it('prints every column of a table on the page its rows are on (nothing spills onto a page to the right)', () => {
    // The headings of each page's first and last printed column; a 汇总's map page shows only its own.
    const ends: Partial<Record<PrintCase['kind'], readonly [string, string]>> = {
      unit: ['序号', '扣分依据'],
      summary: ['序号', '等次'],
      ranking: ['序号', '来源文件（审核结果）'],
      sources: ['序号', '说明'],
      findings: ['文件', '说明'],
    };
    for (const c of cases) {
      const [first, last] = ends[c.kind] ?? ['', ''];
      if (!first) continue;
      const pages = (pdfs.get(c) ?? []).map((p, i) => {
        const has = (t: string): boolean => p.words.some((w) => w.text === t);
        const map = p.words.some((w) => w.text.startsWith('各部分扣分'));
        return [i + 1, has(first) && (has(last) || (map && !has('总分')))];
      });
      expect([c.kind, c.name, pages.filter(([, ok]) => !ok)]).toEqual([c.kind, c.name, []]);
    }
  });

  it('puts the 汇总’s map of lost points below the table or on its own page', () => {
    for (const c of byKind('summary')) expect([c.name, lostMapBelow(pdfs.get(c) ?? [])]).toEqual([c.name, true]);
  });
});

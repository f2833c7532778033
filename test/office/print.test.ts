/**
 * The add-in's sheets print as the .xlsx writer's do (issue 13, item 10): the same plan through
 * both writers gives the same borders, fills, fonts, widths, heights, hidden columns, page breaks,
 * page header and footer, margins, orientation and fit to one page wide (through the documented
 * workaround for OfficeDev/office-js#1860, which the fake reproduces).
 */
import type ExcelJS from 'exceljs';
import { widthPoints } from '../../src/adapters/office/styles';
import { planToWorkbook } from '../../src/adapters/xlsx/write';
import { makeNotice } from '../../src/app/tools';
import { NOTICE_SHEET, planWorkbook, type SheetPlan } from '../../src/core/plan';
import type { FakeSheet } from '../helpers/fake-excel';
import { filledBook, huilongshan, officeSetup, units } from '../helpers/office-setup';

const hex = (argb: string | undefined): string | undefined => (argb ? `#${argb.slice(-6).toUpperCase()}` : undefined);
const h = { left: 'Left', center: 'Center', right: 'Right' } as Record<string, string>;
const v = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as Record<string, string>;

/** What differs between a sheet as ExcelJS holds it and as the fake Excel holds it. */
function differences(plan: SheetPlan, ws: ExcelJS.Worksheet, f: FakeSheet): string[] {
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      out.push(`${plan.name} ${what}: xlsx ${JSON.stringify(a)} ≠ add-in ${JSON.stringify(b)}`);
  };
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      const look = f.looks.get(c.address) ?? {};
      const font = c.font ?? {};
      same(
        `${c.address} font`,
        [font.name, font.size, font.bold === true, hex(font.color?.argb)],
        [look['font.name'], look['font.size'], look['font.bold'] === true, look['font.color']],
      );
      const fill = c.fill as { fgColor?: { argb?: string } } | undefined;
      same(`${c.address} fill`, hex(fill?.fgColor?.argb), look['fill.color']);
      const al = c.alignment ?? {};
      same(
        `${c.address} alignment`,
        [h[al.horizontal ?? ''], v[al.vertical ?? ''], al.wrapText === true],
        [look.horizontalAlignment, look.verticalAlignment, look.wrapText === true],
      );
      for (const [side, edge] of [
        ['top', 'EdgeTop'],
        ['bottom', 'EdgeBottom'],
        ['left', 'EdgeLeft'],
        ['right', 'EdgeRight'],
      ] as const) {
        const b = c.border?.[side];
        same(
          `${c.address} border ${side}`,
          b ? ['Continuous', 'Thin', hex(b.color?.argb)] : undefined,
          look[`borders.${edge}.style`]
            ? [look[`borders.${edge}.style`], look[`borders.${edge}.weight`], look[`borders.${edge}.color`]]
            : undefined,
        );
      }
      if (c.numFmt) same(`${c.address} number format`, c.numFmt, f.cells.get(c.address)?.numberFormat);
    }),
  );
  plan.columnWidths.forEach((w, i) =>
    same(`column ${i + 1} width`, widthPoints(w), f.columnWidths[String.fromCharCode(65 + i)]),
  );
  same(
    'hidden columns',
    (plan.hiddenColumns ?? []).map((c) => String.fromCharCode(64 + c)),
    f.hiddenColumns,
  );
  for (const row of Object.keys(plan.rowHeights))
    same(`row ${row} height`, ws.getRow(Number(row)).height, f.rowHeights[Number(row)]);
  const breaks = ((ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? []).map((b) => b.id + 1);
  same(
    'page breaks',
    breaks,
    [...f.pageBreaks].sort((a, b) => a - b),
  );
  const setup = ws.pageSetup;
  const layout = f.pageLayout;
  same('orientation', setup.orientation === 'landscape' ? 'Landscape' : 'Portrait', layout.orientation);
  same('paper', setup.paperSize === 9 ? 'A4' : setup.paperSize, layout.paperSize);
  same('centred', setup.horizontalCentered, layout.centerHorizontally);
  const m = setup.margins ?? { left: 0, right: 0, top: 0, bottom: 0, header: 0, footer: 0 };
  same(
    'margins (pt)',
    [m.left, m.right, m.top, m.bottom, m.header, m.footer].map((x) => x * 72),
    [
      layout.leftMargin,
      layout.rightMargin,
      layout.topMargin,
      layout.bottomMargin,
      layout.headerMargin,
      layout.footerMargin,
    ],
  );
  same(
    'print titles',
    setup.printTitlesRow ? `$${setup.printTitlesRow.replace(':', ':$')}` : undefined,
    layout.printTitleRows,
  );
  const hf = ws.headerFooter;
  same(
    'header',
    hf.oddHeader?.replace(/^&C/, '').replace(/&&/g, '&'),
    layout['headersFooters.defaultForAllPages.centerHeader'],
  );
  same('footer', hf.oddFooter?.replace(/^&C/, ''), layout['headersFooters.defaultForAllPages.centerFooter']);
  // ExcelJS reads fitToWidth 1 whatever the file says; fitToPage tells whether the sheet fits at all.
  if (setup.fitToPage && setup.fitToWidth === 1) {
    // #1860: Excel drops fit-to-pages, so the add-in sets the scale that fits the columns on a page.
    const zoom = layout.zoom as { scale?: number } | undefined;
    const width = plan.columnWidths.reduce(
      (n, w, i) => n + (plan.hiddenColumns?.includes(i + 1) ? 0 : widthPoints(w)),
      0,
    );
    const page = (setup.orientation === 'landscape' ? 11.69 : 8.27) * 72 - (m.left + m.right) * 72;
    // The scale is at most 100 %: columns narrower than the page print at their own size.
    const fits = Math.min(100, Math.floor((page / width) * 100));
    if (!zoom?.scale || (width * zoom.scale) / 100 > page || zoom.scale < fits - 1)
      out.push(
        `${plan.name} fit to width: scale ${zoom?.scale} for ${width.toFixed(0)} pt of columns on ${page.toFixed(0)} pt`,
      );
  }
  return out;
}

describe('printed output', () => {
  it('matches the .xlsx writer for unit sheets, the summary and the notice', async () => {
    const s = officeSetup();
    const { pw } = await filledBook(s, 3);
    const notice = await makeNotice(s.port, { days: 30, date: '2024-07-10', issuer: '考核办' });
    expect(notice.ok).toBe(true);
    const plans = [...pw.plan.sheets.filter((p) => p.kind !== 'store')];
    const wb = await planToWorkbook({ sheets: plans, names: [] });
    const found = plans.flatMap((p) => differences(p, wb.getWorksheet(p.name)!, s.fake.sheet(p.name)));
    expect(found.slice(0, 20)).toEqual([]);
    // The notice: rebuilt the same way the add-in built it, compared with the sheet it wrote.
    const { bookViewOf } = await import('../../src/app/grid-book');
    const { buildNotice } = await import('../../src/app/notice');
    const { replanStore } = await import('../../src/core/audit/replan');
    const book = bookViewOf(await s.port.readAll())!;
    const r = replanStore(book.store);
    if (!r.ok) throw new Error(r.detail);
    const n = buildNotice(book, r.builtin, r.planned, { days: 30, date: '2024-07-10', issuer: '考核办' });
    expect(n.plan.print.rowBreaks?.length).toBeGreaterThan(0);
    const nb = await planToWorkbook({ sheets: [n.plan], names: [] });
    expect(differences(n.plan, nb.getWorksheet(NOTICE_SHEET)!, s.fake.sheet(NOTICE_SHEET)).slice(0, 20)).toEqual([]);
  });

  it('pays no attention to the page layout on a host without ExcelApi 1.9, and still inserts', async () => {
    const s = officeSetup({ apiVersion: 8 });
    const pw = planWorkbook(huilongshan(), units(1));
    await s.port.insert(pw.plan, []);
    expect(s.fake.sheet('第1镇').pageLayout).toEqual({});
    expect(s.fake.sheet('第1镇').looks.get('A6')?.['borders.EdgeTop.style']).toBe('Continuous');
  });
});

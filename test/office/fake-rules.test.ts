/**
 * The fake Excel keeps the rules Microsoft documents (each rule's source is named where the fake
 * enforces it, under test/helpers/fake-excel/). These tests drive the fake through the office.js
 * API as an add-in would, without the adapter: what Excel refuses, the fake refuses.
 */
import { FakeExcel } from '../helpers/fake-excel';

type Batch<T> = (ctx: Excel.RequestContext) => Promise<T>;

function book(o: { platform?: FakeExcel['platform']; apiVersion?: number } = {}): FakeExcel {
  const fake = new FakeExcel();
  fake.platform = o.platform ?? 'web';
  fake.apiVersion = o.apiVersion ?? 14;
  for (const name of ['甲镇', '乙镇']) fake.addSheet(fake.newSheet(name));
  return fake;
}
const run = <T>(fake: FakeExcel, b: Batch<T>): Promise<T> =>
  fake.run(b as unknown as (ctx: unknown) => Promise<T>) as Promise<T>;
const fails = async (p: Promise<unknown>, code: string): Promise<void> => {
  await expect(p).rejects.toMatchObject({ code });
};

describe('colours and colour-scale criteria', () => {
  it('takes #RRGGBB and colour names, and refuses ARGB', async () => {
    const fake = book();
    await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('甲镇').getRange('A1');
      r.format.fill.color = '#5B9BD5';
      r.format.font.color = 'orange';
      await ctx.sync();
    });
    expect(fake.sheet('甲镇').looks.get('A1')).toMatchObject({ 'fill.color': '#5B9BD5', 'font.color': 'orange' });
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').getRange('A1').format.fill.color = 'FF5B9BD5';
        await ctx.sync();
      }),
      'InvalidArgument',
    );
    await fails(
      run(fake, async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('甲镇').getRange('A1:A3').conditionalFormats.add('DataBar');
        cf.dataBar.positiveFormat.fillColor = 'FF5B9BD5';
        await ctx.sync();
      }),
      'InvalidArgument',
    );
  });

  it('wants formula null for the lowest and highest value of a colour scale', async () => {
    const scale =
      (formula: string | null): Batch<void> =>
      async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('甲镇').getRange('A1:A3').conditionalFormats.add('ColorScale');
        cf.colorScale.criteria = {
          minimum: { formula: formula as string, type: 'LowestValue', color: '#FFFFFF' },
          midpoint: { formula: '50', type: 'Percentile', color: '#FFEB84' },
          maximum: { formula: formula as string, type: 'HighestValue', color: '#F8696B' },
        };
        await ctx.sync();
      };
    const fake = book();
    await fails(run(fake, scale('')), 'InvalidArgument');
    await run(fake, scale(null));
    expect(fake.sheet('甲镇').conditionals.at(-1)?.type).toBe('ColorScale');
  });
});

describe('formulas', () => {
  it('are stored in Excel’s spelling, and a reference to a missing sheet stays #REF!', async () => {
    const fake = book();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('甲镇');
      ws.getRange('B1:B2').formulas = [[`='乙镇'!C4+if(1,2,3)`], [`='丙镇'!C4`]];
      ctx.workbook.worksheets.add('丙镇');
      await ctx.sync();
    });
    const out = await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('甲镇').getRange('B1:B2').load('formulas, values');
      await ctx.sync();
      return [r.formulas, r.values];
    });
    expect(out).toEqual([
      [['=乙镇!C4+IF(1,2,3)'], ['=#REF!C4']],
      [[''], ['#REF!']],
    ]);
  });
});

describe('sheets', () => {
  it('keeps the last visible sheet and refuses to delete a very hidden one', async () => {
    const fake = book();
    fake.sheet('乙镇').visibility = 'VeryHidden';
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').delete();
        await ctx.sync();
      }),
      'InvalidOperation',
    );
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').visibility = 'Hidden';
        await ctx.sync();
      }),
      'InvalidOperation',
    );
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('乙镇').delete();
        await ctx.sync();
      }),
      'InvalidOperation',
    );
    expect(fake.sheets.map((s) => s.name)).toEqual(['甲镇', '乙镇']);
  });

  it('finds a renamed sheet by its id, not by its old name', async () => {
    const fake = book();
    const id = fake.sheet('甲镇').id;
    await fake.userRename('甲镇', '甲镇（改）');
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').load('name');
        await ctx.sync();
      }),
      'ItemNotFound',
    );
    const name = await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(id).load('name');
      await ctx.sync();
      return ws.name;
    });
    expect(name).toBe('甲镇（改）');
  });

  it('follows ExcelApi versions: a member newer than the host fails with ApiNotFound', async () => {
    const fake = book({ apiVersion: 9 });
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').copy('End');
        await ctx.sync();
      }),
      'ApiNotFound',
    );
    fake.apiVersion = 7;
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').getRange('A1').dataValidation.rule = {
          wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' },
        };
        await ctx.sync();
      }),
      'ApiNotFound',
    );
  });
});

describe('protection', () => {
  it('refuses locked cells, formats and a second protect(); a password must be given to unprotect', async () => {
    const fake = book();
    fake.sheet('甲镇').unlocked.add('C5');
    fake.userProtect('甲镇', { allowFormatRows: true }, '口令');
    const on = (b: (ws: Excel.Worksheet) => void): Promise<void> =>
      run(fake, async (ctx) => {
        b(ctx.workbook.worksheets.getItem('甲镇'));
        await ctx.sync();
      });
    await fails(
      on((ws) => (ws.getRange('A1').formulas = [['=1']])),
      'AccessDenied',
    );
    await on((ws) => (ws.getRange('C5').values = [[3]]));
    await fails(
      on((ws) => (ws.getRange('C5').format.fill.color = '#FFFFFF')),
      'AccessDenied',
    );
    await on((ws) => (ws.getRange('5:5').format.rowHeight = 30));
    await fails(
      on((ws) => ws.protection.protect()),
      'InvalidOperation',
    );
    await fails(
      on((ws) => ws.protection.unprotect()),
      'InvalidArgument',
    );
    await fails(
      on((ws) => ws.protection.unprotect('错')),
      'InvalidArgument',
    );
    await on((ws) => ws.protection.unprotect('口令'));
    expect(fake.sheet('甲镇').protected).toBe(false);
  });
});

describe('what values give back', () => {
  it('gives a typed date as its serial number and a typed percentage as a fraction', async () => {
    const fake = book();
    await fake.userEdit('甲镇', 'A1:C1', [['2024-06-30', '85%', "'2024-06-30"]]);
    const out = await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('甲镇').getRange('A1:C1').load('values, numberFormat');
      await ctx.sync();
      return [r.values, r.numberFormat];
    });
    expect(out).toEqual([[[45473, 0.85, '2024-06-30']], [['yyyy/m/d', '0%', 'General']]]);
  });
});

describe('payload limits', () => {
  it('refuses a request of 5 MB or more whole, and a response of 5 MB or more', async () => {
    const fake = book();
    const big = Array.from({ length: 2000 }, () => Array.from({ length: 10 }, () => '考核计分'.repeat(25)));
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').getRange('A1:J2000').values = big;
        await ctx.sync();
      }),
      'RequestPayloadSizeLimitExceeded',
    );
    expect(fake.sheet('甲镇').cells.size).toBe(0);
    for (let i = 0; i < 4; i++) {
      const rows = `A${i * 500 + 1}:J${i * 500 + 500}`;
      await run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').getRange(rows).values = big.slice(0, 500);
        await ctx.sync();
      });
    }
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').getRange('A1:J2000').load('values, formulas');
        await ctx.sync();
      }),
      'ResponsePayloadSizeLimitExceeded',
    );
    expect(Math.max(...fake.syncs.map((s) => s.bytes))).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('refuses to read more than five million cells at once', async () => {
    const fake = book();
    await fails(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('甲镇').getRange('A1:Z200000').load('values');
        await ctx.sync();
      }),
      'ResponsePayloadSizeLimitExceeded',
    );
  });
});

describe('events', () => {
  async function watched(platform: FakeExcel['platform']): Promise<{ fake: FakeExcel; seen: string[] }> {
    const fake = book({ platform });
    const seen: string[] = [];
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('甲镇');
      ws.getRange('C5').dataValidation.rule = { list: { inCellDropDown: true, source: '是,否' } };
      ws.onChanged.add(async (e) => void seen.push(`changed ${e.address}`));
      ws.onSelectionChanged.add(async (e) => void seen.push(`selected ${e.address}`));
      ctx.workbook.worksheets.onActivated.add(async (e) => void seen.push(`activated ${e.worksheetId}`));
      await ctx.sync();
    });
    return { fake, seen };
  }

  it('raises no onChanged for a drop-down pick on the web, but does on Windows', async () => {
    const web = await watched('web');
    await web.fake.userPick('甲镇', 'C5', '否');
    expect(web.fake.sheet('甲镇').cells.get('C5')?.value).toBe('否');
    expect(web.seen).toEqual([]);
    await web.fake.userSelect('甲镇', 'C6');
    expect(web.seen).toEqual(['selected C6']);
    const windows = await watched('windows');
    await windows.fake.userPick('甲镇', 'C5', '否');
    expect(windows.seen).toEqual(['changed C5']);
  });

  it('raises onActivated for a sheet whose panes are frozen while another sheet is active', async () => {
    const { fake, seen } = await watched('windows');
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('乙镇').freezePanes.freezeRows(3);
      await ctx.sync();
    });
    await fake.settled();
    expect(seen).toEqual([`activated ${fake.sheet('乙镇').id}`]);
    expect(fake.active).toBe('甲镇');
  });

  it('lets a context sync again only inside Excel.run(context, …)', async () => {
    const fake = book();
    let kept: Excel.RequestContext | undefined;
    const handler = await run(fake, async (ctx) => {
      kept = ctx;
      const h = ctx.workbook.worksheets.getItem('甲镇').onChanged.add(async () => undefined);
      await ctx.sync();
      return h;
    });
    handler.remove();
    await fails((kept as Excel.RequestContext).sync(), 'InvalidObjectPath');
    await run(fake, async () => undefined);
    const again: Batch<void> = async (ctx) => {
      handler.remove();
      await ctx.sync();
    };
    await fake.run(handler.context, again as never);
    expect(fake.sheet('甲镇').handlers).toHaveLength(0);
  });
});

describe('validation and size limits', () => {
  const on = (fake: FakeExcel, b: (r: Excel.Range) => void): Promise<void> =>
    run(fake, async (ctx) => {
      b(ctx.workbook.worksheets.getItem('甲镇').getRange('C5'));
      await ctx.sync();
    });
  it('refuses an error message over 225, a prompt over 255, a list over 255 and a row over 409 pt', async () => {
    const fake = book();
    const long = (n: number): string => '字'.repeat(n);
    await on(
      fake,
      (r) => (r.dataValidation.errorAlert = { message: long(225), showAlert: true, style: 'Stop', title: '错' }),
    );
    await fails(
      on(
        fake,
        (r) => (r.dataValidation.errorAlert = { message: long(226), showAlert: true, style: 'Stop', title: '错' }),
      ),
      'InvalidArgument',
    );
    await fails(
      on(fake, (r) => (r.dataValidation.prompt = { message: long(256), showPrompt: true, title: '填' })),
      'InvalidArgument',
    );
    const list = Array.from({ length: 64 }, (_, i) => `等次${i}`).join(',');
    expect(list.length).toBeGreaterThan(255);
    await fails(
      on(fake, (r) => (r.dataValidation.rule = { list: { inCellDropDown: true, source: list } })),
      'InvalidArgument',
    );
    await on(fake, (r) => (r.dataValidation.rule = { list: { inCellDropDown: true, source: '=$Z$1:$Z$64' } }));
    await fails(
      on(fake, (r) => (r.format.rowHeight = 410)),
      'InvalidArgument',
    );
  });
});

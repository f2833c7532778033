import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { builtinRubrics } from '../../src/core/builtin';
import { planWorkbook } from '../../src/core/plan';
import { fillWrites } from '../../src/app/book';
import { createOfficePort } from '../../src/adapters/office/port';
import { detectSupport } from '../../src/adapters/office/support';
import { FakeExcel } from '../helpers/fake-excel';
import { haveChromium, startPaneBrowser, type PaneBrowser } from '../helpers/pane-browser';
import { fullMarks } from '../helpers/huilongshan';

/**
 * The pane tells the truth and gets out of the way, at 320 px, in Chinese and in English: the
 * source table's warnings fold under a count and leave the insert button on the first screen; a
 * blank workbook says to insert first; empty sheets say they are not filled yet (not "no
 * problems"); the setup folds away after insert; a changed formula is said in a clerk's words with
 * the formula only on request; a notice with rows lacking 扣分依据 asks first, and a notice with
 * nothing to send gets no success mark; the page opened outside Excel says so. Screenshots of each
 * state go to out/screens/states/ (and the README's into docs/images through scripts/screenshots.mjs).
 */
const maybe = haveChromium ? describe : describe.skip;
const shots = join(resolve(__dirname, '../..'), 'out/screens/states');
const t = {
  zh: {
    insert: '插入计分表和汇总表',
    inserted: '已插入',
    insertFirst: '请先插入计分表',
    toolsFirst: '插入计分表并填写后',
    notFilled: '尚未填写',
    noProblems: '没有发现问题',
  },
  en: {
    insert: 'Insert scoring sheets and summary',
    inserted: 'Inserted',
    insertFirst: 'Insert the scoring sheets first',
    toolsFirst: 'Once the scoring sheets are inserted',
    notFilled: 'Not filled yet',
    noProblems: 'No problems found',
  },
} as const;

/**
 * A workbook made by the add-in earlier for 甲镇 and 乙镇, both filled with full marks (nothing
 * lost), and the address of 甲镇's first input (a count of missing items) as the plan lays it out.
 */
async function fullBook(): Promise<{ fake: FakeExcel; firstInput: string }> {
  const b = builtinRubrics().get('huilongshan')!;
  const pw = planWorkbook(b, [{ unit: '甲镇' }, { unit: '乙镇' }], { date: '2024-06-30' });
  const fake = new FakeExcel();
  fake.install(globalThis as unknown as Record<string, unknown>);
  await createOfficePort({ support: detectSupport(fake.isSetSupported) }).insert(pw.plan, []);
  const full = pw.units.map((u) => ({ unit: u.unit, values: { ...fullMarks }, basis: {} }));
  const { writes } = fillWrites(pw, full);
  for (const x of writes) await fake.userEdit(x.sheet, x.address, [[x.value ?? '']]);
  const firstInput = writes.find((x) => x.sheet === '甲镇')?.address;
  if (!firstInput) throw new Error('the plan gives 甲镇 no input');
  return { fake, firstInput };
}

maybe.each(['zh', 'en'] as const)('the pane’s states in %s at 320 px', (lang) => {
  let pane: PaneBrowser;
  const w = t[lang];
  const shot = (p: Page, name: string): Promise<Buffer> =>
    p.screenshot({ path: join(shots, `${name}-${lang}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    pane = await startPaneBrowser();
  }, 180_000);
  afterAll(async () => pane?.close());

  it('a rubric with 17 warnings, a blank workbook, then empty sheets: the right words at each step', async () => {
    const p = await pane.open({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    if (lang === 'en') await p.getByRole('button', { name: 'English' }).click();
    await p.getByTestId('rubric-select').selectOption('yixiu-district');
    await p.getByTestId('rubric-notes').waitFor();
    // The warnings are one folded line: the insert button stays on the first screen (900 px).
    const insert = p.getByTestId('insert');
    expect((await insert.boundingBox())!.y).toBeLessThan(900);
    expect(await p.getByTestId('rubric-notes').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await p.getByTestId('findings-empty').innerText()).toContain(w.insertFirst);
    expect(await p.getByTestId('tools-empty').innerText()).toContain(w.toolsFirst);
    expect(await p.locator('body').innerText()).not.toMatch(/Choose File|No file chosen|_kaohe/);
    await shot(p, '1-blank');
    await p.getByTestId('units').fill('甲局,一类\n乙局,二类');
    await insert.click();
    await p.getByTestId('inserted').waitFor();
    // Empty sheets are not "no problems"; the setup folds away.
    await p.getByTestId('findings-empty').filter({ hasText: w.notFilled }).waitFor();
    expect(await p.getByTestId('findings-empty').innerText()).not.toContain(w.noProblems);
    expect(await p.getByTestId('setup').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await shot(p, '2-inserted-empty');
    // A total typed over: said in words, the formula only when asked for.
    await p.evaluate(async () => {
      const f = (window as unknown as { __fake: { userEdit: (s: string, a: string, v: unknown[][]) => Promise<void> } })
        .__fake;
      const ws = (window as unknown as { __fake: { sheet: (n: string) => { protected: boolean } } }).__fake.sheet(
        '甲局',
      );
      ws.protected = false;
      await f.userEdit('甲局', 'J10', [[99]]);
    });
    const finding = p.getByTestId('finding').first();
    await finding.waitFor();
    const said = await finding.innerText();
    expect(said).not.toMatch(/=IF|单元格 J10：单元格 J10|cell J10: cell J10/);
    await p.getByTestId('show-formula').first().click();
    await p.locator('.formula-detail code').first().waitFor();
    expect(await p.locator('.formula-detail').first().innerText()).toMatch(/=/);
    await shot(p, '3-finding');
    await p.close();
  }, 120_000);

  it('a notice with nothing to send gets no success mark; rows without 扣分依据 are named before it is made', async () => {
    const { fake, firstInput } = await fullBook();
    const p = await pane.open({ preset: fake.snapshot(), locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    if (lang === 'en') await p.getByRole('button', { name: 'English' }).click();
    await p.getByTestId('make-notice').click();
    const result = p.getByTestId('notice-result');
    await result.waitFor();
    expect(await result.innerText()).toMatch(lang === 'zh' ? /没有需要下达的整改通知/ : /no notice to send/);
    expect(await result.getAttribute('class')).not.toMatch(/success/i);
    await shot(p, '4-notice-none');
    // 甲镇 now loses points with no reason given: the pane names the row and asks first.
    await p.evaluate(async (address) => {
      const f = (window as unknown as { __fake: { userEdit: (s: string, a: string, v: unknown[][]) => Promise<void> } })
        .__fake;
      await f.userEdit('甲镇', address, [[2]]);
    }, firstInput);
    await p.getByTestId('make-notice').click();
    await p.getByTestId('notice-anyway').waitFor();
    // The edit is checked against the whole filled sheet, not as if the rest were empty.
    expect(await p.getByText(w.notFilled).count()).toBe(0);
    expect(await p.getByTestId('notice-warning').first().innerText()).toMatch(
      lang === 'zh' ? /没有填写扣分依据/ : /no reason/,
    );
    // Nothing written yet: the notice sheet still holds the first run's "no notice needed".
    const a1 = await p.evaluate(
      () =>
        (window as unknown as { __fake: { sheet: (n: string) => { cells: Map<string, { value: unknown }> } } }).__fake
          .sheet('整改通知单')
          .cells.get('A1')?.value,
    );
    expect(String(a1)).toContain('无需下达整改通知');
    await shot(p, '5-notice-ask');
    await p.getByTestId('notice-anyway').click();
    await result.filter({ hasText: lang === 'zh' ? '已生成整改通知单' : 'Notice made' }).waitFor();
    await p.close();
  }, 120_000);

  it('opened in a browser outside Excel, the page says what it is, with no script error', async () => {
    // office.js outside Office: onReady answers with no host.
    const outside =
      'window.Office={context:{},HostType:{Excel:"Excel"},onReady:function(cb){var i={host:null,platform:null};cb&&cb(i);return Promise.resolve(i);}};';
    const p = await pane.open({ officeJs: outside, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    const note = p.getByTestId('not-in-excel');
    await note.waitFor();
    expect(await note.innerText()).toMatch(lang === 'zh' ? /需要在 Excel 中打开/ : /open it in Excel/);
    expect(await note.innerText()).not.toMatch(/is not defined/);
    await shot(p, '6-outside-excel');
    await p.close();
  }, 60_000);
});

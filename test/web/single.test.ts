/**
 * dist/kaohe-web.html opened from the disk (file://), as from a USB stick, in English: a workbook
 * made and opened again with the keyboard only (Tab, Enter, Space and typing); the page asks for
 * nothing but itself. Screenshots go to out/screens/web/.
 */
import { join, resolve } from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { CHROMIUM, haveChromium } from '../helpers/pane-browser';
import { cliAudit, cliScores } from '../helpers/web-books';
import { downloaded, foreign, offScreen, startWebBrowser, type WebBrowser } from '../helpers/web-browser';

const screens = join(resolve(__dirname, '../..'), 'out/screens/web');
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; CI must install it`);
const maybe = haveChromium ? describe : describe.skip;

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

/** Presses Tab (then Shift+Tab) until the element with the test id has the focus. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab'])
    for (let i = 0; i < 40; i++) {
      if ((await focused(page)) === id) return;
      await page.keyboard.press(key);
    }
  throw new Error(`Tab never reached ${id}`);
}

maybe('kaohe-web.html from the disk, by keyboard, in English', () => {
  let web: WebBrowser;
  let page: Page;

  beforeAll(async () => {
    web = await startWebBrowser();
    page = await web.open({ single: true, locale: 'en-US' });
  }, 300_000);
  afterAll(() => web?.close());

  it('makes a workbook and opens it again with the keyboard only, asking for nothing but itself', async () => {
    await page.getByTestId('rubric-select').waitFor();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Make a scoring workbook');
    await page.screenshot({ path: join(screens, '7-start-en.png') });
    expect(await offScreen(page)).toEqual([]);

    await tabTo(page, 'units');
    await page.keyboard.type('East Town\nWest Town\nNorth Town');
    await tabTo(page, 'make');
    const made = await downloaded(page, () => page.keyboard.press('Enter'));
    expect(await page.getByTestId('made').textContent()).toContain('scoring sheets for 3 units');
    expect(cliScores(made).map((u) => u.unit)).toEqual(['East Town', 'West Town', 'North Town']);
    expect(cliAudit([made]).files[0]?.ok).toBe(true);

    await tabTo(page, 'tab-received');
    await page.keyboard.press('Space');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Check and audit');
    // Enter on the focused drop zone opens the picker. Under load the panel may still redraw after
    // the tab switch and take the focus with it (seen once in CI), so focus is sought again, up to
    // three times; the picker must still open from Enter alone.
    let chooser: FileChooser | undefined;
    for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
      await tabTo(page, 'received-drop');
      [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => undefined),
        page.keyboard.press('Enter'),
      ]);
    }
    if (!chooser) throw new Error('Enter on the drop zone never opened the file picker');
    await chooser.setFiles([{ name: made.name, mimeType: 'application/octet-stream', buffer: made.buffer }]);
    const row = page.getByTestId('file-result').first();
    await row.getByTestId('units-table').waitFor({ timeout: 60_000 });
    expect(await row.locator('tbody th').allTextContents()).toEqual(['East Town', 'West Town', 'North Town']);
    expect(await row.getByTestId('file-line').textContent()).toBe('no problems found');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screens, '8-opened-en.png'), fullPage: true });
    expect(await offScreen(page)).toEqual([]);

    expect(web.requests.filter((u) => u.startsWith('file:')).length).toBe(1);
    expect(foreign(web.requests, 'no-server')).toEqual([]);
  });
});

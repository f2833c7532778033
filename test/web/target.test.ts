/**
 * The web page is built for Chromium 80 and Firefox ESR (webpack.web.js): every script of the
 * build, the packages from node_modules included, parses as ES2020 (nothing newer, e.g. `??=`,
 * class fields or top-level await); the single file holds them all and loads nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';
import { ensureBuild } from '../helpers/pane-browser';

const dist = join(resolve(__dirname, '../..'), 'dist');

describe('the web build’s target', () => {
  beforeAll(() => ensureBuild(), 300_000);

  it('every script of the page parses as ES2020', () => {
    const scripts = readdirSync(dist).filter((f) => /^web[.-].*\.js$/.test(f));
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    const failures = scripts.flatMap((f) => {
      try {
        parse(readFileSync(join(dist, f), 'utf8'), { ecmaVersion: 2020, sourceType: 'script' });
        return [];
      } catch (e) {
        return [`${f}: ${(e as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it('a newer syntax is refused by the same check (the check can fail)', () => {
    expect(() => parse('let a; a ??= 1;', { ecmaVersion: 2020 })).toThrow();
    expect(() => parse('class A { x = 1 }', { ecmaVersion: 2020 })).toThrow();
  });

  it('the single file inlines every script and names no file to fetch', () => {
    const html = readFileSync(join(dist, 'kaohe-web.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link[^>]*\bhref=/);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    const scripts = readdirSync(dist).filter((f) => /^web[.-].*\.js$/.test(f));
    // The page's own check for old browsers, then one per script of the build.
    expect(inline.length).toBe(scripts.length + 1);
    for (const js of inline) expect(() => parse(js, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });
});

/**
 * The test browser needs nothing but npm: the Chromium it runs (NO_SYSTEM_CHROMIUM=1 refuses
 * Debian's) and the fonts it draws Chinese with come from npm packages. A screenshot of the
 * edition's headline must show Chinese glyphs, and the same check must find none when fontconfig
 * lists no Chinese font, which also shows that no font of the system's leaks in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { chooseChromium, latinOnlyFontDir, systemChromiumRefused, writeFontConfig } from '../helpers/chromium';
import { glyphProblems } from '../helpers/glyphs';
import { useSiteInBrowser } from '../helpers/site';

/** Distinct Han characters of a text, at most `n`, in order. */
const hanOf = (text: string, n: number) => [...new Set(text.match(/\p{Script=Han}/gu) ?? [])].slice(0, n);

describe('Chinese in the test browser, from npm alone', () => {
  const env = useSiteInBrowser();
  const tmp = mkdtempSync(path.join(tmpdir(), 'fonts-test-'));
  const extra: Browser[] = [];
  afterAll(async () => {
    for (const b of extra) await b.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('chooseChromium() runs the Chromium from npm when NO_SYSTEM_CHROMIUM=1, and fontconfig reads only the npm fonts', async () => {
    const choice = await chooseChromium();
    if (systemChromiumRefused()) expect(choice.source).toBe('npm');
    expect(choice.env.FONTCONFIG_FILE).toMatch(/node_modules\/\.cache\/fenjin-chromium\/fonts\/fonts\.conf$/);
    const refused = await chooseChromium({ ...process.env, NO_SYSTEM_CHROMIUM: '1', CHROMIUM_PATH: '' });
    expect(refused.source).toBe('npm');
    expect(refused.executablePath).toMatch(/node_modules\/\.cache\/fenjin-chromium\/[\d.]+\/chromium$/);
    await expect(chooseChromium({ NO_SYSTEM_CHROMIUM: 'yes' })).rejects.toThrow(/NO_SYSTEM_CHROMIUM=yes: expected 1/);
    await expect(chooseChromium({ NO_SYSTEM_CHROMIUM: '1', CHROMIUM_PATH: '/usr/bin/chromium' })).rejects.toThrow(/contradict/);
  });

  it("a screenshot of the edition's headline shows each Chinese character as its own glyph, not a box", async () => {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 600 }, locale: 'zh-CN' });
    try {
      await page.goto(new URL('2022/', env.site.url).href);
      const chars = hanOf(await page.locator('h1').innerText(), 8);
      expect(chars.length, 'the headline has Chinese characters to draw').toBeGreaterThanOrEqual(6);
      expect(await glyphProblems(page, chars)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the same check reports blanks or boxes when fontconfig lists only a Latin font (no system font leaks in)', async () => {
    const choice = await chooseChromium();
    // A browser needs some font to draw with at all: Open Sans, which has no Chinese.
    const fonts = writeFontConfig(path.join(tmp, 'fonts.conf'), [await latinOnlyFontDir()]);
    const bare = await launchBrowser({ ...choice, env: { ...choice.env, FONTCONFIG_FILE: fonts } });
    extra.push(bare);
    const page = await bare.newPage({ viewport: { width: 800, height: 600 }, locale: 'zh-CN' });
    await page.goto(new URL('2022/', env.site.url).href);
    const chars = hanOf(await page.locator('h1').innerText(), 8);
    const problems = await glyphProblems(page, chars);
    expect(problems.length, problems.join('\n')).toBeGreaterThanOrEqual(chars.length - 1);
  });
});

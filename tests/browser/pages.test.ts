/**
 * Opens the built site (dist/, produced by `npm run build`) in headless
 * Chromium at phone and desktop widths and checks each page for horizontal
 * overflow, console errors, failed requests and axe-core violations.
 *
 * Never skips: if dist/ is missing every test fails with "run npm run build first".
 * (TEST_DIST_DIR may point at another build output while developing locally.)
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDir, type ServedDir } from '../helpers/serve';
import { checkPage, formatList, formatOverflow, formatViolations, launchBrowser, runAxe } from '../helpers/browser';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.resolve(REPO_ROOT, process.env.TEST_DIST_DIR || 'dist');
const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'screenshots');

const PAGES = [
  { name: 'edition 2022', path: '2022/' },
  { name: 'unit page 2022/zaoyang', path: '2022/zaoyang/' },
  { name: 'unit text 2022/zaoyang', path: '2022/zaoyang/text/' },
  { name: 'fact card 2022/jobs', path: '2022/charts/jobs/' },
  { name: 'data page 2022', path: '2022/data/' },
  { name: '404 page', path: '404.html' },
  { name: 'home page', path: '' },
  { name: 'chart page 2022/investment-signed', path: '2022/charts/investment-signed/' },
  { name: 'chart page 2022/matrix', path: '2022/charts/matrix/' },
  { name: 'embed 2022/investment-signed', path: '2022/embed/investment-signed/' },
  { name: 'methodology 2022', path: '2022/methodology/' },
  { name: 'follow-up 2022', path: '2022/follow-up/' },
  { name: 'report text 2022', path: '2022/texts/xiangyang-gongzuo-baogao/' },
  { name: 'embed 2022/follow-up-growth', path: '2022/embed/follow-up-growth/' },
  { name: 'edition 2023 (a work report)', path: '2023/' },
];
// Every page at the four widths readers bring, in the light scheme; the dark scheme once, at
// 1280 (its colours do not change with the width, and the layout does not change with colours).
const WIDTHS = [320, 360, 768, 1280];
// Colours must pass contrast in the light and the dark theme (prefers-color-scheme).
const SCHEMES = ['light', 'dark'] as const;

const distReady = existsSync(DIST) && statSync(DIST).isDirectory();
const MISSING_DIST = `The built site was not found at ${DIST} — run npm run build first.`;

// Two pages at a time: each test has its own context, and Chromium's renderers use both cores.
describe.concurrent('built site in Chromium', () => {
  let browser: Browser | undefined;
  let server: ServedDir | undefined;

  beforeAll(async () => {
    if (!distReady) return; // each test fails with MISSING_DIST instead
    server = await serveDir(DIST);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('dist/ exists', () => {
    expect(distReady, MISSING_DIST).toBe(true);
  });

  for (const pg of PAGES) {
    for (const width of WIDTHS) for (const scheme of SCHEMES.filter((s) => s === 'light' || width === 1280)) {
      // Concurrent tests must use their own expect (from the test context) for soft assertions.
      // axe at one phone and one desktop width: a page's markup is the same at every width, and
      // each chart's drawings for the widths come from one function; at 320 and 768 what the
      // width changes (overflow, errors, requests) is checked.
      const axe = width === 360 || width === 1280;
      it(`${pg.name} @ ${width}px, ${scheme}: no overflow, console errors, failed requests${axe ? ' or axe violations' : ''}`, async ({ expect }) => {
        if (!distReady) throw new Error(MISSING_DIST);
        const context = await browser!.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN', colorScheme: scheme });
        try {
          const page = await context.newPage();
          const url = new URL(pg.path, server!.url).href;
          const report = await checkPage(page, url, { width });
          const violations = axe ? await runAxe(page) : [];
          // A picture of what failed, for the CI artifacts; a page that passes needs none.
          const failed = report.status !== 200 || report.overflow || report.consoleErrors.length || report.failedRequests.length || violations.length;
          if (failed) {
            await page
              .screenshot({ path: path.join(SCREENSHOTS, `${pg.path.replace(/\W+/g, '_')}${width}-${scheme}.png`), fullPage: true })
              .catch(() => {});
          }

          const where = `${url} @ ${width}px, ${scheme}`;
          expect.soft(report.status, `${where}: HTTP status`).toBe(200);
          expect.soft(report.overflow && formatOverflow(report.overflow), `${where}: horizontal overflow`).toBeNull();
          expect.soft(report.consoleErrors, `${where}: ${formatList('console errors', report.consoleErrors)}`).toEqual([]);
          expect.soft(report.failedRequests, `${where}: ${formatList('failed requests', report.failedRequests)}`).toEqual([]);
          expect.soft(violations.map((v) => v.id), `${where}: ${formatViolations(violations)}`).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

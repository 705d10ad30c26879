/**
 * An edition's archive, unpacked with the system's tar and served under an unrelated path
 * (/some/where/), works in Chromium: styles apply, nothing fails to load, every link that stays
 * in the archive resolves, no link escapes it, and charts render. This is what "self-contained,
 * works from any folder" means for an archivist.
 *
 * Uses the real build in dist/ (run npm run build first; fails rather than skips without it).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chartProblems, checkPage, formatList, launchBrowser } from '../helpers/browser';
import { serveDir, type ServedDir } from '../helpers/serve';
import { builtYear, DIST, printed, REPO, runScript } from '../archive/helpers';

const BASE_PATH = '/some/where/';
const WIDTHS = [360, 1280];

describe('edition archive served from another path', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'archive-browser-'));
  let year = '';
  let unit = '';
  let server: ServedDir;
  let browser: Browser;
  /** URL of the archive's top folder, e.g. http://127.0.0.1:PORT/some/where/fenjin-qingdan-2022/ */
  let top = '';
  /** The archive's top folder on disk. */
  let topDir = '';

  beforeAll(async () => {
    year = builtYear();
    const edition = readFileSync(path.join(REPO, 'content', year, 'edition.md'), 'utf8');
    unit = /^\s+slug: (\S+)$/m.exec(edition)?.[1] ?? '';
    if (!unit) throw new Error(`content/${year}/edition.md lists no unit slug`);

    const made = await runScript('archive', [year, '--dist', DIST, '--out', path.join(tmp, 'out')]);
    if (made.status !== 0) throw new Error(`npm run archive -- ${year} failed:\n${printed(made)}`);
    const name = `fenjin-qingdan-${year}`;
    const unpacked = path.join(tmp, 'unpacked');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['-xzf', path.join(tmp, 'out', `${name}.tar.gz`), '-C', unpacked], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`tar -xzf failed: ${tar.stderr}`);

    topDir = path.join(unpacked, name);
    server = await serveDir(unpacked, { basePath: BASE_PATH });
    top = new URL(`${name}/`, server.url).href;
    browser = await launchBrowser();
  }, 120_000); // an archive run plus Chromium's start, on a loaded 2-core machine

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Computed body styles that any real stylesheet changes from the browser's defaults. */
  const bodyStyle = (page: Page) =>
    page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { fontFamily: s.fontFamily, margin: s.margin, background: s.backgroundColor, lineHeight: s.lineHeight };
    });

  /** Same-origin link targets (fragment dropped), split into inside and outside the archive. */
  async function links(page: Page) {
    // Resolved by hand: an <a> inside an SVG chart has no string .href.
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
    const origin = new URL(server.url).origin;
    const local = [...new Set(hrefs.filter((h) => h.startsWith(origin + '/')).map((h) => h.split('#')[0]!))].sort();
    return { inside: local.filter((h) => h.startsWith(top)), escaping: local.filter((h) => !h.startsWith(top)) };
  }

  it('the archive root has a landing page that links to the edition', async () => {
    const page = await browser.newPage();
    try {
      const report = await checkPage(page, top, { width: 1280 });
      expect(report.status).toBe(200);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await page.title()).not.toBe('');
      const { inside, escaping } = await links(page);
      expect(inside).toContain(`${top}${year}/`);
      expect(escaping).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('holds the source text, byte for byte (its SHA-256 is the manifest\'s), linked from the edition page; search/ answers with a page of its own', async () => {
    const manifest = JSON.parse(readFileSync(path.join(topDir, 'manifest.json'), 'utf8'));
    const file = path.join(topDir, year, 'data', path.basename(manifest.edition.seed));
    expect(existsSync(file), file).toBe(true);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(manifest.edition.seed_sha256);
    expect(readFileSync(path.join(topDir, year, 'index.html'), 'utf8')).toContain(`href="data/${path.basename(manifest.edition.seed)}"`);
    const res = await fetch(`${top}search/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('搜索在存档中不可用');
  });

  for (const width of WIDTHS) {
    for (const which of ['edition', 'unit'] as const) {
      it(`${which} page @ ${width}px: styled, loads cleanly, links resolve inside the archive, charts render`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN' });
        try {
          const page = await context.newPage();
          await page.goto('about:blank');
          const defaults = await bodyStyle(page);

          const url = which === 'edition' ? `${top}${year}/` : `${top}${year}/${unit}/`;
          const report = await checkPage(page, url, { width });
          expect.soft(report.status, `${url}: HTTP status`).toBe(200);
          expect.soft(report.consoleErrors, formatList('console errors', report.consoleErrors)).toEqual([]);
          expect.soft(report.failedRequests, formatList('failed requests', report.failedRequests)).toEqual([]);
          expect.soft(await bodyStyle(page), `${url}: body looks unstyled (same computed style as about:blank)`).not.toEqual(defaults);

          const { inside, escaping } = await links(page);
          expect.soft(inside.length, `${url}: links into the archive`).toBeGreaterThan(0);
          expect.soft(escaping, `${url}: links that leave the archive's folder (would break under another path)`).toEqual([]);
          const broken: string[] = [];
          for (const href of inside) {
            const res = await fetch(href);
            if (res.status !== 200) broken.push(`${href} -> HTTP ${res.status}`);
          }
          expect.soft(broken, `${url}: ${formatList('broken links', broken)}`).toEqual([]);

          const charts = await chartProblems(page);
          expect.soft(charts.problems, `${url}: ${formatList('chart problems', charts.problems)}`).toEqual([]);
          if (which === 'edition' && existsSync(path.join(DIST, year, 'charts'))) {
            expect.soft(charts.figures, `${url}: dist/${year}/charts exists, so the edition page should show charts`).toBeGreaterThan(0);
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});

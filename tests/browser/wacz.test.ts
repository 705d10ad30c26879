/**
 * An edition's WACZ opened in ReplayWeb.page, as an archivist would: the `replaywebpage` package's
 * own ui.js and sw.js (from node_modules, nothing from a CDN) served on loopback beside the WACZ,
 * the archive loaded in its <replay-web-page> embed, and the edition page, a unit page and a chart
 * page replayed at their public URLs with their styles, their charts, and links that resolve
 * inside the archive (the replay fetches them from the WACZ, and a click on one replays its page).
 *
 * ReplayWeb.page replays in nested iframes: the embed's frame (/replay/?source=…) runs the app,
 * whose inner frame shows the archived page at /replay/w/<collection>/<timestamp>mp_/<URL>.
 * Playwright sees every frame, shadow DOM or not, so the tests find the page's frame by its URL.
 * The service worker needs a secure context, which http://127.0.0.1 is.
 *
 * Uses the real build in dist/ (run npm run build first; fails rather than skips without it).
 */
import { readFileSync, mkdtempSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/archive/pages.ts';
import { publicUrl } from '../../src/archive/public-url.ts';
import { builtYear, DIST, printed, REPO, runScript } from '../archive/helpers.ts';
import { readZip } from '../archive/wacz-helpers.ts';
import { chartProblems, formatList, launchBrowser } from '../helpers/browser.ts';

const BASE = 'https://archive.invalid/';
const RWP = path.join(REPO, 'node_modules', 'replaywebpage');

/** The page that embeds the replay of `url`, as ReplayWeb.page's embedding guide shows it. */
const embedPage = (url: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>replay</title><script src="/ui.js"></script></head>
<body style="margin:0">
<replay-web-page source="/archive.wacz" url="${url.replace(/"/g, '&quot;')}" embed="replayonly" replaybase="/replay/"
  style="display:block;width:1280px;height:900px"></replay-web-page>
</body></html>`;

// What the service worker would serve at /replay/ itself; served statically too, so the embed's
// frame loads whether or not the worker is in control yet.
const REPLAY_INDEX = '<!doctype html><html><head><script src="./ui.js"></script></head><body><replay-app-main></replay-app-main></body></html>';

/**
 * A loopback server for ReplayWeb.page and one WACZ. Unlike tests/helpers/serve.ts it answers
 * Range requests, as WACZ 1.1.1 asks of a host, so the replay reads the WACZ the way it would
 * from a real one: the ZIP's directory, then the index, then each record at its offset.
 */
async function serveReplay(wacz: Buffer): Promise<{ url: string; ranges: string[]; close(): Promise<void> }> {
  const ranges: string[] = [];
  const files: Record<string, { body: Buffer | string; type: string }> = {
    '/ui.js': { body: readFileSync(path.join(RWP, 'ui.js')), type: 'text/javascript' },
    '/replay/ui.js': { body: readFileSync(path.join(RWP, 'ui.js')), type: 'text/javascript' },
    '/replay/sw.js': { body: readFileSync(path.join(RWP, 'sw.js')), type: 'text/javascript' },
    '/replay/': { body: REPLAY_INDEX, type: 'text/html; charset=utf-8' },
    '/replay/index.html': { body: REPLAY_INDEX, type: 'text/html; charset=utf-8' },
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(embedPage(url.searchParams.get('url') ?? ''));
    }
    if (url.pathname === '/archive.wacz') {
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
      const headers = { 'content-type': 'application/wacz', 'accept-ranges': 'bytes' };
      if (!range) {
        res.writeHead(200, { ...headers, 'content-length': String(wacz.length) });
        return res.end(req.method === 'HEAD' ? undefined : wacz);
      }
      const start = range[1] ? Number(range[1]) : Math.max(0, wacz.length - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), wacz.length - 1) : wacz.length - 1;
      if (start > end || start >= wacz.length) {
        res.writeHead(416, { 'content-range': `bytes */${wacz.length}` });
        return res.end();
      }
      ranges.push(`${start}-${end}`);
      res.writeHead(206, { ...headers, 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${wacz.length}` });
      return res.end(req.method === 'HEAD' ? undefined : wacz.subarray(start, end + 1));
    }
    const file = files[url.pathname];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Not Found');
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    res.end(file.body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    ranges,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The original URL a link or request of the replayed page names, whichever form the replay's
 * rewriting shows: /replay/w/<collection>/<timestamp><modifier>_/<URL> gives <URL>.
 */
const original = (href: string) => (/\/replay\/w\/.*?\/(https?:\/\/.*)$/.exec(href)?.[1] ?? href).split('#')[0]!;

describe('edition WACZ replayed in ReplayWeb.page', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'wacz-browser-'));
  let year = '';
  let unit = '';
  let chart = '';
  /** Every URL with a response record, from the WACZ's index. */
  let archived = new Set<string>();
  /** Pages the archive command said it left out (other parts of the site), and the site's root. */
  let leftOut = new Set<string>();
  let server: Awaited<ReturnType<typeof serveReplay>>;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    year = builtYear();
    const edition = readFileSync(path.join(REPO, 'content', year, 'edition.md'), 'utf8');
    unit = /^\s+slug: (\S+)$/m.exec(edition)?.[1] ?? '';
    if (!unit) throw new Error(`content/${year}/edition.md lists no unit slug`);
    const charts = path.join(DIST, year, 'charts');
    chart = existsSync(charts) ? (readdirSync(charts).find((c) => existsSync(path.join(charts, c, 'index.html'))) ?? '') : '';
    if (!chart) throw new Error(`no chart page in ${charts}: expected dist/${year}/charts/<chart>/index.html`);

    // No SITE_URL: the archive's URLs are under the documented default, https://archive.invalid/.
    const made = await runScript('archive', [year, '--dist', DIST, '--out', tmp], { SITE_URL: '' });
    if (made.status !== 0) throw new Error(`npm run archive -- ${year} failed:\n${printed(made)}`);
    const notes = made.stderr.matchAll(/^archive: note: not archived \(another part of the site\): \S+ → (\S+)$/gm);
    leftOut = new Set([BASE, ...[...notes].map((m) => publicUrl(m[1]!, BASE))]);
    const wacz = readFileSync(path.join(tmp, `fenjin-qingdan-${year}.wacz`));
    const index = Buffer.from(readZip(wacz).get('indexes/index.cdxj')!.data).toString('utf8');
    archived = new Set(index.split('\n').filter(Boolean).map((line) => JSON.parse(line.slice(line.indexOf('{'))).url as string));

    server = await serveReplay(wacz);
    browser = await launchBrowser();
    // One context for every test: the service worker and the collection it loaded are kept.
    context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, locale: 'zh-CN' });
  }, 180_000); // an archive run and Chromium's start, on a loaded 2-core machine

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const isReplayOf = (url: string) => (f: Frame) => f.url().endsWith(`mp_/${url}`);

  /** Opens the replay of `url` and returns the frame showing the archived page, once it has loaded. */
  async function replay(page: Page, url: string): Promise<Frame> {
    const shown = page.waitForEvent('framenavigated', { predicate: isReplayOf(url), timeout: 90_000 });
    await page.goto(`${server.url}?url=${encodeURIComponent(url)}`, { waitUntil: 'load' });
    const frame = page.frames().find(isReplayOf(url)) ?? (await shown);
    shown.catch(() => {}); // settled or no longer needed
    await frame.waitForLoadState('load', { timeout: 60_000 });
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
    return frame;
  }

  /**
   * Requests of the replayed page (/replay/w/<collection>/…, not the app's own /replay/w/api/)
   * that failed or were not found in the archive.
   */
  function failures(page: Page): string[] {
    const failed: string[] = [];
    const ofPage = (url: string) => /\/replay\/w\/(?!api\/)/.test(url);
    page.on('response', (res) => {
      if (ofPage(res.url()) && res.status() >= 400) failed.push(`${original(res.url())} -> HTTP ${res.status()}`);
    });
    page.on('requestfailed', (req) => {
      if (ofPage(req.url())) failed.push(`${original(req.url())} -> ${req.failure()?.errorText ?? 'failed'}`);
    });
    return failed;
  }

  /** Computed body styles that any real stylesheet changes from the browser's defaults. */
  const bodyStyle = (frame: Frame | Page) =>
    frame.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { fontFamily: s.fontFamily, margin: s.margin, background: s.backgroundColor, lineHeight: s.lineHeight };
    });

  /** The page's links (original URLs, fragment dropped), as the replayed page has them. */
  const linksOf = async (frame: Frame) =>
    [...new Set((await frame.$$eval('a[href]', (as) => as.map((a) => (a instanceof HTMLAnchorElement ? a.href : a.getAttribute('href') ?? '')))).map(original))].sort();

  const pages = () => [
    { which: 'edition', url: `${BASE}${year}/`, file: `${year}/index.html` },
    { which: 'unit', url: `${BASE}${year}/${unit}/`, file: `${year}/${unit}/index.html` },
    { which: 'chart', url: `${BASE}${year}/charts/${chart}/`, file: `${year}/charts/${chart}/index.html` },
  ];

  for (const which of ['edition', 'unit', 'chart'] as const) {
    it(`replays the ${which} page at its public URL, styled, with its charts, every link inside the archive resolving`, async () => {
      const { url, file } = pages().find((p) => p.which === which)!;
      const page = await context.newPage();
      try {
        const failed = failures(page);
        await page.goto('about:blank');
        const defaults = await bodyStyle(page);
        const frame = await replay(page, url);

        // Read as from a real host: the ZIP's directory, the index, then records at their offsets.
        expect(server.ranges.length, 'range requests for parts of the WACZ').toBeGreaterThan(2);
        expect(await frame.title(), `${url}: the archived page's title`).toBe(documentTitle(readFileSync(path.join(DIST, file), 'utf8')));
        expect.soft(await bodyStyle(frame), `${url}: body looks unstyled (same computed style as about:blank)`).not.toEqual(defaults);

        const charts = await chartProblems(frame);
        expect.soft(charts.problems, `${url}: ${formatList('chart problems', charts.problems)}`).toEqual([]);
        expect.soft(charts.figures, `${url}: figures with charts`).toBeGreaterThan(which === 'unit' ? -1 : 0);

        const links = await linksOf(frame);
        const site = links.filter((h) => h.startsWith(BASE));
        expect.soft(links.filter((h) => h.startsWith(server.url)), `${url}: links that point at the replay server instead of an archived URL`).toEqual([]);
        const inside = site.filter((h) => archived.has(h));
        const edition = `${BASE}${year}/`;
        const notArchived = site.filter((h) => h.startsWith(edition) && !archived.has(h));
        expect.soft(notArchived, `${url}: ${formatList('links into the edition that the archive does not hold', notArchived)}`).toEqual([]);
        // Left out by design, and said so by the archive command: the site's root page (it lists
        // every edition), other editions, other parts of the site.
        const unexpected = site.filter((h) => !h.startsWith(edition) && !archived.has(h) && !leftOut.has(h));
        expect.soft(unexpected, `${url}: ${formatList('links to the site that are neither archived nor named as left out', unexpected)}`).toEqual([]);
        expect.soft(inside.length, `${url}: links into the archive`).toBeGreaterThan(0);
        // Each link is fetched from inside the replayed page, so the replay resolves it to the WACZ.
        const statuses = await frame.evaluate((hrefs) => Promise.all(hrefs.map((h) => fetch(h).then((r) => `${r.status} ${h}`, (e: Error) => `${e.message} ${h}`))), inside);
        const broken = statuses.filter((s) => !s.startsWith('200 '));
        expect.soft(broken, `${url}: ${formatList('links that do not resolve in the replay', broken)}`).toEqual([]);
        expect.soft(failed, `${url}: ${formatList('failed requests of the replayed page', failed)}`).toEqual([]);
      } finally {
        await page.close();
      }
    }, 180_000);
  }

  it('holds the source text as a record at its public URL', () => {
    const edition = readFileSync(path.join(REPO, 'content', year, 'edition.md'), 'utf8');
    const seed = /^seed: (\S+)$/m.exec(edition)![1]!;
    expect(archived.has(`${BASE}${year}/data/${path.basename(seed)}`)).toBe(true);
  });

  it('a click on a unit link in the replayed edition page replays the unit page, inside the archive', async () => {
    const page = await context.newPage();
    try {
      const from = `${BASE}${year}/`;
      const to = `${BASE}${year}/${unit}/`;
      const frame = await replay(page, from);
      const arrived = page.waitForEvent('framenavigated', { predicate: isReplayOf(to), timeout: 60_000 });
      arrived.catch(() => {}); // awaited below; the page may close first if the click fails
      const clicked = await frame.evaluate((target) => {
        const link = [...document.querySelectorAll('a')].find((a) => a instanceof HTMLAnchorElement && (a.href === target || a.href.endsWith(`mp_/${target}`)));
        // After this returns: the click navigates the frame, which would end the evaluation.
        if (link) setTimeout(() => link.click(), 0);
        return link !== undefined;
      }, to);
      expect(clicked, `a link to ${to} on ${from}`).toBe(true);
      const unitFrame = await arrived;
      await unitFrame.waitForLoadState('load');
      expect(await unitFrame.title()).toBe(documentTitle(readFileSync(path.join(DIST, year, unit, 'index.html'), 'utf8')));
      expect(new URL(unitFrame.url()).origin, 'still served by the replay, not the live site').toBe(new URL(server.url).origin);
    } finally {
      await page.close();
    }
  }, 180_000);
});

/**
 * End-to-end check of chart embeds in real Chromium: the reporter script in
 * an embed on origin B drives public/embed.js on host origin A, and
 * messages from anywhere else (origin C, the host itself) are ignored.
 * Origins differ by port on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ElementHandle, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_HEIGHT_SCRIPT } from '../../src/embed/report-height';

const FIXTURES = fileURLToPath(new URL('../embed/fixtures/', import.meta.url));
const EMBED_JS = fileURLToPath(new URL('../../public/embed.js', import.meta.url));

let A = '';
let B = '';
let C = '';
const servers: Server[] = [];
let browser: Browser;

/** Serves the fixtures (templated with the origins) and the committed /embed.js. */
function listen(): Promise<string> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/embed.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(EMBED_JS));
      return;
    }
    const name = url.pathname.slice(1);
    if (!/^[a-z]+\.html$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    const html = readFileSync(FIXTURES + name, 'utf8')
      .replaceAll('{{B}}', B)
      .replaceAll('{{C}}', C)
      .replace('{{REPORTER}}', REPORT_HEIGHT_SCRIPT)
      .replace('{{EMBED_JS}}', url.searchParams.has('late') ? '' : '<script src="/embed.js"></script>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  [A, B, C] = await Promise.all([listen(), listen(), listen()]);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function frameOf(page: Page, selector: string): Promise<[ElementHandle<Element>, Frame]> {
  const el = (await page.$(selector))!;
  return [el, (await el.contentFrame())!];
}

async function sizes(page: Page, selector: string) {
  const [el, frame] = await frameOf(page, selector);
  return {
    iframe: await el.evaluate((e) => e.getBoundingClientRect().height),
    content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
  };
}

/** Waits until the iframe fits its content (±2px) and stays fitted. */
async function fitted(page: Page, selector = '#chart') {
  const gap = async () => {
    const s = await sizes(page, selector);
    return Math.abs(s.iframe - s.content);
  };
  await expect.poll(gap, { timeout: 5000, interval: 50 }).toBeLessThanOrEqual(2);
  await page.waitForTimeout(150); // no oscillation (e.g. scrollbar flip-flop)
  expect(await gap()).toBeLessThanOrEqual(2);
  return sizes(page, selector);
}

describe('embed.js + reporter in Chromium', { timeout: 30_000 }, () => {
  it('fits the iframe to its content at 320, 768 and 1280 px and shrinks with it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${A}/host.html`);
    const heights: number[] = [];
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const s = await fitted(page);
      expect(s.content).toBeGreaterThan(150); // not the iframe's initial height
      heights.push(s.iframe);
    }
    // Text wraps more on narrow screens: the test exercises real reflow.
    expect(heights[0]).toBeGreaterThan(heights[1]!);
    expect(heights[1]).toBeGreaterThan(heights[2]!);

    const [, frame] = await frameOf(page, '#chart');
    const before = heights[2]!;
    await frame.evaluate(() => {
      document.getElementById('p2')!.remove();
      document.getElementById('box')!.remove();
    });
    const after = await fitted(page);
    expect(after.iframe).toBeLessThan(before - 40);
    await page.close();
  });

  it('ignores size messages from other origins and unmarked iframes', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 800 } });
    await page.goto(`${A}/host.html`);
    await fitted(page);
    await fitted(page, '#hijacked');

    // Positive control: rogue.html's messages are accepted where legitimate.
    await expect
      .poll(() => page.$eval('#control', (e) => e.getBoundingClientRect().height))
      .toBe(345);

    // Same iframe (event.source matches) but its content moved to origin C.
    const [hijackedEl, hijacked] = await frameOf(page, '#hijacked');
    const hijackedHeight = await hijackedEl.evaluate((e) => e.getBoundingClientRect().height);
    await hijacked.goto(`${C}/rogue.html?h=777`);
    await expect.poll(() => hijacked.title()).toBe('posted');
    // The host page posting to itself.
    await page.evaluate(() => {
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 999 }, '*');
      window.postMessage({ type: 'fenjin:embed-size', version: 1, height: 999 }, '*');
    });
    // A legitimate change afterwards, so the spoofs had their chance first.
    const [, chart] = await frameOf(page, '#chart');
    await chart.evaluate(() => document.getElementById('p1')!.remove());
    await fitted(page);
    await page.waitForTimeout(200);

    const log = await page.evaluate(() => (window as unknown as { heightLog: string[][] }).heightLog);
    expect(log.length).toBeGreaterThan(0);
    expect(log.filter(([id]) => id === 'foreign')).toEqual([]);
    expect(log.map(([, h]) => h)).not.toContain('777px');
    expect(log.map(([, h]) => h)).not.toContain('999px');
    expect(log.map(([, h]) => h)).not.toContain('1234px');
    expect(await page.$eval('#foreign', (e) => e.getBoundingClientRect().height)).toBe(150);
    expect(await hijackedEl.evaluate((e) => e.getBoundingClientRect().height)).toBe(hijackedHeight);
    await page.close();
  });

  it('catches up with embeds that loaded before embed.js, and with iframes added later', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 800 } });
    await page.goto(`${A}/host.html?late`); // waits for the iframes' load too
    await page.waitForTimeout(200);
    // Their first reports went unheard: still the initial height.
    expect((await sizes(page, '#chart')).iframe).toBe(150);

    await page.addScriptTag({ url: `${A}/embed.js` });
    await fitted(page);

    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.id = 'added';
      f.src = src;
      f.setAttribute('data-fenjin-embed', '');
      document.body.append(f);
    }, `${B}/embed.html?added`);
    await expect.poll(() => page.$('#added').then((e) => e?.contentFrame())).toBeTruthy();
    await fitted(page, '#added');
    await page.close();
  });
});

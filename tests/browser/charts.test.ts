/**
 * What a reader and an editor see of the charts, in Chromium: labels not clipped at 360 px,
 * an embed sized to its content inside a host page on another origin, a placeholder height
 * that fits a phone without the script, and a PNG export that shows Chinese glyphs.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { serveDir, type ServedDir } from "../helpers/serve";
import { launchBrowser, measureOverflow } from "../helpers/browser";
import { DIST, requireDist } from "../helpers/dist";
import { renderImage, renderPng } from "../../src/charts/render-png";

const CHARTS = readdirSync(join(DIST, "2022/charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe("charts in Chromium", () => {
  let browser: Browser;
  let site: ServedDir;
  let host: ServedDir;
  const hostDir = mkdtempSync(join(tmpdir(), "host-"));

  beforeAll(async () => {
    requireDist();
    site = await serveDir(DIST);
    // The article page lives on another origin, as it would on a news site.
    host = await serveDir(hostDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  it("every chart page at 360 px: no horizontal overflow, and no chart text outside its SVG", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const problems: string[] = [];
    for (const chart of CHARTS) {
      await page.goto(new URL(`2022/charts/${chart}/`, site.url).href);
      const overflow = await measureOverflow(page);
      if (overflow) problems.push(`${chart}: page overflows by ${overflow.scrollWidth - overflow.clientWidth}px`);
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll("figure .chart-graphic svg")]
          .filter((svg) => (svg as SVGSVGElement).getBoundingClientRect().width > 0)
          .flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll("text")]
              .map((t) => ({ t: t.textContent ?? "", r: t.getBoundingClientRect() }))
              .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1)
              .map(({ t, r }) => `${t} [${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}]`);
          }),
      );
      problems.push(...outside.map((o) => `${chart}: ${o}`));
      const overlaps = await page.evaluate(() => {
        // A unit's label must end left of its bars: the margin was sized for Chinese text.
        const svg = [...document.querySelectorAll("figure .chart-graphic svg")].find((s) => s.getBoundingClientRect().width > 0);
        if (!svg) return [];
        const bars = [...svg.querySelectorAll(".bar rect, .cell-on rect, .cell-off rect")].map((b) => b.getBoundingClientRect());
        const left = Math.min(...bars.map((b) => b.left));
        return [...svg.querySelectorAll(".axis-label text")].map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() })).filter(({ r }) => r.right > left + 1).map(({ t }) => t);
      });
      problems.push(...overlaps.map((t) => `${chart}: label ${t} overlaps the bars`));
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it.each([320, 768, 1280])("an embed in a host page on another origin is sized to its content (±2 px) at %i px", async (width) => {
    // The code as an editor copies it from the chart page, addresses filled from the page's own.
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(new URL("2022/charts/investment-signed/", site.url).href);
    const local = await page.locator("#embed-code").inputValue();
    expect(local).toContain(`src="${site.url}2022/embed/investment-signed/"`);
    writeFileSync(join(hostDir, "article.html"), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>文章</title></head><body><p>正文。</p>${local}<p>正文完。</p></body></html>`);
    await page.goto(new URL("article.html", host.url).href);
    const iframe = page.locator("iframe[data-fenjin-embed]");
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await iframe.elementHandle())!.contentFrame();
    const content = async () => (await frame)!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await content())), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    await page.close();
  });

  it("without the host script, an iframe as wide as the column its code was made for is as tall as its content (±4 px)", async () => {
    const wrong: string[] = [];
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The iframe is hosted by a page that never showed the site: a blank page opened from the
    // chart page would inherit its policy (default-src 'none') and block the iframe.
    const hostPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const chart of CHARTS) {
      await page.goto(new URL(`2022/charts/${chart}/`, site.url).href);
      const options = await page.locator("#embed-width option").evaluateAll((os) => os.map((o) => ({ name: o.textContent!, width: Number(o.getAttribute("data-width")), height: Number((o as HTMLOptionElement).value) })));
      expect(options.length, chart).toBeGreaterThan(2);
      for (const o of options) {
        const width = o.width;
        await hostPage.setContent(`<iframe src="${new URL(`2022/embed/${chart}/`, site.url).href}" style="width:${width}px;border:0;display:block" height="${o.height}"></iframe>`);
        const frame = (await (await hostPage.$("iframe"))!.contentFrame())!;
        // The frame starts as about:blank; wait for the embed itself to have loaded.
        await expect.poll(() => frame.evaluate(() => (location.pathname.includes("/embed/") && document.readyState === "complete" ? 1 : 0)), { timeout: 20_000 }).toBe(1);
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        if (Math.abs(content - o.height) > 4) wrong.push(`${chart} @ ${width}px (${o.name}): placeholder ${o.height}px, content ${content}px`);
      }
    }
    await page.close();
    await hostPage.close();
    expect(wrong).toEqual([]);
  });

  it("a PNG export shows Chinese glyphs: its text differs from a rendering with no CJK font", async () => {
    const svg = readFileSync(join(DIST, "2022/charts/investment-signed/investment-signed.svg"), "utf8");
    writeFileSync(join(hostDir, "no-font.png"), renderPng(svg, { fontFiles: [] }));
    const page = await browser.newPage({ viewport: { width: 1500, height: 1400 } });
    const shot = async (src: string) => {
      await page.setContent(`<body style="margin:0;background:#fff"><img id="i" src="${src}" style="display:block"></body>`);
      await page.waitForFunction(() => (document.getElementById("i") as HTMLImageElement).complete);
      // The headline strip at the top of the card: Chinese text only.
      return page.screenshot({ clip: { x: 0, y: 0, width: 1300, height: 160 } });
    };
    const withFont = await shot(new URL("2022/charts/investment-signed/investment-signed.png", site.url).href);
    const withoutFont = await shot(new URL("no-font.png", host.url).href);
    await page.close();
    const dark = (png: Buffer) => {
      // Decode the screenshot by drawing it through resvg, then count its dark pixels.
      const img = renderImage(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1300" height="160"><image width="1300" height="160" href="data:image/png;base64,${png.toString("base64")}"/></svg>`, { scale: 1 });
      const pixels = img.pixels; // a getter that copies the buffer: read it once
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128) n++;
      return n;
    };
    const [a, b] = [dark(withFont), dark(withoutFont)];
    expect(a).toBeGreaterThan(2000);
    expect(b).toBeLessThan(a / 10);
  });
});

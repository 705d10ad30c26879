/**
 * An embed as a guest in an article on another origin, in Chromium at 320, 768 and 1280 px:
 * pasted with the code made for the article's column width, the iframe keeps its placeholder
 * height (±4 px) from the first frame to the loaded chart, the chart is drawn for the width it
 * gets (never scaled), and no text in it is smaller than 12 px.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { useSiteInBrowser } from "../helpers/site";
import { serveDir, type ServedDir } from "../helpers/serve";
import { DIST } from "../helpers/dist";

const CHARTS = readdirSync(join(DIST, "2022/embed"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const hostDir = mkdtempSync(join(tmpdir(), "guest-"));

/** The article: the embed between two paragraphs, and a recorder of the iframe's height at every frame. */
const article = (code: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>文章</title></head><body>
<script>window.heights=[];(function tick(){var f=document.querySelector("iframe");if(f)heights.push(f.getBoundingClientRect().height);requestAnimationFrame(tick);})();</script>
<p>正文。</p>${code}<p>正文完。</p></body></html>`;

/** Heights of every text the reader sees in the frame, as drawn (an SVG's scale included). */
const textSizes = (frame: Frame) =>
  frame.evaluate(() => {
    const out: { text: string; px: number }[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!own || !(el as HTMLElement).checkVisibility?.()) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      const svg = el.closest("svg");
      const scale = svg ? svg.getBoundingClientRect().width / (svg as SVGSVGElement).width.baseVal.value : 1;
      out.push({ text: el.textContent!.trim().slice(0, 20), px: parseFloat(getComputedStyle(el).fontSize) * scale });
    }
    return out;
  });

describe("an embed in an article on another origin", () => {
  const env = useSiteInBrowser();
  let host: ServedDir;
  beforeAll(async () => {
    host = await serveDir(hostDir);
  });
  afterAll(() => host?.close());

  /** The code an editor copies from the chart page, made for the column width `column`. */
  async function codeFor(page: Page, chart: string, column: number): Promise<string> {
    await page.goto(new URL(`2022/charts/${chart}/`, env.site.url).href);
    const names = await page.locator("#embed-width option").allTextContents();
    const index = names.findIndex((n) => n.includes(column === 304 ? "320" : "720"));
    await page.locator("#embed-width").selectOption({ index });
    return page.locator("#embed-code").inputValue();
  }

  for (const width of [320, 768, 1280]) {
    it(`@ ${width}px: every chart's embed keeps its placeholder height (±4 px) until loaded, is drawn unscaled, and has no text under 12 px`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 900 } });
      const problems: string[] = [];
      const column = Math.min(width - 16, 720);
      for (const chart of CHARTS) {
        const code = await codeFor(page, chart, column);
        const name = `article-${chart}-${width}.html`;
        writeFileSync(join(hostDir, name), article(code));
        await page.goto(new URL(name, host.url).href);
        const iframe = page.locator("iframe[data-fenjin-embed]");
        const frame = (await (await iframe.elementHandle())!.contentFrame())!;
        await frame.waitForLoadState("load");
        const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        // Loaded: the host script has sized the iframe to its content.
        await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await content())), { timeout: 20_000 }).toBeLessThanOrEqual(1);
        const heights: number[] = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
        // The placeholder is the code's height attribute; every height the reader could see stays near it.
        const placeholder = Number(/ height="(\d+)"/.exec(code)![1]);
        const moved = Math.max(...heights.map((h) => Math.abs(h - placeholder)));
        if (moved > 4) problems.push(`${chart}: height moved ${moved.toFixed(1)} px from the placeholder ${placeholder} (first ${heights[0]}, loaded ${heights.at(-1)})`);
        const scaled = await frame.evaluate(() =>
          [...document.querySelectorAll(".chart-graphic svg")]
            .filter((s) => (s as SVGSVGElement).checkVisibility())
            .map((s) => (s as SVGSVGElement).getBoundingClientRect().width / (s as SVGSVGElement).width.baseVal.value),
        );
        if (scaled.length !== 1 || Math.abs(scaled[0] - 1) > 0.001) problems.push(`${chart}: drawings shown ${scaled.length}, scale ${scaled.join(", ")}`);
        const small = (await textSizes(frame)).filter((t) => t.px < 12);
        problems.push(...small.map((t) => `${chart}: “${t.text}” at ${t.px.toFixed(1)} px`));
      }
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});

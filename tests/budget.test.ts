import { globSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, requireDist } from "./helpers/dist.ts";

/** Bytes of script a built page ships, inline or linked. */
function scriptBytes(file: string): number {
  const html = readFileSync(join(DIST, file), "utf8");
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1])?.[1];
    bytes += src ? statSync(join(DIST, file, "..", src)).size : Buffer.byteLength(m[2]);
  }
  return bytes;
}

describe("size budgets", () => {
  let pages: string[];
  beforeAll(() => {
    requireDist();
    pages = globSync("**/*.html", { cwd: DIST });
  });

  it("readers' pages ship 0 bytes of JavaScript; a chart page only its copy button's, under 1 KB", () => {
    // The search page is the one reader page that may run a script: it is the search.
    const readers = pages.filter((p) => !p.includes("embed/") && !p.startsWith("search/"));
    const chartPages = readers.filter((p) => /^\d{4}\/charts\/[^/]+\/index\.html$/.test(p));
    expect(readers.length).toBeGreaterThan(20);
    expect(chartPages.length).toBeGreaterThan(5);
    expect(readers.filter((p) => !chartPages.includes(p) && scriptBytes(p) > 0)).toEqual([]);
    for (const p of chartPages) expect(scriptBytes(p), p).toBeLessThanOrEqual(1024);
  });

  it("an embed page ships at most 1.5 KB of JavaScript (its height reporter)", () => {
    for (const p of pages.filter((x) => x.includes("embed/"))) expect(scriptBytes(p), p).toBeLessThanOrEqual(1536);
  });

  it("a reader's page weighs under 200 KB of HTML, styles and inline SVG included", () => {
    for (const p of pages) expect(statSync(join(DIST, p)).size, p).toBeLessThan(200 * 1024);
  });

  it("the overview (an edition's page) is at most 12 KB gzipped and 1000 elements, and ships each chart once", async () => {
    const { gzipSync } = await import("node:zlib");
    const { JSDOM } = await import("jsdom");
    for (const p of pages.filter((x) => /^\d{4}\/index\.html$/.test(x))) {
      const html = readFileSync(join(DIST, p));
      expect(gzipSync(html, { level: 9 }).length, p).toBeLessThanOrEqual(12 * 1024);
      const doc = new JSDOM(html).window.document;
      expect(doc.querySelectorAll("*").length, p).toBeLessThanOrEqual(1000);
      const titles = [...doc.querySelectorAll("figure.chart svg")].map((svg) => svg.getAttribute("aria-label"));
      // An edition of several places leads with a chart comparing them; one of a single text (a work report) has none to draw.
      if (doc.querySelectorAll("ol.units li").length > 1) expect(titles.length, p).toBeGreaterThan(0);
      expect(new Set(titles).size, p).toBe(titles.length);
    }
  });
});

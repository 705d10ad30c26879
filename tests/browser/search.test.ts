/**
 * Search in Chinese, fully static: Pagefind's index of the reader pages (never an embed),
 * queried from the search page in Chromium with two-character words and place names.
 */
import { globSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSiteInBrowser } from "../helpers/site";
import { DIST } from "../helpers/dist";

describe("search", () => {
  const env = useSiteInBrowser();
  let page: Page;
  beforeAll(async () => {
    page = await env.browser.newPage({ viewport: { width: 360, height: 800 } });
  });

  /** The result links the search page shows for a query, once it has shown some. */
  async function search(query: string): Promise<string[]> {
    await page.goto(new URL("search/", env.site.url).href);
    const input = page.locator("#search input");
    await input.fill(query);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 30_000 });
    return page.locator(".pagefind-ui__result-link, .pagefind-ui__result-nested a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  }

  it("“高标准农田” finds the two places that set it, 枣阳市 and 宜城市", async () => {
    const links = await search("高标准农田");
    const places = links.map((h) => new URL(h).pathname);
    expect(places).toContain("/2022/zaoyang/");
    expect(places).toContain("/2022/yicheng/");
  });

  it("a place's name finds its page first, and results link to sections of it", async () => {
    const links = await search("樊城区");
    expect(new URL(links[0]).pathname).toBe("/2022/fancheng/");
    expect(links.some((h) => /\/2022\/fancheng\/#/.test(h))).toBe(true);
  });

  it("the index holds every reader page and no embed page", () => {
    const entry = JSON.parse(readFileSync(join(DIST, "pagefind/pagefind-entry.json"), "utf8"));
    const readers = globSync("**/index.html", { cwd: DIST }).filter((p) => !p.includes("embed/") && !p.startsWith("search/"));
    expect(entry.languages["zh-cn"].page_count).toBe(readers.length);
    for (const p of globSync("**/embed/**/index.html", { cwd: DIST })) expect(readFileSync(join(DIST, p), "utf8")).not.toContain("data-pagefind-body");
  });

  it("without JavaScript the search page says how to search otherwise", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(new URL("search/", env.site.url).href);
    await expect.poll(() => p.locator("#search-fallback").isVisible()).toBe(true);
    expect(await p.locator("#search-fallback").textContent()).toMatch(/JavaScript/);
    await context.close();
  });
});

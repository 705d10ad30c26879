/**
 * Search in Chinese, fully static: Pagefind's index of the reader pages (never an embed),
 * queried from the search page in Chromium at 320, 360, 768 and 1280 px. Each result says its
 * year and place, lands on the sentence (or row) where the words stand, shows that sentence as
 * its excerpt, and the query's topic ranks its charts and places' pages first. Every reader
 * page links to search.
 */
import { globSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSiteInBrowser } from "../helpers/site";
import { DIST, loadPage, pagePaths } from "../helpers/dist";

interface Result { where: string; href: string; excerpt: string }

describe("search", () => {
  const env = useSiteInBrowser();

  /** The results the search page shows for a query, once it has shown some. */
  async function search(page: Page, query: string): Promise<Result[]> {
    await page.goto(new URL("search/", env.site.url).href);
    await page.locator("#q").fill(query);
    await page.locator("#results li").first().waitFor({ timeout: 30_000 });
    return page.locator("#results li").evaluateAll((ls) =>
      ls.map((l) => ({ where: l.querySelector(".result-where")!.textContent!, href: (l.querySelector("a") as HTMLAnchorElement).href, excerpt: l.querySelector(".result-excerpt")!.textContent! })),
    );
  }

  for (const width of [320, 360, 768, 1280]) {
    it(`@ ${width}px: “高标准农田” finds 枣阳市 and 宜城市 with year and place, the farmland chart first, landing on the sentences, excerpts that are sentences`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      const results = await search(page, "高标准农田");
      expect(new URL(results[0].href).pathname).toBe("/2022/charts/farmland/");
      const places = results.filter((r) => /地方目标|清单原文/.test(r.where));
      expect(places.map((r) => r.where)).toEqual(expect.arrayContaining(["2022年 · 枣阳市 · 地方目标", "2022年 · 宜城市 · 地方目标"]));
      // The places' pages of the topic come before pages that merely mention it (the overview, the home page).
      const firstOther = results.findIndex((r) => !/图表|卡片|地方目标|清单原文/.test(r.where));
      expect(results.slice(0, firstOther).filter((r) => /地方目标/.test(r.where)).length).toBeGreaterThanOrEqual(2);
      for (const r of results) {
        expect(r.excerpt, r.href).not.toMatch(/\. /);
        if (/清单原文/.test(r.where)) expect(r.href, r.excerpt).toMatch(/\/text\/#[a-z]+-\d+$/);
        if (/地方目标/.test(r.where)) expect(r.excerpt).toMatch(/^[^：]+：[^。]+。$/);
      }
      // Following a text result lands on its sentence, in view and highlighted.
      const text = results.find((r) => /枣阳市 · 清单原文/.test(r.where))!;
      await page.goto(text.href);
      const seen = await page.evaluate(() => {
        const s = document.querySelector(":target")!.closest(".sentence")!;
        const r = s.getBoundingClientRect();
        return { text: s.textContent, inView: r.top >= 0 && r.top < innerHeight };
      });
      expect(seen.text).toContain("高标准农田");
      expect(seen.inView).toBe(true);
      await page.close();
    });
  }

  it("“投资” ranks the investment charts first, then the fact cards and the places' investment targets", async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 800 } });
    const results = await search(page, "投资");
    const paths = results.map((r) => new URL(r.href).pathname);
    expect(paths.slice(0, 2).sort()).toEqual(["/2022/charts/investment-in-place/", "/2022/charts/investment-signed/"]);
    // Every investment chart and card comes before the first place's page.
    const lastInvestment = Math.max(...paths.map((p, i) => (p.startsWith("/2022/charts/investment-") ? i : -1)));
    expect(lastInvestment).toBeGreaterThan(2);
    expect(results.findIndex((r) => /地方目标/.test(r.where))).toBeGreaterThan(lastInvestment);
    await page.close();
  });

  it("a place's name finds its page first, then its text", async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 800 } });
    const results = await search(page, "樊城区");
    expect(new URL(results[0].href).pathname).toBe("/2022/fancheng/");
    expect(new URL(results[1].href).pathname).toBe("/2022/fancheng/text/");
    expect(results[0].where).toBe("2022年 · 樊城区 · 地方目标");
    await page.close();
  });

  it("every reader page links to search; an embed does not (it is a guest in an article)", () => {
    for (const path of pagePaths().filter((p) => !p.includes("/embed/"))) {
      const links = [...loadPage(path).querySelectorAll("header a")].map((a) => new URL(a.getAttribute("href")!, `http://site.test${path}`).pathname);
      expect(links, path).toContain("/search/");
    }
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

/**
 * What a reader meets on a phone and a desktop, in Chromium at 320, 360, 768 and 1280 px:
 * Chinese lines that break between words (never inside a place's name, a figure or a word the
 * page keeps whole), place names with full-width brackets, key figures inside their cards, a
 * unit page a phone reader finishes, the data page and the Chinese 404 page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSiteInBrowser } from "../helpers/site";
import { measureOverflow } from "../helpers/browser";
import { DIST } from "../helpers/dist";
import { CONTRACT_FIELDS } from "../../src/data/contract";

const WIDTHS = [320, 360, 768, 1280];

/** Words the page keeps whole (the runs between <wbr>s of .phrase, and .fig) that a line break cuts. */
const brokenUnits = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const lines = (node: Node) => {
      const r = document.createRange();
      r.selectNodeContents(node);
      return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size;
    };
    for (const p of document.querySelectorAll(".phrase")) {
      if (!(p as HTMLElement).checkVisibility()) continue;
      for (const n of p.childNodes) if ((n.nodeType === 3 || (n as Element).classList?.contains("fig") || (n as Element).classList?.contains("nb")) && n.textContent!.trim() && lines(n) > 1) out.push(n.textContent!);
    }
    return out;
  });

describe("reading the pages", () => {
  const env = useSiteInBrowser();

  for (const width of WIDTHS) {
    it(`@ ${width}px: headlines and chart titles break only between words; places have full-width brackets; key figures fit their cards`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      const problems: string[] = [];
      for (const path of ["2022/", "2022/charts/investment-signed/", "2022/charts/projects/", "2022/embed/investment-signed/", "2022/charts/", "2022/dongjin/"]) {
        await page.goto(new URL(path, env.site.url).href);
        problems.push(...(await brokenUnits(page)).map((u) => `${path}: “${u}” broken across lines`));
        const text = await page.evaluate(() => document.body.innerText);
        if (text.includes("东津新区(经开区)")) problems.push(`${path}: 东津新区(经开区) with ASCII brackets`);
        if (path === "2022/" && !text.includes("东津新区（经开区）")) problems.push(`${path}: no 东津新区（经开区）`);
        const cards = await page.evaluate(() =>
          [...document.querySelectorAll(".key-figures li")].map((li) => {
            const v = li.querySelector(".value")!;
            const box = li.getBoundingClientRect();
            const pad = parseFloat(getComputedStyle(li).paddingRight);
            const r = v.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(v);
            const inner = range.getBoundingClientRect();
            return { value: v.textContent, over: inner.right - (box.right - pad), size: parseFloat(getComputedStyle(v).fontSize), lines: Math.round(r.height / parseFloat(getComputedStyle(v).lineHeight)) };
          }),
        );
        for (const c of cards) {
          if (c.over > 0.5) problems.push(`${path}: key figure ${c.value} runs ${c.over.toFixed(1)} px into its card's padding`);
          if (c.size < 16 || c.lines > 1) problems.push(`${path}: key figure ${c.value} at ${c.size}px on ${c.lines} lines`);
        }
        const overflow = await measureOverflow(page);
        if (overflow) problems.push(`${path}: overflows by ${overflow.scrollWidth - overflow.clientWidth}px`);
      }
      await page.close();
      expect(problems).toEqual([]);
    });

    it(`@ ${width}px: a unit page is read to its end in under four phone screens, each figure once, the text one tap away`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 780 } });
      await page.goto(new URL("2022/fancheng/", env.site.url).href);
      const seen = await page.evaluate(() => ({
        height: document.querySelector("main")!.getBoundingClientRect().height,
        figures: [...document.querySelectorAll("main .fig")].filter((f) => (f as HTMLElement).checkVisibility()).map((f) => f.textContent),
        text: (document.querySelector("a.read-text") as HTMLAnchorElement | null)?.href,
        ranks: [...document.querySelectorAll(".target-table td:last-child")].filter((td) => /地第\d/.test(td.textContent!)).length,
      }));
      if (width <= 360) expect(seen.height).toBeLessThan(4 * 780);
      expect(seen.figures).toHaveLength(28);
      expect(new URL(seen.text!).pathname).toBe("/2022/fancheng/text/");
      expect(seen.ranks).toBeGreaterThan(5);
      await page.goto(seen.text!);
      expect(await page.locator("mark[data-target]").count()).toBe(28);
      await page.close();
    });

    it(`@ ${width}px: the data page lists every download (each resolves) and explains every field in Chinese`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(new URL("2022/data/", env.site.url).href);
      const links = await page.locator("main a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(4);
      for (const href of links) expect((await fetch(href)).status, href).toBe(200);
      const fields = await page.evaluate(() => [...document.querySelectorAll("dl.fields dt")].map((dt) => ({ name: dt.textContent, zh: /[\u4e00-\u9fff]/.test(dt.nextElementSibling?.textContent ?? "") })));
      expect(fields.map((f) => f.name)).toEqual([...CONTRACT_FIELDS]);
      expect(fields.every((f) => f.zh)).toBe(true);
      expect(await page.locator("#licence").count()).toBe(1);
      expect(await page.locator("#cite + p .citation").textContent()).toMatch(/^奋进清单数据：《/);
      expect(await measureOverflow(page)).toBeNull();
      await page.close();
    });

    it(`@ ${width}px: a missing address shows the Chinese 404 page with a way home and to search, from any depth`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      const body = readFileSync(join(DIST, "404.html"));
      // A host answers any missing address with 404.html, as the test server stands in for here.
      await page.route("**/no/such/page/", (route) => route.fulfill({ status: 404, contentType: "text/html; charset=utf-8", body }));
      const failed: string[] = [];
      page.on("requestfailed", (r) => failed.push(r.url()));
      page.on("response", (r) => r.status() >= 400 && !r.url().includes("/no/such/") && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(new URL("2022/no/such/page/", env.site.url).href);
      expect(await page.locator("h1").textContent()).toBe("找不到这个页面");
      const home = await page.getByRole("link", { name: /回到.*首页/ }).getAttribute("href");
      const search = await page.getByRole("link", { name: /搜索各年各地的目标/ }).getAttribute("href");
      for (const href of [home!, search!]) expect((await fetch(new URL(href, page.url()))).status, href).toBe(200);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      expect(failed).toEqual([]);
      expect(await measureOverflow(page)).toBeNull();
      await page.close();
    });
  }
});

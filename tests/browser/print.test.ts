/** A place's page printed on A4: its list and its whole targets table, the source, no navigation. */
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useSiteInBrowser } from "../helpers/site";

describe("print", () => {
  const env = useSiteInBrowser();

  it("a unit page printed at a phone's width shows no navigation, the whole targets table and the source", async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(new URL("2022/fancheng/", env.site.url).href);
    await page.emulateMedia({ media: "print" });
    const seen = await page.evaluate(() => {
      const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== "none" && (el as HTMLElement).offsetParent !== null;
      const rows = [...document.querySelectorAll(".target-table tbody tr[id^=row-]")];
      return {
        nav: visible(document.querySelector("header.site")),
        pager: visible(document.querySelector("nav.pager")),
        cards: [...document.querySelectorAll(".target-cards")].some(visible),
        rows: rows.length,
        visibleRows: rows.filter((r) => visible(r)).length,
        source: visible(document.querySelector("footer .trust dl")),
        svgText: [...document.querySelectorAll(".chart-svg text")].map((t) => getComputedStyle(t).fill),
      };
    });
    expect(seen.nav).toBe(false);
    expect(seen.pager).toBe(false);
    expect(seen.cards).toBe(false);
    expect(seen.rows).toBe(28);
    expect(seen.visibleRows).toBe(28);
    expect(seen.source).toBe(true);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/print-fancheng.png", fullPage: true });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.close();
  });

  it("a chart page prints its chart in black on white", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL("2022/charts/investment-signed/", env.site.url).href);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      bars: [...document.querySelectorAll(".chart-graphic .bar rect")].filter((r) => r.checkVisibility()).map((r) => getComputedStyle(r).fill),
      nav: getComputedStyle(document.querySelector("header.site")!).display,
    }));
    expect(colours.bg).toBe("rgb(255, 255, 255)");
    expect(colours.bars.length).toBeGreaterThan(0);
    expect(new Set(colours.bars)).toEqual(new Set(["rgb(0, 0, 0)"]));
    expect(colours.nav).toBe("none");
    await page.close();
  });
});

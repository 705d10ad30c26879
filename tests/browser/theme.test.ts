/**
 * One theme, one place: a build with another newsroom's theme (name, accent, font: a JSON file
 * named by SITE_THEME) and its address (SITE_URL) shows them on pages, charts and PNGs, with
 * absolute addresses only where a format needs them, and no placeholder host anywhere.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFrom } from "../helpers/build";
import { DIST, loadPage, requireDist } from "../helpers/dist";
import { theme } from "../../src/theme";

const alt = JSON.parse(readFileSync("tests/fixtures/theme/alt.json", "utf8"));
const SITE = "https://news.example.cn/shuju/";

describe("a second theme and a site address, by configuration alone", () => {
  let dist: string;
  beforeAll(() => {
    requireDist();
    dist = buildFrom("seeds", { SITE_THEME: "tests/fixtures/theme/alt.json", SITE_URL: SITE }).dist;
  }, 240_000);

  it("pages carry the other name, accent and font", () => {
    const page = loadPage("/2022/", dist);
    expect(page.querySelector("header.site a")?.textContent).toBe(alt.siteName);
    const css = [...page.querySelectorAll("style")].map((s) => s.textContent).join("\n");
    expect(css).toContain(`--accent:${alt.colors.light.accent}`);
    expect(css).toContain(`--font-sans:${alt.fonts.sans}`);
    expect(css).not.toContain(`--accent:${theme.colors.light.accent}`);
    expect(page.querySelector(".trust")?.textContent).toContain(alt.siteName);
  });

  it("charts and their files are drawn in its colours and font, and name it", () => {
    const svg = readFileSync(join(dist, "2022/charts/investment-signed/investment-signed.svg"), "utf8");
    expect(svg).toContain(`fill="${alt.colors.light.bar}"`);
    expect(svg).toContain("Noto Serif SC");
    expect(svg).toContain(alt.siteName);
    expect(svg).not.toContain(theme.siteName);
  });

  it("its PNGs differ from the default theme's: other colours, another font", () => {
    const png = (root: string) => readFileSync(join(root, "2022/charts/investment-signed/investment-signed.png"));
    expect(png(dist).subarray(1, 4).toString()).toBe("PNG");
    expect(png(dist).equals(png(DIST))).toBe(false);
  });

  it("absolute addresses only where a format needs them: canonical, og:image, the embed code", () => {
    const page = loadPage("/2022/charts/investment-signed/", dist);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE}2022/charts/investment-signed/`);
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(`${SITE}2022/charts/investment-signed/investment-signed.png`);
    expect(page.querySelector("#embed-code")?.textContent).toContain(`src="${SITE}2022/embed/investment-signed/"`);
    for (const a of page.querySelectorAll("main a[href]")) expect(a.getAttribute("href")).not.toMatch(/^https:\/\/news/);
    expect(loadPage("/2022/fancheng/", dist).querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(`${SITE}2022/fancheng/card.png`);
  });

  it("without SITE_URL the default build has no canonical, no og:image and no absolute address of its own", () => {
    const page = loadPage("/2022/charts/investment-signed/", DIST);
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page.querySelector('meta[property="og:image"]')).toBeNull();
  });

  it("example.org appears in no file of either build", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : readFileSync(join(dir, d.name)).includes("example.org") ? [join(dir, d.name)] : []));
    expect([...walk(dist), ...walk(DIST)]).toEqual([]);
  });
});

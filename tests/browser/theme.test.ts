/**
 * One theme, one place: a build with another newsroom's theme (name, accent, font: a JSON file
 * named by SITE_THEME) and its address (SITE_URL) shows them on pages, charts and PNGs, with
 * absolute addresses only where a format needs them, and no placeholder host anywhere.
 */
import { globSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildFrom } from "../helpers/build";
import { DIST, loadPage, pagePaths, requireDist } from "../helpers/dist";
import { theme } from "../../src/theme";

const alt = JSON.parse(readFileSync("tests/fixtures/theme/alt.json", "utf8"));
const SITE = "https://news.example.cn/shuju/";

describe("a second theme and a site address, by configuration alone", () => {
  let dist: string;
  beforeAll(async () => {
    requireDist();
    dist = (await buildFrom("seeds", { SITE_THEME: "tests/fixtures/theme/alt.json", SITE_URL: SITE })).dist;
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
    // With the site's address, every export leads back to its chart page.
    expect(svg).toMatch(new RegExp(`<text[^>]*>[^<]*${SITE}2022/charts/investment-signed/</text>`));
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

  it("the sitemap lists every reader page with its edition's date, and no embed", () => {
    const xml = readFileSync(join(dist, "sitemap.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser().parse(xml).urlset.url as { loc: string; lastmod?: string }[];
    const readers = pagePaths(dist).filter((p) => !p.includes("/embed/"));
    expect(urls.map((u) => u.loc).sort()).toEqual(readers.map((p) => `${SITE}${p.slice(1)}`).sort());
    expect(urls.find((u) => u.loc === `${SITE}2022/`)?.lastmod).toBe("2026-11-28");
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE}sitemap.xml`);
    expect(loadPage("/2022/embed/investment-signed/", dist).querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
  });

  it("the Atom feed is well formed, lists the edition with its finding, and every page links to it", () => {
    const xml = readFileSync(join(dist, "feed.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    // Atom 1.0 (RFC 4287): a feed and each entry have an id, a title and an updated date.
    for (const field of ["id", "title", "updated"]) expect(feed[field], field).toBeTruthy();
    const entries = [feed.entry].flat();
    const text = (x: unknown) => (typeof x === "object" && x !== null ? (x as Record<string, string>)["#text"] : x);
    // Newest first: the 2023 edition, read from the city's work report, then the 2022 list.
    expect(text(entries[0].title)).toMatch(/^襄阳2023年政府工作报告：/);
    expect(entries[0].id).toBe(`${SITE}2023/`);
    const list = entries.find((e) => e.id === `${SITE}2022/`);
    expect(text(list.title)).toMatch(/^襄阳2022年奋进清单：/);
    for (const e of entries) for (const field of ["id", "title", "updated"]) expect(e[field], field).toBeTruthy();
    expect(Date.parse(entries[0].updated)).not.toBeNaN();
    expect(loadPage("/2022/fancheng/", dist).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href")).toBe(`${SITE}feed.xml`);
  });

  it("each chart page advertises its oEmbed JSON: rich, the embed iframe with its script, size, title, provider, thumbnail", () => {
    const page = loadPage("/2022/charts/investment-signed/", dist);
    const href = page.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute("href");
    expect(href).toBe(`${SITE}2022/charts/investment-signed/oembed.json`);
    const o = JSON.parse(readFileSync(join(dist, "2022/charts/investment-signed/oembed.json"), "utf8"));
    expect(o).toMatchObject({ version: "1.0", type: "rich", provider_name: alt.siteName, thumbnail_url: `${SITE}2022/charts/investment-signed/investment-signed.png` });
    expect(o.title).toBe(page.querySelector("h1")?.textContent);
    expect(o.width).toBeGreaterThan(0);
    expect(o.height).toBeGreaterThan(0);
    expect(/<iframe[^>]* src="([^"]+)"/.exec(o.html)?.[1]).toBe(`${SITE}2022/embed/investment-signed/`);
    expect(o.html).toContain(`<script async src="${SITE}embed.js"></script>`);
  });

  it("every reader page has og:title, og:description and og:image", () => {
    for (const path of pagePaths(dist).filter((p) => !p.includes("/embed/"))) {
      const page = loadPage(path, dist);
      for (const prop of ["og:title", "og:description", "og:image"]) expect(page.querySelector(`meta[property="${prop}"]`)?.getAttribute("content"), `${path} ${prop}`).toBeTruthy();
      expect(page.querySelector('meta[property="og:image"]')!.getAttribute("content")!, path).toMatch(/^https:\/\/news\.example\.cn\/shuju\/.+\.png$/);
    }
  });

  it("without SITE_URL there is no sitemap, feed or oEmbed file, rather than one with a guessed host", () => {
    expect(globSync("**/{sitemap.xml,feed.xml,oembed.json}", { cwd: DIST })).toEqual([]);
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).not.toMatch(/Sitemap/);
  });
});

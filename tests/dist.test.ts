import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, fileFor, loadPage, pagePaths, requireDist } from "./helpers/dist.ts";

interface Row { year: number; district: string; slug: string; id: string; number_start: number; number_end: number; quote: string; start: number; value: number; unit: string }

describe("the built site (dist/)", () => {
  let targets: Row[];
  beforeAll(() => {
    requireDist();
    targets = JSON.parse(readFileSync(join(DIST, "2022/data/targets.json"), "utf8"));
  });

  it("has the edition list, the edition, the methodology and one page per unit", () => {
    const pages = pagePaths();
    const slugs = [...new Set(targets.map((t) => t.slug))];
    expect(slugs).toHaveLength(12);
    for (const p of ["/", "/2022/", "/2022/methodology/", ...slugs.map((s) => `/2022/${s}/`)]) expect(pages).toContain(p);
  });

  it("every internal link and anchor of every page resolves", () => {
    const broken: string[] = [];
    for (const path of pagePaths()) {
      const doc = loadPage(path);
      for (const el of doc.querySelectorAll<HTMLElement>("a[href], link[href], img[src], iframe[src], script[src]")) {
        const raw = el.getAttribute("href") ?? el.getAttribute("src")!;
        const url = new URL(raw, `http://site.test${path}`);
        if (url.origin !== "http://site.test") continue;
        if (!fileFor(url)) {
          broken.push(`${path} → ${raw}`);
          continue;
        }
        if (url.hash && url.pathname.endsWith("/")) {
          const target = url.pathname === path ? doc : loadPage(url.pathname);
          if (!target.getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${raw} (no anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("links are relative, so the build works under any folder", () => {
    for (const path of pagePaths()) {
      for (const el of loadPage(path).querySelectorAll("a[href], link[href]")) {
        expect(el.getAttribute("href"), path).not.toMatch(/^\//);
      }
    }
  });

  it("every target appears marked in its unit's text, with the figure's source text, and once in its unit's summary", () => {
    const seed = readFileSync("seeds/2022/xiangyang-fenjin-qingdan.txt", "utf8");
    for (const t of targets) {
      const summary = loadPage(`/2022/${t.slug}/`);
      expect(summary.querySelectorAll(`#row-${t.id}`), t.id).toHaveLength(1);
      expect(summary.querySelector(`#row-${t.id} a`)?.getAttribute("href"), t.id).toBe(`text/#${t.id}`);
      const page = loadPage(`/2022/${t.slug}/text/`);
      // The anchor opens the figure's sentence; the figure is marked inside it.
      const anchor = page.getElementById(t.id);
      expect(anchor?.parentElement?.classList.contains("sentence"), t.id).toBe(true);
      const mark = anchor!.parentElement!.querySelector(`mark[data-target="${t.id}"]`);
      expect(mark?.textContent, t.id).toBe(seed.slice(t.number_start, t.number_end));
    }
  });

  it("pages are zh-CN, have one h1, a title and a description; only a chart page ships a script (its copy button's), and the search page", () => {
    for (const path of pagePaths()) {
      const doc = loadPage(path);
      expect(doc.documentElement.lang, path).toBe("zh-CN");
      expect(doc.querySelectorAll("h1"), path).toHaveLength(1);
      expect(doc.title.length, path).toBeGreaterThan(0);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute("content"), path).toBeTruthy();
      if (path.includes("/embed/") || path === "/search/") continue;
      const scripts = [...doc.querySelectorAll("script")];
      if (/^\/\d{4}\/charts\/[^/]+\/$/.test(path)) {
        expect(scripts, path).toHaveLength(1);
        expect(scripts[0].textContent, path).toMatch(/copy-embed/);
      } else expect(scripts, path).toHaveLength(0);
    }
  });

  it("an embed page ships its theme and height scripts only, is light unless asked, opens links in a new tab", () => {
    const embeds = pagePaths().filter((p) => p.includes("/embed/"));
    expect(embeds.length).toBeGreaterThan(3);
    for (const path of embeds) {
      const doc = loadPage(path);
      const scripts = [...doc.querySelectorAll("script")];
      expect(scripts, path).toHaveLength(2);
      expect(scripts.every((s) => !s.hasAttribute("src")), path).toBe(true);
      expect(scripts[0].textContent, path).toMatch(/theme/);
      expect(scripts[1].textContent, path).toMatch(/embed-size/);
      expect(doc.documentElement.getAttribute("data-theme"), path).toBe("light");
      expect(doc.querySelector(".embed-credit a")?.textContent, path).toBeTruthy();
      expect(doc.querySelector("header, nav"), path).toBeNull(); // no site chrome
      for (const a of doc.querySelectorAll("a[href]")) expect(a.getAttribute("target"), `${path} ${a.getAttribute("href")}`).toBe("_blank");
    }
  });

  it("every chart has its page, embed, SVG, PNG and data files; every bar links to a marked sentence", () => {
    const charts = pagePaths().filter((p) => /^\/2022\/charts\/[^/]+\/$/.test(p)).map((p) => p.split("/")[3]);
    expect(charts.length).toBeGreaterThanOrEqual(8);
    for (const id of charts) {
      for (const f of [`${id}.svg`, `${id}.png`, `${id}.square.png`, `${id}.csv`, `${id}.json`]) expect(fileFor(new URL(`http://site.test/2022/charts/${id}/${f}`)), f).not.toBeNull();
      expect(fileFor(new URL(`http://site.test/2022/embed/${id}/`)), id).not.toBeNull();
      const doc = loadPage(`/2022/charts/${id}/`);
      const figure = doc.querySelector("figure.chart")!;
      expect(figure.querySelector("figcaption .chart-title")?.textContent, id).toBeTruthy();
      expect(figure.querySelector(".chart-desc")?.textContent?.length, id).toBeGreaterThan(20);
      expect(figure.querySelector("table"), id).not.toBeNull();
      expect(figure.querySelector(".chart-source")?.textContent, id).toMatch(/原文/);
      expect(doc.querySelector("textarea#embed-code")?.textContent, id).toMatch(/<iframe data-fenjin-embed [^>]*title="[^"]+" loading="lazy"[^>]*height="\d+"/);
      expect(doc.querySelector("button#copy-embed")?.textContent, id).toBe("复制代码");
      for (const bar of figure.querySelectorAll(".bar rect")) {
        expect(bar.closest("a")?.getAttribute("href"), id).toMatch(/^\.\.\/\.\.\/[a-z-]+\/text\/#[a-z-]+-\d+$/);
      }
    }
    const csv = readFileSync(join(DIST, "2022/charts/investment-signed/investment-signed.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split("\n")).toHaveLength(4);
    const png = readFileSync(join(DIST, "2022/charts/investment-signed/investment-signed.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("every page carries a strict Content-Security-Policy that allows exactly its own inline scripts", async () => {
    const { createHash } = await import("node:crypto");
    for (const path of pagePaths()) {
      const doc = loadPage(path);
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
      expect(csp, path).toMatch(/^default-src 'none'; /);
      expect(csp, path).toContain("base-uri 'none'");
      const scripts = [...doc.querySelectorAll("script:not([src])")].map((s) => `'sha256-${createHash("sha256").update(s.textContent ?? "").digest("base64")}'`);
      const allowed = /script-src ([^;]+)/.exec(csp)![1].split(" ");
      expect(allowed.filter((h) => h.startsWith("'sha256-")).sort(), path).toEqual(scripts.sort());
      // Only the search page runs a script file, the site's own search bundle.
      if (path !== "/search/") expect(allowed.filter((h) => !h.startsWith("'sha256-") && h !== "'none'"), path).toEqual([]);
    }
    expect(readFileSync(join(DIST, "_headers"), "utf8")).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'none';/);
  });

  it("targets.csv starts with a UTF-8 BOM and has the contract's columns and one row per target", () => {
    const csv = readFileSync(join(DIST, "2022/data/targets.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split("\n");
    expect(header.split(",").slice(0, 14)).toEqual(["year", "district", "slug", "category", "kind", "label", "value", "unit", "base_value", "base_unit", "qualifier", "quote", "start", "end"]);
    expect(rows).toHaveLength(targets.length);
  });
});

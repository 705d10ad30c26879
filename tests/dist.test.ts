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

  it("every target appears marked on its unit page, with the figure's source text", () => {
    const seed = readFileSync("seeds/2022/xiangyang-fenjin-qingdan.txt", "utf8");
    for (const t of targets) {
      const mark = loadPage(`/2022/${t.slug}/`).getElementById(t.id);
      expect(mark?.tagName, t.id).toBe("MARK");
      expect(mark?.textContent).toBe(seed.slice(t.number_start, t.number_end));
    }
  });

  it("pages are zh-CN, have one h1, a title and a description, and ship no JavaScript", () => {
    for (const path of pagePaths()) {
      const doc = loadPage(path);
      expect(doc.documentElement.lang, path).toBe("zh-CN");
      expect(doc.querySelectorAll("h1"), path).toHaveLength(1);
      expect(doc.title.length, path).toBeGreaterThan(0);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute("content"), path).toBeTruthy();
      if (!path.includes("/embed/")) expect(doc.querySelectorAll("script"), path).toHaveLength(0);
    }
  });

  it("targets.csv starts with a UTF-8 BOM and has the contract's columns and one row per target", () => {
    const csv = readFileSync(join(DIST, "2022/data/targets.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split("\n");
    expect(header.split(",").slice(0, 14)).toEqual(["year", "district", "slug", "category", "kind", "label", "value", "unit", "base_value", "base_unit", "qualifier", "quote", "start", "end"]);
    expect(rows).toHaveLength(targets.length);
  });
});

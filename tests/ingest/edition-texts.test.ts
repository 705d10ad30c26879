/**
 * An edition of several texts: the places' list (its pages) and the city's work report (written
 * whole, and read for the year before's results). A list alone makes the same pages as before;
 * figures of the whole text beside named places are never dropped from the pages; each year's
 * targets are followed into the next year's report, with offsets that point at the quotes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSeeds } from "../../scripts/seeds.ts";
import { contentOfSeeds, editionTexts } from "../../src/ingest/edition-texts.ts";
import type { Seed } from "../../src/ingest/content-files.ts";
import { promisesSchema } from "../../src/lib/target-schema.ts";
import { seedMetaSchema } from "../../src/schemas/seed-meta.ts";

const seeds = readSeeds("seeds");
const files = (set: readonly Seed[]) => new Map([...contentOfSeeds(set)].map((f) => [f.path, [...f.chunks()].join("")]));
const frontmatter = (md: string) => parse(md.split(/^---$/m)[1]!) as Record<string, unknown>;
const all = files(seeds);

/** A seed made of a corpus text, as ingest would hand it over. */
function seedOf(path: string, meta: Record<string, unknown>, recorded: string): Seed {
  return { path, recorded, text: readFileSync(path, "utf8"), meta: seedMetaSchema.parse(meta), sha256: "0".repeat(64) };
}

describe("editionTexts(seeds of a year)", () => {
  it("puts the list first (the edition's pages come from it) and names each text by its file", () => {
    const year = seeds.filter((s) => s.meta.year === 2022).reverse();
    expect(editionTexts(year).map((t) => [t.slug, t.seed.meta.kind, t.primary])).toEqual([
      ["xiangyang-fenjin-qingdan", "list", true],
      ["xiangyang-gongzuo-baogao", "report", false],
    ]);
  });

  it("writes a file name that is not a URL segment in pinyin, and tells two alike apart by kind", () => {
    const list = seedOf("seeds/2022/xiangyang-fenjin-qingdan.txt", { title: "清单", city: "襄阳", year: 2022 }, "seeds/2022/报告.txt");
    const report = { ...list, recorded: "seeds/2022/报告.txt", meta: { ...list.meta, kind: "report" as const } };
    expect(editionTexts([report, list]).map((t) => t.slug)).toEqual(["baogao", "baogao-report"]);
  });
});

describe("contentOfSeeds(seeds/)", () => {
  it("a list alone makes the same places, ledger and text as before a report was added", () => {
    const alone = files(seeds.filter((s) => s.meta.year === 2022 && s.meta.kind === "list"));
    expect([...alone.keys()].some((p) => p.includes("texts/") || p.endsWith("promises.json"))).toBe(false);
    for (const [path, body] of alone) {
      if (path.endsWith("edition.md")) continue;
      expect(all.get(path), path).toBe(body);
    }
    // The edition's record names its texts; with a list alone, that list.
    const texts = (md: string) => (frontmatter(md).texts as { slug: string; kind: string; primary: boolean }[]).map((t) => [t.slug, t.kind, t.primary]);
    expect(texts(alone.get("2022/edition.md")!)).toEqual([["xiangyang-fenjin-qingdan", "list", true]]);
    expect(texts(all.get("2022/edition.md")!)).toEqual([["xiangyang-fenjin-qingdan", "list", true], ["xiangyang-gongzuo-baogao", "report", false]]);
  });

  it("writes each report whole, and a year with a report alone as an edition read from it", () => {
    const report = JSON.parse(all.get("2022/texts/xiangyang-gongzuo-baogao.json")!);
    expect(report).toMatchObject({ year: 2022, kind: "report", primary: false, title: "政府工作报告" });
    expect(report.targets).toHaveLength(92);
    expect(report.results.length).toBeGreaterThan(50);
    const text = all.get("2022/texts/xiangyang-gongzuo-baogao.txt")!;
    expect(text).toBe(readFileSync("seeds/2022/xiangyang-gongzuo-baogao.txt", "utf8"));
    for (const p of report.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(all.has("2023/edition.md") && all.has("2023/units/text.md") && all.has("2023/texts/xiangyang-gongzuo-baogao.json")).toBe(true);
    // The primary text's copy is source.txt; it is not written twice.
    expect(all.has("2023/texts/xiangyang-gongzuo-baogao.txt")).toBe(false);
  });

  it("follows every target of 2022 (list and report) into the 2023 report, quotes at their offsets", () => {
    const promises = promisesSchema.parse(JSON.parse(all.get("2022/promises.json")!));
    expect(promises).toMatchObject({ year: 2022, next_year: 2023, sources: ["seeds/2023/xiangyang-gongzuo-baogao.txt"] });
    expect(promises.items).toHaveLength(126 + 92);
    const texts = new Map(seeds.map((s) => [s.recorded, s.text]));
    for (const p of promises.items) {
      expect(texts.get(p.from)!.slice(p.target.start, p.target.end)).toBe(p.target.quote);
      if (p.result) expect(texts.get(p.source!)!.slice(p.result.start, p.result.end)).toBe(p.result.quote);
      if (p.evidence) expect(texts.get(p.source!)!.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.quote);
      expect(p.result === null || p.result.year === 2022).toBe(true);
    }
    const gdp = promises.items.find((p) => p.target.quote === "地区生产总值同比增长8%以上")!;
    expect(gdp).toMatchObject({ status: "missed", from: "seeds/2022/xiangyang-gongzuo-baogao.txt", result: { value: 5.4, unit: "%" } });
    // Nothing follows 2023: no report of 2024 among the seeds.
    expect(all.has("2023/promises.json")).toBe(false);
  });
});

describe("figures of the whole text beside named places", () => {
  // 濮阳's report gives figures to its counties in sentences; most of its figures are the city's.
  const seed = seedOf("tests/fixtures/corpus/units-in-sentences/2022-濮阳市.txt", { title: "政府工作报告", city: "濮阳", year: 2022, kind: "report" }, "seeds/2022/puyang.txt");
  const out = files([seed]);

  it("are one more unit (全文, slug text), so every target is on a page", () => {
    const units = [...out].filter(([p]) => p.startsWith("2022/units/")).map(([, md]) => frontmatter(md) as { name: string; targets: unknown[] });
    const edition = frontmatter(out.get("2022/edition.md")!) as { target_count: number; units: { name: string }[] };
    expect(units.length).toBeGreaterThan(2);
    expect(units.find((u) => u.name === "")!.targets.length).toBeGreaterThan(100);
    expect(units.reduce((n, u) => n + u.targets.length, 0)).toBe(edition.target_count);
    expect(out.has("2022/units/text.md")).toBe(true);
  });
});

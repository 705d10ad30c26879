/**
 * A unit name that heads two sections is one unit: its page holds both sections' targets once,
 * the edition's counts agree, and a warning names the repeat with its lines. Before, each header
 * made a unit, both pages held both sections' targets (a name owns its targets), the units'
 * counts added up to more than target_count, and a text of many repeats grew quadratically.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSeeds } from "../../scripts/seeds.ts";
import { contentFiles, type Seed } from "../../src/ingest/content-files.ts";
import { extractTargets } from "../../src/lib/extract.ts";

const [seed] = readSeeds("seeds") as [Seed];
const lines = seed.text.split("\n");
/** The seed with the 樊城区 section (its header and paragraphs) written again before the footer. */
const fanchengAt = lines.indexOf("樊城区");
const section = lines.slice(fanchengAt, lines.indexOf("高新区"));
const footerAt = lines.findIndex((l) => l.startsWith("编辑者"));
const text = [...lines.slice(0, footerAt), ...section, ...lines.slice(footerAt)].join("\n");
const repeated: Seed = { ...seed, text };
const frontmatter = (md: string) => parse(md.split(/^---$/m)[1]!);

describe("a unit name that heads two sections", () => {
  it("extractTargets keeps one unit of that name, with the targets of both sections", () => {
    const once = extractTargets(seed.text, { year: 2022, city: "襄阳" });
    const twice = extractTargets(text, { year: 2022, city: "襄阳" });
    expect(twice.structure.places.map((u) => u.name)).toEqual(once.structure.places.map((u) => u.name));
    expect(twice.slugs).toEqual(once.slugs);
    const fancheng = (r: typeof once) => r.targets.filter((t) => t.district === "樊城区");
    expect(fancheng(once).length).toBeGreaterThan(3);
    expect(fancheng(twice)).toHaveLength(2 * fancheng(once).length);
    expect(new Set(fancheng(twice).map((t) => t.slug))).toEqual(new Set(["fancheng"]));
  });

  it("warns once, naming the unit and the lines of both headers", () => {
    const { warnings } = extractTargets(text, { year: 2022, city: "襄阳" });
    const repeats = warnings.filter((w) => /heads \d+ sections/.test(w.message));
    expect(repeats).toEqual([
      expect.objectContaining({ line: footerAt + 1, message: `unit 樊城区 heads 2 sections (lines ${fanchengAt + 1}, ${footerAt + 1}): joined into one unit` }),
    ]);
  });

  it("contentFiles writes one page for it holding each target once, and the edition's counts agree", () => {
    const { files } = contentFiles(repeated);
    const units = [...files.keys()].filter((p) => p.startsWith("2022/units/"));
    expect(units).toHaveLength(12);
    const fancheng = frontmatter(files.get("2022/units/fancheng.md")!);
    const ids = fancheng.targets.map((t: { id: string }) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const once = frontmatter(contentFiles(seed).files.get("2022/units/fancheng.md")!);
    expect(fancheng.targets).toHaveLength(2 * once.targets.length);
    expect(fancheng.items).toHaveLength(2 * once.items.length);
    const edition = frontmatter(files.get("2022/edition.md")!);
    expect(edition.units.map((u: { name: string }) => u.name).filter((n: string) => n === "樊城区")).toHaveLength(1);
    expect(edition.units.reduce((n: number, u: { targets: number }) => n + u.targets, 0)).toBe(edition.target_count);
  });
});

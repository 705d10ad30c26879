/**
 * findingsOf(edition, charts) on a text that names no places: the headline and lead speak of the
 * text as a whole, never of "1个地方中只有写明…" (one place, whose name is empty).
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSeeds } from "../../scripts/seeds.ts";
import { contentFiles, type Seed } from "../../src/ingest/content-files.ts";
import { buildEdition } from "../../src/charts/catalog.ts";
import { findingsOf } from "../../src/data/findings.ts";
import { unitSchema } from "../../src/schemas/content.ts";

const [seed] = readSeeds("seeds") as [Seed];

/** The findings of a seed as the edition page computes them, from its content files. */
function findings(s: Seed) {
  const { files } = contentFiles(s);
  const units = [...files].filter(([p]) => p.includes("/units/")).map(([, md]) => unitSchema.parse(parse(md.split(/^---$/m)[1]!)));
  const targets = units.flatMap((u) => u.targets);
  const out = buildEdition({ year: 2022, city: "襄阳", title: s.meta.title, editor: null, units, targets });
  return { units, out, findings: findingsOf({ year: 2022, city: "襄阳", places: units.length, targets: targets.length }, out) };
}

describe("findingsOf: a text without unit headers", () => {
  // The seed with its twelve unit header lines taken out: the same sentences, no places named.
  const headers = new Set(["枣阳市", "宜城市", "南漳县", "保康县", "谷城县", "老河口市", "襄州区", "襄城区", "樊城区", "高新区", "东津新区(经开区)", "鱼梁洲经济开发区"]);
  const text = seed.text.split("\n").filter((l) => !headers.has(l.trim())).join("\n");

  it("has one unnamed unit holding the targets", () => {
    const { units } = findings({ ...seed, text });
    expect(units.map((u) => u.name)).toEqual([""]);
    expect(units[0]!.targets.length).toBeGreaterThan(20);
  });

  it("says what the text sets, never of one place with no name", () => {
    const { findings: f, out } = findings({ ...seed, text });
    const said = [f.headline, ...f.lead, ...f.keyFigures.map((k) => `${k.value} ${k.label}`), ...out.facts.map((x) => x.text), ...out.charts.map((c) => c.title)];
    expect(said.length).toBeGreaterThan(3);
    for (const s of said) {
      expect(s, s).not.toMatch(/1个地方|1个县|只有写明|^：|（只有这一地写明）/);
    }
  });

  it("keeps the findings of a text with places as they are", () => {
    const { findings: f } = findings(seed);
    expect(f.lead[0]).toBe("襄阳12个县（市、区）和开发区列出2022年奋进清单，共写明126项量化目标。");
  });
});

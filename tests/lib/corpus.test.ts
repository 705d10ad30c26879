import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractTargets, type Extraction } from "../../src/lib/extract.ts";
import { lineNumberer } from "../../src/lib/lines.ts";

/** The 40 work reports of tests/fixtures/corpus/texts, read once for every test of this file. */
const dir = "tests/fixtures/corpus/texts";
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const readings = new Map<string, { text: string; r: Extraction }>(
  files.map((f) => {
    const text = readFileSync(`${dir}/${f}`, "utf8");
    return [f, { text, r: extractTargets(text) }];
  }),
);
/** Review ranges marked by hand (tests/fixtures/corpus/review-ranges.json), not by the reader. */
const ranges: Record<string, { review: [number, number][] }> = JSON.parse(readFileSync("tests/fixtures/corpus/review-ranges.json", "utf8"));

describe("every text of the corpus is read", () => {
  it("the corpus has its 40 texts and every one has hand-marked review ranges", () => {
    expect(files).toHaveLength(40);
    expect(Object.keys(ranges).sort()).toEqual(files);
  });

  it.each(files)("%s: sections with roles, a plan, a summary; parts join back to the text; quotes are the text at their offsets", (f) => {
    const { text, r } = readings.get(f)!;
    expect(r.structure.parts.map((p) => p.text).join("")).toBe(text);
    const roles = new Set(r.structure.sections.map((s) => s.role));
    expect(roles).toContain("review");
    expect([...roles].some((role) => role === "plan" || role === "practical")).toBe(true);
    expect(r.summary.numbers).toBe(r.ledger.length);
    expect(r.summary.targets).toBe(r.targets.length);
    expect(r.summary.targets).toBeGreaterThan(0);
    for (const t of r.targets) {
      expect(text.slice(t.start, t.end)).toBe(t.quote);
      expect(t.number_start).toBeGreaterThanOrEqual(t.start);
    }
  });

  it.each(files)("%s: every run of Arabic digits is in the ledger", (f) => {
    const { text, r } = readings.get(f)!;
    const covered = r.ledger.map((e) => [e.quantity.start, e.quantity.end] as const);
    for (const m of text.matchAll(/\d+/g)) {
      const at = m.index!;
      expect(covered.some(([a, b]) => at >= a && at < b), `${m[0]} at ${at}`).toBe(true);
    }
  });
});

describe("texts whose section titles look like places lose nothing to a preamble", () => {
  it.each(["2023-滨州市.txt", "2021-昌吉回族自治州.txt", "2022-乌鲁木齐市.txt", "2024-厦门市.txt"])(
    "%s: no unit, no preamble, and its plan's targets are read",
    (f) => {
      const { r } = readings.get(f)!;
      expect(r.structure.places.map((u) => u.name)).toEqual([]);
      expect(r.structure.parts.filter((p) => p.kind === "preamble")).toEqual([]);
      expect(r.targets.every((t) => t.district === "")).toBe(true);
      expect(r.targets.length).toBeGreaterThanOrEqual(5);
    },
  );

  it("2023-滨州市: the glossary (部分用语说明) is a section of its own, and its numbers are not targets", () => {
    const { r } = readings.get("2023-滨州市.txt")!;
    const glossary = r.structure.sections.find((s) => s.title === "部分用语说明")!;
    expect(glossary.role).toBe("glossary");
    expect(r.targets.filter((t) => t.start >= glossary.start && t.start < glossary.end)).toEqual([]);
  });
});

describe("results of the past year are not targets", () => {
  it("at most 2% of the targets read from the corpus stand in the hand-marked review ranges", () => {
    let all = 0;
    let inReview = 0;
    for (const f of files) {
      const { text, r } = readings.get(f)!;
      const lineOf = lineNumberer(text);
      all += r.targets.length;
      inReview += r.targets.filter((t) => ranges[f].review.some(([a, b]) => lineOf(t.number_start) >= a && lineOf(t.number_start) <= b)).length;
    }
    expect(all).toBeGreaterThan(2000);
    expect(inReview / all).toBeLessThanOrEqual(0.02);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { readCorpus } from "../helpers/corpus.ts";
import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/lib/extract.ts";
import { OWNER_RULES, type OwnerRule } from "../../src/lib/owner-rules.ts";

/**
 * Who owns each figure, in sentences of reports that give figures to named counties, cities and
 * zones (tests/fixtures/corpus/owners.json, checked by hand: the places the sentence gives each
 * figure to, and the rule that reads it so). The whole text is read, so sections, the text's own
 * city and the sentences around take part.
 */
interface Case {
  file: string;
  quote: string;
  why: string;
  figures: { figure: string; owners: string[]; rule: string }[];
}

const cases: Case[] = JSON.parse(readFileSync("tests/fixtures/corpus/owners.json", "utf8"));
const reading = readCorpus;

describe("owners of figures in sentences of the corpus, checked by hand", () => {
  it("the table has at least 60 sentences from at least 12 texts, with every owner rule that reads sentences", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.file)).size).toBeGreaterThanOrEqual(12);
    const used = new Set(cases.flatMap((c) => c.figures.map((f) => f.rule)));
    for (const rule of ["owner-subject", "owner-clause", "owner-member", "owner-paren", "owner-respectively", "owner-each", "owner-shared", "owner-list-total", "owner-whole", "owner-none"]) {
      expect(used, rule).toContain(rule);
    }
  });

  it.each(cases.map((c) => [`${c.file.split("/").pop()} ${c.quote.slice(0, 36)}`, c] as const))("%s", (_, c) => {
    const { text, r } = reading(c.file);
    const at = text.indexOf(c.quote);
    expect(at, "quote not found").toBeGreaterThanOrEqual(0);
    const entries = r.ledger.filter((e) => e.quantity.numberStart >= at && e.quantity.numberStart < at + c.quote.length && e.quantity.baseUnit !== "");
    expect(entries.map((e) => e.quantity.text), c.why).toEqual(c.figures.map((f) => f.figure));
    c.figures.forEach((f, k) => {
      const e = entries[k];
      expect({ owners: e.owners, rule: e.ownerRule }, `${f.figure}: ${c.why}`).toEqual({ owners: f.owners, rule: f.rule });
      // A target of several places is a target of each, at the same words.
      if (e.disposition === "target") {
        const own = r.targets.filter((t) => t.number_start === e.quantity.start);
        expect(own.map((t) => t.district), f.figure).toEqual(f.owners.length ? f.owners : [""]);
        expect(new Set(own.map((t) => t.owner_rule)), f.figure).toEqual(new Set([f.rule]));
      }
    });
  });
});

// As textlint's tester does: each example names the figure its rule must decide and the owners it
// must give; the counter-example names a figure the rule must not decide.
describe("owner rules: each example's figure is given its owners by the rule, the counter-example's is not", () => {
  const entryOf = (text: string, figure: string, city?: string) => {
    const r = extractTargets(text, { city });
    const e = r.ledger.find((x) => x.quantity.text === figure || x.quantity.text.endsWith(figure));
    expect(e, `figure ${figure} not read in ${text}`).toBeDefined();
    return e!;
  };
  it.each((OWNER_RULES as readonly OwnerRule[]).map((r) => [r.id, r] as const))("%s", (id, rule) => {
    const e = entryOf(rule.example.text, rule.example.figure, rule.example.city);
    expect({ rule: e.ownerRule, owners: e.owners }, rule.example.text).toEqual({ rule: id, owners: [...rule.example.owners] });
    expect(entryOf(rule.counterExample.text, rule.counterExample.figure, rule.counterExample.city).ownerRule, rule.counterExample.text).not.toBe(id);
  });
});

describe("names that are not owners", () => {
  const owners = (text: string, city?: string) => extractTargets(text, { city }).targets.map((t) => [t.district, t.value]);

  it("a place before a product or a brand (五常大米, 庆阳苹果品种) is not the figure's owner", () => {
    expect(owners("五常市大米种植面积达到300万亩。")).toEqual([["", 300]]);
    expect(owners("庆阳市苹果品种改良面积达到10万亩。", "甘肃省")).toEqual([["", 10]]);
  });

  it("a place naming an institution (澧县人民医院) is not the owner of what the sentence counts", () => {
    expect(owners("澧县人民医院新增床位200张。")).toEqual([["", 200]]);
  });

  it("the text's own city never owns a figure as a place, its counties and zones do", () => {
    expect(owners("襄阳市新增就业5万人，襄阳高新区新增企业100家，襄州区新建学校3所。", "襄阳市")).toEqual([
      ["", 5],
      ["襄阳高新区", 100],
      ["襄州区", 3],
    ]);
  });

  it("a verb before a place (加快, 推进) makes it where a project stands, not who acts", () => {
    expect(owners("加快鹿泉区新一代电子信息产业园建设，确保营业收入增长15%以上。")).toEqual([["", 15]]);
  });
});

describe("every text of the corpus is read with owners counted by rule", () => {
  const texts = ["texts", "units-in-sentences"].flatMap((d) => readdirSync(`tests/fixtures/corpus/${d}`).filter((f) => f.endsWith(".txt")).map((f) => `${d}/${f}`));
  it("the summary's owner counts add up to the targets, and the reports that give figures to places give most of them owners", () => {
    let owned = 0;
    for (const file of texts) {
      const { r } = reading(file);
      const counts = Object.values(r.summary.owners).reduce((a, b) => a + b, 0);
      expect(counts, file).toBe(r.summary.targets);
      if (file.startsWith("units-in-sentences/") && r.targets.some((t) => t.district !== "")) owned++;
    }
    expect(owned).toBeGreaterThanOrEqual(10);
  });
});

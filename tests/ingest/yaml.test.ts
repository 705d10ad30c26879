import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stringify } from "yaml";
import { readSeeds } from "../../scripts/seeds.ts";
import { extractTargets } from "../../src/lib/extract.ts";
import { toYaml } from "../../src/ingest/yaml.ts";

const reference = (v: unknown) => stringify(v, { lineWidth: 0 });

/** Strings a seed, its YAML or a reading may hold, and the ones YAML must quote. */
const tricky = fc.constantFrom("", " ", "=", "≥", "-", "- x", "#", "a #b", "a: b", ":", "?", "'", '"', "@x", "`x", "*a", "&a", "!x", "%x", "[x]", "{x}", "|", ">", "~", "null", "Null", "true", "no", "yes", "1", "-13.8", "1e3", "0x10", ".5", "2022-01-01", " lead", "trail ", "a\nb", "a\n\nb\n", "\t", "枣阳市", "东津新区(经开区)", "“323”攻坚", "新增就业6000人以上。", "\u2028", "\uFEFF", "\\");
/** Chinese-looking text with the characters YAML cares about mixed in. */
const chinese = fc.string({ unit: fc.oneof(fc.constantFrom(..."襄阳新增就业人亿元万亩以上“”‘’—…·、，。：；（）()%.+-/0123456789eExAbc\u3000\uFF1A"), fc.constantFrom(..."\u2028\uFEFF:# \t\n'\"[]{}!&*|>@`?,")), minLength: 1, maxLength: 12 }).map((s) => (/^\p{Script=Han}/u.test(s) ? s : `新${s}`));
const text = fc.oneof(tricky, chinese, fc.string(), fc.string({ unit: "grapheme" }));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-0), fc.constant(4.5e10), fc.constant(1e21));
const key = fc.oneof(fc.constantFrom("year", "name", "targets", "base_value", "a b", "x:", "-", "1", "true", ""), fc.string());
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("map")),
  list: fc.array(tie("tree"), { maxLength: 4 }),
  map: fc.dictionary(key, fc.oneof(tie("tree"), fc.constant(undefined)), { maxKeys: 5 }),
}));

describe("toYaml(value)", () => {
  it("writes what yaml's stringify(value, { lineWidth: 0 }) writes, for any plain mapping or list", () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(key, tree, { maxKeys: 6 }), fc.array(tree, { maxLength: 5 })), (value) => {
        expect(toYaml(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes Chinese text with YAML's own characters in it (: # quotes brackets spaces) as the package does", () => {
    fc.assert(
      fc.property(chinese, chinese, (a, b) => {
        expect(toYaml({ quote: a, items: [b, { text: a }] })).toBe(reference({ quote: a, items: [b, { text: a }] }));
      }),
      { numRuns: 5000 },
    );
  });

  it("writes the seed's targets, ledger entries and summary as the package does", () => {
    const [seed] = readSeeds("seeds");
    const r = extractTargets(seed!.text, { year: 2022, city: "襄阳" });
    for (const value of [{ targets: r.targets }, r.ledger.slice(0, 300), { summary: r.summary, warnings: r.warnings }, r.structure.parts.slice(0, 200)]) {
      expect(toYaml(value as Record<string, unknown>)).toBe(reference(value));
    }
  });
});

import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/lib/extract.ts";
import { JUDGE_RULES, TARGET_RULES } from "../../src/lib/judge-rules.ts";
import { CATEGORY_RULES, KIND_RULES, MEASURE_RULES, MONEY_RULES, RATE_SUBJECT_RULES } from "../../src/lib/category-rules.ts";
import { SECTION_RULES } from "../../src/lib/section-rules.ts";
import { splitDocument } from "../../src/lib/structure.ts";

/** The rule ids a text's figures were decided by, and the category and kind rules of its targets. */
function rulesOf(text: string, city?: string) {
  const r = extractTargets(text, { city });
  return {
    judged: new Set(r.ledger.map((e) => e.rule)),
    categorised: new Set(r.targets.flatMap((t) => [t.category_rule, t.kind_rule ?? ""])),
  };
}

// One generic test per table, as ESLint's RuleTester does: every entry's example must be decided
// by that entry, and its counter-example must not be. A rule shadowed by an earlier one fails here.
describe("judging rules: each example is decided by its rule, each counter-example is not", () => {
  it.each([...JUDGE_RULES, ...TARGET_RULES].map((r) => [r.id, r] as const))("%s", (id, rule) => {
    expect(rulesOf(rule.example, rule.city).judged, `example: ${rule.example}`).toContain(id);
    expect(rulesOf(rule.counterExample, rule.city).judged, `counter-example: ${rule.counterExample}`).not.toContain(id);
  });
});

describe("category and kind rules: each example is categorised by its rule, each counter-example is not", () => {
  it.each([...MONEY_RULES, ...RATE_SUBJECT_RULES, ...CATEGORY_RULES, ...KIND_RULES].map((r) => [r.id, r] as const))("%s", (id, rule) => {
    expect(rulesOf(rule.example).categorised, `example: ${rule.example}`).toContain(id);
    expect(rulesOf(rule.counterExample).categorised, `counter-example: ${rule.counterExample}`).not.toContain(id);
  });
});

describe("section rules: each example heading gives its section the rule's role", () => {
  const roleRuleOf = (title: string) => {
    const d = splitDocument(`一、${title}\n新增城镇就业5万人。\n`, { planYear: 2024 });
    return d.sections[1]?.roleRule;
  };
  it.each(SECTION_RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
    expect(roleRuleOf(rule.example)).toBe(id);
    expect(roleRuleOf(rule.counterExample)).not.toBe(id);
  });
});

describe("rule tables are well formed", () => {
  it("every id is unique across the judging and the category tables", () => {
    const ids = [...JUDGE_RULES, ...TARGET_RULES, ...MONEY_RULES, ...RATE_SUBJECT_RULES, ...MEASURE_RULES, ...CATEGORY_RULES, ...KIND_RULES, ...SECTION_RULES].map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

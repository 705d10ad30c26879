import { describe, expect, it } from "vitest";
import { SCOPE_RULES, scopeRulesOf } from "../../src/data/scope-rules.ts";

describe("SCOPE_RULES: words that narrow what a target counts", () => {
  it.each(SCOPE_RULES.map((r) => [r.id, r] as const))("%s catches its example and not its counter-example", (_, rule) => {
    const category = rule.categories?.[0] ?? "projects";
    expect(scopeRulesOf(rule.example, category).map((r) => r.id)).toContain(rule.id);
    expect(scopeRulesOf(rule.counterExample, category).map((r) => r.id)).not.toContain(rule.id);
  });

  it("a rule limited to some categories says nothing of others: 改造 narrows roads, not old communities", () => {
    expect(scopeRulesOf("完成县乡道改造", "roads").map((r) => r.id)).toEqual(["upgrade"]);
    expect(scopeRulesOf("完成老旧小区改造", "housing")).toEqual([]);
  });
});

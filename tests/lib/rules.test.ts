import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractTargets, type Extraction } from "../../src/lib/extract.ts";
import { JUDGE_RULES, TARGET_RULES } from "../../src/lib/judge-rules.ts";
import { CATEGORY_RULES, KIND_RULES, MEASURE_RULES, MONEY_RULES, RATE_SUBJECT_RULES } from "../../src/lib/category-rules.ts";
import { SECTION_RULES } from "../../src/lib/section-rules.ts";
import { OWNER_RULES } from "../../src/lib/owner-rules.ts";
import { FALLBACK_RULES } from "../../src/lib/fallback-rules.ts";
import { splitDocument } from "../../src/lib/structure.ts";

/**
 * An example names the figure its rule must decide by marking it 【thus】, as textlint's tester
 * names an error's line and column: the test checks that figure's decision, not that the id
 * appears somewhere in the reading. Returns the text without marks and the marked figure's offsets.
 */
function marked(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf("【");
  const end = example.indexOf("】");
  expect(start, `no 【figure】 marked in ${example}`).toBeGreaterThanOrEqual(0);
  return { text: example.replace("【", "").replace("】", ""), start, end: end - 1 };
}

/** The ledger line and the target (if any) of the figure that spans [start, end). */
function decisionAt(r: Extraction, start: number, end: number) {
  const entry = r.ledger.find((e) => e.quantity.start === start && e.quantity.end === end);
  expect(entry, `no number read at ${start}–${end}`).toBeDefined();
  return { entry: entry!, target: r.targets.find((t) => t.number_start === start) };
}

describe("judging rules: each example's marked figure is decided by its rule, no figure of the counter-example is", () => {
  it.each([...JUDGE_RULES, ...TARGET_RULES].map((r) => [r.id, r] as const))("%s", (id, rule) => {
    const m = marked(rule.example);
    expect(decisionAt(extractTargets(m.text, { city: rule.city }), m.start, m.end).entry.rule, rule.example).toBe(id);
    expect(extractTargets(rule.counterExample, { city: rule.city }).ledger.map((e) => e.rule), rule.counterExample).not.toContain(id);
  });
});

describe("category and kind rules: each example's marked figure is categorised by its rule, no figure of the counter-example is", () => {
  it.each([...MONEY_RULES, ...RATE_SUBJECT_RULES, ...CATEGORY_RULES, ...KIND_RULES].map((r) => [r.id, r] as const))("%s", (id, rule) => {
    const m = marked(rule.example);
    const t = decisionAt(extractTargets(m.text), m.start, m.end).target;
    expect([t?.category_rule, t?.kind_rule], rule.example).toContain(id);
    expect(extractTargets(rule.counterExample).targets.flatMap((x) => [x.category_rule, x.kind_rule]), rule.counterExample).not.toContain(id);
  });
});

describe("measure rules: each example's marked rate measures as the rule says, the counter-example's rates do not", () => {
  it.each(MEASURE_RULES.map((r) => [r.id, r] as const))("%s", (_, rule) => {
    const m = marked(rule.example);
    expect(decisionAt(extractTargets(m.text), m.start, m.end).target?.measure, rule.example).toBe(rule.measure);
    expect(extractTargets(rule.counterExample).targets.map((t) => t.measure), rule.counterExample).not.toContain(rule.measure);
  });
});

describe("fallbacks are entries too: each example's figure (or section) gets the fallback's id", () => {
  it.each(FALLBACK_RULES.map((r) => [`${r.on} ${r.id}`, r] as const))("%s", (_, rule) => {
    if (rule.on === "roleRule") {
      const section = splitDocument(rule.example, { planYear: null }).sections.find((s) => s.title === rule.title);
      expect(section?.roleRule, rule.example).toBe(rule.id);
      return;
    }
    const m = marked(rule.example);
    const { entry, target } = decisionAt(extractTargets(m.text, { city: rule.city }), m.start, m.end);
    expect(rule.on === "rule" ? entry.rule : target?.[rule.on], rule.example).toBe(rule.id);
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
  const tables = {
    judge: [...JUDGE_RULES, ...TARGET_RULES].map((r) => r.id),
    category: [...MONEY_RULES, ...RATE_SUBJECT_RULES, ...CATEGORY_RULES, ...KIND_RULES, ...MEASURE_RULES].map((r) => r.id),
    section: SECTION_RULES.map((r) => r.id),
    owner: OWNER_RULES.map((r): string => r.id),
  };

  it("every id is unique across the tables", () => {
    const ids = Object.values(tables).flat();
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("every rule id that reading the corpus writes (rule, category, kind, owner, section role) is an entry of a table", () => {
    const known = {
      rule: new Set([...tables.judge, ...FALLBACK_RULES.filter((r) => r.on === "rule").map((r) => r.id)]),
      category_rule: new Set([...tables.category, ...FALLBACK_RULES.filter((r) => r.on === "category_rule").map((r) => r.id)]),
      kind_rule: new Set([...tables.category, ...FALLBACK_RULES.filter((r) => r.on === "kind_rule").map((r) => r.id)]),
      owner_rule: new Set(tables.owner),
      roleRule: new Set([...tables.section, ...FALLBACK_RULES.filter((r) => r.on === "roleRule").map((r) => r.id)]),
    };
    const unknown = new Set<string>();
    for (const dir of ["tests/fixtures/corpus/texts", "tests/fixtures/corpus/units-in-sentences", "seeds/2022"]) {
      for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
        const r = extractTargets(readFileSync(`${dir}/${f}`, "utf8"));
        for (const e of r.ledger) {
          if (!known.rule.has(e.rule)) unknown.add(`rule ${e.rule}`);
          if (!known.owner_rule.has(e.ownerRule)) unknown.add(`owner ${e.ownerRule}`);
        }
        for (const t of r.targets) {
          if (!known.category_rule.has(t.category_rule)) unknown.add(`category ${t.category_rule}`);
          if (t.kind_rule !== null && !known.kind_rule.has(t.kind_rule)) unknown.add(`kind ${t.kind_rule}`);
        }
        for (const s of r.structure.sections.slice(1)) if (!known.roleRule.has(s.roleRule)) unknown.add(`section ${s.roleRule}`);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});

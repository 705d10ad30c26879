/**
 * Words in a target's label that narrow what it counts: 工业项目 are some of all 项目, 规上工业企业
 * some of all 规上企业, 县乡道改造 is work on roads that exist rather than new ones. Two targets
 * rank together only with the same scope words, so 110 industrial projects never stand beside
 * 100 projects of every sort. One entry per word, with an example it must catch and one it
 * must not (tests/data/scope-rules.test.ts walks them).
 */
export interface ScopeRule {
  id: string;
  /** The scope in a reader's words, for titles and notes: （工业）. */
  name: string;
  reason: string;
  /** Categories the rule applies to; every category when absent. */
  categories?: readonly string[];
  test: RegExp;
  example: string;
  counterExample: string;
}

export const SCOPE_RULES: readonly ScopeRule[] = [
  {
    id: "industry",
    name: "工业",
    reason: "工业项目、规上工业企业只计工业，比全部项目、全部规上企业的口径窄",
    test: /工业/,
    example: "新增规上工业企业",
    counterExample: "新增规上企业",
  },
  {
    id: "emerging",
    name: "战略性新兴产业",
    reason: "战略性新兴产业项目只是项目中的一类",
    test: /新兴产业/,
    example: "引进投资亿元以上战略性新兴产业项目",
    counterExample: "引进亿元以上项目",
  },
  {
    id: "key",
    name: "重点项目",
    reason: "重点项目是经过遴选的一部分项目",
    categories: ["projects", "investment"],
    test: /重点/,
    example: "引进亿元以上重点投资项目",
    counterExample: "引进亿元以上项目",
  },
  {
    id: "upgrade",
    name: "改造",
    reason: "改造、提档升级的是已有道路，与新建、新改建的里程不同",
    categories: ["roads"],
    test: /改造|提档|升级/,
    example: "完成县乡道改造",
    counterExample: "新改建农村公路",
  },
];

/** The scope rules a label meets, in the table's order. */
export function scopeRulesOf(label: string, category: string): ScopeRule[] {
  return SCOPE_RULES.filter((r) => (!r.categories || r.categories.includes(category)) && r.test.test(label));
}

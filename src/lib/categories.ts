import { CATEGORY_RULES, KIND_RULES, MONEY_RULES, RATE_RULES, type Category, type CategoryRule, type Kind } from "./category-rules.ts";
import { BARE_VERBS, DELIVERY_VERBS } from "./words.ts";

export type { Category, Kind } from "./category-rules.ts";

export interface Categorised {
  category: Category;
  kind: Kind;
  /** Id of the rule that gave the category ("no-category" when none did). */
  categoryRule: string;
  /** Id of the kind rule, or null when the kind came with the category rule or is "other". */
  kindRule: string | null;
}

const RATE_UNITS = new Set(["%", "个百分点", "‰"]);
const CURRENCIES = new Set(["元", "美元", "港元", "欧元", "日元"]);
const BARE = new RegExp(`(?:${BARE_VERBS})`, "g");
/** A phrase that opens with a verb of its own names its own action (新增城镇住房保障家庭5000户). */
const OWN_VERB = new RegExp(`^(?:力争|确保|全年|年内|计划)*(?:${DELIVERY_VERBS}|实施|开展|开工|签约)`);

/**
 * Whether a phrase says nothing of what its figure counts once the figure, verbs and fillers
 * are gone: 提档升级120公里, 力争完成191.4亿元目标任务. Only such a phrase borrows its subject
 * from the clauses before it; one that names anything keeps its own, even an unknown one.
 */
export function saysNothing(phrase: string, figure: string): boolean {
  const rest = phrase.replace(figure, "").replace(BARE, "").replace(/[^\u4e00-\u9fff]/g, "");
  return rest.length < 2;
}

function firstRule(rules: readonly CategoryRule[], unit: string, texts: readonly string[]): CategoryRule | null {
  for (const t of texts) for (const r of rules) if (r.match.test(t) && (!r.units || r.units.test(unit))) return r;
  return null;
}

/**
 * Category and kind of a target from its unit and the words around it. `phrase` is the
 * figure's own phrase; `earlier` the clauses before it in its sentence, nearest first, which
 * count only when the phrase says nothing itself (after `clause`, the phrase's whole clause). `within` forces the category (a breakdown
 * after 其中 measures what its total measures).
 */
export function categorize(unit: string, baseUnit: string, phrase: string, figure: string, earlier: readonly string[], within?: Category, clause = phrase): Categorised {
  // What a count counts is named first by the words right after it (等1020个投资亿元以上续建项目).
  const at = figure ? phrase.indexOf(figure) : -1;
  const after = at >= 0 ? phrase.slice(at + figure.length) : "";
  const own = /[\u4e00-\u9fff]{2}/.test(after) && !CURRENCIES.has(baseUnit) && !RATE_UNITS.has(baseUnit) ? [after, phrase] : [phrase];
  // A phrase that says nothing (…、300元) takes its subject from its clause, then the clauses before.
  const texts = saysNothing(phrase, figure) ? [...own, clause, ...earlier] : own;
  if (RATE_UNITS.has(baseUnit)) {
    const r = firstRule(RATE_RULES, unit, texts);
    return { category: "rate", kind: r?.kind ?? "other", categoryRule: r?.id ?? "rate", kindRule: null };
  }
  if (CURRENCIES.has(baseUnit) && (!within || ["investment", "economy", "trade", "other"].includes(within))) {
    const r = firstRule(MONEY_RULES, unit, texts);
    return r
      ? { category: r.category, kind: r.kind ?? "other", categoryRule: r.id, kindRule: null }
      : { category: "other", kind: "money", categoryRule: "no-category", kindRule: null };
  }
  const rule = within ? null : firstRule(CATEGORY_RULES, unit, texts);
  const category = within ?? rule?.category ?? "other";
  if (category === "other") return { category, kind: "other", categoryRule: "no-category", kindRule: null };
  // A phrase with its own verb says what it is; only an elliptical one (…,5亿元以上项目15个)
  // borrows its kind from the clauses before it.
  const kindTexts = OWN_VERB.test(phrase) ? [phrase] : [phrase, ...earlier];
  const kinds = KIND_RULES.filter((k) => k.category === category);
  for (const t of kindTexts) {
    const k = kinds.find((r) => r.match.test(t));
    if (k) return { category, kind: k.kind, categoryRule: rule?.id ?? "within", kindRule: k.id };
  }
  return { category, kind: "other", categoryRule: rule?.id ?? "within", kindRule: null };
}

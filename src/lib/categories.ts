import { CATEGORY_RULES, KIND_RULES, MEASURE_RULES, MONEY_RULES, RATE_SUBJECT_RULES, type Category, type CategoryRule, type Kind, type Measure } from "./category-rules.ts";
import { BARE_VERBS, CHANGE_BASIS, DELIVERY_VERBS } from "./lexicon.ts";

export type { Category, Kind } from "./category-rules.ts";

export interface Categorised {
  category: Category;
  kind: Kind;
  measure: Measure;
  /** Id of the rule that gave the category ("no-category" when none did). */
  categoryRule: string;
  /** Id of the kind rule, or null when the kind came with the category rule or is "other". */
  kindRule: string | null;
}

const RATE_UNITS = new Set(["%", "个百分点", "‰"]);
/** A rate that opens with what it does, naming nothing it is of (同比增长超过10%, 增速10%以上). */
const RATE_WITHOUT_SUBJECT = new RegExp(`^(?:力争|确保|全年|年均)*(?:${CHANGE_BASIS})?(?:增长|增幅|增速|提高|下降|降低|增加|减少)`);
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

function firstRule(rules: readonly CategoryRule[], unit: string, texts: readonly string[], anyUnit = false): CategoryRule | null {
  for (const t of texts) for (const r of rules) if (r.match.test(t) && (anyUnit || !r.units || r.units.test(unit))) return r;
  return null;
}

/** The kind a count's category rule leaves open, from the kind table: first match wins. */
function kindOf(category: Category, texts: readonly string[]): { kind: Kind; kindRule: string | null } {
  const kinds = KIND_RULES.filter((k) => k.category === category);
  for (const t of texts) {
    const k = kinds.find((r) => r.match.test(t));
    if (k) return { kind: k.kind, kindRule: k.id };
  }
  return { kind: "other", kindRule: null };
}

/**
 * How a rate measures (增长 growth, 下降 reduction, 率 a share, 指数 an index), from its own
 * words first. A change in percentage points (提高1个百分点) is a growth or a reduction, never a share.
 */
function measureOf(unit: string, texts: readonly string[]): Measure {
  const rules = unit === "个百分点" ? MEASURE_RULES.filter((r) => r.measure === "growth" || r.measure === "reduction") : MEASURE_RULES;
  for (const t of texts) for (const r of rules) if (r.match.test(t)) return r.measure;
  return unit === "个百分点" ? "growth" : "share";
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
    // A rate is about what its words name (固定资产投资增长15% is about investment), measured as a rate.
    const m = measureOf(unit, texts);
    // A rate whose own words name nothing (同比增长超过10%) is the rate of what the clauses before it name.
    const subjects = saysNothing(phrase, figure) || !RATE_WITHOUT_SUBJECT.test(phrase) ? texts : [...texts, clause, ...earlier];
    const r = firstRule([...RATE_SUBJECT_RULES, ...MONEY_RULES], unit, texts) ?? firstRule(CATEGORY_RULES, unit, texts, true) ??
      firstRule([...RATE_SUBJECT_RULES, ...MONEY_RULES], unit, subjects) ?? firstRule(CATEGORY_RULES, unit, subjects, true);
    // 其中…分别增长: a breakdown whose words name nothing is about what its total is about.
    if (!r && within) return { category: within, kind: "other", measure: m, categoryRule: "within", kindRule: null };
    if (!r) return { category: "other", kind: "other", measure: m, categoryRule: "no-category", kindRule: null };
    const k = r.kind ? { kind: r.kind, kindRule: null } : kindOf(r.category, texts);
    return { category: r.category, kind: k.kind, measure: m, categoryRule: r.id, kindRule: k.kindRule };
  }
  if (CURRENCIES.has(baseUnit) && (!within || ["investment", "economy", "trade", "other"].includes(within))) {
    const r = firstRule(MONEY_RULES, unit, texts);
    return r
      ? { category: r.category, kind: r.kind ?? "other", measure: "amount", categoryRule: r.id, kindRule: null }
      : { category: "other", kind: "money", measure: "amount", categoryRule: "no-category", kindRule: null };
  }
  const rule = within ? null : firstRule(CATEGORY_RULES, unit, texts);
  const category = within ?? rule?.category ?? "other";
  if (category === "other") return { category, kind: "other", measure: "amount", categoryRule: "no-category", kindRule: null };
  // A phrase with its own verb says what it is; only an elliptical one (…,5亿元以上项目15个)
  // borrows its kind from the clauses before it.
  const k = kindOf(category, OWN_VERB.test(phrase) ? [phrase] : [phrase, ...earlier]);
  return { category, kind: k.kind, measure: "amount", categoryRule: rule?.id ?? "within", kindRule: k.kindRule };
}

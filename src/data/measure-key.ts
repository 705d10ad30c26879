import type { TargetEntry } from "../schemas/content.ts";
import { scopeRulesOf } from "./scope-rules.ts";

/** What a figure measures: an amount (450亿元), a growth or a reduction, a share, an index. */
export type Measure = "amount" | "growth" | "reduction" | "share" | "index";

/**
 * The target's measure. The reader will write `measure` on every target; until content has it,
 * a figure without one is an amount.
 */
export const measureOf = (t: TargetEntry): Measure => ((t as { measure?: Measure }).measure ?? "amount");

/** Ids of the scope words of a target's label (工业, 重点 …), see scope-rules.ts. */
export const scopeOf = (t: Pick<TargetEntry, "label" | "category">): string[] => scopeRulesOf(t.label, t.category).map((r) => r.id);

/**
 * What must be the same for two targets to be compared: category, kind, measure, the unit of
 * the scaled value, the threshold on what is counted (亿元以上) and the scope words. Targets
 * with one key measure one thing; a ranking never holds two keys.
 */
export function measureKey(t: TargetEntry): string {
  return [t.category, t.kind, measureOf(t), t.base_unit, t.threshold_base_value ?? "", scopeOf(t).join("+")].join("|");
}

/**
 * Kinds never compared across places: "other" is too loose to say two figures measure one thing,
 * and a sum of a project list the place chose (总投资, 年度计划投资) measures that list.
 */
const NOT_COMPARED = new Set(["other", "total", "annual-plan"]);

/**
 * Whether a target can stand in a comparison of places: the unit's own total, not a part or the
 * city's, of a kind that measures one thing (a rate with no subject is of kind "other").
 */
export const comparable = (t: TargetEntry) => t.scope === "unit" && t.role === "total" && !NOT_COMPARED.has(t.kind);

/** The figure's upper end, scaled out of 万/亿 (1—2家 → 2). */
const upper = (t: TargetEntry) => (t.value_max !== null && t.value ? t.value_max * (t.base_value / t.value) : t.base_value);

/** Largest first by the figure's upper end, as charts rank. */
export const byFigure = (a: TargetEntry, b: TargetEntry) => upper(b) - upper(a);

export interface Rank {
  /** 1 for the largest figure. */
  rank: number;
  /** How many places set a target of the same key. */
  of: number;
}

/**
 * A target's rank among the places of its edition that set the same measure (same key), or
 * null when no other place did: a rank of one says nothing.
 */
export function rankOf(t: TargetEntry, edition: readonly TargetEntry[]): Rank | null {
  if (!comparable(t)) return null;
  const key = measureKey(t);
  const same = edition.filter((x) => comparable(x) && measureKey(x) === key);
  // One figure per place: a place's largest, so that a place with two lines counts once.
  const best = new Map<string, TargetEntry>();
  for (const x of [...same].sort(byFigure)) if (!best.has(x.district)) best.set(x.district, x);
  if (best.size < 2) return null;
  // Equal figures share a rank: one more than the places with a larger figure.
  const mine = upper(best.get(t.district)!);
  return { rank: 1 + [...best.values()].filter((x) => upper(x) > mine).length, of: best.size };
}

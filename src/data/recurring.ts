import type { TargetEntry, UnitEntry } from "../schemas/content.ts";

export interface RecurringTarget {
  category: string;
  kind: string;
  /** The unit's target of this kind in each year that has one. */
  byYear: Map<number, TargetEntry>;
}

/**
 * Targets of a unit that recur across years: the same category and kind, in the same base unit,
 * set as the unit's own total in this year and at least one earlier year (new urban jobs,
 * high-standard farmland …). Kinds named "other" are too loose to compare and are left out.
 */
export function recurringTargets(unit: UnitEntry, earlier: readonly UnitEntry[]): RecurringTarget[] {
  const keyOf = (t: TargetEntry) => `${t.category}/${t.kind}/${t.base_unit}`;
  const comparable = (t: TargetEntry) => t.scope === "unit" && t.role === "total" && t.kind !== "other";
  const result: RecurringTarget[] = [];
  for (const t of unit.targets.filter(comparable)) {
    if (result.some((r) => `${r.category}/${r.kind}/${r.byYear.get(unit.year)!.base_unit}` === keyOf(t))) continue;
    const byYear = new Map<number, TargetEntry>([[unit.year, t]]);
    for (const u of earlier) {
      const match = u.targets.find((x) => comparable(x) && keyOf(x) === keyOf(t));
      if (match) byYear.set(u.year, match);
    }
    if (byYear.size > 1) result.push({ category: t.category, kind: t.kind, byYear });
  }
  return result;
}

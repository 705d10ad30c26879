import type { TargetEntry, UnitEntry } from "../schemas/content.ts";

/** Categories the edition page puts side by side first. */
export const HEADLINE_CATEGORIES = ["investment", "farmland", "jobs"] as const;

export interface HeadlineRow {
  name: string;
  slug: string;
  cells: Record<(typeof HEADLINE_CATEGORIES)[number], TargetEntry[]>;
}

/**
 * One row per unit with its own investment, farmland and jobs targets, in the text's order.
 * Figures the unit cites for the whole city are left out: they are not the unit's promise.
 */
export function headlineRows(units: readonly UnitEntry[]): HeadlineRow[] {
  return units.map((u) => ({
    name: u.name,
    slug: u.slug,
    cells: Object.fromEntries(
      HEADLINE_CATEGORIES.map((c) => [c, u.targets.filter((t) => t.category === c && t.scope === "unit")]),
    ) as HeadlineRow["cells"],
  }));
}

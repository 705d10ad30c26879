import type { ChartSpec } from "../charts/types.ts";
import type { TargetEntry, UnitEntry } from "../schemas/content.ts";
import { CATEGORIES } from "../lib/category-rules.ts";
import { formatFigure } from "./format.ts";
import { categoryLabel, kindLabel } from "./labels.ts";
import { rankOf, type Rank } from "./measure-key.ts";
import { paths } from "./paths.ts";

export interface SummaryRow {
  id: string;
  /** What is promised, in the text's words (the kind's name when the text gives none). */
  what: string;
  /** The figure, newspaper style, shown once. */
  figure: string;
  /** The figure's sentence in the text. */
  href: string;
  /** Its place among the places that set the same measure, or null when no other did. */
  rank: Rank | null;
  /** The chart that ranks it, when there is one. */
  chart: string | null;
  /** A part of another figure (其中…) or the city's figure, said in words; else empty. */
  note: string;
}

export interface SummaryGroup {
  category: string;
  name: string;
  rows: SummaryRow[];
}

/**
 * What a place promised, grouped by category in the site's order, each figure once, with its
 * rank among the places of the edition that set the same measure: a summary a phone reader
 * finishes, the text a tap away.
 */
export function unitSummary(unit: UnitEntry, edition: readonly TargetEntry[], charts: readonly ChartSpec[]): SummaryGroup[] {
  const chartOf = new Map(charts.filter((c) => c.form === "ranking").flatMap((c) => c.rows.map((r) => [r.id, c.id] as const)));
  return CATEGORIES.map((category) => ({ category, name: categoryLabel(category), ts: unit.targets.filter((t) => t.category === category) }))
    .filter((g) => g.ts.length)
    .map(({ category, name, ts }) => ({
      category,
      name,
      rows: ts.map((t: TargetEntry) => ({
        id: t.id,
        what: t.label || kindLabel(t.category, t.kind),
        figure: formatFigure(t),
        href: paths.target(unit.year, unit.slug, t.id),
        rank: rankOf(t, edition),
        chart: chartOf.get(t.id) ?? null,
        note: [t.role === "component" ? "分项" : "", t.scope === "city" ? "全市目标" : ""].filter(Boolean).join("，"),
      })),
    }));
}

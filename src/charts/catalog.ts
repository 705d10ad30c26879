import type { ChartInput, ChartOutput, ChartSpec } from "./types.ts";
import { CHART_SPECS } from "./specs/index.ts";

export type { ChartInput } from "./types.ts";

/** Every chart and fact of one edition, in the order of the specs' index. */
export function buildEdition(input: ChartInput): ChartOutput {
  const out: ChartOutput = { charts: [], facts: [] };
  for (const spec of CHART_SPECS) {
    const part = spec.build(input);
    // A fact of a spec that also ranks (one investment kind among several) is a detail, not the lead.
    const ranks = part.charts.some((c) => c.form !== "fact");
    const demote = <T extends { placement: string }>(x: T): T => (ranks && x.placement === "lead" ? { ...x, placement: "more" } : x);
    out.charts.push(...part.charts.map((c) => (c.form === "fact" ? demote(c) : c)));
    out.facts.push(...part.facts.map(demote));
  }
  // Facts of the lead (jobs) come first wherever facts are listed.
  out.facts.sort((a, b) => Number(b.placement === "lead") - Number(a.placement === "lead"));
  // Fact cards after the charts, in the facts' order.
  const cards = new Map(out.charts.filter((c) => c.form === "fact").map((c) => [c.id, c]));
  out.charts = [...out.charts.filter((c) => c.form !== "fact"), ...out.facts.map((f) => cards.get(f.card)!)];
  return out;
}

/** The charts of one edition. */
export const buildCharts = (input: ChartInput): ChartSpec[] => buildEdition(input).charts;

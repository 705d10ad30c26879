import type { ChartInput, ChartOutput, ChartSpec } from "./types.ts";
import { CHART_SPECS } from "./specs/index.ts";

export type { ChartInput } from "./types.ts";

/** Every chart and fact of one edition, in the order of the specs' index. */
export function buildEdition(input: ChartInput): ChartOutput {
  const out: ChartOutput = { charts: [], facts: [] };
  for (const spec of CHART_SPECS) {
    const part = spec.build(input);
    out.charts.push(...part.charts);
    // A fact of a spec that also ranks (one investment kind among several) is a detail, not the lead.
    out.facts.push(...part.facts.map((f) => (part.charts.length && f.placement === "lead" ? { ...f, placement: "more" as const } : f)));
  }
  return out;
}

/** The charts of one edition. */
export const buildCharts = (input: ChartInput): ChartSpec[] => buildEdition(input).charts;

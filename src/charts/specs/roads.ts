import { group } from "d3-array";
import type { ChartDefinition, ChartOutput } from "../types.ts";
import { measure } from "../ranking.ts";
import { kindLabel } from "../../data/labels.ts";

/** Road works in kilometres, one ranking per kind of work: new roads and upgrades are not added. */
export const roads: ChartDefinition = {
  id: "roads",
  placement: "more",
  build(input) {
    const own = input.targets.filter((t) => t.scope === "unit" && t.category === "roads" && t.base_unit === "公里" && t.role === "total" && t.kind !== "other");
    const out: ChartOutput = { charts: [], facts: [] };
    for (const [kind, ts] of group(own, (t) => t.kind)) {
      const part = measure(input, { id: `roads-${kind}`, placement: "more", noun: `道路${kindLabel("roads", kind)}里程`, targets: ts });
      out.charts.push(...part.charts);
      out.facts.push(...part.facts);
    }
    return out;
  },
};

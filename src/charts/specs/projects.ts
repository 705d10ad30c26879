import type { ChartDefinition } from "../types.ts";
import { measure } from "../ranking.ts";

/** Projects of 1亿元 or more to attract: one threshold, so the counts compare. */
export const projects: ChartDefinition = {
  id: "projects",
  placement: "more",
  build: (input) =>
    measure(input, {
      id: "projects",
      placement: "more",
      noun: "引进亿元以上项目",
      targets: input.targets.filter(
        (t) => t.scope === "unit" && t.category === "projects" && t.kind === "attract" && t.threshold_base_value === 1e8 && t.role === "total",
      ),
      notes: ["只比较门槛为“亿元以上”的项目数；门槛不同的项目数（如5亿元以上）不在图中。"],
    }),
};

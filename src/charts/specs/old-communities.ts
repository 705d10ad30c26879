import type { ChartDefinition } from "../types.ts";
import { measure } from "../ranking.ts";

export const oldCommunities: ChartDefinition = {
  id: "old-communities",
  placement: "more",
  build: (input) =>
    measure(input, {
      id: "old-communities",
      placement: "more",
      noun: "老旧小区改造",
      targets: input.targets.filter((t) => t.scope === "unit" && t.category === "housing" && t.kind === "old-communities" && t.base_unit === "个" && t.role === "total"),
    }),
};

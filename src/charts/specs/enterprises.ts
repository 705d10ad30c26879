import type { ChartDefinition } from "../types.ts";
import { measure } from "../ranking.ts";

export const enterprises: ChartDefinition = {
  id: "enterprises",
  placement: "more",
  build: (input) =>
    measure(input, {
      id: "enterprises",
      placement: "more",
      noun: "新增规上企业",
      targets: input.targets.filter((t) => t.scope === "unit" && t.category === "enterprises" && t.kind === "above-scale" && t.role === "total"),
    }),
};

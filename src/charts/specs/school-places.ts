import type { ChartDefinition } from "../types.ts";
import { measure } from "../ranking.ts";

export const schoolPlaces: ChartDefinition = {
  id: "school-places",
  placement: "more",
  build: (input) =>
    measure(input, {
      id: "school-places",
      placement: "more",
      noun: "新增学位",
      targets: input.targets.filter((t) => t.scope === "unit" && t.category === "education" && t.kind === "school-places" && t.role === "total"),
    }),
};

import type { ChartDefinition } from "../types.ts";
import { measure } from "../ranking.ts";

/** New urban jobs: who promises how many. Training and re-employment count other people. */
export const jobs: ChartDefinition = {
  id: "jobs",
  placement: "lead",
  build(input) {
    return measure(input, {
      id: "jobs",
      placement: "lead",
      noun: "城镇新增就业",
      targets: input.targets.filter((t) => t.scope === "unit" && t.category === "jobs" && t.kind === "new-urban" && t.role === "total"),
      notes: ["没有写明这一目标的地方，并不代表没有就业工作；就业培训人数与新增就业人数是不同的指标，不计入。"],
    });
  },
};

import { group } from "d3-array";
import type { ChartDefinition, ChartOutput } from "../types.ts";
import { measure } from "../ranking.ts";
import { kindLabel } from "../../data/labels.ts";
import { comparable } from "../../data/measure-key.ts";

/** Investment: one ranking per kind that two or more places set; kinds are never mixed. */
export const investment: ChartDefinition = {
  id: "investment",
  placement: "lead",
  build(input) {
    // Sums of a project list the place chose (总投资, 年度计划投资) measure that list: never ranked (measure-key.ts).
    const own = input.targets.filter((t) => comparable(t) && t.category === "investment");
    const out: ChartOutput = { charts: [], facts: [] };
    for (const [kind, ts] of group(own, (t) => t.kind)) {
      const name = kindLabel("investment", kind);
      const part = measure(input, {
        id: `investment-${kind}`,
        placement: "lead",
        noun: name,
        targets: ts,
        title: (rows, _places, noun) => `${rows[0].place}的${noun}目标最高：${rows[0].figure}`,
        notes: ["不同口径的投资（签约、实际到位、固定资产投资等）衡量的是不同的东西，本图只比较一种口径。"],
      });
      out.charts.push(...part.charts);
      out.facts.push(...part.facts);
    }
    return out;
  },
};

import type { ChartDefinition } from "../types.ts";
import { measure } from "../ranking.ts";
import { formatFigure } from "../../data/format.ts";
import { displayName } from "../../data/place-name.ts";

/** High-standard farmland; land consolidation is other work, listed beside it, never added. */
export const farmland: ChartDefinition = {
  id: "farmland",
  placement: "lead",
  build(input) {
    const own = input.targets.filter((t) => t.scope === "unit" && t.category === "farmland" && t.role === "total");
    const others = own.filter((t) => t.kind !== "high-standard");
    return measure(input, {
      id: "farmland",
      placement: "lead",
      noun: "高标准农田建设",
      targets: own.filter((t) => t.kind === "high-standard"),
      notes: others.length ? ["国土综合整治、耕地保护与高标准农田建设是不同的工作，面积不相加，列在图旁。"] : [],
      aside: others.length ? { title: "其他农田目标（另列）", items: others.map((t) => `${displayName(t.district)}：${t.label} ${formatFigure(t)}`) } : null,
    });
  },
};

import * as Plot from "@observablehq/plot";
import type { ChartRow, ChartVariant } from "./types.ts";
import { blockWidth, wrapLabel } from "./text-width.ts";
import { CHART_COLORS } from "./render.ts";

/** Sizes of the two renderings: a phone column and a desktop column. */
export const VARIANTS: Record<ChartVariant, { width: number; fontSize: number; wrap: number; rowHeight: number }> = {
  narrow: { width: 340, fontSize: 13, wrap: 6, rowHeight: 34 },
  wide: { width: 640, fontSize: 14, wrap: 9, rowHeight: 30 },
};

/** Text on a row without a value: absence is shown, not left blank. */
export const NO_TARGET = "未设目标";

/**
 * Horizontal bars, one row per unit in the given order, with the figure as written at the
 * end of each bar. Margins come from measured Chinese label widths, not Plot's defaults.
 * Rows with no value show 未设目标 in place of a bar.
 */
export function barChartOptions(rows: readonly ChartRow[], variant: ChartVariant, relativeTo: (p: string) => string): Plot.PlotOptions {
  const v = VARIANTS[variant];
  const lines = rows.map((r) => wrapLabel(r.axisLabel, v.wrap));
  const lineCount = Math.max(1, ...lines.map((l) => l.split("\n").length));
  const rowHeight = Math.max(v.rowHeight, lineCount * v.fontSize * 1.25 + 8);
  const marginLeft = Math.max(...lines.map((l) => blockWidth(l, v.fontSize))) + 10;
  const marginRight = Math.max(...rows.map((r) => blockWidth(r.value === null ? NO_TARGET : r.figure, v.fontSize))) + 10;
  const data = rows.map((r, i) => ({ ...r, key: String(i), line: lines[i] }));
  const withValue = data.filter((r) => r.value !== null);
  const tip = (r: (typeof data)[number]) => `${r.district}：${r.label} ${r.value === null ? NO_TARGET : r.figure}`;
  const href = (r: (typeof data)[number]) => (r.href ? relativeTo(r.href) : null);
  return {
    width: v.width,
    height: rows.length * rowHeight + 8,
    marginTop: 4,
    marginBottom: 4,
    marginLeft,
    marginRight,
    style: { fontSize: `${v.fontSize}px` },
    x: { axis: null, domain: [0, Math.max(1, ...withValue.map((r) => r.base_max ?? r.base_value ?? 0))] },
    y: { axis: null, domain: data.map((r) => r.key), padding: 0.28 },
    marks: [
      Plot.barX(withValue, { x: (r) => r.base_max ?? r.base_value, y: "key", fill: CHART_COLORS.bar, className: "bar", href, target: "_top", title: tip }),
      Plot.ruleX([0], { stroke: CHART_COLORS.muted }),
      Plot.text(data, { x: 0, y: "key", text: "line", textAnchor: "end", dx: -6, lineHeight: 1.15, className: "axis-label" }),
      Plot.text(withValue, { x: (r) => r.base_max ?? r.base_value, y: "key", text: "figure", textAnchor: "start", dx: 4, href, target: "_top", title: tip, className: "value-label" }),
      Plot.text(data.filter((r) => r.value === null), { x: 0, y: "key", text: () => NO_TARGET, textAnchor: "start", dx: 6, fill: CHART_COLORS.muted, className: "empty-label" }),
    ],
  };
}

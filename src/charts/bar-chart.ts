import * as Plot from "@observablehq/plot";
import type { ChartRow } from "./types.ts";
import { blockWidth, wrapLabel } from "./text-width.ts";
import { variantOf, type ChartVariant } from "./widths.ts";
import { theme } from "../theme.ts";

/**
 * Horizontal bars, one row per place in the given order, with the figure as written at the end
 * of each bar. Margins come from measured Chinese label widths, not Plot's defaults. The bar is
 * the one link to the figure's sentence; the value beside it is plain text, so a screen reader
 * meets each bar once.
 */
export function barChartOptions(rows: readonly ChartRow[], variant: ChartVariant, relativeTo: (p: string) => string, fill?: { height: number }): Plot.PlotOptions {
  // A share card fills a given height: rows grow, and the type with them (up to 26 px).
  const base = variantOf(variant);
  const filled = fill ? Math.max(base.rowHeight, (fill.height - 8) / Math.max(1, rows.length)) : 0;
  const v = fill ? { ...base, rowHeight: filled, fontSize: Math.round(Math.min(26, Math.max(base.fontSize + 3, filled * 0.22))) } : base;
  const lines = rows.map((r) => wrapLabel(r.axisLabel, v.wrap));
  const lineCount = Math.max(1, ...lines.map((l) => l.split("\n").length));
  const rowHeight = Math.max(v.rowHeight, lineCount * v.fontSize * 1.25 + 8);
  const marginLeft = Math.max(...lines.map((l) => blockWidth(l, v.fontSize))) + 10;
  const marginRight = Math.max(...rows.map((r) => blockWidth(r.figure, v.fontSize))) + 10;
  const data = rows.map((r, i) => ({ ...r, key: String(i), line: lines[i] }));
  const tip = (r: (typeof data)[number]) => `${r.place}：${r.label} ${r.figure}`;
  const href = (r: (typeof data)[number]) => (r.href ? relativeTo(r.href) : null);
  return {
    width: v.width,
    // Whole pixels, so that an embed's height adds up exactly (src/data/embed-layout.ts).
    height: Math.ceil(rows.length * rowHeight + 8),
    marginTop: 4,
    marginBottom: 4,
    marginLeft,
    marginRight,
    style: { fontSize: `${v.fontSize}px` },
    x: { axis: null, domain: [0, Math.max(1, ...data.map((r) => r.base_max ?? r.base_value ?? 0))] },
    y: { axis: null, domain: data.map((r) => r.key), padding: 0.28 },
    marks: [
      Plot.barX(data, { x: (r) => r.base_max ?? r.base_value, y: "key", fill: theme.colors.light.bar, className: "bar", href, target: "_top", title: tip }),
      Plot.ruleX([0], { stroke: theme.colors.light.muted, className: "baseline" }),
      Plot.text(data, { x: 0, y: "key", text: "line", textAnchor: "end", dx: -6, lineHeight: 1.15, className: "axis-label" }),
      Plot.text(data, { x: (r) => r.base_max ?? r.base_value, y: "key", text: "figure", textAnchor: "start", dx: 4, className: "value-label" }),
    ],
  };
}

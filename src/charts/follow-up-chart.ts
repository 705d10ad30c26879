import * as Plot from "@observablehq/plot";
import type { ChartRow } from "./types.ts";
import type { PromiseView } from "../data/promises.ts";
import { STATUS_NAMES } from "../data/promises.ts";
import { formatFigure } from "../data/format.ts";
import { rowOf as targetRow } from "./ranking.ts";
import { wrapLabel } from "./text-width.ts";
import { variantOf, type ChartVariant } from "./widths.ts";
import { theme } from "../theme.ts";

const isChange = (m: string) => m === "growth" || m === "reduction";
/** A growth rate with its sign: 下降0.8% is −0.8. */
const signed = (t: { measure: string; value: number }) => (t.measure === "reduction" ? -t.value : t.value);

/** The promises a chart can draw: met or missed against a figure of the same unit. */
function judged(views: readonly PromiseView[]) {
  return views.filter((v) => (v.status === "met" || v.status === "missed") && v.result && v.result.base_unit === v.target.base_unit);
}

/** A promise as a chart row: its target as every chart writes one, its result and verdict beside. */
function rowOf(v: PromiseView, plotted: number, plottedTarget: number): ChartRow {
  const r = v.result!;
  return {
    ...targetRow(v.target, v.target.label),
    href: v.targetHref,
    result: {
      year: r.year ?? 0,
      value: r.value,
      base_value: r.base_value,
      unit: r.unit,
      figure: formatFigure(r),
      quote: r.quote,
      href: v.resultHref,
      status: v.status as "met" | "missed",
      statusName: STATUS_NAMES[v.status],
      plotted,
      plottedTarget,
    },
  };
}

/** Growth (or fall) rates in %: the target's rate and the result's, with their signs. */
export function growthRows(views: readonly PromiseView[]): ChartRow[] {
  return judged(views)
    .filter((v) => isChange(v.target.measure) && isChange(v.result!.measure) && v.target.base_unit === "%")
    .map((v) => rowOf(v, signed(v.result!), signed(v.target)))
    .sort((a, b) => b.result!.plotted - b.result!.plottedTarget - (a.result!.plotted - a.result!.plottedTarget));
}

/**
 * Amounts and counts: the result as a percentage of the target (完成率). Only targets that set a
 * floor (not a ceiling: 以内) read so: 414.3亿元 of 400亿元以上 is 104%.
 */
export function completionRows(views: readonly PromiseView[]): ChartRow[] {
  return judged(views)
    .filter((v) => v.target.measure === "amount" && v.result!.measure === "amount" && v.target.base_value > 0 && !["≤", "<"].includes(v.target.qualifier))
    .map((v) => rowOf(v, Math.round((1000 * v.result!.base_value) / v.target.base_value) / 10, 100))
    .sort((a, b) => b.result!.plotted - a.result!.plotted);
}

/** The second line of each row: the verdict, then target and result as written. */
const figuresLine = (r: ChartRow) => `${r.result!.statusName}：目标${r.figure}，结果${r.result!.figure}`;

interface Layout {
  width: number;
  fontSize: number;
  lines: string[];
  /** Height of a row's text block, and of the whole row (text above, dots below). */
  textHeight: number;
  rowHeight: number;
}

/**
 * Each row's words stand above its dots, across the whole width: what is measured (wrapped),
 * then the verdict with target and result, never split from their units. A phone keeps the
 * full width for the scale instead of a margin of labels.
 */
function layout(rows: readonly ChartRow[], variant: ChartVariant): Layout {
  const v = variantOf(variant);
  const perLine = Math.max(6, Math.floor((v.width - 8) / v.fontSize));
  const lines = rows.map((r) => `${wrapLabel(r.axisLabel, perLine)}\n${figuresLine(r)}`);
  const lineCount = Math.max(2, ...lines.map((l) => l.split("\n").length));
  const textHeight = Math.ceil(lineCount * v.fontSize * 1.25);
  return { width: v.width, fontSize: v.fontSize, lines, textHeight, rowHeight: textHeight + 26 };
}

/**
 * Target against result, one row per indicator: a hollow ring for the target, a filled dot for
 * the result, a line between; the verdict in words beside the result. Dot and ring are links to
 * their sentences; the status is words and shape, never colour alone.
 */
export function dumbbellOptions(rows: readonly ChartRow[], variant: ChartVariant, relativeTo: (p: string) => string, unitLabel: string, reference?: number): Plot.PlotOptions {
  const l = layout(rows, variant);
  const data = rows.map((r, i) => ({ ...r, key: String(i), line: l.lines[i]!, res: r.result!, verdict: r.result!.statusName }));
  const values = data.flatMap((d) => [d.res.plotted, d.res.plottedTarget, ...(reference !== undefined ? [reference] : [])]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  const href = (p: string | null) => (p ? relativeTo(p) : null);
  // Text from the top of each row, the dots in the row's last 26 px.
  const textDy = -l.rowHeight / 2 + 2;
  const dotDy = l.rowHeight / 2 - 12;
  const margin = 10;
  return {
    width: l.width,
    height: Math.ceil(rows.length * l.rowHeight + 24),
    marginTop: 0,
    marginBottom: 24,
    marginLeft: margin,
    marginRight: margin + 6,
    style: { fontSize: `${l.fontSize}px` },
    x: { domain: [lo, hi], nice: true, ticks: Math.max(2, Math.floor((l.width - 2 * margin) / 70)), tickFormat: (d: number) => `${d}${unitLabel}`, label: null },
    y: { type: "band", axis: null, domain: data.map((d) => d.key), padding: 0 },
    marks: [
      // The reference (0, or 100% of the target) runs behind the words, which keep a halo.
      Plot.ruleX([reference ?? 0], { stroke: theme.colors.light.muted, className: "baseline" }),
      Plot.link(data, { x1: (d) => d.res.plottedTarget, x2: (d) => d.res.plotted, y1: "key", y2: "key", dy: dotDy, stroke: theme.colors.light.muted, strokeWidth: 2, className: "link-line" }),
      Plot.dot(data, { x: (d) => d.res.plottedTarget, y: "key", dy: dotDy, r: 5.5, stroke: theme.colors.light.fg, strokeWidth: 2, fill: theme.colors.light.bg, className: "target-dot", href: (d) => href(d.href), target: "_top", title: (d) => `${d.label}：目标${d.figure}` }),
      // Met and missed are two marks, so pages restyle each by class (dark scheme) and the shape differs.
      ...(["met", "missed"] as const).map((status) =>
        Plot.dot(
          data.filter((d) => d.res.status === status),
          {
            x: (d) => d.res.plotted,
            y: "key",
            dy: dotDy,
            r: status === "met" ? 5.5 : 6.5,
            symbol: status === "met" ? "circle" : "diamond",
            fill: status === "met" ? theme.colors.light.bar : theme.colors.light.muted,
            className: `result-dot result-${status}`,
            href: (d) => href(d.res.href),
            target: "_top",
            title: (d) => `${d.label}：结果${d.res.figure}，${d.verdict}`,
          },
        ),
      ),
      // A halo under the words (its own mark: PNG's renderer reads no paint-order), then the words.
      ...(["halo", "axis-label"] as const).map((className) =>
        Plot.text(data, {
          frameAnchor: "left",
          y: "key",
          dy: textDy,
          text: "line",
          textAnchor: "start",
          lineAnchor: "top",
          lineHeight: 1.25,
          className,
          ...(className === "halo" ? { fill: "none", stroke: theme.colors.light.bg, strokeWidth: 4, strokeLinejoin: "round" as const } : {}),
        }),
      ),
    ],
  };
}

import * as Plot from "@observablehq/plot";
import { blockWidth, wrapLabel } from "./text-width.ts";
import { variantOf, type ChartVariant } from "./widths.ts";
import { theme } from "../theme.ts";

export interface MatrixCell {
  district: string;
  /** Site path of the place's targets of this category. */
  href: string;
  category: string;
  /** Reader-facing category name, written vertically above its column. */
  categoryLabel: string;
  count: number;
}

/** Smallest cell: a tap target a finger can hit (WCAG 2.2 asks 24 CSS px). */
const MIN_CELL = 26;
/** Text never below 12 px, even on a phone. */
const FONT = { narrow: 12, wide: 13 };

/**
 * Places × categories: a filled cell where a place set at least one quantitative target in a
 * category, with their number, linking to those targets. Column heads are written top to
 * bottom, one character a line, as Chinese allows. Cells keep a finger's size: on a phone a
 * matrix wider than the screen scrolls sideways rather than shrinking.
 */
export function matrixChartOptions(cells: readonly MatrixCell[], districts: readonly string[], categories: readonly string[], variant: ChartVariant, relativeTo: (p: string) => string): Plot.PlotOptions {
  const v = variantOf(variant);
  const fontSize = v.width < 488 ? FONT.narrow : FONT.wide;
  const labels = new Map(districts.map((d) => [d, wrapLabel(d, v.wrap)]));
  const marginLeft = Math.max(...[...labels.values()].map((l) => blockWidth(l, fontSize))) + 8;
  const heads = new Map(cells.map((c) => [c.category, [...c.categoryLabel].join("\n")]));
  const headLines = Math.max(...[...heads.values()].map((h) => h.split("\n").length));
  const cell = Math.max(MIN_CELL, Math.floor((v.width - marginLeft - 4) / categories.length));
  const lineCount = Math.max(...[...labels.values()].map((l) => l.split("\n").length));
  const rowHeight = Math.max(cell, lineCount * fontSize * 1.2 + 6);
  const tip = (c: MatrixCell) => `${c.district}：${c.categoryLabel}${c.count ? ` ${c.count}项目标` : " 无量化目标"}`;
  return {
    width: marginLeft + cell * categories.length + 4,
    height: Math.ceil(headLines * fontSize * 1.1 + 12 + rowHeight * districts.length),
    marginLeft,
    marginRight: 4,
    marginTop: headLines * fontSize * 1.1 + 12,
    marginBottom: 0,
    style: { fontSize: `${fontSize}px` },
    x: { axis: null, domain: [...categories], padding: 0.06 },
    y: { axis: null, domain: [...districts], padding: 0.06 },
    marks: [
      Plot.cell(cells.filter((c) => c.count === 0), { x: "category", y: "district", fill: theme.colors.light.cellOff, className: "cell-off", title: tip }),
      Plot.cell(cells.filter((c) => c.count > 0), { x: "category", y: "district", fill: theme.colors.light.bar, className: "cell-on", title: tip, href: (c) => relativeTo(c.href), target: "_top" }),
      Plot.text(cells.filter((c) => c.count > 0), { x: "category", y: "district", text: (c) => String(c.count), fill: theme.colors.light.onBar, className: "cell-count" }),
      Plot.text(districts, { frameAnchor: "left", y: (d) => d, text: (d) => labels.get(d) ?? d, textAnchor: "end", dx: -4, lineHeight: 1.1, className: "axis-label" }),
      Plot.text(categories, { x: (c) => c, frameAnchor: "top", text: (c) => heads.get(c) ?? c, dy: -(headLines * fontSize * 1.1) - 6, lineAnchor: "top", lineHeight: 1.1, className: "column-label" }),
    ],
  };
}

import { theme } from "../theme.ts";

/**
 * The widths (CSS px of the figure) a chart is drawn at for pages and embeds. Each drawing is
 * shown at its own size from its width up to the next one (container queries), so chart text
 * keeps the site's type size at every width: a chart is never scaled down to fit, as an SVG
 * drawn for 340 px and squeezed into a 304 px embed was (text 10.4 px).
 */
export const CHART_WIDTHS: readonly number[] = [272, 304, 336, 376, 424, 488, 560, 640, 704];
/** The edition page's one drawing of each chart: a 320 px phone's column, shown at that size everywhere. */
export const COMPACT_WIDTH = 288;
/** Named drawings of the exports: the wide file (SVG, PNG) and the square card's. */
export const NAMED_WIDTHS = { narrow: 340, wide: 640 } as const;

export type ChartVariant = keyof typeof NAMED_WIDTHS | number;

export interface Variant {
  width: number;
  fontSize: number;
  /** Characters a place's name may take on one line of the axis. */
  wrap: number;
  rowHeight: number;
}

/** The sizes of one drawing: phone type below 488 px, desktop type above, as the site's text. */
export function variantOf(v: ChartVariant): Variant {
  const width = typeof v === "number" ? v : NAMED_WIDTHS[v];
  const phone = width < 488;
  const fontSize = phone ? theme.type.chart.narrow : theme.type.chart.wide;
  return { width, fontSize, wrap: Math.min(9, Math.max(5, Math.round((width * 0.23) / fontSize))), rowHeight: phone ? 34 : 30 };
}

/** Class names of a drawing of `width` among `widths` (ascending): shown from its width to the next one's. */
export function variantClasses(width: number, widths: readonly number[]): string {
  const i = widths.indexOf(width);
  return ["chart-graphic", "v", i === 0 ? "v-first" : `from-${width}`, i < widths.length - 1 ? `to-${widths[i + 1]}` : ""].filter(Boolean).join(" ");
}

/**
 * The container queries that show one drawing at a time: every width's "from" rule, then every
 * "to" rule, so a drawing past its range is hidden whatever its start. Emitted by the layouts.
 */
export function variantCss(widths: readonly number[] = CHART_WIDTHS): string {
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  return [
    ".chart-graphic.v{display:none}.chart-graphic.v-first{display:block}",
    ...sorted.map((w) => `@container (min-width:${w}px){.chart-graphic.from-${w}{display:block}}`),
    ...sorted.map((w) => `@container (min-width:${w}px){.chart-graphic.to-${w}{display:none}}`),
  ].join("\n");
}

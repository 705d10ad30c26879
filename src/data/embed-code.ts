import type { ChartSpec } from "../charts/types.ts";
import { paths } from "./paths.ts";

import { escapeMarkup as escape } from "../lib/escape-markup.ts";

/** Layout of the embed page at a 375 px phone, for the placeholder height. */
const PHONE = { contentWidth: 359, titleSize: 20, textSize: 14, chartWidth: 340 };
const charsPerLine = (size: number) => Math.floor(PHONE.contentWidth / size);
const linesOf = (text: string, size: number) => Math.ceil([...text].length / charsPerLine(size));

/**
 * Height the iframe gets before (or without) the host script: the embed's content height
 * on a 375 px phone, estimated from its text lengths and the narrow chart's height, so the
 * article does not jump when the real height arrives.
 */
export function placeholderHeight(chart: ChartSpec): number {
  const svg = chart.svg("narrow", (p) => p);
  const svgHeight = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 300);
  const title = linesOf(chart.title, PHONE.titleSize) * PHONE.titleSize * 1.35;
  const subtitle = linesOf(chart.subtitle, PHONE.textSize - 1) * (PHONE.textSize - 1) * 1.6;
  const source = linesOf(chart.source, PHONE.textSize - 1) * (PHONE.textSize - 1) * 1.6;
  const chartHeight = svgHeight * (PHONE.contentWidth / PHONE.chartWidth);
  return Math.ceil(title + subtitle + chartHeight + source + 134);
}

/** The code an editor pastes into an article: a sized iframe, then the host script. */
export function embedCode(chart: ChartSpec, siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  const src = `${base}${paths.embed(chart.year, chart.id)}`;
  return [
    `<iframe data-fenjin-embed src="${src}" title="${escape(chart.title)}" loading="lazy" width="100%" height="${placeholderHeight(chart)}" style="width:100%;max-width:720px;border:0;display:block" scrolling="no"></iframe>`,
    `<script async src="${base}/embed.js"></script>`,
  ].join("\n");
}

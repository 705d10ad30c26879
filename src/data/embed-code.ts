import type { ChartSpec } from "../charts/types.ts";
import { paths, relativeHref } from "./paths.ts";
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
  return Math.ceil(title + subtitle + chartHeight + source + 160);
}

export interface EmbedCode {
  code: string;
  /** The addresses in the code, as written: absolute with SITE_URL, else relative to the chart page. */
  embedSrc: string;
  scriptSrc: string;
  absolute: boolean;
}

/**
 * The code an editor pastes into an article: a sized iframe, then the host script. With the
 * site's address (SITE_URL) the addresses are absolute; without it they are relative to the
 * chart page and its script makes them absolute from the page's own address. Never a placeholder host.
 */
export function embedCode(chart: ChartSpec, site: URL | undefined): EmbedCode {
  const page = paths.chart(chart.year, chart.id);
  const at = (p: string) => (site ? new URL(p.replace(/^\//, ""), site).href : relativeHref(page, p));
  const embedSrc = at(paths.embed(chart.year, chart.id));
  const scriptSrc = at("/embed.js");
  const code = [
    `<iframe data-fenjin-embed src="${embedSrc}" title="${escape(chart.title)}" loading="lazy" width="100%" height="${placeholderHeight(chart)}" style="width:100%;max-width:720px;border:0;display:block" scrolling="no"></iframe>`,
    `<script async src="${scriptSrc}"></script>`,
  ].join("\n");
  return { code, embedSrc, scriptSrc, absolute: !!site };
}

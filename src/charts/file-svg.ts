import type { ChartSpec } from "./types.ts";
import { standaloneSvg } from "./render.ts";
import { textWidth } from "./text-width.ts";
import { wrapText } from "./line-break.ts";
import { theme } from "../theme.ts";
import { escapeMarkup as escape } from "../lib/escape-markup.ts";

export type FileLayout = "wide" | "square";

/** The square card's side at 1× (the PNG is drawn at 2×: 1080 px, what WeChat and Weibo show). */
export const SQUARE = 540;

/**
 * Font stack of exported files: the font the PNG is drawn with named first, so that print
 * software opening the SVG uses the same CJK face rather than whatever its system offers.
 */
export const FILE_FONTS = `"${theme.fonts.png.family}", ${theme.fonts.sans}`;

/** The source line without the credit: a file names the publication once, beside its address. */
const sourceOnly = (chart: ChartSpec) => chart.source.replace(`；${theme.creditLine}`, "");

/**
 * The chart as a file that stands on its own, for print, a CMS without iframes and WeChat:
 * headline, subtitle, how many places it compares, chart, source and one credit with the chart
 * page's address (when the build knows the site's, SITE_URL), inside even margins, every line
 * broken by word and never inside a figure. "square" is the social card: the chart drawn again
 * to fill the square under its headline. Links stay relative to the chart's page.
 */
export function chartFileSvg(chart: ChartSpec, relativeTo: (p: string) => string, layout: FileLayout = "wide", address?: string): { svg: string; width: number; height: number } {
  const square = layout === "square";
  const pad = theme.space.exportMargin;
  const c = theme.colors.light;
  const t = theme.type.chart;
  const wideInner = square ? "" : chart.svg("wide", relativeTo);
  const width = square ? SQUARE : Number(/width="([\d.]+)"/.exec(wideInner)?.[1] ?? 640) + 2 * pad;
  const textWidthMax = width - 2 * pad;
  // The square's text is larger: it is read as a thumbnail in a feed.
  const size = square ? { title: 26, subtitle: 15, coverage: 16, source: 13 } : { title: t.title, subtitle: t.subtitle, coverage: t.subtitle, source: t.source };
  // An address is one unit: it moves to a line of its own rather than breaking at a slash.
  const keep = [theme.siteName, ...(address ? [address] : []), ...new Set(chart.rows.map((r) => r.place))];
  const lines = (text: string, px: number) => wrapText(text, textWidthMax, (s) => textWidth(s, px), keep);
  const texts: string[] = [];
  let y = pad;
  const block = (text: string, px: number, color: string, weight = 400, cls = "") => {
    for (const line of lines(text, px)) {
      y += px * 1.35;
      texts.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${px}" font-weight="${weight}" fill="${color}"${cls ? ` class="${cls}"` : ""}>${escape(line)}</text>`);
    }
  };
  block(chart.title, size.title, c.fg, 700, "file-title");
  y += 6;
  block(chart.subtitle, size.subtitle, c.muted, 400, "file-subtitle");
  if (chart.coverage) block(chart.coverage, size.coverage, c.fg, 700, "file-coverage");
  y += 14;
  const chartY = y;
  const credit = `${theme.creditLine}${address ? ` · ${address}` : ""}`;
  const footer = [sourceOnly(chart), credit].reduce((h, s) => h + lines(s, size.source).length * size.source * 1.35, 0) + 12;
  // The square draws the chart again for the room left, so bars and labels fill it; the wide file keeps it 1:1.
  const inner = square ? chart.svg(textWidthMax, relativeTo, { height: SQUARE - pad - footer - chartY }) : wideInner;
  const innerWidth = Number(/width="([\d.]+)"/.exec(inner)?.[1] ?? 640);
  const innerHeight = Number(/height="([\d.]+)"/.exec(inner)?.[1] ?? 300);
  const room = square ? SQUARE - pad - footer - chartY : innerHeight;
  const scale = Math.min(1, textWidthMax / innerWidth, room / innerHeight);
  const chartWidth = innerWidth * scale;
  y += (square ? room : innerHeight * scale) + 12;
  const chartX = pad + (textWidthMax - chartWidth) / 2;
  block(sourceOnly(chart), size.source, c.muted, 400, "file-source");
  // A very long address is set smaller rather than run past the margin.
  block(credit, address ? Math.min(size.source, Math.floor((textWidthMax / textWidth(address, 100)) * 100)) : size.source, c.fg, 700, "file-site");
  const height = square ? SQUARE : Math.ceil(y + pad);
  const nested = inner
    .replace(/ width="[\d.]+" height="[\d.]+" viewBox="[^"]*"/, "")
    // The file names its font once, on the outer SVG; the chart inherits it.
    .replace(/ font-family="[^"]*"/, "")
    .replace(/^<svg /, `<svg x="${chartX.toFixed(1)}" y="${chartY.toFixed(1)}" width="${chartWidth.toFixed(1)}" height="${(innerHeight * scale).toFixed(1)}" viewBox="0 0 ${innerWidth} ${innerHeight}" `);
  const outer = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(FILE_FONTS)}" role="img" aria-label="${escape(chart.title)}"><title>${escape(chart.title)}</title><desc>${escape(chart.description)}</desc>${texts.join("")}${nested}</svg>`;
  return { svg: standaloneSvg(outer), width, height };
}

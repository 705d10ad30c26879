import type { ChartSpec } from "./types.ts";
import { standaloneSvg } from "./render.ts";
import { textWidth } from "./text-width.ts";
import { wrapText } from "./line-break.ts";
import { theme } from "../theme.ts";
import { escapeMarkup as escape } from "../lib/escape-markup.ts";

export type FileLayout = "wide" | "square";

/**
 * The chart as a file that stands on its own, for print, a CMS without iframes and WeChat:
 * headline, subtitle, chart, source and the publication's name, inside even margins, every
 * line broken where Chinese allows and never inside a figure. "square" is the social card:
 * the chart scaled into a square under the headline. Links stay relative to the chart's page.
 */
export function chartFileSvg(chart: ChartSpec, relativeTo: (p: string) => string, layout: FileLayout = "wide"): { svg: string; width: number; height: number } {
  const inner = chart.svg(layout === "square" ? "narrow" : "wide", relativeTo);
  const innerWidth = Number(/width="([\d.]+)"/.exec(inner)?.[1] ?? 640);
  const innerHeight = Number(/height="([\d.]+)"/.exec(inner)?.[1] ?? 300);
  const pad = theme.space.exportMargin;
  const c = theme.colors.light;
  const t = theme.type.chart;
  const width = layout === "square" ? 540 : innerWidth + 2 * pad;
  const textWidthMax = width - 2 * pad;
  const texts: string[] = [];
  const keep = [theme.siteName, ...new Set(chart.rows.map((r) => r.district))];
  let y = pad;
  const block = (text: string, size: number, color: string, weight = 400, cls = "") => {
    for (const line of wrapText(text, textWidthMax, (s) => textWidth(s, size), keep)) {
      y += size * 1.35;
      texts.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}"${cls ? ` class="${cls}"` : ""}>${escape(line)}</text>`);
    }
  };
  block(chart.title, t.title, c.fg, 700, "file-title");
  y += 6;
  block(chart.subtitle, t.subtitle, c.muted, 400, "file-subtitle");
  y += 14;
  const chartY = y;
  // The square card scales the chart into what is left of the square; the wide file keeps it 1:1.
  const footerHeight = 2 * t.source * 1.35 + 12;
  const room = layout === "square" ? width - pad - footerHeight - chartY : innerHeight;
  const scale = layout === "square" ? Math.min(1, textWidthMax / innerWidth, room / innerHeight) : 1;
  const chartWidth = innerWidth * scale;
  y += innerHeight * scale + 12;
  const chartX = pad + (textWidthMax - chartWidth) / 2;
  block(chart.source, t.source, c.muted, 400, "file-source");
  block(theme.siteName, t.source, c.fg, 700, "file-site");
  const height = layout === "square" ? Math.max(width, Math.ceil(y + pad)) : Math.ceil(y + pad);
  const nested = inner
    .replace(/ width="[\d.]+" height="[\d.]+" viewBox="[^"]*"/, "")
    .replace(/^<svg /, `<svg x="${chartX.toFixed(1)}" y="${chartY.toFixed(1)}" width="${chartWidth.toFixed(1)}" height="${(innerHeight * scale).toFixed(1)}" viewBox="0 0 ${innerWidth} ${innerHeight}" `);
  const outer = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(theme.fonts.sans)}" role="img" aria-label="${escape(chart.title)}"><title>${escape(chart.title)}</title><desc>${escape(chart.description)}</desc>${texts.join("")}${nested}</svg>`;
  return { svg: standaloneSvg(outer), width, height };
}

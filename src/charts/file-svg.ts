import type { ChartSpec } from "./types.ts";
import { standaloneSvg, CHART_COLORS, CHART_FONT } from "./render.ts";
import { textWidth } from "./text-width.ts";
import { VARIANTS } from "./bar-chart.ts";

import { escapeMarkup as escape } from "../lib/escape-markup.ts";

/** Lines of at most `width` pixels; Chinese text may break between any two characters. */
function wrapToWidth(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const c of text) {
    if (line && textWidth(line + c, fontSize) > width) {
      lines.push(line);
      line = "";
    }
    line += c;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart as a file that stands on its own, for a CMS without iframes and for social cards:
 * headline, subtitle, the wide chart and the source line, on white. Links stay relative to
 * the chart's page, where the file is published.
 */
export function chartFileSvg(chart: ChartSpec, relativeTo: (p: string) => string): { svg: string; width: number; height: number } {
  const inner = chart.svg("wide", relativeTo);
  const width = Number(/width="([\d.]+)"/.exec(inner)?.[1] ?? VARIANTS.wide.width);
  const chartHeight = Number(/height="([\d.]+)"/.exec(inner)?.[1] ?? 300);
  const pad = 16;
  const texts: string[] = [];
  let y = pad;
  const block = (text: string, size: number, color: string, weight = 400) => {
    for (const line of wrapToWidth(text, size, width - 2 * pad)) {
      y += size * 1.35;
      texts.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escape(line)}</text>`);
    }
  };
  block(chart.title, 20, CHART_COLORS.text, 700);
  y += 4;
  block(chart.subtitle, 13, CHART_COLORS.muted);
  y += 12;
  const chartY = y;
  y += chartHeight + 8;
  block(chart.source, 12, CHART_COLORS.muted);
  const height = Math.ceil(y + pad);
  const nested = inner.replace(/^<svg /, `<svg x="0" y="${chartY.toFixed(1)}" `);
  const outer = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(CHART_FONT)}" role="img" aria-label="${escape(chart.title)}"><title>${escape(chart.title)}</title><desc>${escape(chart.description)}</desc>${texts.join("")}${nested}</svg>`;
  return { svg: standaloneSvg(outer), width, height };
}

import type { ChartInput, ChartRow, ChartSpec, Fact } from "./types.ts";
import { variantOf, CHART_WIDTHS, type ChartVariant } from "./widths.ts";
import { wrapText } from "./line-break.ts";
import { textWidth } from "./text-width.ts";
import { COMMON_NOTE, coverageLine, sourceLine } from "./chart-text.ts";
import { theme } from "../theme.ts";
import { escapeMarkup as escape } from "../lib/escape-markup.ts";

/**
 * A measure only one place set, as a card to embed and share: the figure large, the place and
 * what it is, and the sentence that says no other place set it. A sentence, not a one-bar
 * chart; drawn as an SVG like the charts, so it has a page, an embed and the same exports.
 */
function factSvg(fact: Fact, row: ChartRow, variant: ChartVariant, relativeTo: (p: string) => string, fill?: { height: number }): string {
  const v = variantOf(variant);
  const width = v.width;
  const big = fill ? Math.min(72, Math.max(40, fill.height / 4)) : Math.round(Math.min(44, Math.max(30, width / 10)));
  const small = fill ? v.fontSize + 5 : v.fontSize + 1;
  const c = theme.colors.light;
  const wrap = (s: string) => wrapText(s, width - 16, (x) => textWidth(x, small), [row.place]);
  const lines = [...wrap(`${row.place}：${row.label}`), ...wrap(`原文：“${row.quote}”`)];
  const content = big + 20 + lines.length * small * 1.4;
  // A share card centres the fact in the room it is given.
  const y0 = big + 8 + (fill ? Math.max(0, (fill.height - content - 16) / 2) : 0);
  const height = Math.ceil(fill ? Math.max(fill.height, content + 16) : content + 16);
  const figure = `<a href="${escape(relativeTo(fact.href))}" target="_top" aria-label="${escape(`${row.place}：${row.label} ${row.figure}`)}"><text class="fact-figure" x="16" y="${y0}" font-size="${big}" font-weight="700" fill="${c.accent}">${escape(row.figure)}</text></a>`;
  const label = lines.map((l, i) => `<text class="fact-label" x="16" y="${(y0 + 12 + (i + 1) * small * 1.4).toFixed(1)}" font-size="${small}" fill="currentColor">${escape(l)}</text>`).join("");
  return `<svg class="chart-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escape(fact.text)}" font-family="${escape(theme.fonts.sans)}" color="${c.fg}" fill="currentColor"><rect class="fact-rule" x="0" y="0" width="4" height="${height}" fill="${c.accent}"/>${figure}${label}</svg>`;
}

/** The card of a fact: its own page, embed and files, like a chart's. */
export function factCard(input: ChartInput, id: string, fact: Fact, row: ChartRow): ChartSpec {
  return {
    id,
    form: "fact",
    year: input.year,
    placement: fact.placement,
    title: fact.text,
    subtitle: `${fact.what}，单位：${row.unit}。`,
    coverage: coverageLine(input.units.length, 1, 0),
    description: `${fact.text}。原文：“${row.quote}”。`,
    notes: [COMMON_NOTE.replace("点击条形", "点击数字"), "只有一个地方写明的目标不作排名：一个数字无从比较，这里只陈述事实。"],
    source: sourceLine(input),
    rows: [row],
    aside: null,
    widths: CHART_WIDTHS,
    svg: (variant, rel, fill) => factSvg(fact, row, variant, rel, fill),
  };
}

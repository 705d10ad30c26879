import type { ChartSpec } from "../charts/types.ts";
import { paths, relativeHref } from "./paths.ts";
import { embedHeights, heightFor } from "./embed-layout.ts";
import { escapeMarkup as escape } from "../lib/escape-markup.ts";

/** The widest an embed is shown (the iframe's max-width in the code). */
export const EMBED_MAX_WIDTH = 720;

/**
 * Article column widths an editor can choose the code for (the iframe's width in px), with
 * what they are in words; the last is the default: a desktop article's column.
 */
export const PASTE_WIDTHS: readonly { width: number; name: string }[] = [
  { width: 304, name: "手机文章（屏宽320像素）" },
  { width: 359, name: "手机文章（屏宽375像素）" },
  { width: 398, name: "手机文章（屏宽414像素）" },
  { width: 600, name: "平板或窄栏文章（栏宽600像素）" },
  { width: EMBED_MAX_WIDTH, name: "电脑文章（栏宽720像素及以上）" },
];

export interface EmbedCode {
  code: string;
  /** The addresses in the code, as written: absolute with SITE_URL, else relative to the chart page. */
  embedSrc: string;
  scriptSrc: string;
  absolute: boolean;
  /** The placeholder height for each column width an editor may choose. */
  heights: { width: number; name: string; height: number }[];
}

/**
 * The code an editor pastes into an article: a sized iframe, then the host script. Its height is
 * the embed's height at the column width the code is made for (the desktop column unless the
 * editor picks another), and `data-heights` holds the height for every band of widths, so
 * embed.js sets the right one for the width the iframe really gets before the chart loads:
 * nothing moves when it does. With the site's address (SITE_URL) the addresses are absolute;
 * without it they are relative to the chart page and its script makes them absolute.
 */
export function embedCode(chart: ChartSpec, site: URL | undefined, pastedAt = EMBED_MAX_WIDTH): EmbedCode {
  const page = paths.chart(chart.year, chart.id);
  const at = (p: string) => (site ? new URL(p.replace(/^\//, ""), site).href : relativeHref(page, p));
  const embedSrc = at(paths.embed(chart.year, chart.id));
  const scriptSrc = at("/embed.js");
  const table = embedHeights(chart);
  const code = [
    `<iframe data-fenjin-embed src="${embedSrc}" title="${escape(chart.title)}" loading="lazy" width="100%" height="${heightFor(table, pastedAt)}" data-heights="${table.map((x) => `${x.width}:${x.height}`).join(" ")}" style="width:100%;max-width:${EMBED_MAX_WIDTH}px;border:0;display:block" scrolling="no"></iframe>`,
    `<script async src="${scriptSrc}"></script>`,
  ].join("\n");
  return { code, embedSrc, scriptSrc, absolute: !!site, heights: PASTE_WIDTHS.map((p) => ({ ...p, height: heightFor(table, p.width) })) };
}

import type { APIRoute } from "astro";
import { chartPaths } from "../../../../data/charts.ts";
import { embedCode } from "../../../../data/embed-code.ts";
import { chartFileSvg } from "../../../../charts/file-svg.ts";
import { paths } from "../../../../data/paths.ts";
import { absoluteUrl, siteUrl } from "../../../../data/site.ts";
import type { ChartSpec } from "../../../../charts/types.ts";
import { theme } from "../../../../theme.ts";

/**
 * oEmbed for each chart (type rich): a CMS given the chart page's address finds this file
 * through the page's <link rel="alternate" type="application/json+oembed"> and pastes its
 * `html`. Only with SITE_URL: oEmbed needs absolute addresses.
 */
export async function getStaticPaths() {
  return siteUrl() ? await chartPaths() : [];
}

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: ChartSpec };
  const embed = embedCode(chart, siteUrl());
  const height = Number(/height="(\d+)"/.exec(embed.code)![1]);
  // The PNG is the file SVG drawn at 2×.
  const file = chartFileSvg(chart, (p) => p, "wide", absoluteUrl(paths.chart(chart.year, chart.id)));
  const body = {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: theme.siteName,
    provider_url: absoluteUrl(paths.home()),
    author_name: theme.siteName,
    html: embed.code,
    width: 720,
    height,
    thumbnail_url: absoluteUrl(paths.chartFile(chart.year, chart.id, "png")),
    thumbnail_width: file.width * 2,
    thumbnail_height: file.height * 2,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json+oembed; charset=utf-8" } });
};

import type { APIRoute } from "astro";
import { getAllUnits, getEditions, getPromises, getTexts } from "../data/editions.ts";
import { getCharts } from "../data/charts.ts";
import { paths } from "../data/paths.ts";
import { absoluteUrl, SITEMAP_PATH, siteUrl } from "../data/site.ts";
import { escapeMarkup as escape } from "../lib/escape-markup.ts";

/** Every reader page with the day its edition's data last changed; embeds are left out. Only with SITE_URL. */
export const getStaticPaths = () => (siteUrl() ? [{ params: { sitemap: SITEMAP_PATH.slice(1) } }] : []);

export const GET: APIRoute = async () => {
  const editions = await getEditions();
  const units = await getAllUnits();
  const entries: { path: string; lastmod: string | null }[] = [{ path: paths.home(), lastmod: editions.map((e) => e.updated).filter(Boolean).sort().pop() ?? null }, { path: "/search/", lastmod: null }];
  for (const e of editions) {
    entries.push({ path: paths.edition(e.year), lastmod: e.updated }, { path: paths.methodology(e.year), lastmod: e.updated }, { path: paths.dataPage(e.year), lastmod: e.updated }, { path: `/${e.year}/charts/`, lastmod: e.updated });
    for (const u of units.filter((x) => x.year === e.year)) entries.push({ path: paths.unit(e.year, u.slug), lastmod: e.updated }, { path: paths.unitText(e.year, u.slug), lastmod: e.updated });
    for (const c of await getCharts(e.year)) entries.push({ path: paths.chart(e.year, c.id), lastmod: e.updated });
    if (await getPromises(e.year)) entries.push({ path: paths.followUp(e.year), lastmod: e.updated });
    for (const t of (await getTexts()).filter((x) => x.year === e.year)) entries.push({ path: paths.text(e.year, t.slug), lastmod: e.updated });
  }
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((x) => `<url><loc>${escape(absoluteUrl(x.path)!)}</loc>${x.lastmod ? `<lastmod>${x.lastmod}</lastmod>` : ""}</url>`),
    "</urlset>",
    "",
  ].join("\n");
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};

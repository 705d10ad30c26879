import type { APIRoute } from "astro";
import { getEditions } from "../data/editions.ts";
import { siteCardSvg } from "../charts/unit-card.ts";
import { renderPngCached } from "../charts/render-png.ts";
import { getChartsAndFacts } from "../data/charts.ts";
import { documentWords } from "../data/document-words.ts";
import { findingsOf } from "../data/findings.ts";

/** The site's share card: its name and its editions, for pages with no image of their own. */
export const GET: APIRoute = async () => {
  const all = await getEditions();
  const editions = all.map((e) => ({ year: e.year, city: e.city, places: e.units.length, targets: e.target_count }));
  const [newest] = all;
  const latest = newest ? findingsOf({ year: newest.year, city: newest.city, places: newest.units.length, targets: newest.target_count, document: documentWords(newest).name }, await getChartsAndFacts(newest.year)) : undefined;
  const card = siteCardSvg(editions, latest && { headline: latest.headline, figures: latest.keyFigures.map((k) => ({ value: k.value, label: k.label })) });
  return new Response(new Uint8Array(renderPngCached(card)), { headers: { "Content-Type": "image/png" } });
};

import type { APIRoute } from "astro";
import { getEditions } from "../data/editions.ts";
import { siteCardSvg } from "../charts/unit-card.ts";
import { renderPngCached } from "../charts/render-png.ts";

/** The site's share card: its name and its editions, for pages with no image of their own. */
export const GET: APIRoute = async () => {
  const editions = (await getEditions()).map((e) => ({ year: e.year, city: e.city, places: e.units.length, targets: e.target_count }));
  return new Response(new Uint8Array(renderPngCached(siteCardSvg(editions))), { headers: { "Content-Type": "image/png" } });
};

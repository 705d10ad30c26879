import type { APIRoute } from "astro";
import { absoluteUrl, SITEMAP_PATH } from "../data/site.ts";

/** Crawlers may read every page (embeds say noindex themselves); the sitemap when the address is known. */
export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(SITEMAP_PATH);
  return new Response(["User-agent: *", "Allow: /", ...(sitemap ? [`Sitemap: ${sitemap}`] : []), ""].join("\n"), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};

import { paths } from "./paths.ts";

/**
 * The site's public address when the build knows it (SITE_URL, given to Astro as `site`), else
 * undefined: formats that need absolute addresses (sitemap, feed, oEmbed, og:image) are then
 * left out rather than given a guessed host.
 */
export function siteUrl(): URL | undefined {
  const site = import.meta.env.SITE as string | undefined;
  return site ? new URL(site.endsWith("/") ? site : `${site}/`) : undefined;
}

/** A site path as an absolute address, or undefined without SITE_URL. */
export function absoluteUrl(sitePath: string, site = siteUrl()): string | undefined {
  return site ? new URL(sitePath.replace(/^\//, ""), site).href : undefined;
}

/** Where the feed of editions and corrections is published. */
export const FEED_PATH = "/feed.xml";
export const SITEMAP_PATH = "/sitemap.xml";
export const siteCardPath = () => `${paths.home()}card.png`;

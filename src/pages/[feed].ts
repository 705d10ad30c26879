import type { APIRoute } from "astro";
import { getEditions } from "../data/editions.ts";
import { getChartsAndFacts } from "../data/charts.ts";
import { documentWords } from "../data/document-words.ts";
import { findingsOf } from "../data/findings.ts";
import { atomFeed } from "../data/feed.ts";
import { paths } from "../data/paths.ts";
import { absoluteUrl, FEED_PATH, siteUrl } from "../data/site.ts";

/** The Atom feed of editions and their corrections: only with SITE_URL, since feeds need absolute links. */
export const getStaticPaths = () => (siteUrl() ? [{ params: { feed: FEED_PATH.slice(1) } }] : []);

export const GET: APIRoute = async () => {
  const link = (p: string) => absoluteUrl(p)!;
  const editions = await Promise.all(
    (await getEditions()).map(async (e) => {
      const findings = findingsOf({ year: e.year, city: e.city, places: e.units.length, targets: e.target_count, document: documentWords(e).name }, await getChartsAndFacts(e.year));
      return { year: e.year, city: e.city, updated: e.updated, headline: findings.headline, lead: findings.lead.join(""), corrections: e.corrections, document: documentWords(e).name };
    }),
  );
  const xml = atomFeed(editions, {
    home: link(paths.home()),
    self: link(FEED_PATH),
    edition: (year) => link(paths.edition(year)),
    methodology: (year) => link(paths.methodology(year)),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};

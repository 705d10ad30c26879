import { displayName } from "../data/place-name.ts";
import type { APIRoute } from "astro";
import { Feed } from "feed";
import { getEditions } from "../data/editions.ts";
import { getChartsAndFacts } from "../data/charts.ts";
import { findingsOf } from "../data/findings.ts";
import { paths } from "../data/paths.ts";
import { absoluteUrl, FEED_PATH, siteUrl } from "../data/site.ts";
import { theme } from "../theme.ts";

/** The Atom feed of editions and their corrections: only with SITE_URL, since feeds need absolute links. */
export const getStaticPaths = () => (siteUrl() ? [{ params: { feed: FEED_PATH.slice(1) } }] : []);

/** A date for the feed: the day given, at noon UTC so that time zones keep it on its day. */
const day = (d: string | null, fallback: string) => new Date(`${d ?? fallback}T12:00:00Z`);

export const GET: APIRoute = async () => {
  const editions = await getEditions();
  const link = (p: string) => absoluteUrl(p)!;
  const dates = editions.map((e) => e.updated ?? `${e.year}-01-01`).sort();
  const feed = new Feed({
    title: `${theme.siteName}：各地奋进清单`,
    description: "各地每年公布的奋进清单，逐条读成可比较的数据和图表；新的一年和更正在这里公布。",
    id: link(paths.home()),
    link: link(paths.home()),
    language: "zh-CN",
    updated: day(dates[dates.length - 1] ?? null, "2000-01-01"),
    copyright: theme.licence.name,
    feedLinks: { atom: link(FEED_PATH) },
  });
  for (const e of editions) {
    const findings = findingsOf({ year: e.year, city: e.city, places: e.units.length, targets: e.target_count }, await getChartsAndFacts(e.year));
    feed.addItem({
      title: `${e.city}${e.year}年奋进清单：${findings.headline}`,
      id: link(paths.edition(e.year)),
      link: link(paths.edition(e.year)),
      description: findings.lead.join(""),
      date: day(e.updated, `${e.year}-01-01`),
    });
    for (const [i, c] of e.corrections.entries()) {
      feed.addItem({
        title: `更正：${e.year}年${displayName(c.district)}“${c.quote}”`,
        id: `${link(paths.methodology(e.year))}#correction-${i + 1}`,
        link: `${link(paths.methodology(e.year))}#corrections`,
        description: `${displayName(c.district)}：“${c.quote}”${c.action === "drop" ? "不再计为目标" : "已更正"}。${c.reason}`,
        date: day(c.date, `${e.year}-01-01`),
      });
    }
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};

import { displayName } from "./place-name.ts";
import { Feed } from "feed";
import { theme } from "../theme.ts";
import { escapeMarkup } from "../lib/escape-markup.ts";

/** What the feed says of one edition: the computed headline and lead, and its corrections. */
export interface FeedEdition {
  year: number;
  city: string;
  updated: string | null;
  headline: string;
  lead: string;
  /** What the edition's text is called after its year (奋进清单, 政府工作报告); 奋进清单 when not given. */
  document?: string;
  corrections: readonly { district: string; quote: string; action: string; reason: string; date: string | null }[];
}

export interface FeedLinks {
  home: string;
  self: string;
  edition(year: number): string;
  methodology(year: number): string;
}

/** A date for the feed: the day given, at noon UTC so that time zones keep it on its day. */
const day = (d: string | null, fallback: string) => new Date(`${d ?? fallback}T12:00:00Z`);

/**
 * The feed library writes entry titles and summaries as `type="html"`, which a feed reader
 * renders: every text from a seed or its YAML (city, place names, quotes, reasons, and the
 * headline and lead made of them) is escaped first, so `<svg/onload=…>区` reads as those
 * characters and never runs. Escaping `>` also keeps `]]>` from closing the CDATA around it.
 */
const html = escapeMarkup;

/** The Atom feed of editions and their corrections, as XML. */
export function atomFeed(editions: readonly FeedEdition[], links: FeedLinks): string {
  const dates = editions.map((e) => e.updated ?? `${e.year}-01-01`).sort();
  const feed = new Feed({
    title: `${theme.siteName}：各地奋进清单`,
    description: "各地每年公布的奋进清单，逐条读成可比较的数据和图表；新的一年和更正在这里公布。",
    id: links.home,
    link: links.home,
    language: "zh-CN",
    updated: day(dates[dates.length - 1] ?? null, "2000-01-01"),
    copyright: theme.licence.name,
    feedLinks: { atom: links.self },
  });
  for (const e of editions) {
    feed.addItem({
      // A headline that names the edition already (襄阳2023年政府工作报告：…) is not named twice.
      title: html(e.headline.startsWith(`${e.city}${e.year}年`) ? e.headline : `${e.city}${e.year}年${e.document ?? "奋进清单"}：${e.headline}`),
      id: links.edition(e.year),
      link: links.edition(e.year),
      description: html(e.lead),
      date: day(e.updated, `${e.year}-01-01`),
    });
    for (const [i, c] of e.corrections.entries()) {
      feed.addItem({
        title: html(`更正：${e.year}年${displayName(c.district)}“${c.quote}”`),
        id: `${links.methodology(e.year)}#correction-${i + 1}`,
        link: `${links.methodology(e.year)}#corrections`,
        description: html(`${displayName(c.district)}：“${c.quote}”${c.action === "drop" ? "不再计为目标" : "已更正"}。${c.reason}`),
        date: day(c.date, `${e.year}-01-01`),
      });
    }
  }
  return feed.atom1();
}

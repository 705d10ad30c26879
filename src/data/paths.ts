import { WHOLE_TEXT_SLUG } from "../lib/slug.ts";

/** Site paths, absolute from the site root; pages turn them relative with `relativeHref`. */
export const paths = {
  home: () => "/",
  edition: (year: number) => `/${year}/`,
  unit: (year: number, slug: string) => `/${year}/${slug}/`,
  /** A unit's list as written, every figure marked: a tap away from its summary. */
  unitText: (year: number, slug: string) => `/${year}/${slug}/text/`,
  /** A target's sentence in the unit's text; a figure of the whole text (slug "") is the unnamed unit's. */
  target: (year: number, slug: string, id: string) => `/${year}/${slug || WHOLE_TEXT_SLUG}/text/#${id}`,
  /** A unit's targets of one category, in the table on its page. */
  unitCategory: (year: number, slug: string, category: string) => `/${year}/${slug}/#category-${category}`,
  methodology: (year: number) => `/${year}/methodology/`,
  /** A place's share card (PNG), for social sites and WeChat. */
  unitCard: (year: number, slug: string) => `/${year}/${slug}/card.png`,
  chart: (year: number, chart: string) => `/${year}/charts/${chart}/`,
  embed: (year: number, chart: string) => `/${year}/embed/${chart}/`,
  chartFile: (year: number, chart: string, ext: string) => `/${year}/charts/${chart}/${chart}.${ext}`,
  data: (year: number, file: string) => `/${year}/data/${file}`,
  /** A chart's oEmbed file, published only when the site's address is known. */
  oembed: (year: number, chart: string) => `/${year}/charts/${chart}/oembed.json`,
  search: () => "/search/",
  /** An edition's data page: every download, each field explained, licence and citation. */
  dataPage: (year: number) => `/${year}/data/`,
  /** A work report whole, its targets and results marked: /2022/texts/xiangyang-gongzuo-baogao/. */
  text: (year: number, text: string) => `/${year}/texts/${text}/`,
  /** A figure in a report's text (a target or a result), by where its number starts. */
  textFigure: (year: number, text: string, numberStart: number) => `/${year}/texts/${text}/#n-${numberStart}`,
  /** A paragraph of a report's text, by where it starts. */
  textParagraph: (year: number, text: string, start: number) => `/${year}/texts/${text}/#p-${start}`,
  /** What came of an edition's targets, read in the next year's report. */
  followUp: (year: number) => `/${year}/follow-up/`,
};

/**
 * A link from one page to another written relative to the first, so that a build (or one
 * edition's archive) works unchanged under any folder of any static server.
 * relativeHref("/2022/zaoyang/", "/2022/charts/jobs/") → "../charts/jobs/".
 */
export function relativeHref(fromPage: string, to: string): string {
  const [toPath, hash] = to.split("#");
  const from = fromPage.split("/").filter(Boolean);
  const target = toPath.split("/").filter(Boolean);
  const isDir = toPath.endsWith("/");
  let common = 0;
  while (common < from.length && common < target.length - (isDir ? 0 : 1) && from[common] === target[common]) common++;
  const rest = target.slice(common).join("/");
  const href = "../".repeat(from.length - common) + rest + (isDir && rest ? "/" : "");
  return (href || "./") + (hash !== undefined ? `#${hash}` : "");
}

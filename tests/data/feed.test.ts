import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import { atomFeed, type FeedEdition } from "../../src/data/feed.ts";
import { displayName } from "../../src/data/place-name.ts";

const links = {
  home: "https://news.example.cn/",
  self: "https://news.example.cn/feed.xml",
  edition: (y: number) => `https://news.example.cn/${y}/`,
  methodology: (y: number) => `https://news.example.cn/${y}/methodology/`,
};

/** An edition whose every text, taken from a seed or its YAML, carries markup. */
const hostile: FeedEdition = {
  year: 2022,
  city: "<svg/onload=alert(1)>襄阳",
  updated: "2026-11-28",
  headline: "<img src=x onerror=alert(2)>区的签约投资最多",
  lead: "“<script>alert(3)</script>”区力争新增就业6000人。]]><b>bold</b>",
  corrections: [{ district: "<a href=javascript:alert(4)>樊城区</a>", quote: "投资<i>245.9</i>亿元", action: "correct", reason: "原文笔误<iframe src=//evil>。", date: "2026-11-27" }],
};

/** The entries' titles and summaries as text: what an Atom reader gets out of each element. */
function entryTexts(xml: string): { title: { "#text": string; "@_type": string }; summary: { "#text": string; "@_type": string } }[] {
  const parsed = new XMLParser({ ignoreAttributes: false, textNodeName: "#text", alwaysCreateTextNode: true }).parse(xml);
  return [parsed.feed.entry].flat();
}

/** What a reader shows of content of `type`: HTML is parsed as HTML, text is text. */
function rendered(content: { "#text": string; "@_type": string }): { elements: number; text: string } {
  if (content["@_type"] === "text") return { elements: 0, text: content["#text"] };
  const body = new JSDOM(`<body>${content["#text"]}</body>`).window.document.body;
  return { elements: body.querySelectorAll("*").length, text: body.textContent ?? "" };
}

// The place is shown as readers see it (full-width parentheses); markup stays text either way.
describe("atomFeed(editions, links)", () => {
  it("carries a city, headline, lead, place, quote and reason with markup as text, never as elements", () => {
    const entries = entryTexts(atomFeed([hostile], links));
    expect(entries).toHaveLength(2);
    const [edition, correction] = entries.map((e) => ({ title: rendered(e.title), summary: rendered(e.summary) }));
    expect(edition!.title).toEqual({ elements: 0, text: `${hostile.city}2022年奋进清单：${hostile.headline}` });
    expect(edition!.summary).toEqual({ elements: 0, text: hostile.lead });
    const c = hostile.corrections[0]!;
    expect(correction!.title).toEqual({ elements: 0, text: `更正：2022年${displayName(c.district)}“${c.quote}”` });
    expect(correction!.summary).toEqual({ elements: 0, text: `${displayName(c.district)}：“${c.quote}”已更正。${c.reason}` });
  });

  it("keeps an ordinary edition's Chinese text as it is", () => {
    const plain: FeedEdition = { ...hostile, city: "襄阳", headline: "枣阳市的签约投资最多", lead: "12个地方写明了目标。", corrections: [] };
    const [entry] = entryTexts(atomFeed([plain], links));
    expect(rendered(entry!.title).text).toBe("襄阳2022年奋进清单：枣阳市的签约投资最多");
    expect(rendered(entry!.summary).text).toBe("12个地方写明了目标。");
  });
});

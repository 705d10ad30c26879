import type { ChartSpec } from "../charts/types.ts";
import type { UnitEntry } from "../schemas/content.ts";
import { categoryLabel } from "./labels.ts";
import { displayName } from "./place-name.ts";

/**
 * What the search shows of a page beside its title, and what it ranks by: the year, the place,
 * what kind of page it is, and the topics it is about (category and measure names).
 * Written into the page as Pagefind metadata (data-pagefind-meta), never shown there.
 */
export interface SearchMeta {
  /** The result's title, when the page's h1 alone cannot be placed (樊城区 → 樊城区的量化目标). */
  title?: string;
  year?: number;
  place?: string;
  /** 图表, 卡片, 地方目标, 清单原文, 总览, 方法说明, 数据 …: pages of a topic rank by kind (图表 first). */
  kind: string;
  topics?: readonly string[];
}

/** Pagefind's static metadata, one "key:value" an element; no commas, which it reads as separators. */
export function metaAttributes(m: SearchMeta): string[] {
  const clean = (s: string) => s.replace(/[,:]/g, " ").trim();
  return [
    m.title ? `title:${clean(m.title)}` : "",
    m.year ? `year:${m.year}` : "",
    m.place ? `place:${clean(m.place)}` : "",
    `kind:${m.kind}`,
    m.topics?.length ? `topics:${clean([...new Set(m.topics)].join(" "))}` : "",
  ].filter(Boolean);
}

/** The topics of a chart: its category, and the kinds and labels it compares. */
export function chartTopics(chart: ChartSpec): string[] {
  if (chart.form === "matrix") return ["各类别"];
  const category = chart.rows[0]?.key.split("|")[0] ?? "";
  return [categoryLabel(category), ...chart.rows.map((r) => r.kind)];
}

/** The topics of a place's page: the categories of its targets. */
export const unitTopics = (unit: UnitEntry) => [...new Set(unit.targets.map((t) => categoryLabel(t.category)))];

export const unitPlace = (unit: UnitEntry) => (unit.name ? displayName(unit.name) : "");

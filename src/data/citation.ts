import type { EditionEntry } from "../schemas/content.ts";
import { theme } from "../theme.ts";

/** The edition's name as cited: 襄阳2022年各地各单位奋进清单. */
export const editionName = (e: Pick<EditionEntry, "city" | "year" | "title">) => `${e.city}${e.year}年${e.title}`;

/** A ready citation of an edition's data, with the page's address when the build knows it. */
export function citationOf(e: EditionEntry, url?: string): string {
  return `${theme.siteName}：《${editionName(e)}》数据与图表${e.updated ? `，${e.updated}更新` : ""}${url ? `，${url}` : ""}。`;
}

import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { editionSchema, unitSchema, type UnitEntry } from "../src/schemas/content.ts";
import type { ChartInput } from "../src/charts/catalog.ts";

const frontmatter = (file: string) => parse(readFileSync(file, "utf8").split(/^---$/m)[1]);

/** One edition's committed content, validated by the same schemas as Astro's collections. */
export function loadEdition(year: number, dir = "content"): { units: UnitEntry[]; input: ChartInput } {
  const edition = editionSchema.parse(frontmatter(`${dir}/${year}/edition.md`));
  const units = readdirSync(`${dir}/${year}/units`)
    .map((f) => unitSchema.parse(frontmatter(`${dir}/${year}/units/${f}`)))
    .sort((a, b) => a.order - b.order);
  return {
    units,
    input: { year, city: edition.city, title: edition.title, editor: edition.editor, units, targets: units.flatMap((u) => u.targets) },
  };
}

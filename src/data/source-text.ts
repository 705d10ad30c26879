import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { EditionEntry } from "../schemas/content.ts";

/** Where ingest wrote the content (as in content.config.ts). */
const CONTENT = process.env.CONTENT_DIR ?? "./content";

/**
 * An edition's text as ingest copied it from its seed (content/<year>/source.txt), published
 * under the seed's own file name (xiangyang-fenjin-qingdan.txt), so a reader can check every
 * figure against the whole text and an archive carries it.
 */
export function sourceText(edition: Pick<EditionEntry, "year" | "seed">): { name: string; text: string } {
  return { name: basename(edition.seed), text: readFileSync(join(CONTENT, String(edition.year), "source.txt"), "utf8") };
}

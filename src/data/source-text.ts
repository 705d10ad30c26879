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

/**
 * Every text of an edition as published: the primary's (above) and each other text's, copied
 * by ingest to content/<year>/texts/<slug>.txt, each under its seed's file name.
 */
export function sourceTexts(edition: Pick<EditionEntry, "year" | "seed" | "texts">): { name: string; title: string; sha256: string; text: string }[] {
  return edition.texts.map((t) =>
    t.primary
      ? { ...sourceText(edition), title: t.title, sha256: t.seed_sha256 }
      : { name: basename(t.seed), title: t.title, sha256: t.seed_sha256, text: readFileSync(join(CONTENT, String(edition.year), "texts", `${t.slug}.txt`), "utf8") },
  );
}

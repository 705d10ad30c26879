import type { EditionEntry } from "../schemas/content.ts";

/**
 * An edition's provenance as published at /<year>/data/edition.json: the seed text it was read
 * from (path and SHA-256) and what the text says about itself. `npm run archive` takes the
 * manifest's edition from this file of the build it archives, so the two cannot disagree.
 */
export function editionProvenance(e: EditionEntry) {
  return {
    year: e.year,
    title: e.title,
    city: e.city,
    seed: e.seed,
    seed_sha256: e.seed_sha256,
    seed_characters: e.seed_characters,
    target_count: e.target_count,
    publisher: e.publisher,
    source_url: e.source_url,
    published: e.published,
    updated: e.updated,
  };
}

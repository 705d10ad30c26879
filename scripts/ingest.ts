// Reads every seed under seeds/ and writes content/ (committed). Run: npm run ingest.
// SEEDS_DIR and CONTENT_DIR choose other folders. content/ is replaced whole
// (scripts/replace-dir.ts): killed at any point, ingest leaves the old content or the new, and a
// second ingest or a build running meanwhile is refused by name.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { readSeeds } from "./seeds.ts";
import type { ContentFile } from "../src/ingest/content-files.ts";
import { contentOfSeeds } from "../src/ingest/edition-texts.ts";
import { replaceDir } from "./replace-dir.ts";
import { command, runIfScript, type Io } from "./cli.ts";

/** Writes one content file piece by piece, so a large one is never whole in memory. */
function writeContentFile(dir: string, file: ContentFile): void {
  const path = join(dir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  try {
    for (const chunk of file.chunks()) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

export const main = command("ingest", async (_argv: string[], io: Io): Promise<number> => {
  const seedsDir = process.env.SEEDS_DIR ?? "seeds";
  const contentDir = process.env.CONTENT_DIR ?? "content";
  const seeds = readSeeds(seedsDir);
  if (seeds.length === 0) throw new Error(`${seedsDir}/: no seed texts (expected ${seedsDir}/<year>/<name>.txt)`);
  // Written into a new folder beside content/ and renamed into place once every seed is read
  // and written, so a failure never leaves half-new content.
  await replaceDir(contentDir, "npm run ingest", (dir) => {
    const files = contentOfSeeds(seeds, ({ seed, extraction }) => {
      for (const w of extraction.warnings) io.err(`${seed.path}:${w.line}: warning: ${w.message}`);
      io.out(`${seed.path}: ${extraction.structure.places.length} places, ${extraction.targets.length} targets, ${extraction.results.length} results, ${extraction.ledger.length} numbers read`);
    });
    for (const file of files) {
      writeContentFile(dir, file);
      if (file.path.endsWith("/promises.json")) io.out(`${file.path}: the year's targets followed into the next year's report`);
    }
  });
  return 0;
});

runIfScript(import.meta.url, main);

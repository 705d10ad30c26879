// Reads every seed under seeds/ and writes content/ (committed). Run: npm run ingest.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readSeeds } from "./seeds.ts";
import { contentFiles } from "../src/ingest/content-files.ts";

const seedsDir = process.env.SEEDS_DIR ?? "seeds";
const contentDir = process.env.CONTENT_DIR ?? "content";

try {
  const seeds = readSeeds(seedsDir);
  if (seeds.length === 0) throw new Error(`${seedsDir}/: no seed texts (expected ${seedsDir}/<year>/<name>.txt)`);
  const outputs = seeds.map((seed) => ({ seed, ...contentFiles(seed) }));
  // Written only after every seed has been read, so a failure never leaves half-new content.
  rmSync(contentDir, { recursive: true, force: true });
  for (const { seed, files, extraction } of outputs) {
    for (const [path, body] of files) {
      mkdirSync(dirname(join(contentDir, path)), { recursive: true });
      writeFileSync(join(contentDir, path), body);
    }
    for (const w of extraction.warnings) console.warn(`${seed.path}:${w.line}: warning: ${w.message}`);
    console.log(`${seed.path}: ${extraction.structure.places.length} places, ${extraction.targets.length} targets, ${extraction.ledger.length} numbers read`);
  }
} catch (error) {
  console.error(`ingest: ${(error as Error).message}`);
  process.exit(1);
}

import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { decodeSeed } from "../src/lib/decode.ts";
import { seedMetaSchema } from "../src/schemas/seed-meta.ts";
import type { Seed } from "../src/ingest/content-files.ts";
import { describeIssues, readYamlFile } from "./yaml-file.ts";

/**
 * Every seed under seeds/<year>/: each .txt with its .yaml beside it. Fails naming the file
 * when a text cannot be read or its YAML is missing or wrong, never skipping a seed.
 */
export function readSeeds(seedsDir: string, root = process.cwd()): Seed[] {
  const seeds: Seed[] = [];
  for (const year of readdirSync(seedsDir).filter((d) => /^\d{4}$/.test(d)).sort()) {
    for (const name of readdirSync(join(seedsDir, year)).filter((f) => f.endsWith(".txt")).sort()) {
      const path = join(seedsDir, year, name);
      const rel = relative(root, path);
      if (!statSync(path).isFile()) throw new Error(`${rel}: not a file; expected a UTF-8 text`);
      const bytes = readFileSync(path);
      const text = decodeSeed(bytes, rel);
      const yamlPath = path.replace(/\.txt$/, ".yaml");
      if (!existsSync(yamlPath)) throw new Error(`${rel}: no metadata file ${relative(root, yamlPath)} beside it`);
      const yaml = readYamlFile(yamlPath, relative(root, yamlPath));
      const parsed = seedMetaSchema.safeParse(yaml.data);
      if (!parsed.success) throw new Error(describeIssues(parsed.error.issues, relative(root, yamlPath), yaml.lineOf));
      if (String(parsed.data.year) !== year) {
        throw new Error(`${relative(root, yamlPath)}: year ${parsed.data.year} does not match its folder seeds/${year}/`);
      }
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      seeds.push({ path: rel, text, meta: parsed.data, sha256 });
    }
  }
  const years = seeds.map((s) => s.meta.year);
  const twice = years.find((y, i) => years.indexOf(y) !== i);
  if (twice) throw new Error(`seeds/${twice}/: more than one text for one year; an edition is one text`);
  return seeds;
}

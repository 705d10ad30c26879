import { readdirSync, readFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { decodeSeed } from "../src/lib/decode.ts";
import { seedMetaSchema } from "../src/schemas/seed-meta.ts";
import type { Seed } from "../src/ingest/content-files.ts";

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
      const bytes = readFileSync(path);
      const text = decodeSeed(bytes, rel);
      const yamlPath = path.replace(/\.txt$/, ".yaml");
      if (!existsSync(yamlPath)) throw new Error(`${rel}: no metadata file ${relative(root, yamlPath)} beside it`);
      const parsed = seedMetaSchema.safeParse(parseYaml(readFileSync(yamlPath, "utf8")));
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
        throw new Error(`${relative(root, yamlPath)}: ${issues}`);
      }
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

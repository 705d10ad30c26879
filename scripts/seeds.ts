import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { decodeSeed } from "../src/lib/decode.ts";
import { seedMetaSchema } from "../src/schemas/seed-meta.ts";
import type { Seed } from "../src/ingest/content-files.ts";
import { describeIssues, parseYamlBytes } from "./yaml-file.ts";

const YEAR = /^\d{4}$/;

/** What is wrong with `path` being a link, or null when it is not one. */
function linkProblem(path: string, rel: string, expected: string): string | null {
  if (!lstatSync(path).isSymbolicLink()) return null;
  return `${rel}: a symbolic link (to ${readlinkSync(path)}); expected ${expected}`;
}

/**
 * The bytes of a regular file, refusing a link or anything else by name. Opened with O_NOFOLLOW,
 * so a link put in place after the check is refused too rather than followed.
 */
function readRegularFile(path: string, rel: string, expected: string, notLink: string): Buffer {
  const link = linkProblem(path, rel, notLink);
  if (link) throw new Error(link);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${rel}: not a file; expected ${expected}`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Every seed under seeds/<year>/: each .txt with its .yaml beside it. Fails naming the file
 * when a text cannot be read or its YAML is missing or wrong, never skipping a seed. Links are
 * refused, not followed: a seed is the text as received, and a link could publish any file of
 * the machine (seeds/2022/x.txt → /etc/passwd) as an edition.
 */
export function readSeeds(seedsDir: string, root = process.cwd()): Seed[] {
  const seeds: Seed[] = [];
  const entries = readdirSync(seedsDir, { withFileTypes: true }).filter((d) => !d.name.startsWith("."));
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const dir = join(seedsDir, entry.name);
    const relDir = relative(root, dir);
    if (entry.isSymbolicLink()) throw new Error(linkProblem(dir, relDir, "a folder of seeds")!);
    if (!entry.isDirectory()) continue; // a README beside the year folders
    if (!YEAR.test(entry.name)) throw new Error(`${relDir}/: not a year; expected folders named by a four-digit year, such as 2023/`);
    const year = entry.name;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      const path = join(dir, name);
      const rel = relative(root, path);
      const bytes = readRegularFile(path, rel, "a UTF-8 text", "the text itself, as received");
      const text = decodeSeed(bytes, rel);
      const yamlPath = path.replace(/\.txt$/, ".yaml");
      const yamlRel = relative(root, yamlPath);
      if (!lstatSync(yamlPath, { throwIfNoEntry: false })) throw new Error(`${rel}: no metadata file ${yamlRel} beside it`);
      const yaml = parseYamlBytes(readRegularFile(yamlPath, yamlRel, "a YAML file", "the file itself, written beside the text"), yamlRel);
      const parsed = seedMetaSchema.safeParse(yaml.data);
      if (!parsed.success) throw new Error(describeIssues(parsed.error.issues, yamlRel, yaml.lineOf));
      if (String(parsed.data.year) !== year) {
        throw new Error(`${yamlRel}: year ${parsed.data.year} does not match its folder seeds/${year}/`);
      }
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      seeds.push({ path: rel, recorded: `seeds/${year}/${name}`, text, meta: parsed.data, sha256 });
    }
  }
  for (const [i, seed] of seeds.entries()) {
    const other = seeds.slice(i + 1).find((s) => s.meta.year === seed.meta.year && s.meta.kind === seed.meta.kind);
    if (other) {
      throw new Error(
        `${seed.path} and ${other.path}: two texts of kind ${seed.meta.kind} for ${seed.meta.year}; expected at most one list and one report per year (set kind: report in the report's YAML)`,
      );
    }
  }
  return seeds;
}

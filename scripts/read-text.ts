// Reading a text from the command line (extract, track): the file's bytes checked as a seed's
// are, and the metadata in a .yaml beside it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeSeed } from "../src/lib/decode.ts";
import { extractTargets, type Extraction } from "../src/lib/extract.ts";
import { readYamlFile } from "./yaml-file.ts";

/** Texts in a folder are its .txt files, as seeds are; a .md beside them is documentation. */
const TEXT_FILE = /\.txt$/i;

/** The texts a path names: the file itself, or every .txt file under a folder, in order. */
export function textsUnder(path: string): string[] {
  if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
  if (!statSync(path).isDirectory()) return [path];
  const found = readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && TEXT_FILE.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  if (found.length === 0) throw new Error(`${path}: a folder with no .txt texts in it`);
  return found;
}

/**
 * The metadata in the .yaml beside a text, read loosely (any text may have one, with only the
 * keys it needs), but refused naming the file and line when it is not a YAML mapping: bad
 * syntax, a duplicate key, an alias bomb, a folder.
 */
function metaBeside(file: string): Record<string, unknown> {
  const yamlPath = file.replace(/\.[^./]+$/, "") + ".yaml";
  if (!existsSync(yamlPath)) return {};
  const { data } = readYamlFile(yamlPath);
  if (data === null || data === undefined) return {}; // an empty file says nothing
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error(`${yamlPath}: expected a mapping of keys (title, city, year …), found ${Array.isArray(data) ? "a list" : `a ${typeof data}`}`);
  }
  return data as Record<string, unknown>;
}

/** Reads one text with the metadata beside it; flags override the YAML. */
export function readText(file: string, flags: { year?: string; city?: string }): { text: string; reading: Extraction } {
  const text = decodeSeed(readFileSync(file), file);
  const meta = metaBeside(file);
  const year = flags.year !== undefined ? Number(flags.year) : typeof meta.year === "number" ? meta.year : null;
  if (year !== null && !Number.isInteger(year)) throw new Error(`--year ${flags.year}: expected a year such as 2023`);
  const city = flags.city ?? (typeof meta.city === "string" ? meta.city : undefined);
  const places = Array.isArray(meta.units) ? meta.units.filter((u): u is string => typeof u === "string") : undefined;
  return { text, reading: extractTargets(text, { year, city, places }) };
}

